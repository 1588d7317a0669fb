"""People: who is named, and how old the article says they are.

Every PERSON entity is a person mention. A surname alone ("Dar", "Mr Dar")
is linked to the fullest name the article gave earlier for that surname, so
"Ishaq Dar … Dar said" is one person. Ages are read from the forms news uses
around a name: "Sherie Miller, 44,", "44-year-old Sherie Miller", "Miller
(44)", "Miller, aged 44", "Miller, 44-year-old female from Regina", and "a
44-year-old woman, Sherie Miller".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from itertools import takewhile

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.amounts import long_before
from factcheck.extract.context import OLDEST_AGE, ArticleContext, extractor, new_claim, times_in
from factcheck.extract.counted import PERSON_NOUNS, person_noun
from factcheck.extract.names import fold, name_parts
from factcheck.models import AgeValue, Claim, PersonValue
from factcheck.normalise.amounts.units import ONES, TENS

# a name's own aliases ("Tony Coburn, aka Blue, 26") and a list's shared age
# ("Anthony Harris, Anthony Lyons and Joshua Almore, all 23") sit between name and age
_ALIAS = r"(?:,\s*(?:a\.?k\.?a\.?|also known as)\s+[^,;()]{1,40})?"
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_LIST_REST = rf"(?:,\s*{_NAME})*,?\s+and\s+{_NAME}"
# an age in words ("Alice, nine,", "six-year-old Bebe King"): the lexicon's number words
_WORD_AGE = (
    r"(?i:(?:" + "|".join(sorted(TENS, key=len, reverse=True)) + r")(?:[- ](?:"
    + "|".join(w for w in ONES if 0 < ONES[w] < 10) + r"))?|"
    + "|".join(sorted((w for w in ONES if ONES[w] > 0), key=len, reverse=True)) + r")"
)  # fmt: skip
_AGE_NUMBER = rf"(?:\d{{1,3}}|{_WORD_AGE})"
_SHARED_AGE = re.compile(
    rf"(?:{_LIST_REST})?\s*,\s*(?:all|both)(?:\s+aged)?\s+(?P<age>\d{{1,3}})"
    r"(?=\s*(?:,|\.(?!\d)|;|$|\s))"
)
_AGE_AFTER = re.compile(
    _ALIAS + r"\s*(?:,\s*(?:aged?\s+)?|\(\s*(?:aged?\s+)?)(?:(?P<age>\d{1,3})"
    r"(?=\s*(?:\)|,|\.(?!\d)|;|$|\s+(?:of|from|and|was|is|who|were|had|has|in|at)\b))"
    rf"|(?P<word_age>{_WORD_AGE})(?=\s*(?:[,);]|\.(?!\d)|$)))"  # "Alice, nine, died"; not "Smith, one of"
)
# "Jacob Leicht, 19-year-old male from Humboldt", "Smith, a 45-year-old teacher"
_AGED_NOUN_AFTER = re.compile(
    _ALIAS + rf"\s*,\s*(?:an?\s+(?P<age>{_AGE_NUMBER})[- ]years?[- ]old\b"
    rf"|(?P<bare_age>{_AGE_NUMBER})[- ]years?[- ]old\b(?!\s+[A-Z]))"
)  # "Smith, a 45-year-old Army veteran"; not "Bebe King, seven-year-old Elsie": hers
# "44-year-old Sherie Miller", "a 44-year-old woman, Sherie Miller"; not the place of
# "a 20-year-old male from Allan"
_AGE_BEFORE = re.compile(
    rf"(?P<age>{_AGE_NUMBER})[- ]years?[- ]old"
    r"(?:\s+(?!(?:from|of|in|at|near)\b)[a-z]+){0,2}"
    r"(?:\s*,)?(?:\s+(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?)?\s*\Z"  # "the 56-year-old Mr. Dissanayake"
)


def person_key(first: str, last: str) -> str:
    """ "alice-da-silva-aguiar": a person's subject key, one word of letters and hyphens."""
    key = f"{first}-{last}" if first else last
    return "-".join(key.split())


GENERATION = re.compile(r"(?:,?\s+)(Jr|Sr|II|III|IV)\.?$", re.IGNORECASE)


def generation_of(name: str) -> str:
    """ "-jr" for "Dwayne Jackson Jr.": a father and a son share the rest of the name."""
    found = GENERATION.search(name.strip())
    return f"-{found.group(1).lower()}" if found else ""


# marks inside a name's words: "J.", "Jean-Luc", "O'Neil", "N’Golo"
NAME_MARKS = re.compile(r"[.\-'’]")


