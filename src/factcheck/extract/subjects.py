"""Canonical subject keys: what a claim is about, as `owner/thing@place`.

"Rwanda's High Commission in Islamabad", "the Rwandan High Commission in
Pakistan" and "its High Commission in Pakistan" (said of Rwanda) all become
`rwanda/high-commission@pakistan`; `aliases` adds the more general keys that
the subject graph joins on (`rwanda/mission@pakistan`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from factcheck import lexicons
from factcheck.extract.context import entity_around
from factcheck.extract.measure_words import PEOPLE_TOTALS
from factcheck.extract.places import country_of_name, country_of_place, slug

# thing words → their class, the general name the graph joins on
THING_CLASSES: dict[str, str] = lexicons.mapping("things")
# modifiers that do not change which thing is meant
NEUTRAL_MODIFIERS = lexicons.words("neutral_modifiers")
SPELLING = {"defence": "defense", "organisation": "organization", "programme": "programme"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our"}


def normalise_words(words: str) -> str:
    words = words.lower().replace("’", "'")
    words = re.sub(r"\([^)]*\)", " ", words)  # drop "(SMDA)", "(MoU)"
    return " ".join(SPELLING.get(w, w) for w in re.findall(r"[a-z0-9][a-z0-9'-]*", words))


# kinds of gathering keyed by their host ("final@cairo"); one said with no host is the
# story's one of that kind ("beat Senegal in the final on Friday")
HOSTED_KINDS = frozenset({"final", "meeting", "match"})


@lru_cache(maxsize=16384)
def thing_class(words: str) -> str | None:
    """The class of a thing's head words ("High Commission" → "mission")."""
    normal = normalise_words(words)
    for size in (4, 3, 2, 1):
        tail = " ".join(normal.split()[-size:])
        if tail in THING_CLASSES:
            return THING_CLASSES[tail]
    return None


def thing_name(words: str) -> str:
    """The thing's distinguishing words, its class word for its head, no neutral modifiers."""
    normal = f" {normalise_words(words)} "
    for phrase in sorted(THING_CLASSES, key=len, reverse=True):
        normal = normal.replace(f" {phrase} ", f" {THING_CLASSES[phrase]} ")
    kept = [
        w for w in normal.split() if w not in NEUTRAL_MODIFIERS and not _names_a_party_or_date(w)
    ]
    classes = set(THING_CLASSES.values())
    heads = [index for index, word in enumerate(kept) if word in classes]
    if heads:
        # the class word with what it is about ("mou diplomatic training"), else the one
        # modifier nearest to it ("defense agreement"): what tells two pacts apart
        head = heads[-1]
        after = kept[head + 1 :]
        kept = [kept[head], *after] if after else [*kept[max(0, head - 1) : head], kept[head]]
    return slug(" ".join(kept)) or slug(words)


MONTH_WORDS = frozenset(lexicons.mapping("months"))


def _names_a_party_or_date(word: str) -> bool:
    """ "saudi-pakistan", "sept", "17": who signed or when, not which pact."""
    parts = [part for part in word.split("-") if part]
    return bool(parts) and all(
        part.isdigit() or part[:3] in MONTH_WORDS or country_of_name(part) is not None
        for part in parts
    )


def country_of_token(token: Token) -> str | None:
    """A country named by a token or the entity it belongs to ("Rwanda's", "Rwandan", "Kigali")."""
    words = token.ent_iob_ != "O" and token.doc[token.left_edge.i : token.i + 1].text or token.text
    if token.ent_type_ in {"GPE", "NORP", "LOC", "ORG"} or token.pos_ in {"PROPN", "ADJ"}:
        for candidate in (words, token.text):
            found = country_of_name(candidate) or country_of_place(candidate)
            if found:
                return found
    return None


def subject_of_clause(token: Token) -> Token | None:
    """The nominal subject of the nearest verb governing `token`."""
    current: Token | None = token
    for _ in range(6):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child is not token:
                return child
        if current.head is current:
            return None
        current = current.head
    return None


def owner_of(thing: Token) -> str | None:
    """Whose thing it is: a possessive, a demonym, or (for "its") the clause's subject."""
    for child in thing.children:
        if child.dep_ == "poss":
            if child.lower_ in POSSESSIVE_PRONOUNS:
                subject = subject_of_clause(thing)
                return country_of_token(subject) if subject is not None else None
            return country_of_token(child)
        if child.dep_ in {"amod", "compound"} and child.i < thing.i:
            found = country_of_token(child)
            if found:
                return found
    return None


CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "conj", "xcomp", "acl", "parataxis"}


def place_of(*tokens: Token) -> str | None:
    """A place given by "in"/"at" within the tokens' own phrases ("a final in Ahmedabad",
    "by six wickets in Ahmedabad"), not in other clauses, as a slug of its own name."""
    for token in tokens:
        queue = [child for child in token.children if child.dep_ not in CLAUSE_DEPS]
        while queue:
            current = queue.pop(0)
            if (
                current.dep_ == "pobj"
                and current.head.lower_ in {"in", "at"}
                and (current.ent_type_ in {"GPE", "LOC", "FAC"})
            ):
                return slug(_entity_text(current))
            queue.extend(c for c in current.children if c.dep_ not in CLAUSE_DEPS)
    return None


def _entity_text(token: Token) -> str:
    entity = entity_around(token)
    return entity.text if entity is not None else token.text


def noun_phrase_words(head: Token) -> str:
    """The words of a noun's own phrase: compounds and adjectives before it, and a
    proper-noun "of" phrase after it ("Memorandum of Understanding")."""
    start = end = head.i
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "PROPN":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objects:
                end = objects[0].i
    return head.doc[start : end + 1].text


def mission_key(owner: str | None, thing_words: str, place: str | None) -> str | None:
    if owner is None or place is None or owner == place:
        return None
    return f"{owner}/{slug(thing_words.lower())}@{place}"


def aliases(key: str) -> list[str]:
    """More general keys that name the same thing (the subject graph's alias edges)."""
    margin = MARGIN_KEY.fullmatch(key)
    if margin:
        return [f"{margin.group(1)}margin{margin.group(2)}"]
    match = re.fullmatch(r"([^/]+)/([^@]+)@(.+)", key)
    if not match:
        return story_aliases(key)
    owner, thing, place = match.groups()
    general = thing_class(thing.replace("-", " "))
    if general and general != thing:
        return [f"{owner}/{general}@{place}"]
    return []


# a margin in a unit ("modi/vote:margin@2019") is the margin a report gives with no
# unit ("modi/margin@2019": "won by a margin of 4,79,505")
MARGIN_KEY = re.compile(r"((?:[^/]+/)?)[a-z0-9-]+:margin((?:@\d{4})?)")


def story_aliases(key: str) -> list[str]:
    """A story's meeting or final named with and without its place is one event, and so
    is the length of a visit said with and without where it went; a measure of three
    words or more is the one its last two name ("the GDP growth target", "the growth
    target"), as two words still say what is measured and one ("target") would not.
    A count of one kind of the people somewhere ("180 migrants aboard") joins the count
    of all of them ("150 people on board"), which FC201 compares as a part and its whole."""
    match = re.fullmatch(r"(meeting|final|match|duration:[^@/]+)@(.+)", key)
    if match:
        return [match.group(1)]
    part = re.fullmatch(r"[a-z0-9-]+:([a-z-]+)", key)
    if part and part.group(1) in PEOPLE_TOTALS:
        return [part.group(1)]
    named = re.fullmatch(r"((?:share|duration):)?([a-z0-9]+(?:-[a-z0-9]+){2,})", key)
    words = named.group(2).split("-") if named else []
    if named and not {"of", "for", "to", "in"} & set(words):  # "count-of-conspiracy": its own
        return [f"{named.group(1) or ''}{'-'.join(words[-2:])}"]
    return []


def infinitive_subject(verb: Token) -> Token | None:
    """The noun an infinitive right after it describes ("the strongest earthquake to
    strike Yunnan in 18 years", "the meeting, to be hosted by Pakistan on Tuesday"),
    however the parser attached the infinitive."""
    to = next((c for c in verb.lefts if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None  # "for the team to win": the infinitive has its own subject
    between = verb.doc[to.i + 1 : verb.i]
    if any(t.dep_ not in {"auxpass", "aux", "advmod"} for t in between):
        return None  # "to" is this verb's own, with at most "be" and an adverb between
    index = to.i - 1
    if index >= 0 and verb.doc[index].text == ",":
        index -= 1
    if index < 0:
        return None
    before = verb.doc[index]
    return before if before.pos_ in {"NOUN", "PROPN"} else None
