"""People the recogniser took for something else, told by what news writes around a name.

The small English pipeline labels many names as places or companies ("Thabo Mbeki"
a GPE, "Smith, 34, was arrested" an ORG). Three cues say a name is a person whatever
the label, and they hold in any story:
- an age written as its appositive: "Mbeki, 69,", "Smith (34)", "Smith, aged 34,";
- an honorific or title word right before it (the `name_prefixes` hint): "Mr Smith",
  "former president Thabo Mbeki";
- being sentenced, arrested or jailed, which is done to people only ("Bankman-Fried
  was sentenced").
A name so cued is relabelled PERSON, wherever the text writes it, and so is a family
name written alone after a person's whole name ("Sam Bankman-Fried … Bankman-Fried"); a run of proper nouns the recogniser left
unlabelled gets a PERSON entity of its own. A name after a place preposition ("in
Gaza, 20, …"), a place the gazetteer knows, or an entry of a list of figures ("Texas,
12, Ohio, 10") is not cued by an age. A nationality the recogniser takes into a name
("Kenyan Benson Kipruto") is split off it; a country's name that is a given name
("Jordan Smith") is not.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factcheck import lexicons

# ", 34," / " (34)" / ", aged 34," right after a name: the number closes the appositive
AGE_APPOSITIVE = re.compile(
    r"\s*(?:,\s*(?:aged?\s+)?(\d{1,3})\s*,|\(\s*(?:aged?\s+)?(\d{1,3})\s*\))"
)
OLDEST_AGE = 110
# another "Name, N" entry right after an appositive number, or right before the name
LIST_ENTRY_AFTER = re.compile(r"\s*(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,\s*\d{1,3}\b")
LIST_ENTRY_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*,\s*\d{1,3}\s*,\s*(?:and\s+)?\Z")
# "Tony Coburn, aka Blue, 26,": the alias is the same person's, not another one
ALIAS_BEFORE = re.compile(r"(?:\ba\.?k\.?a\.?|\bknown as)\s*\Z", re.IGNORECASE)
# labels a person may wrongly get; numbers, dates and amounts are never names
PERSON_LOOKALIKES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", ""})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside"})
NAME_PREFIXES = lexicons.words("name_prefixes")
# words of a body's name: "Minister Smith" is a person, "Justice Department" is not
BODY_WORDS = frozenset(
    {"department", "ministry", "party", "council", "court", "university", "police", "office"}
)


@Language.component("factcheck_person_cues")
def person_cues(doc: Doc) -> Doc:
    """Relabel as PERSON the names an age appositive or a title before them marks."""
    entities = list(doc.ents)
    covered = {token.i for entity in entities for token in entity}
    cued = {
        entity.text
        for entity in entities
        if entity.label_ in PERSON_LOOKALIKES and _cued(doc, entity)
    }
    # a family name written alone after the whole name ("Sam Bankman-Fried … Bankman-Fried")
    cued |= {
        entity.text.split()[-1]
        for entity in entities
        if entity.label_ == "PERSON" and len(entity.text.split()) > 1
    }
    changed = False
    for index, entity in enumerate(entities):
        # a name cued once is a person wherever the text writes it so
        if entity.label_ in PERSON_LOOKALIKES and entity.text in cued:
            entities[index] = Span(doc, entity.start, entity.end, label="PERSON")
            changed = True
    for index, entity in enumerate(entities):
        if entity.label_ == "PERSON" and len(entity) > 1 and _demonym(entity[0]):
            # "Kenyan Benson Kipruto": a nationality, then the name
            entities[index] = Span(doc, entity.start + 1, entity.end, label="PERSON")
            entities.append(Span(doc, entity.start, entity.start + 1, label="NORP"))
            changed = True
    for start, end in _unlabelled_names(doc, covered):
        run = Span(doc, start, end)
        if run.text in cued or _age_after(doc, run):  # "Kelvin Kiptum … Kiptum won"
            entities.append(Span(doc, start, end, label="PERSON"))
            changed = True
    if changed:
        doc.ents = sorted(entities, key=lambda entity: entity.start)
    return doc


def _cued(doc: Doc, entity: Span) -> bool:
    words = [token for token in entity if not token.is_punct]
    if not words or not all(_name_word(token) for token in words):
        return False
    return _age_after(doc, entity) or _title_before(doc, entity) or _undergoes_as_a_person(entity)


# what is done only to people: "Bankman-Fried was sentenced" (a company is fined)
PERSON_ONLY_PASSIVES = frozenset(
    {"sentence", "arrest", "jail", "imprison", "detain", "handcuff", "extradite"}
)


def _undergoes_as_a_person(entity: Span) -> bool:
    root = entity.root
    return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in PERSON_ONLY_PASSIVES


def _name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.text.replace(".", "").replace("-", "").replace("'", "").isalpha()
        and token.lower_ not in BODY_WORDS
    )


def _age_after(doc: Doc, entity: Span) -> bool:
    found = AGE_APPOSITIVE.match(doc.text, entity.end_char)
    if not found or not 0 < int(found.group(1) or found.group(2)) <= OLDEST_AGE:
        return False
    if LIST_ENTRY_AFTER.match(doc.text, found.end()) or LIST_ENTRY_BEFORE.search(
        doc.text[max(0, entity.start_char - 40) : entity.start_char]
    ):
        return False  # "Texas, 12, Ohio, 10, and Iowa, 6": a table of figures, not ages
    if entity.label_ in {"GPE", "LOC"} and _a_known_place(entity.text):
        return False  # "Chelsea, 3, …": a place (or a team named for one) the gazetteer knows
    if ALIAS_BEFORE.search(doc.text[max(0, entity.start_char - 20) : entity.start_char]):
        return False
    root = entity.root
    return not (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS)


# how the names of peoples end ("Kenyan", "Chinese", "Israeli", "British", "Dutch",
# "Kazakh", "Uzbek", "Swiss", "Argentine", "Filipino", "Icelandic"), unlike given names
# that are also one ("Dane")
DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "h", "k", "ss", "ine", "ino", "ic")


def _demonym(word: Token) -> bool:
    """A people's name ("Kenyan", "Ethiopian"), not a country's ("Jordan Smith")."""
    from factcheck.extract.places import country_of_name

    country = country_of_name(word.text)
    return (
        country is not None
        and word.lower_ != country.replace("-", " ")
        and word.lower_.endswith(DEMONYM_ENDINGS)
    )


def _a_known_place(name: str) -> bool:
    # imported here: the gazetteer reads the extractors' place helpers, which load the
    # pipeline this component is part of
    from factcheck import places_gazetteer

    return bool(places_gazetteer.candidates(name))


def _title_before(doc: Doc, entity: Span) -> bool:
    if entity.start == 0:
        return False
    before = doc[entity.start - 1]
    return before.lower_.rstrip(".") in NAME_PREFIXES and before.pos_ in {"NOUN", "PROPN"}


def _unlabelled_names(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns in no entity ("Smith", "Jane Doe")."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        inside = token.i not in covered and _name_word(token)
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append((start, token.i))
            start = None
    if start is not None:
        runs.append((start, len(doc)))
    return runs