def _is_name(entity: Span) -> bool:
    words = [t for t in entity if not t.is_punct and t.tag_ != "POS"]
    particles = lexicons.words("name_particles")
    return (
        bool(words)
        and words[0].text[:1].isupper()
        and all(
            (t.text[:1].isupper() or t.lower_ in particles)  # "Alice da Silva Aguiar"
            and NAME_MARKS.sub("", t.text).isalpha()  # "O'Neil", "Jean-Luc", "J."
            for t in words
        )
        and words[-1].tag_ not in {"NNS", "NNPS"}  # "Girl Scouts" names a group
    )


def resolve(context: ArticleContext, entity: Span) -> tuple[str, str] | None:
    """(first, last) of a person mention, a surname alone linked to its fuller name."""
    first, last = name_parts(entity.text)
    if not last:
        return None
    if not first:
        return context.people.get(last, ("", last))
    context.people.setdefault(last, (first, last))
    return first, last


def named_person(context: ArticleContext, entity: Span) -> tuple[str, str] | None:
    """(first, last) of a PERSON mention that names someone (not a country, not a word
    the recogniser took for a name), a surname alone linked to its fuller name."""
    if entity.label_ != "PERSON" or not _is_name(entity) or context.names_a_country(entity):
        return None
    return resolve(context, entity)


def _surnames_alone(context: ArticleContext, sentence: Span) -> list[Span]:
    """Later mentions by family name that the entity recogniser missed ("Dar, 73,")."""
    found: list[Span] = []
    if not context.people:
        return found
    for token in sentence:
        if token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper():
            continue
        if fold(token.text) not in context.people:
            continue  # the cheap test first: a surname alone is a known family name as written
        if token.ent_type_ == "PERSON" or _in_a_longer_entity(token):
            continue
        if name_parts(token.text)[1] in context.people:
            found.append(Span(sentence.doc, token.i, token.i + 1, label="PERSON"))
    return found


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
TITLE_WORDS = lexicons.words("title_words")


def _names_a_role_gives(sentence: Span) -> list[Span]:
    """Names of two words or more the recogniser missed, or took for a place, that a word
    for a person introduces: "skipper Siya Kolisi", "Skipper Siya Kolisi" (a role before
    the name), "the referee, Wayne Barnes" (a name in apposition to a person), "his New
    Zealand counterpart Same Cane" (to someone's relation; a name the recogniser took for
    a place or company is not taken on that alone)."""
    found: list[Span] = []
    for token in sentence:
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or token.dep_ == "compound":
            continue
        chain = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if [c.i for c in chain] != list(range(token.i - len(chain), token.i)):
            continue  # the name's words written together
        # a name the recogniser took for a company needs a role the lexicons list
        by_form = not any(t.ent_type_ == "ORG" for t in chain + [token])
        titled = list(takewhile(partial(_a_role, by_form=by_form), chain))
        words = sentence.doc[token.i - len(chain) + len(titled) : token.i + 1]
        if len(words) < 2 or any(_a_role(t) for t in words):
            continue
        role = (
            titled[-1]
            if titled
            else next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        )
        labelled = any(t.ent_type_ for t in words)
        # in apposition to a word for a person: "the referee, Wayne Barnes"; a name the
        # recogniser took for a company only beside a role the lexicons list ("its
        # erstwhile CEO, Parag Agarwal") that is no one's title already ("Sandeepsinh
        # Zala, Chief Officer, Morbi Municipality": the office's body)
        company = labelled and all(t.ent_type_ in {"", "ORG"} for t in words)
        beside = token.dep_ == "appos" and (
            _a_relation(token.head)
            if not labelled
            else company and _a_role(token.head, by_form=False) and token.head.dep_ != "appos"
        )
        if (role is not None and _a_role(role, by_form)) or beside:
            found.append(Span(sentence.doc, words.start, words.end, label="PERSON"))
    return found


DASHES = frozenset({"-", "–", "—"})


def _before_a_dash(entity: Span) -> Span:
    """A name the recogniser ran across a dash set off by spaces, as a headline writes
    one ("Kier Starmer - Labour wins"): the name is what comes before it."""
    for token in entity[1:]:
        if token.text in DASHES and token.i > 0 and token.nbor(-1).whitespace_:
            return Span(entity.doc, entity.start, token.i, label=entity.label)
    return entity


