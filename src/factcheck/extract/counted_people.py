"""What counted people and things are, and which of them a count is of.

A count's state is what happened to what it counts, as a measure name where the lexicon
has one ("killed" is deaths) or the verb's own lemma ("20 agreements were planned to be
signed" are agreements to sign). A count may also be a part of a group of people ("91
passengers and a crew of eight" aboard: `passenger:on-board`, `crew:on-board`), the
whole a part is taken from ("159 of the 400 seats"), what a thing can hold ("a ferry
built for 100 passengers") or the people of a country ("24 Australians", "nine from the
United States").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.counted import person_noun
from factcheck.extract.measure_words import (
    ACTIVITY_SYNONYMS,
    GENERIC_NOUNS,
    NEUTRAL_VERBS,
    NEWS_MEASURES,
    PEOPLE_TOTALS,
    measure_named,
)
from factcheck.extract.measured_nouns import CHANGE_DIRECTIONS, _verb_of
from factcheck.extract.people_states import _total_of, people_state
from factcheck.extract.places import country_of_name, slug
from factcheck.extract.predicates import REPORTING_VERBS
from factcheck.extract.status import EXPECTING_LEMMAS, PLANNING_LEMMAS
from factcheck.extract.subjects import country_of_token


def _capacity(noun: Token) -> bool:
    """ "the A380 can carry 555 passengers", "a ferry built for 100 passengers": what a
    thing holds, not who was there."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        if noun.head.head.lemma_.lower() in PURPOSE_VERBS:
            return True
    verb = _verb_of(noun)
    return verb is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# verbs that say what a thing was made for: "built for 100 passengers"
PURPOSE_VERBS = frozenset(
    {"build", "design", "make", "license", "licence", "certify", "rate", "intend", "mean"}
)

# nouns for the members of a group, counted as the group: "crew members" are crew
GROUP_MEMBERS = frozenset({"member"})


def _group_of_members(noun: Token) -> Token | None:
    """The group a "members" noun names: its compound ("crew members") or its "of" object
    ("members of the flight crew")."""
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            group = next((c for c in child.children if c.dep_ == "pobj"), None)
            if group is not None and group.pos_ == "NOUN":
                return group
    return None


def group_counted(number: Token) -> Token | None:
    """The noun a number counts as its modifier ("91 passengers") or as the size an "of"
    gives a group ("a crew of eight"); None for any other place of the number."""
    if number.dep_ == "nummod":
        return number.head
    if number.dep_ == "pobj" and number.head.lower_ == "of":
        return number.head.head
    return None


def people_part(number: Token, total: str) -> str | None:
    """The key of one kind of people in a total of them: "91 passengers" of "91 passengers
    and a crew of eight" aboard is `passenger:on-board`, "a crew of eight" is
    `crew:on-board`, "12 members of the flight crew" is `crew:on-board`."""
    noun = group_counted(number) if total in PEOPLE_TOTALS else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() in GROUP_MEMBERS:
        noun = _group_of_members(noun) or noun
    lemma = noun.lemma_.lower()
    if lemma in GENERIC_NOUNS:
        return None  # "people" are the total, not a part of it
    return f"{slug(lemma)}:{total}"


def _whole_of_a_part(span: Span) -> Token | None:
    """The noun a count sizes as the whole a part is taken from: "159 of the 400 seats",
    "five of the 12 crew", "48 out of 59 seats": the whole's count, not the part's."""
    if span.root.dep_ != "nummod":
        return None
    noun = span.root.head
    of = noun.head
    out = of.head if of.head.lower_ == "out" and of.head.i > 0 else None
    part_before = out is not None and out.doc[out.i - 1].like_num  # "48 out of 59 seats"
    if noun.dep_ != "pobj" or of.lower_ != "of" or (of.head.pos_ != "NUM" and not part_before):
        return None
    if of.head.lower_ == "one":
        return None  # "one of the two surviving passengers": how many survived
    if people_state(noun) is not None:
        return None  # "of the 67 people on board, 38 died": how many were on board
    return noun if noun.pos_ == "NOUN" else None


INTENT_LEMMAS = frozenset(EXPECTING_LEMMAS | PLANNING_LEMMAS)


def _intended(verb: Token) -> Token:
    """The verb a verb of planning or expecting completes: "20 agreements were planned
    to be signed", "are expected to be signed" are agreements to sign, as "will sign 15
    agreements" says; the plan is the claim's status, not what is counted."""
    while verb.lemma_.lower() in INTENT_LEMMAS:
        completed = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if completed is None:
            break
        verb = completed
    return verb


def counted_state(noun: Token) -> str | None:
    """The state of counted things as a measure name ("killed" → deaths), or the verb's
    lemma when it is not one the lexicon knows; None when the verb says nothing."""
    change = _changed_by(noun)
    if change is not None:
        return change  # "an increase of 210 seats", "gained 200 seats": seat:gain
    verb = _verb_of(noun)
    if verb is None:
        return None
    verb = _intended(verb)
    if _lost_by_costing(noun, verb):
        return "lose"  # "the merger cost 300 jobs": the jobs lost
    known = measure_named(verb)
    if known:
        return known
    lemma = verb.lemma_.lower()
    if (
        lemma in CHANGE_DIRECTIONS
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and not _people(noun)
    ):
        return CHANGE_DIRECTIONS[lemma]  # "gained 200 seats"; "12,000 homes fell" fell
    if lemma in NEUTRAL_VERBS and _done_to(noun, verb) and lemma not in PASSIVE_NEUTRAL:
        return lemma  # "250 passengers were taken to safety": some of them, not all aboard
    return None if lemma in NEUTRAL_VERBS else ACTIVITY_SYNONYMS.get(lemma, lemma)


