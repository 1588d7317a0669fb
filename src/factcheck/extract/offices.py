"""Offices: who holds which office of which country, from the title around a name.

The title is found from the parse, not from a list of titles: the noun a name
is a compound of ("Foreign Minister Olivier Nduhungirehe"), or the noun in
apposition to it ("Ishaq Dar, Pakistan's Deputy Prime Minister"). Its
jurisdiction comes from a possessive, a demonym or an "of" phrase naming a
country; "Minister of Foreign Affairs" folds to "foreign affairs minister",
and the office aliases table gives the canonical name ("foreign minister").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.names import name_parts
from factcheck.extract.people import _is_name, person_key
from factcheck.extract.places import country_of_name, country_of_place, slug
from factcheck.models import Claim, OfficeValue

OFFICE_ALIASES = lexicons.mapping("office_aliases")
QUALIFIERS = lexicons.words("office_qualifiers")
TITLE_WORDS = lexicons.words("title_words")


def title_of(entity: Span) -> Token | None:
    """The head noun of the title given to a named person, before or after the name."""
    for token in entity:
        for child in token.children:
            if child.i < entity.start and child.dep_ == "compound" and _title_like(child):
                return child
            if child.i >= entity.end and child.dep_ == "appos" and _title_like(child):
                return child
    root = entity.root
    if root.dep_ == "appos" and root.head.i < entity.start and _title_like(root.head):
        return root.head
    return None


def _title_like(token: Token) -> bool:
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and (token.lemma_.lower() in TITLE_WORDS or token.text[:1].isupper())
        and token.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "CARDINAL"}
    )


def _country(token: Token) -> str | None:
    words = token.text
    return country_of_name(words) or country_of_place(words)


def office_of(title: Token) -> tuple[str, str | None, str | None]:
    """(office name, jurisdiction, qualifier) of a title's head noun."""
    modifiers: list[str] = []
    jurisdiction: str | None = None
    qualifier: str | None = None
    for child in title.lefts:
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
                    topic = words
    head = title.lemma_.lower()
    name = " ".join([*topic, *modifiers, head]) if topic else " ".join([*modifiers, head])
    name = OFFICE_ALIASES.get(name, name)
    return slug(name), jurisdiction, qualifier


@extractor("office")
def office_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for entity in context.ents_in(sentence):
        if entity.label_ != "PERSON" or not _is_name(entity):
            continue
        title = title_of(entity)
        if title is None:
            continue
        office, jurisdiction, qualifier = office_of(title)
        if jurisdiction is None or not office:
            continue  # an office of no stated country cannot be compared
        first, last = name_parts(entity.text)
        if not last:
            continue
        first, last = context.people.get(last, (first, last)) if not first else (first, last)
        tokens = [*entity, *[t for t in title.subtree if t.i < entity.start or t.i >= entity.end]]
        yield new_claim(
            context,
            sentence,
            [t for t in tokens if t.sent.start == sentence.start],
            subject=f"office:{jurisdiction}/{office}",
            predicate="holder",
            scope="global",
            value=OfficeValue(
                office=f"{jurisdiction}/{office}",
                title=" ".join(
                    t.text for t in title.subtree if t.i < entity.start or t.i >= entity.end
                ),
                holder=entity.text,
                holder_key=person_key(first, last),
                qualifier=qualifier,
            ),
        )