def _a_role(word: Token, by_form: bool = True) -> bool:
    """A word for what someone is: "skipper", "minister", "Captain". A word the lexicons
    do not list is one by its form ("skipper" as "librarian"), unless a capital that
    does not start the sentence makes it a name ("Eurasian")."""
    lower = word.lower_
    if lower in TITLE_WORDS or word.lemma_.lower() in TITLE_WORDS or lower in PERSON_NOUNS:
        return True
    lowercase = not word.text[:1].isupper() or bool(word.is_sent_start)
    return by_form and lowercase and person_noun(word)


def _a_relation(word: Token) -> bool:
    """A word for a person, or a relation of someone's: "the referee", "his counterpart"."""
    return word.pos_ == "NOUN" and (
        _a_role(word)
        or any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in word.children)
    )


def _in_a_longer_entity(token: Token) -> bool:
    """Part of a name of several words ("Dar Foundation"); a known surname alone that the
    recogniser took for a company or place ("Dissanayake, 55,") is still the person."""
    if not token.ent_type_:
        return False
    before = token.i > 0 and token.nbor(-1).ent_iob_ != "O" and token.ent_iob_ == "I"
    after = token.i + 1 < len(token.doc) and token.nbor(1).ent_iob_ == "I"
    return before or after


def age_number(written: str) -> int:
    """An age in digits or in words: "44", "nine", "Twenty-one"."""
    if written.isdigit():
        return int(written)
    words = written.lower().replace("-", " ").split()
    return sum(TENS.get(word, ONES.get(word, 0)) for word in words)


def _age_of(entity: Span, sentence: Span, text: str) -> tuple[int, int, int] | None:
    """(age, start, end of the age's words) stated right around a name (`text` is the
    document's)."""
    after = (
        _AGE_AFTER.match(text, entity.end_char, sentence.end_char)
        or _SHARED_AGE.match(text, entity.end_char, sentence.end_char)
        or _AGED_NOUN_AFTER.match(text, entity.end_char, sentence.end_char)
    )
    if after:
        group = next(g for g, said in after.groupdict().items() if said is not None)
        return age_number(after.group(group)), after.start(group), after.end(group)
    window_start = max(sentence.start_char, entity.start_char - 40)
    before = _AGE_BEFORE.search(text[window_start : entity.start_char])
    if before and _said_of_a_person(entity, window_start + before.end("age")):
        start = window_start + before.start("age")
        return age_number(before.group("age")), start, window_start + before.end()
    return None


def _said_of_a_person(entity: Span, age_end: int) -> bool:
    """The words between "N-year-old" and a name end in a noun for a person, or there are
    none: "a 44-year-old woman, Sherie Miller", "44-year-old Sherie Miller"; not "a
    nine-year-old drought, Lamine Yamal scored"."""
    doc = entity.doc
    between = doc[entity.sent.start : entity.start]
    words = [t for t in between if t.idx > age_end and t.is_alpha and t.lower_ != "old"]
    words = [t for t in words if not t.lower_.startswith("year")]
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}]
    return not nouns or person_noun(nouns[-1])


@extractor("person", "age")
def people_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    named = context.named_people
    written: set[tuple[str, int]] = set()
    entities = [*context.ents_in(sentence), *_surnames_alone(context, sentence)]
    for entity in [*entities, *_names_a_role_gives(sentence)]:
        entity = _before_a_dash(entity)
        resolved = named_person(context, entity)
        if resolved is None:
            continue
        first, last = resolved
        key = person_key(first, last)
        if first and len(entity) >= 2 and (entity.text, sentence.start) not in written:
            # every sentence that writes the name in full: a misspelling is fixed where
            # it is written, and a later mention may be the one that differs
            named.add((first, last))
            written.add((entity.text, sentence.start))
            yield new_claim(
                context,
                sentence,
                list(entity),
                subject="people",
                predicate="name",
                value=PersonValue(
                    name=entity.text.removesuffix("'s").removesuffix("’s"), first=first, last=last
                ),
            )
        age = _age_of(entity, sentence, context.text)
        if age is not None and 0 < age[0] <= OLDEST_AGE and not told_of_the_past(context, sentence):
            years, start, end = age
            age_tokens = [t for t in sentence if start <= t.idx < end]
            yield _age_claim(context, sentence, entity, key, years, age_tokens)
    if told_of_the_past(context, sentence):
        return
    for entity, years, words in _definite_ages(context, sentence):
        resolved = resolve(context, entity)
        if resolved is not None and 0 < years <= OLDEST_AGE:
            yield _age_claim(context, sentence, entity, person_key(*resolved), years, words)