def _lost_by_costing(noun: Token, verb: Token) -> bool:
    """Things counted that a verb of costing took from no one it names ("the merger cost
    300 jobs", "the fire cost 12 lives"): what was lost, not a price (a sum of money is
    no count). Costing someone ("cost Kane three games") may be what they missed."""
    return (
        verb.lemma_.lower() == "cost"
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and not any(c.dep_ == "dative" for c in verb.children)
    )


def _changed_by(noun: Token) -> str | None:
    """The way a change noun says counted things went, when they are what it is "of":
    "an increase of 210 seats", "a loss of 251 seats"; not people ("the loss of 12
    soldiers" is their deaths)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or _people(noun):
        return None
    return CHANGE_DIRECTIONS.get(noun.head.head.lemma_.lower())


def _people(noun: Token) -> bool:
    return person_noun(noun) or noun.lemma_.lower() in {"people", "person", "life"}


# neutral verbs that stay neutral said of counted things in the passive: reporting a
# count ("50 were reported", "were confirmed") or holding it ("were included"); the
# others there say what was done to them ("were taken to safety", "were given aid")
PASSIVE_NEUTRAL = REPORTING_VERBS | frozenset({"include", "contain", "number", "total"})


def _done_to(noun: Token, verb: Token) -> bool:
    """The counted noun is the verb's passive subject ("passengers were taken")."""
    role = _total_of(noun)
    return role.dep_ == "nsubjpass" and role.head.i == verb.i


# nouns for the people of a country, counted by it: "five Indian nationals"
NATIONALS = frozenset({"national", "citizen"})


def _nationality(span: Span) -> tuple[str, list[Token]] | None:
    """People counted by where they are from: "24 Australians", "nine from the United
    States", "Twenty-four of them were from Australia"; keyed by the country, and by what
    happened to them where the sentence says ("two Australians died")."""
    number = span.root
    noun = number.head if number.dep_ == "nummod" else None
    if noun is not None and (noun.ent_type_ == "NORP" or noun.pos_ == "PROPN"):
        country = country_of_name(noun.text) or country_of_name(noun.text.removesuffix("s"))
        if country is not None:
            state = counted_state(noun)
            said = f":{state}" if state in NEWS_MEASURES else ""
            return f"nationality:{country}{said}", [noun]
    if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in NATIONALS:
        # "five Indian nationals" are "five Indians"; "15 foreign nationals", foreigners
        # ("two Israeli soldiers" are soldiers, some of the Israelis: not counted here)
        state = counted_state(noun)
        said = f":{state}" if state in NEWS_MEASURES else ""
        for modifier in (c for c in noun.children if c.dep_ in {"amod", "compound"}):
            if modifier.lower_ == "foreign":
                return f"foreigner{said}", [modifier, noun]
            if modifier.ent_type_ == "NORP":
                country = country_of_name(modifier.text)
                if country is not None:
                    return f"nationality:{country}{said}", [modifier, noun]
    holders = [number]
    if number.dep_ == "nsubj" and number.head.lemma_ == "be":
        holders.append(number.head)  # "Twenty-four of them were from Australia"
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                place = next((c for c in child.children if c.dep_ == "pobj"), None)
                if place is not None and place.ent_type_ in {"GPE", "NORP"}:
                    country = country_of_token(place)
                    if country is not None:
                        return f"nationality:{country}", [child, place]
    return None


# how a list's members hang on its first
LISTING = frozenset({"conj", "appos"})
# verbs by which a whole is said to be made of the people listed after it
BREAKDOWN_VERBS = frozenset({"include", "comprise", "be", "consist", "make"})


def breakdown_of(noun: Token) -> str | None:
    """The measure a list of counted people breaks down ("those abducted included six
    men, six women and five children", "updated the death toll to 126 women, 71 men, 17
    girls and 10 boys"): each kind is a part of that whole (`woman:kidnap`), as
    "Seventeen children died" is `child:deaths`. None for a noun in no such list, or a
    whole that says nothing of what befell them ("the group included six men")."""
    head = noun
    while head.dep_ in LISTING and head.head.pos_ == "NOUN" and head.head.i < head.i:
        head = head.head
    members, queue = [], [head]
    while queue:  # "126 women, 71 men, 17 girls and 10 boys": joined or set beside
        member = queue.pop()
        members.append(member)
        queue += [c for c in member.children if c.dep_ in LISTING and c.pos_ == "NOUN"]
    counted = [
        member
        for member in members
        if person_noun(member) and any(c.dep_ == "nummod" for c in member.children)
    ]
    if len(counted) < 2 or noun not in counted:
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        verb = head.head.head  # "updated the death toll to 126 women"
        told = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ == "VERB" else []
        tolls = [measure_named(c) for c in told]
        return next((m for m in tolls if m in NEWS_MEASURES), None)
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "were those of 125 women", "made up of five men"
    verb = head.head if head.dep_ in {"dobj", "attr", "pobj", "prep", "acomp"} else head
    while (verb.dep_ in {"prep", "prt", "acomp"} or verb.pos_ == "ADP") and verb.head != verb:
        verb = verb.head  # "was made up of", "consisted of"; a sentence's root is its own head
    if verb.lemma_.lower() not in BREAKDOWN_VERBS:
        return None
    whole = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if whole is None:
        return None
    named = measure_named(whole)
    if named in NEWS_MEASURES:
        return named  # "the dead included …"
    state = counted_state(whole)
    return state if state in NEWS_MEASURES or state in ACTIVITY_SYNONYMS.values() else None
