"""Offices: who holds which office of which country, from the title around a name.

The title is found from the parse, not from a list of titles: the noun a name
is a compound of ("Foreign Minister Olivier Nduhungirehe"), the noun modifying
it ("Additional Director General of Police Daljeet Choudhury"), or the noun in
apposition to it ("Ishaq Dar, Pakistan's Deputy Prime Minister"). Its
jurisdiction comes from a possessive, a demonym or an "of" phrase naming a
country; "Minister of Foreign Affairs" folds to "foreign affairs minister",
and the office aliases table gives the canonical name ("foreign minister").

A name the recogniser missed is still read when a title stands before it: the
capitalised proper nouns that end the title's noun phrase ("police
Director-General Daljeet Chaudhary").

Two claims come of a titled person: the holder of a country's office (FC301
compares holders of one office), and, whatever the country, the office the
person is given (`title`, keyed by the given name so that two spellings of a
family name meet; FC305 compares one person's offices).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, extractor, new_claim, times_in
from factcheck.extract.names import name_parts
from factcheck.extract.people import _is_name, person_key
from factcheck.extract.places import country_of_name, country_of_place, place_name, slug
from factcheck.models import Claim, OfficeValue

OFFICE_ALIASES = lexicons.mapping("office_aliases")
QUALIFIERS = lexicons.words("office_qualifiers")
RANK_QUALIFIERS = lexicons.words("rank_qualifiers")
SEPARATORS = {",", ";", ":", "-", "—", "–"}
TITLE_WORDS = lexicons.words("title_words")


def title_of(entity: Span) -> Token | None:
    """The head noun of the title given to a named person, before or after the name.

    Of the title nouns before a name, the one nearest to it heads the title ("First
    Vice-President Mohammad Reza Aref", "SCO Secretary General Zhang Ming", "U.S. Rep
    Pete Gallego"), a word of the title table first: the parser often hangs every word
    of a title on the name."""
    before: list[Token] = []
    after: list[Token] = []
    for token in entity:
        for child in token.children:
            if child.i < entity.start and child.dep_ in {"compound", "nmod"} and _title_like(child):
                before.append(child)
            elif child.i >= entity.end and child.dep_ == "appos" and _title_like(child):
                after.append(child)
    if before:
        titles = [t for t in before if t.lemma_.lower() in TITLE_WORDS] or before
        return max(titles, key=lambda t: t.i)
    if after:
        return after[0]
    root = entity.root
    if root.dep_ == "appos" and root.head.i < entity.start and _title_like(root.head):
        return root.head
    return None


def _flat_modifiers(title: Token, entity: Span | None) -> list[Token]:
    """Words before a title that the parser hung on the name beside it ("police" and
    "Iran's" in "police Director-General X", "Iran's First Vice-President X")."""
    if entity is None or title.i >= entity.start:
        return []
    return [
        child
        for child in entity.root.lefts
        if child.i < title.left_edge.i and child.dep_ in {"poss", "amod", "compound", "nmod"}
    ]


def _title_like(token: Token) -> bool:
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and (token.lemma_.lower() in TITLE_WORDS or token.text[:1].isupper())
        and token.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "CARDINAL"}
    )


def _country(token: Token) -> str | None:
    words = token.text
    return country_of_name(words) or country_of_place(words)


# the class word after a division's name: "South Khorasan Province" is South Khorasan
DIVISION_SUFFIX = re.compile(r"\s+(?:province|state|region|prefecture)$")


def office_of(title: Token, entity: Span | None = None) -> tuple[str, str | None, str | None]:
    """(office name, jurisdiction, qualifier) of a title's head noun given to a name."""
    modifiers: list[str] = []
    jurisdiction: str | None = None
    qualifier: str | None = None
    for child in [*_flat_modifiers(title, entity), *title.lefts]:
        lower = child.lower_.strip(".-")
        if lower in QUALIFIERS:
            qualifier = lower
        elif child.dep_ in {"poss", "amod", "compound", "nmod"}:
            country = _country(child)
            if country:
                jurisdiction = jurisdiction or country
            elif child.dep_ in {"compound", "amod"} and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
                modifiers.extend(  # "External Affairs Minister": the whole modifier
                    t.lower_ for t in child.subtree if t.is_alpha and not _country(t)
                )
    topic: list[str] = []
    for token in title.subtree:
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            country = _country(token)
            if country:
                jurisdiction = jurisdiction or country
    for child in title.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and not _country(obj):
                    words = [c.lower_ for c in obj.lefts if c.dep_ == "compound"] + [obj.lower_]
                    if obj.ent_type_ in {
                        "GPE",
                        "LOC",
                    }:  # "of South Khorasan Province": South Khorasan
                        words = DIVISION_SUFFIX.sub("", place_name(obj).text.lower()).split()
                    topic = words
    head = title.lemma_.lower()
    name = " ".join([*topic, *modifiers, head]) if topic else " ".join([*modifiers, head])
    name = OFFICE_ALIASES.get(name, name)
    return slug(name), jurisdiction, qualifier


# a sentence dated this long before its report tells of holders of that time
OFFICE_PAST_DAYS = 365


def _told_of_long_ago(context: ArticleContext, sentence: Span) -> bool:
    """The sentence is dated a year or more before its report ("The first was in 1978,
    when Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin …"):
    the titles it gives are of their day, not the report's. A time that bounds a span
    ("who has led the country since 2014", "finished by 2030") dates no moment."""
    past = [
        expression.interval.end
        for expression, span in times_in(context, sentence)
        if expression.interval is not None and not _bounds_a_span(span)
    ]
    if not past:
        return False
    now = context.article.published
    if now is None:  # an undated report is as late as the latest moment it writes
        now = max(
            (
                e.interval.end
                for e, span in context.times
                if e.interval and not _bounds_a_span(span)
            ),
            default=None,
        )
    return now is not None and any((now - end).days > OFFICE_PAST_DAYS for end in past)


# words before a time that make it a bound of a span, not the moment of the sentence
SPAN_BOUNDS = frozenset({"since", "by", "until", "till", "from", "through"})


def _bounds_a_span(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in SPAN_BOUNDS


def _of_a_named_place(title: Token) -> bool:
    """The title is of a place named in the text ("the governor of South Khorasan")."""
    return any(
        obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC"}
        for child in title.rights
        if child.dep_ == "prep" and child.lower_ == "of"
        for obj in child.children
    )


def _name_word(token: Token) -> bool:
    """A word that may be part of a person's name: capitalised, not a title's word, not a
    country (the recogniser may have called it an organisation)."""
    lower = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and token.ent_type_ in {"", "PERSON", "ORG"}
        and lower not in TITLE_WORDS
        and lower not in QUALIFIERS
        and lower not in RANK_QUALIFIERS
        and not _country(token)
    )


def _named_after_titles(sentence: Span, tagged: set[int]) -> list[Span]:
    """Names the recogniser missed that a title stands before: the proper nouns, two or
    more, that end the title's noun phrase ("police Director-General Daljeet Chaudhary")."""
    doc = sentence.doc
    found: list[Span] = []
    for head in sentence:
        if head.dep_ == "compound" or head.i in tagged or not _name_word(head):
            continue
        start = head.i
        while start > sentence.start:
            before = doc[start - 1]
            if before.dep_ != "compound" or before.head.i != head.i or not _name_word(before):
                break
            start -= 1
        if start == head.i:
            continue
        name = Span(doc, start, head.i + 1, label="PERSON")
        title = title_of(name)
        if title is not None and title.lemma_.lower() in TITLE_WORDS:
            found.append(name)
    return found


def _title_tokens(entity: Span, title: Token) -> list[Token]:
    """The title's words on its side of the name, with the nouns before it that modify
    the name's head alongside it ("police" in "police Director-General Daljeet Chaudhary"),
    without the commas around an apposition."""
    if title.i < entity.start:
        tokens = [t for t in title.subtree if t.i < entity.start]
        for child in _flat_modifiers(title, entity):
            tokens.extend(child.subtree)
    else:
        tokens = [t for t in title.subtree if t.i >= entity.end]
    # "officer for the police in Uttar Pradesh state, where the accident took place"
    clauses = {
        t.i
        for clause in tokens
        if clause.dep_ in {"relcl", "acl", "advcl"} and clause.i != title.i
        for t in clause.subtree
    }
    tokens = sorted((t for t in tokens if t.i not in clauses), key=lambda t: t.i)
    while tokens and tokens[-1].text in SEPARATORS:
        tokens.pop()
    while tokens and tokens[0].text in SEPARATORS:
        tokens.pop(0)
    return tokens


def _shared(title: Token, entity: Span) -> bool:
    """A plural title before names joined by "and" ("Assistant U.S. Attorneys Jerry
    Kitchen and Sam Stringfellow"): an office many hold, none of them its one holder.
    The tagger calls such a title a singular proper noun, so its ending is read."""
    plural = title.tag_ in {"NNS", "NNPS"} or (
        title.lower_.endswith("s") and not title.lower_.endswith(("ss", "us", "is"))
    )
    return plural and any(child.dep_ == "conj" for child in entity.root.children)


@extractor("office")
def office_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    people = [e for e in context.ents_in(sentence) if e.label_ == "PERSON" and _is_name(e)]
    tagged = {token.i for entity in people for token in entity}
    for entity in [*people, *_named_after_titles(sentence, tagged)]:
        title = title_of(entity)
        if title is None or _shared(title, entity):
            continue
        office, jurisdiction, qualifier = office_of(title, entity)
        if qualifier is None and _told_of_long_ago(context, sentence):
            qualifier = "then"  # "in 1978, when Israeli Prime Minister Menachem Begin …"
        first, last = name_parts(entity.text)
        if not office or not last:
            continue
        first, last = context.people.get(last, (first, last)) if not first else (first, last)
        title_tokens = [t for t in _title_tokens(entity, title) if t.sent.start == sentence.start]
        if not title_tokens:
            continue
        written = sentence.doc[title_tokens[0].i : title_tokens[-1].i + 1].text
        value = OfficeValue(
            office=f"{jurisdiction}/{office}" if jurisdiction else office,
            title=written,
            holder=entity.text,
            holder_key=person_key(first, last),
            qualifier=qualifier,
        )
        tokens = [*entity, *title_tokens]
        if jurisdiction is not None:  # an office of no stated country is compared only
            # where it names its own place ("the governor of South Khorasan"), in its story
            yield new_claim(
                context,
                sentence,
                tokens,
                subject=f"office:{jurisdiction}/{office}",
                predicate="holder",
                scope="global",
                value=value,
            )
        elif _of_a_named_place(title) and not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in title.lefts
        ):
            yield new_claim(
                context,
                sentence,
                tokens,
                subject=f"office:{office}",
                predicate="holder",
                scope="story",
                value=value,
            )
        if title.lemma_.lower() not in TITLE_WORDS:
            continue  # a capitalised word before a name is a title only to a country's office
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in title.lefts):
            continue  # "X, a senior police officer": what kind of official, not which office
        yield new_claim(
            context,
            sentence,
            tokens,
            subject=f"title:{first or last}",  # spellings of a family name meet by the given name
            predicate="title",
            scope="global",
            value=value.model_copy(update={"office": office}),
        )