def _age_claim(
    context: ArticleContext,
    sentence: Span,
    entity: Span,
    key: str,
    years: int,
    words: list[Token],
) -> Claim:
    """The age `years` of the person `entity` names, said by `words`."""
    return new_claim(
        context,
        sentence,
        [*entity, *words] if entity.start >= sentence.start else words,
        subject=f"person:{key}{generation_of(entity.text)}",
        predicate="age",
        value=AgeValue(years=years, person=entity.text),
    )


# "the 25-year-old had died", "The 55-year-old leader was sworn in": a person named before
_DEFINITE_AGE = re.compile(rf"\b[Tt]he (?P<age>{_AGE_NUMBER})[- ]years?[- ]old\b(?!\s+[A-Z])")


def _definite_ages(
    context: ArticleContext, sentence: Span
) -> Iterator[tuple[Span, int, list[Token]]]:
    """Ages said of a person by "the N-year-old" as a clause's subject, with the person
    it speaks of: the one a pronoun there would stand for (`person_before`)."""
    for match in _DEFINITE_AGE.finditer(context.text, sentence.start_char, sentence.end_char):
        words = [t for t in sentence if match.start() <= t.idx < match.end()]
        age = age_number(match.group("age"))
        inside = {t.i for t in words}
        head = next((t for t in words if t.head.i not in inside), None)
        described = head is not None and head.dep_ != "poss" and head.head.pos_ == "NOUN"
        phrase_head = head.head if described and head is not None else head
        if phrase_head is None or phrase_head.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            continue  # a subject, or whose something is: "the 74-year-old's legal team"
        if phrase_head.dep_ == "poss" and phrase_head is not head:
            continue  # "the 24-year-old cyclist's family": a role, maybe someone new
        if phrase_head is not head and not person_noun(phrase_head):
            continue  # "the three-year-old war goes on": a thing's age
        if phrase_head is not head and _introduced_here(phrase_head):
            continue  # "the 59-year-old station master in the city of Larissa": someone new
        if any(_names_the_phrase(e, phrase_head) for e in context.ents_in(sentence)):
            continue  # "The 6-year-old was identified as Stephen Romero": that person
        person = context.person_before(words[0].i)
        if person is None or not _is_name(person):
            continue
        if phrase_head.dep_ == "poss" and not _the_story_person(context, person, words[0].i):
            continue  # "said her neighbour had gone … The 81-year-old's family": whose?
        yield person, int(age), words


# times a person is named before a possessive "the N-year-old's" is taken to be theirs
STORY_PERSON_MENTIONS = 2


def _the_story_person(context: ArticleContext, person: Span, index: int) -> bool:
    """A person the article has named again and again before `index`: the one a bare
    possessive "the 74-year-old's" is about, where a role ("the cyclist's family") or a
    person named once ("Margaret Hill said her neighbour…") may be someone else."""
    return context.times_named_before(person, index) >= STORY_PERSON_MENTIONS


def _introduced_here(noun: Token) -> bool:
    """A role placed by what follows it is someone the story brings in, not someone
    named before: "the 59-year-old station master in the city of Larissa", "the
    30-year-old man who was shot"; "the 55-year-old leader of the party" is still the
    leader named before."""
    return any(
        child.i > noun.i
        and (child.dep_ in {"relcl", "acl"} or (child.dep_ == "prep" and child.lower_ != "of"))
        for child in noun.children
    )


def _names_the_phrase(entity: Span, phrase: Token) -> bool:
    """A person named as what the subject "the N-year-old" (`phrase`) is: "was
    identified as Stephen Romero", "was Stephen Romero", "the 6-year-old, Stephen
    Romero"; not a rival named further on ("the 56-year-old leader had built a lead over
    his rivals: the main Opposition leader, Sajith Premadasa")."""
    root = entity.root
    if entity.label_ != "PERSON" or entity.start <= phrase.i:
        return False
    if root.dep_ == "appos" and root.head == phrase:
        return True  # "the 6-year-old, Stephen Romero"
    if any(a.head == phrase and a.dep_ in {"relcl", "acl"} for a in root.ancestors):
        return True  # "the 34-year-old, (who was later) named by police as Daniel Hughes"
    clause = phrase.head
    if root.dep_ in {"attr", "oprd"}:
        return root.head == clause
    return root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head == clause


def told_of_the_past(context: ArticleContext, sentence: Span) -> bool:
    """The sentence dates itself well before publication ("a 2003 story said a 40-year-old
    Don Spirit …"): an age there was the age then."""
    for expression, _ in times_in(context, sentence):
        if expression.interval is not None and long_before(context, expression.interval):
            return True
    return False
