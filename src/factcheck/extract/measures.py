"""What an amount measures, as a subject key: `rwanda/export@pakistan`, `deaths`, `duration:visit`.

The measured thing is read from the parse around the number: the noun it
counts ("1,891 injured"), the phrase it sizes ("a three-day visit"), or the
subject or object of the verb it completes ("exports stand at $26 million",
"put the death toll at 398").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck import places_gazetteer as gazetteer
from factcheck.extract.context import entity_around
from factcheck.extract.counted import (
    COUNT_NOUNS,
    antecedent,
    count_noun_object,
    counted_noun,
    names_a_thing,
    person_noun,
    subject_of,
)
from factcheck.extract.names import name_parts
from factcheck.extract.physical import physical_key, size_of_a_thing
from factcheck.extract.places import (
    country_of_name,
    country_of_place,
    names_a_country,
    place_name,
    slug,
)
from factcheck.extract.predicates import (
    NOUN_PREDICATES,
    REPORTING_VERBS,
    event_named_by_subject,
    predicate_of,
    verb_above,
    verb_of_gerund,
    with_particle,
)
from factcheck.extract.repeats import repeated_act
from factcheck.extract.status import EXPECTING_LEMMAS, PLANNING_LEMMAS
from factcheck.extract.subjects import (
    THING_CLASSES,
    country_of_token,
    infinitive_subject,
    owner_of,
)
from factcheck.normalise.amounts import AmountMention, find_amounts

# nouns too vague to name what is measured on their own
GENERIC_NOUNS = lexicons.words("generic_nouns")
# common news measures named in several ways
MEASURE_SYNONYMS = lexicons.mapping("measure_synonyms")
# nouns spelled like a measure's verb form that count something else ("10 shots were fired")
MEASURE_HOMOGRAPHS = lexicons.mapping("measure_homographs")
COPULAS = lexicons.words("measure_verbs")
# measures some words name only where the sentence speaks of them ("price" is a deal's
# value in a sentence about an acquisition)
CUED_WORDS = {row[0]: frozenset(row[1].split()) for row in lexicons.rows("measure_cues")}
# measures only money gives: a count by their words is of something else
MONEY_MEASURES = frozenset({"deal-value"})
CUES = {row[0]: frozenset(row[2].split()) for row in lexicons.rows("measure_cues")}
# where counted people are ("on board"), by the verb or word that says so
PEOPLE_STATES = lexicons.mapping("people_states")
# verbs whose subject is the people ("passengers were travelling"), not their object
SUBJECT_STATES = frozenset(
    row[0] for row in lexicons.rows("people_states") if row[2:3] == ("subject",)
)
# counted people whose noun says where they are ("91 passengers": people on board)
IMPLIED_STATES = lexicons.mapping("implied_states")
# words after a number that add it to others already counted ("three more", "two additional")
ADDED_WORDS = frozenset({"more", "additional", "further", "extra"})
NEUTRAL_VERBS = lexicons.words("neutral_verbs")
PERSON_NOUNS = lexicons.words("person_nouns")
TOLL_PARTS = lexicons.words("toll_parts")
PERPETRATORS = lexicons.words("perpetrators")


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun's antecedent ("last year's allocations,
    which stood at Rs 1,586 billion": the allocations)."""
    return antecedent(subject_of(verb))


def _measure_noun(token: Token) -> Token | None:
    """Climb from the number to the noun or verb that says what it measures."""
    for child in token.children:  # a number standing for what it counts: "1,891 injured"
        if child.dep_ in {"acl", "amod"} and child.pos_ in {"VERB", "ADJ"} and child.i > token.i:
            return child
    if token.dep_ == "dobj":  # "left 2 dead"
        complement = [c for c in token.head.children if c.dep_ == "oprd"]
        if complement:
            return complement[0]
    if token.dep_ in {"nummod", "amod", "compound", "quantmod", "nmod"} and token.head.pos_ in {
        "NOUN",
        "PROPN",
        "VERB",
        "ADJ",
    }:
        head = token.head
        if head.lemma_.lower() not in GENERIC_NOUNS or people_state(head):
            return head  # "99 passengers", and "169 people on board"
        return _verb_of(head) or _of_head(head)
    if token.dep_ == "pobj":
        preposition = token.head
        governor = preposition.head
        if preposition.lower_ == "from" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in preposition.children
        ):
            return None  # "rose from 150 to 381": 150 was an earlier figure
        if preposition.lower_ == "to" and governor.lower_ == "from" and governor.dep_ == "prep":
            governor = governor.head  # "rose from 150 to 381": what rose is at 381
        if preposition.lower_ == "to" and governor.lemma_.lower() == "equivalent":
            explained = governor.head  # "SDR 760m, equivalent to $1.03bn": what SDR 760m is
            while explained.dep_ == "appos" and explained.head is not explained:
                explained = explained.head
            return explained if explained.pos_ in {"NOUN", "PROPN"} else None
        if preposition.lower_ == "of" and governor.pos_ in {"NOUN", "PROPN"}:
            return governor if governor.lemma_.lower() not in GENERIC_NOUNS else None
        if (
            preposition.dep_ in {"advmod", "quantmod"}
            and governor.i > token.i
            and news_measure(governor)
        ):
            return governor  # "over 200 injured": a hedge parsed as a preposition
        nominalised = any(child.dep_ == "det" for child in governor.children)
        if preposition.lower_ == "at" and governor.pos_ in {"VERB", "ADJ"} and nominalised:
            return governor  # "put … the injured at 1,801"
        if preposition.lower_ in {"at", "to", "of"} and governor.pos_ in {"VERB", "AUX"}:
            return _object_or_subject(governor)
        if preposition.lower_ == "for" and _whole_purchase(governor):
            return governor  # "buy Twitter for $44 billion": the deal's value
        if preposition.lower_ in {"after", "for", "over"} and governor.pos_ in {"VERB", "AUX"}:
            return _object_or_subject(governor)
    if token.dep_ in {"dobj", "attr", "npadvmod", "acomp"} and token.head.lemma_ in COPULAS:
        return _subject(token.head)
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        named = next((c for c in token.head.children if c.dep_ == "attr"), None)
        if named is not None and named.pos_ == "NOUN":
            return named  # "$21 billion was an equity commitment"
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        return stated_measure(token.head)  # "five were found dead"
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and _sole_object(token):
        # "killed one and injured three", "killed two of the passengers": the verb's own
        # measure, when it names one; otherwise the noun the number counts
        verb = stated_measure(token.head)
        if news_measure(verb):
            return verb
    if token.head.lemma_ == "worth":
        return _worth_of(token.head)
    return None


def _money_in(number: Token) -> Token | None:
    """What a sum is made of when "in" says so: "$25 billion in loans", "about $126
    million in trade" (a place is where, not what: "$2 billion in Kenya")."""
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            thing = next((c for c in child.children if c.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ == "NOUN" and not thing.ent_type_:
                if thing.lemma_.lower() not in GENERIC_NOUNS:
                    return thing
    return None


def _whole_purchase(verb: Token) -> bool:
    """A verb of buying whose object is a whole thing, not a counted part of it: "buy
    Twitter for $44 billion" is the deal; "bought 9% of its shares for $2.6 billion" is
    another purchase."""
    if verb.pos_ != "VERB" or measure_named(verb) != "deal-value":
        return False
    bought = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return bought is None or not any(
        t.like_num or t.lower_ in {"%", "percent"} for t in bought.subtree
    )


def _worth_of(worth: Token) -> Token | None:
    """What is "worth" a figure: the noun right before it ("a new deal initially worth
    $69bn"), whatever the parser attached "worth" to."""
    index = worth.i - 1
    while index >= worth.sent.start and worth.doc[index].pos_ in {"ADV", "PUNCT"}:
        index -= 1
    before = worth.doc[index] if index >= worth.sent.start else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"}:
        return before
    return worth.head if worth.head.pos_ in {"NOUN", "PROPN"} else None


# number words that take what they count after "of": "hundreds of homes"
NUMBER_NOUNS = frozenset(
    {
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "score",
        "scores",
        "ten",
        "tens",
    }
)


def _number_of(noun: Token) -> Token:
    """The number word a noun is counted by ("hundreds" of "hundreds of homes"), whose
    place in the clause is the count's; any other noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in NUMBER_NOUNS:
        return noun.head.head
    return noun


def _verb_of(noun: Token) -> Token | None:
    """What the sentence says happened to counted things: "others injured", "people were
    killed", "arrested 12 people", "left 2 dead", "3 injured"."""
    for child in noun.children:
        if child.dep_ in {"acl", "amod"} and child.pos_ in {"VERB", "ADJ"} and child.i > noun.i:
            if child.lemma_.lower() not in NEUTRAL_VERBS:  # "survivors confirmed so far"
                return child
    for child in noun.children:  # "two surviving passengers", not "an estimated 15,000"
        if child.dep_ == "amod" and child.tag_ in {"VBG", "VBN"} and child.i < noun.i:
            if not any(c.pos_ == "NUM" and c.i > child.i for c in noun.children):
                return child
    role = noun
    while role.dep_ == "conj" and role.head.pos_ in {"NOUN", "PROPN"}:
        role = role.head  # "Smith and two others were killed": the verb of the first
    role = _total_of(role)  # "a total of 24,965,218 votes were cast"
    role = _number_of(role)  # "threatening hundreds of homes": the hundreds' verb
    whole = _whole_counted(role)
    if whole is not None:
        return whole
    inverted = _inverted_measure(role)
    if inverted is not None:
        return inverted
    if role.dep_ == "nsubj" and role.head.pos_ == "AUX":
        # "40 miners were dead", "50 miners were still trapped": what the copula says
        complement = [c for c in role.head.children if c.dep_ in {"acomp", "oprd"}]
        if complement and (complement[0].pos_ == "VERB" or measure_named(complement[0])):
            return complement[0]  # not "the 20 passengers were happy"
    if role.dep_ in {"nsubj", "nsubjpass", "dobj"} and role.head.pos_ in {"VERB", "ADJ"}:
        if role.dep_ == "nsubj" and _done_to_its_object(role.head):
            return None  # "Three gunmen killed 12 people": the gunmen did it
        if role.dep_ == "dobj":
            complement = [c for c in role.head.children if c.dep_ in {"oprd", "acomp"}]
            if complement:
                return complement[0]
            made = _made_to(role.head)
            if made is not None:  # "forced 30,000 people to flee": they fled
                return made
        return stated_measure(role.head)
    if _there_were(noun):
        # "There were two people who survived the crash": the clause counts them
        told = next(
            (c for c in noun.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}), None
        )
        if told is not None:
            return stated_measure(told)
    for child in noun.children:  # "two passengers who survived": the relative clause's verb
        # ("two men who were also shot" are people in a scene, not a toll)
        if child.dep_ == "relcl" and child.pos_ == "VERB" and not news_measure(child):
            if any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in child.children
            ):
                return stated_measure(child)
    return None


def _done_to_its_object(verb: Token) -> bool:
    """An active verb naming a measure by itself whose object undergoes it ("killed 12
    people", "wounded four others"), not a verb whose object says what befell its subject
    ("lost their lives", "suffered injuries")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and _names_people(c)]
    if not objects or any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "81 people survived the shipwreck": what they came through
    if any(MEASURE_SYNONYMS.get(f"{verb.lemma_} {o.lemma_.lower()}") for o in objects):
        return False
    alone = MEASURE_SYNONYMS.get(verb.lower_) or MEASURE_SYNONYMS.get(verb.lemma_.lower())
    return alone in NEWS_MEASURES


def _names_people(noun: Token) -> bool:
    """An object that stands for people a verb can act on: a number of them, a pronoun,
    a name or a noun for people ("12 people", "them", "Smith", "a cashier")."""
    return (
        noun.pos_ in {"PRON", "NUM", "PROPN"}
        or person_noun(noun)
        or noun.lemma_.lower() in GENERIC_NOUNS
        or any(c.dep_ == "nummod" for c in noun.children)
    )


def _there_were(noun: Token) -> bool:
    """The noun is what "there is" or "there were" says exists: "There were two people
    who survived", "There are 12 miners who remain trapped"."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
    )


# verbs whose object did what the verb made it do ("forced them to flee": they fled);
# "urged", "told" or "helped" them to flee says nothing of whether they did
FORCING_VERBS = frozenset({"force", "compel", "oblige", "cause"})


def _made_to(verb: Token) -> Token | None:
    """The act a verb makes its object do: "forced 30,000 people to flee" (the xcomp with
    no subject of its own)."""
    if verb.lemma_.lower() not in FORCING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
                return child
    return None


def _inverted_measure(role: Token) -> Token | None:
    """What happened to counted things written after "be", the verb first: "Wounded were
    four patrons" ("also wounded were" adds them to others: no tally); and "Among the
    dead were three children", people a toll is broken down by (not "among the dead
    were 12 nationals": who else was among them is unsaid)."""
    if role.dep_ != "attr" or role.head.lemma_ != "be":
        return None
    copula = role.head
    if copula.dep_ in {"aux", "auxpass"} and copula.head.pos_ in {"VERB", "ADJ"}:
        if _said_also(copula.head):
            return None  # "Also wounded were four patrons": some besides others named
        return stated_measure(copula.head)
    told = next(
        (c for c in copula.children if c.dep_ == "nsubj" and c.pos_ in {"VERB", "ADJ"}), None
    )
    if told is not None and news_measure(told):
        if _said_also(told, copula):
            return None
        return told  # "Wounded were four patrons", parsed with the participle as subject
    if role.lemma_.lower() not in TOLL_PARTS:
        return None
    for among in copula.children:
        if among.dep_ == "prep" and among.lower_ == "among":
            group = next((c for c in among.children if c.dep_ == "pobj"), None)
            if group is not None and news_measure(group):
                return group
    return None


def _said_also(*words: Token) -> bool:
    return any(c.lower_ == "also" for word in words for c in word.children)


# nouns for a point along the way, which an amount before them places: "the 10km mark"
POSITION_NOUNS = frozenset({"mark", "marker", "point", "milestone"})
# a definite group this small is one the report has named: "the two leaders", "the three men"
FEW_ALREADY_NAMED = 3


def _acting_on_something(noun: Token) -> bool:
    """The noun is the active subject of a verb with an object: "the two countries signed
    15 agreements" (the parties), unlike "the two journalists were released"."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _few_already_named(noun: Token, span: Span, mention: AmountMention) -> bool:
    """A definite group of two or three ("the two countries", "the three sides"): the
    parties the report has named, counted again, not a figure of the story ("two of the
    workers" counts some of them)."""
    counts_it = span.root.dep_ == "nummod" and span.root.head.i == noun.i
    definite = any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "our", "their"}
        for c in noun.children
    )  # "the two countries", "our two countries"; not "Smith's two goals"
    return counts_it and definite and mention.amount.value <= FEW_ALREADY_NAMED


def _person_named(word: Token) -> str | None:
    """The person a name word is part of, by their family name, as owners are keyed:
    "star Sifan Hassan" and "Belgium's Bashir Abdi" are "hassan" and "abdi"."""
    entity = entity_around(word)
    if entity is None or entity.label_ != "PERSON":
        return None
    _, family = name_parts(" ".join(t.text for t in entity if t.pos_ == "PROPN"))
    return slug(family) or None


def _time_of_someone(
    span: Span, pronoun_owner: PronounOwner | None
) -> tuple[str, list[Token]] | None:
    """A time someone took, said as "a time of" it: "Kipchoge won with a time of
    2:01:09", "his winning time of two hours, one minute and nine seconds", "Kipchoge's
    time of 2:01:10": that person's finish; None when no one is named."""
    unit = span.root.head if span.root.dep_ == "nummod" else span.root
    of = unit.head if unit.dep_ == "pobj" else span.root.head
    time = of.head
    if of.lower_ != "of" or time.lemma_.lower() not in {"time", "finish"}:
        return None
    qualifiers = {c.lower_ for c in time.children if c.dep_ in {"amod", "compound", "nmod"}}
    if qualifiers - {"winning", "finishing", "finish"}:
        return None  # "his previous best time of 2:01:39", "a record time": another run's
    poss = next((c for c in time.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in POSSESSIVE_PRONOUNS:
        owner = pronoun_owner(poss) if pronoun_owner is not None else None
    elif poss is not None:
        owner = _person_named(poss)
    else:
        owner = _clause_owner(time, pronoun_owner)
    return (f"{owner}/duration:finish", [time]) if owner else None


# verbs a time is cut off a record with: "taking 30 seconds off", "shaved 30 seconds off"
CUTTING_VERBS = frozenset({"take", "shave", "knock", "cut", "clip", "slice", "lop"})
# the units a time run, swum or raced is given in; days or months are no race's time
RACE_UNITS = frozenset({"second", "minute", "hour"})


# prepositions and adjectives of a stretch of time counted back from now
WINDOW_PREPOSITIONS = frozenset({"within", "in", "over", "during"})
WINDOW_WORDS = frozenset({"last", "past", "previous"})


def _a_window(span: Span) -> bool:
    """A length of time that says when, counted back from now ("within the last 10
    months", "over the past five years"), not how long something lasted."""
    unit = span.root
    return (
        unit.dep_ == "pobj"
        and unit.head.lower_ in WINDOW_PREPOSITIONS
        and any(c.lower_ in WINDOW_WORDS for c in unit.children)
    )


def _time_cut(span: Span) -> bool:
    """A length of time told as a margin, not a time taken: "beat the record by 29
    seconds", "taking 30 seconds off his previous best"."""
    root = span.root
    unit = root.head if root.dep_ == "nummod" else root
    if unit.dep_ == "pobj" and unit.head.lower_ == "by":
        return True
    verb = unit.head
    return (
        unit.dep_ == "dobj"
        and verb.lemma_.lower() in CUTTING_VERBS
        and any(c.lower_ in {"off", "from"} for c in verb.children)
    )  # "cut 34 seconds from the previous mark"


# nouns for a point along a course that a time is taken to ("the 35km mark", "the
# half-way point"): a split, not a finish
COURSE_POINTS = frozenset({"mark", "point", "split", "checkpoint"})


def _split_at(span: Span) -> str | None:
    """Where along a course a time was taken, when its verb names a point short of the
    finish: "went through the 35km mark in 1:40:10" ("35km"), "reached the half-way point
    in 59:50" ("half-way"). None for a time to the finish."""
    root = span.root
    verb = root.head.head if root.head.dep_ == "prep" else root.head
    said = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}] + [
        pobj for prep in verb.children if prep.dep_ == "prep" for pobj in prep.children
    ]
    for word in said:
        lemma = word.lemma_.lower()
        if word.i in range(span.start, span.end):
            continue
        if lemma in HALFWAY:
            return "half"  # "went through halfway in 60:48"
        if lemma not in COURSE_POINTS:
            continue
        where = [t for t in word.lefts if t.dep_ in {"compound", "amod", "nummod", "nmod"}]
        last = where[-1] if where else None
        point = word.doc[last.left_edge.i : last.right_edge.i + 1].text if last else ""
        if any(half in point.lower() for half in HALFWAY):
            return "half"  # "the half-way point", "the halfway mark"
        distance = next((m.amount for m in find_amounts(point) if m.amount.kind == "measure"), None)
        if distance is not None and distance.unit in UNIT_METRES:  # "30-kilometre", "30km"
            return f"{distance.value * UNIT_METRES[distance.unit] / 1000:g}km"
    return None  # not "his best mark"


# words for the middle of a course
HALFWAY = ("halfway", "half-way", "half way")
# metres in a unit of distance a split point is written in
UNIT_METRES = {"m": 1.0, "km": 1000.0, "mile": 1609.344}


def _on_some_occasion(subject: Token) -> bool:
    """A time told of an occasion the words leave indefinite ("ran a marathon in under two
    hours", "won a race in 2:13"): some race of theirs, not the story's."""
    verb = subject.head
    if verb.lemma_.lower() in WINNING_VERBS:
        return False  # "won a thrilling race in 2:01:09": the race the story is about
    return subject.dep_ == "nsubj" and any(
        child.dep_ == "dobj" and any(d.lower_ in {"a", "an"} for d in child.children)
        for child in verb.children
    )


# verbs of winning: what one wins in a story's time is the story's race, however told
WINNING_VERBS = frozenset({"win", "claim", "clinch", "take", "secure"})


def _named_just_before(word: Token, family: str) -> bool:
    """The person a description stands for is named in its sentence or the one before
    ("Eliud Kipchoge won. The Kenyan ran 2:01:09"), not only somewhere earlier: "Tadese
    Takele was third. The Ethiopian ran 2:06:28" is not about the winner."""
    sentence = word.sent
    start = sentence.start
    for _ in range(VERBLESS_LINES + 1):  # a byline between is no sentence ("By C. FAHEY")
        if start == 0:
            break
        start = word.doc[start - 1].sent.start
        if any(t.pos_ in {"VERB", "AUX"} for t in word.doc[start].sent):
            break
    named = {slug(t.text) for t in word.doc[start : word.i] if t.pos_ == "PROPN"}
    return family in named


# verbless lines (a byline, a caption's credit) passed over looking for the sentence before
VERBLESS_LINES = 2


def _described_person(noun: Token) -> Token | None:
    """A definite description standing for a person named before, as a clause's subject:
    "the Kenyan", "the Ethiopian" (a demonym), "the champion" (a noun for a person)."""
    if noun.dep_ != "nsubj" or not any(c.lower_ == "the" for c in noun.children):
        return None
    if noun.tag_ in {"NNS", "NNPS"}:
        return None  # "the Kenyans": a team, not one runner
    return noun if names_a_country(noun.text) or person_noun(noun) else None


def _told_by_a_measure_clause(noun: Token) -> bool:
    """Counted people a relative clause says a news measure of ("two passengers who
    survived", "two men who were also shot")."""
    return any(
        child.dep_ == "relcl" and child.pos_ == "VERB" and news_measure(child)
        for child in noun.children
    )


def _total_of(counted: Token) -> Token:
    """The count noun a counted noun is "of" ("a total of 110 workers"), whose verb says
    what happened to them; else the noun itself."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        if counted.head.head.lemma_ in COUNT_NOUNS:
            return counted.head.head
    return counted


def _whole_counted(counted: Token) -> Token | None:
    """The whole a linking verb gives a count of people or things: "the workforce, which
    numbered 350,000 people", "the crowd was 50,000 people" (its size, as "a crowd of
    50,000 people" says)."""
    verb = counted.head
    if counted.dep_ not in {"dobj", "attr"} or verb.lemma_ not in COPULAS:
        return None
    whole = _subject(verb)
    if whole is None or whole.pos_ != "NOUN" or whole.lemma_.lower() in GENERIC_NOUNS:
        return None
    return whole


SETTLEMENTS = lexicons.words("settlements")


def _settlement_sized(noun: Token, span: Span) -> Token | None:
    """The place a count of people sizes: "a city of 125,000 inhabitants" (the noun is
    the people, of a settlement), "a city of about 100,000 (people)" (the noun is the
    settlement, the number in its "of" phrase)."""
    place = noun
    if person_noun(noun) or noun.lemma_.lower() in GENERIC_NOUNS:
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        place = noun.head.head
    if place.pos_ != "NOUN" or place.lemma_.lower() not in SETTLEMENTS:
        return None
    counted = counted_noun(span)
    if counted is not None and not (
        person_noun(counted) or counted.lemma_.lower() in {"people", "person", "soul"}
    ):
        return None  # "a city of 20 districts" counts no people
    inside = any(
        child.dep_ == "prep" and child.lower_ == "of" and child.i < span.start <= child.right_edge.i
        for child in place.children
    )
    return place if inside else None


# verbs that say counted people live in a place: their number is its population
DWELLING_VERBS = frozenset({"live", "reside"})


def _live_in_a_place(span: Span) -> Token | None:
    """The named place counted people "live in" ("2.4 million people live in Beirut")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in DWELLING_VERBS:
        return None
    if not (person_noun(noun) or noun.lemma_.lower() in {"people", "person", "soul"}):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for place in child.children:
                if place.dep_ == "pobj" and place.ent_type_ in {"GPE", "LOC"}:
                    return place
    return None


def _home_to(span: Span) -> tuple[Token, bool] | None:
    """The place counted people are "home to", and whether it is named: "Derna is home to
    100,000 people", "Derna, home to 90,000 people", "the city, which is home to 90,000
    people"."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.lemma_.lower() not in DWELLERS:
        return None  # "the university is home to 8,000 students": its students
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lower_ != "home":
        return None
    home = noun.head.head
    holder = home.head
    if holder.lemma_ == "be":
        holder = next((c for c in holder.children if c.dep_ == "nsubj"), holder)
        if holder.tag_ in {"WDT", "WP"} and holder.head.dep_ == "relcl":
            holder = holder.head.head  # "the city, which is home to …"
    named_place = _named_place(holder)
    if not named_place and holder.lemma_.lower() in SETTLEMENTS:
        name = next(
            (
                obj
                for of in holder.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for obj in of.children
                if obj.dep_ == "pobj" and _named_place(obj)
            ),
            None,
        )
        if name is not None:
            holder, named_place = name, True  # "the port city of Derna, which is home to …"
    if not named_place and holder.lemma_.lower() not in SETTLEMENTS:
        return None  # not "the camp is home to 116,000": a camp's
    return holder, named_place


def _named_place(token: Token) -> bool:
    """A place's name: tagged a place, a proper noun tagged no person or people, or one
    the tagger took for a person that the gazetteer knows as a place ("Derna was home to
    about 100,000 people": only a place is home to people)."""
    if token.ent_type_ in {"GPE", "LOC"}:
        return True
    if token.pos_ != "PROPN" or token.ent_type_ == "NORP":
        return False
    return token.ent_type_ != "PERSON" or bool(gazetteer.candidates(place_name(token).text))


# the people a place is home to, as its population ("home to 100,000 people")
DWELLERS = frozenset({"people", "person", "resident", "inhabitant", "soul"})


def _added_to_others(span: Span, measured: Token) -> bool:
    """A count said to come on top of others of its kind: "three more students", "an
    additional five", "eight other victims were also shot" ("three others were injured"
    after a death is the whole of the injured, so "other" needs "also")."""
    number = span.root
    counted = number.head if number.dep_ == "nummod" else number
    around = [*number.children, *counted.children]
    if any(t.lower_ in ADDED_WORDS and t.i > number.i for t in around if t.dep_ != "quantmod"):
        return True
    others = any(t.lower_ in {"other", "others"} for t in [counted, *around])
    verb = measured if measured.pos_ in {"VERB", "ADJ", "ADV"} else measured.head
    return others and any(c.lower_ == "also" for c in [*verb.children, *verb.head.children])


def _elsewhere(span: Span, measured: Token) -> bool:
    """A count the sentence places somewhere other than the story's place: "170 people
    were also killed in other parts of the country", "other places close to Derna
    reported around 50 deaths", "12 more died elsewhere"."""
    number = span.root
    counted = number.head if number.dep_ == "nummod" else number
    verb = measured if measured.pos_ in {"VERB", "ADJ", "ADV"} else measured.head
    for holder in (verb, counted):
        for child in holder.children:
            if child.dep_ == "advmod" and child.lower_ == "elsewhere":
                return True
            if child.dep_ == "prep" and any(_other(c) for c in child.children if c.dep_ == "pobj"):
                return True
            if child.dep_ == "nsubj" and _other(child):
                return True
    return False


# nouns for parts of a country: "other parts of the country", "other towns"
AREA_NOUNS = frozenset(
    {"part", "place", "area", "region", "town", "village", "district", "province", "state"}
)


def _other(noun: Token) -> bool:
    """ "other parts", "other towns": somewhere other than the story's place (not "other
    estimates", another source)."""
    area = noun.lemma_.lower() in AREA_NOUNS or noun.lemma_.lower() in SETTLEMENTS
    return area and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)


def _share_of(span: Span) -> Token | None:
    """What a percentage is a share of, when an "of" phrase after it says ("won 52 percent
    of the vote", "about 27% of world GDP")."""
    for token in span:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if objects:
                    return objects[0]
    return None


def _time_from_event(span: Span) -> tuple[str, list[Token]] | None:
    """A length of time told as how long after or before an event something happened
    ("crashed two minutes after take-off", "less than a minute after the plane took
    off", "arrived 10 minutes after the first call"): the time from that event, keyed by
    its class ("duration:after:depart"), whatever happened then."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in {"after", "before"}:
        return None
    word = doc[span.end]
    event: str | None = None
    happened: Token | None = None  # what happened that long after or before
    if word.dep_ == "mark" and word.head.pos_ in {"VERB", "AUX"}:
        verb = word.head
        event = _event_class(verb)
        happened = verb.head if verb.dep_ == "advcl" else None
        while happened is not None and happened.pos_ not in {"VERB", "AUX"}:
            happened = happened.head if happened.head.i != happened.i else None
    elif word.dep_ == "prep":
        happened = word.head
        noun = next((c for c in word.children if c.dep_ in {"pobj", "pcomp"}), None)
        if noun is not None and noun.pos_ in {"NOUN", "VERB"}:
            words = [c.lower_ for c in noun.children if c.dep_ == "compound"] + [noun.lower_]
            joined = "".join(words).replace("-", "")
            lemma = noun.lemma_.lower()
            event = (
                NOUN_PREDICATES.get(joined)
                or NOUN_PREDICATES.get(lemma)
                or predicate_of(noun)
                or lemma
            )
    if not event or happened is None or happened.pos_ not in {"VERB", "AUX"}:
        return None
    if happened.lemma_.lower() in {"last", "take"}:
        # "the flight lasted 45 minutes before it crashed": the flight's length
        lasted = next((c for c in happened.children if c.dep_ == "nsubj"), None)
        if lasted is None or lasted.pos_ != "NOUN":
            return None
        return f"duration:{slug(lasted.lemma_.lower())}", [happened, lasted]
    key = f"duration:{slug(_event_class(happened))}:{word.lower_}:{slug(event)}"
    agent = next((c for c in happened.children if c.dep_ == "nsubj"), None)
    if (
        agent is not None
        and agent.pos_ == "NOUN"
        and agent.lemma_.lower() not in NOUN_PREDICATES  # "the crash happened …"
        and agent.lemma_.lower() not in VEHICLES  # "the plane crashed …": the story's craft
    ):
        # "the first ambulances arrived 10 minutes after the blast", "bomb disposal teams
        # arrived 40 minutes after": two arrivals, told apart by who arrived
        key = f"{slug(agent.lemma_.lower())}/{key}"
    return key, [happened, word]


def _event_class(verb: Token) -> str:
    """A verb's event class ("crashed", "came down": incident), else its lemma with its
    particle ("take-out")."""
    predicate = predicate_of(verb) or with_particle(verb)
    # "the crash happened less than a minute after …": what the subject names
    return event_named_by_subject(verb, predicate) or predicate


VEHICLES = lexicons.words("vehicles")
# verbs a contender's result is said with, which may leave out what it is a share of
RESULT_VERBS = frozenset({"win", "get", "take", "receive", "obtain", "secure", "poll", "have"})
# how many sentences before its own a share that leaves out its group looks for one
SHARE_SENTENCES = 2


def _share_said_before(span: Span) -> Token | None:
    """What an earlier percentage of the sentence, or of the two before it, is a share
    of, for one that leaves it out and is held by someone ("won 38% of the votes, but he
    obtained just 44.7%", "Milei had 55.8% of the vote and Massa 44.2%"; "Sheinbaum won
    58.3% of the vote. … Gálvez, who got 26.6%")."""
    doc = span.doc
    start = span.sent.start
    verb = _clause_verb(span.root)
    if verb is not None and verb.lemma_.lower() in RESULT_VERBS:
        # "… who got between 26.6% and 28.6%": a result; "led polls with 60%" is not
        for _ in range(SHARE_SENTENCES):
            start = doc[start - 1].sent.start if start > 0 else start
    found: Token | None = None
    for token in doc[start : span.start]:
        if token.lower_ in {"%", "percent"} or token.lemma_.lower() == "percentage":
            group = _share_of(doc[token.i : token.i + 1])
            found = group if group is not None else found
    return found


COUNT_PROGRESS = lexicons.words("count_progress")


def counting_progress(group: Token) -> bool:
    """A share of what has been counted so far: "97.6% of votes tallied", "with 86% of
    the votes counted"."""
    return any(
        child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in COUNT_PROGRESS
        for child in group.children
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word is in, a few steps up the parse."""
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _holder(span: Span, pronoun_owner: PronounOwner | None) -> str | None:
    """Who holds a figure as its own clause's subject: a named person, organisation or
    place ("Massa took 44.2%"), or a pronoun standing for one ("he obtained 44.7%"); not
    the other side of "against" or "to" ("44.7% against 55.8%")."""
    if span.root.dep_ == "pobj" and span.root.head.lower_ in {"against", "to", "versus", "vs"}:
        return None
    if span.root.dep_ in {"appos", "npadvmod"} and span.root.head.ent_type_ in ENTITY_OWNERS:
        return _owner_name(span.root.head)  # "Milei had 55.8% and Sergio Massa 44.2%"
    named = _named_right_before(span)
    if named is not None:  # "Sheinbaum won 59%, and her main opponent, Xóchitl Gálvez, 27%"
        return _owner_name(named)
    put = _put_at(span)
    if put is not None:  # "the count put her nearest rival, Xóchitl Gálvez, at 27 percent"
        return _owner_name(put)
    verb = _clause_verb(span.root)
    subject = _subject(verb) if verb is not None else None
    if subject is None:
        return None
    if subject.lower_ in OWNER_PRONOUNS:
        return pronoun_owner(subject) if pronoun_owner is not None else None
    return _owner_name(subject) if subject.ent_type_ in ENTITY_OWNERS else None


# words that may stand between a holder named in a clause without its verb and the
# figure: "…, and Xóchitl Gálvez, between 26.6% and 28.6%"
BEFORE_A_FIGURE = frozenset({",", "between", "about", "around", "nearly", "almost", "some"})


def _named_right_before(span: Span) -> Token | None:
    """A person or party named right before a figure, with no verb between them: the
    holder of a clause that leaves its verb out ("and her main opponent, Xóchitl
    Gálvez, between 26.6% and 28.6%")."""
    doc = span.doc
    index = span.start - 1
    while index > span.sent.start and doc[index].lower_ in BEFORE_A_FIGURE:
        index -= 1
    word = doc[index]
    if index == span.start - 1 or word.ent_type_ not in ENTITY_OWNERS or word.ent_iob_ == "":
        return None  # "Milei had 55.8%": the verb says who holds it
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[index : span.start]):
        return None
    return word


def _put_at(span: Span) -> Token | None:
    """The named object of "put … at" a figure ("put her nearest rival, Xóchitl Gálvez,
    at 26.6-28.8 percent"): the person or party the figure is of."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.pos_ != "VERB":
        return None
    for child in root.head.head.children:
        if child.dep_ != "dobj":
            continue
        if child.ent_type_ == "PERSON":
            return child
        named = [c for c in child.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        return named[0] if named else None
    return None


def _phase(figure: Token) -> str | None:
    """The numbered part of a contest a figure's clause is about: "won the first round
    with 38%", "in this second round he obtained 44.7%", "scored 20 points in the second
    half" ("first-round", "second-half")."""
    verb = _clause_verb(figure)
    if verb is None:
        return None
    for child in verb.children:
        nouns = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "at"}:
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        for noun in nouns:
            for mod in noun.children:
                if mod.dep_ == "amod" and mod.ent_type_ == "ORDINAL" and noun.pos_ == "NOUN":
                    return f"{mod.lower_}-{noun.lemma_.lower()}"
    return None


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


# states whose people are counted as one, whatever noun names them: "87 workers inside
# the mine" and "110 miners were at work" count the same people ("91 passengers" on
# board are a part of everyone on board)
POOLED_STATES = frozenset({"present"})


def people_state(noun: Token) -> str | None:
    """Where counted people are, as a measure ("on-board"), from the verb that holds them
    ("the plane was carrying 162 passengers") or a phrase on them or their verb ("169
    people on board", "were aboard"); the `people_states` lexicon names the words."""
    noun = _total_of(noun)  # "a total of 110 workers were working": the total's verb
    verb = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} else None
    if verb is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "the A380 can carry 555 passengers": what it holds, not who was there
    if verb is not None and (
        noun.dep_ == "dobj" or (noun.dep_ == "nsubj" and verb.lemma_.lower() in SUBJECT_STATES)
    ):
        found = PEOPLE_STATES.get(verb.lemma_.lower())
        if found == "present" and verb.tag_ in {"VBZ", "VBP"}:
            return None  # "300 people work at the plant": its workforce, not who was there
        if found:
            return found
    if verb is not None and noun.dep_ == "nsubj" and _were_at_the_place(verb):
        return "present"  # "a total of 110 workers were at the mine"
    for holder in [noun, *([verb] if verb is not None else [])]:
        for child in holder.children:
            if child.dep_ in {"advmod", "prep"} and child.lower_ in PEOPLE_STATES:
                return PEOPLE_STATES[child.lower_]  # "aboard"
            if child.dep_ == "prep" and child.lower_ in {"on", "at", "in", "inside"}:
                for place in child.children:
                    if place.dep_ in {"pobj", "pcomp"} and place.lower_ in PEOPLE_STATES:
                        return PEOPLE_STATES[place.lower_]  # "on board", "at work"
                    if place.dep_ == "pobj" and place.lemma_.lower() in VEHICLES:
                        return "on-board"  # "46 people on the bus", "were in the car"
    if noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        return people_state(noun.head)  # "carrying 91 passengers and a crew of eight"
    if noun.dep_ == "pobj" and noun.head.lower_ == "including":
        return _state_of_the_whole(noun.head.head)  # "99 aboard, including 85 passengers"
    return None


def _people_by_state(span: Span, verb: Token, mention: AmountMention) -> bool:
    """People the noun says nothing of but "people" are counted by what their verb says
    of them, in any event's words: "2,000 people were buried", "affected about 7,800
    people"; not one person, nor a verb that says nothing ("were reported"), nor what
    people did themselves ("lost their homes", "live in the building")."""
    counted = counted_noun(span)
    if counted is None or counted.pos_ != "NOUN" or mention.amount.kind != "count":
        return False
    lemma = counted.lemma_.lower()
    if lemma not in GENERIC_NOUNS or not person_noun(counted) or mention.amount.value == 1:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NEUTRAL_VERBS:
        return False
    # what was done to them ("were buried", "affected 7,800 people"); what people did
    # says where they are or went ("live in the building", "moved to shelters"): no tally
    role = _total_of(counted)
    if role.dep_ == "dobj" and verb.dep_ == "xcomp" and role.head.i == verb.head.i:
        return True  # "forced 30,000 people to flee": made to
    return role.dep_ in {"dobj", "nsubjpass"} and role.head.i == verb.i


# verbs that put their subject in the state their complement names ("remain in hospital")
STATE_VERBS_OF_PEOPLE = frozenset({"be", "remain", "stay", "lie"})


def _people_in_a_state(span: Span, verb: Token, mention: AmountMention) -> str | None:
    """People counted by the state their clause puts them in, in any event's words:
    "three of them pleaded guilty" (plead-guilty), "two had pleaded not guilty"
    (plead-not-guilty), "four people were found guilty", "five of the children are in
    critical condition" (in-critical-condition), "12 remain in hospital"; things keep
    their noun ("three buildings remain in ruins": building:in-ruins). Not one, nor
    where they were ("two of the cars were in the garage", "in London")."""
    if mention.amount.kind != "count" or mention.amount.value == 1:
        return None
    counted = counted_noun(span)
    kind = ""  # people are pooled by their state; things keep their noun
    if counted is not None and counted.pos_ == "NOUN" and not person_noun(counted):
        lemma = counted.lemma_.lower()
        kind = "" if lemma in GENERIC_NOUNS else f"{slug(lemma)}:"
    own = _own_state(span.root)
    if own is not None:  # "eight were hurt, five of them in critical condition"
        return f"{kind}{own}"
    subject = span.root.head if span.root.dep_ == "nummod" else span.root
    while subject.dep_ == "conj":  # "both adults and five of the children are in ..."
        subject = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.head.i != verb.i:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    state = _state_of(verb)
    if state is not None:
        return f"{kind}{state}"
    return _what_they_did(span, subject, verb, counted)


def _what_they_did(span: Span, subject: Token, verb: Token, counted: Token | None) -> str | None:
    """What counted subjects did or underwent, when the verb says something of them:
    people by the act and its object ("nearly 2 million people lost power": lose-power),
    a part of named things by the noun and the verb ("11 of the 29 miners had been
    brought to the surface": miner:bring). Not a verb that only reports or holds ("were
    reported", "received aid"), nor an object that is a pronoun or a name."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NEUTRAL_VERBS:
        return None
    if counted is None or counted.pos_ != "NOUN" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = counted.lemma_.lower()
    done = next((c for c in verb.children if c.dep_ in {"dobj", "xcomp"}), None)
    partitive = subject.i == span.root.i and counted.i > span.root.i  # "11 of the miners"
    if partitive and lemma not in GENERIC_NOUNS:
        # "five of the 12 jurors voted to convict": what they voted for is part of it
        act = slug(" ".join([with_particle(verb), *([done.lemma_.lower()] if done else [])]))
        return f"{slug(lemma)}:{act}"
    if lemma not in GENERIC_NOUNS or not person_noun(counted) or subject.dep_ != "nsubj":
        return None
    if done is None or done.dep_ != "dobj" or done.pos_ != "NOUN" or done.ent_type_:
        return None
    if done.lemma_.lower() in GENERIC_NOUNS:
        return None
    return slug(f"{with_particle(verb)} {done.lemma_.lower()}")


def _state_joined(span: Span, mention: AmountMention) -> str | None:
    """The state of a count the parse joins to another phrase, not to the verb: in
    apposition ("eight were hurt, five of them in critical condition") or as a second
    subject ("both adults and five of the children are in critical condition")."""
    number = span.root
    if mention.amount.kind != "count" or number.dep_ not in {"appos", "conj"}:
        return None
    subject = number
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ in {"nsubj", "nsubjpass"} and subject.i != number.i:
        return _people_in_a_state(span, subject.head, mention)
    return _people_in_a_state(span, number.head, mention) if number.dep_ == "appos" else None


def _own_state(number: Token) -> str | None:
    """The state a count in apposition gives its own people: "five of them in critical
    condition"."""
    if number.dep_ != "appos":
        return None
    return next((s for p in number.children if (s := _in_state(p)) is not None), None)


def _in_state(prep: Token) -> str | None:
    """ "in critical condition", "in hospital": a state; not where ("in the car", "in
    London")."""
    state = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or prep.lower_ != "in" or state is None or state.pos_ != "NOUN":
        return None
    if state.ent_type_ or any(c.lower_ == "the" for c in state.children):
        return None
    qualifiers = [c.lemma_ for c in state.lefts if c.dep_ in {"amod", "compound"}]
    return slug(" ".join(["in", *qualifiers, state.lemma_]))


def _state_of(verb: Token) -> str | None:
    """The state a verb puts its subject in: "pleaded guilty", "remain in hospital"."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd"} and child.pos_ == "ADJ":  # "pleaded guilty"
            negated = negated or any(c.dep_ == "neg" for c in child.children)
            return slug(f"{verb.lemma_} {'not ' if negated else ''}{child.lemma_}")
    if verb.lemma_.lower() not in STATE_VERBS_OF_PEOPLE or negated:
        return None
    return next((s for p in verb.children if (s := _in_state(p)) is not None), None)


def _on_the_richter_scale(span: Span) -> bool:
    """A number read on a magnitude scale: "a 7 on the Richter scale", "6.8 on the
    moment magnitude scale"."""
    after = [t.lower_ for t in span.doc[span.end : min(len(span.doc), span.end + 6)]]
    if after[:2] != ["on", "the"] or "scale" not in after:
        return False
    return any(word in {"richter", "magnitude"} for word in after[: after.index("scale")])


def _share_acting(span: Span, verb: Token, mention: AmountMention) -> str | None:
    """A share of a group named by what that share did: "76 percent of the electorate
    turned out" is the turnout, "60% of voters cast ballots" the share that voted, in
    the lexicon's name for the act where it has one."""
    if mention.amount.kind != "percent" or _share_of(span) is None:
        return None
    subject = span.root if span.root.dep_ == "nsubj" else span.root.head
    if subject.dep_ != "nsubj" or subject.head.i != verb.i or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in NEUTRAL_VERBS:
        return None  # "60% of voters said …": what they said, not a share that acted
    act = with_particle(verb)
    return MEASURE_SYNONYMS.get(act) or MEASURE_SYNONYMS.get(act.replace("-", " ")) or slug(act)


def _were_at_the_place(verb: Token) -> bool:
    """ "were at the mine", "were inside the building": people who were at a definite place
    when it happened; not "are at risk" (a state, and now), not "were in hospital"."""
    if verb.lemma_ != "be" or verb.tag_ != "VBD":
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "inside"}:
            for place in child.children:
                if (
                    place.dep_ == "pobj"
                    and place.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in place.children)
                ):
                    return True
    return False


def _state_of_the_whole(whole: Token) -> str | None:
    """Where the people are whom "including" takes a part of: the state of the counted
    people it hangs from, or of the place word above it ("aboard the plane, including")."""
    for token in [whole, *whole.ancestors]:
        if token.lower_ in PEOPLE_STATES and token.pos_ in {"ADP", "ADV"}:
            return PEOPLE_STATES[token.lower_]
        if token.pos_ == "NOUN" and person_noun(token):
            return people_state(token)
        if token.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _joined_people(noun: Token) -> bool:
    """Another kind of people is joined to these ("passengers and a crew of eight")."""
    return any(
        person_noun(other) or other.lemma_.lower() in IMPLIED_STATES for other in noun.conjuncts
    )


def _sole_object(number: Token) -> bool:
    """The number is the verb's one object and heads no clause of its own: in "shooting
    seven people, only one of whom survived" the parser makes "one" a second object."""
    if any(child.dep_ == "relcl" for child in number.children):
        return False
    return sum(child.dep_ == "dobj" for child in number.head.children) == 1


def stated_measure(verb: Token) -> Token:
    """The word that says what happened to the counted things: the verb itself, or a
    complement or adverb of it that names a news measure ("were found dead", "were
    fatally shot", "was shot dead")."""
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd", "advmod", "xcomp"} and news_measure(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":  # "shot to death", "beaten to death"
            for outcome in child.children:
                if outcome.dep_ == "pobj" and MEASURE_SYNONYMS.get(outcome.lemma_) == "deaths":
                    return outcome
    for child in verb.children:
        # "were shot and killed": a second verb of the same subject says how it ended
        if child.dep_ == "conj" and child.pos_ == "VERB" and news_measure(child):
            if not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in child.children):
                if not any(t.pos_ == "NUM" for t in child.subtree):
                    return child  # "killed and over 200 injured" counts the injured apart
    return verb


def measure_named(word: Token) -> str | None:
    """The measure a word names as written ("wounded"), by its lemma ("kill"), or a verb
    with its object ("lost their lives")."""
    named = MEASURE_SYNONYMS.get(word.lower_) or MEASURE_SYNONYMS.get(word.lemma_.lower())
    if named is None and word.pos_ == "VERB":
        objects = (c.lemma_.lower() for c in word.children if c.dep_ == "dobj")
        named = next(
            (m for o in objects if (m := MEASURE_SYNONYMS.get(f"{word.lemma_} {o}"))), None
        )
    return named


def news_measure(word: Token) -> bool:
    """Whether a word names one of the measures news counts by name (deaths, injured…)."""
    return measure_named(word) in NEWS_MEASURES


def _is_label(noun: Token, span: Span, mention: AmountMention) -> bool:
    """A number naming its noun rather than counting it: "Image 4", "the 300 block"."""
    if mention.amount.kind != "count" or noun.i in range(span.start, span.end):
        return False
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False  # "killed one": a verb's object, not a label
    if noun.i < span.start and span.root.head.i == noun.i:
        return True  # the number follows its noun
    direct = span.root.head.i == noun.i and span.root.dep_ == "nummod"
    singular = noun.tag_ in {"NN", "NNP"} and mention.amount.value != 1
    # "a 73-page manifesto", "a 200-bed hospital": the hyphen writes a size, not a label
    hyphened = "-" in span.text or (span.end < len(span.doc) and span.doc[span.end].text == "-")
    return direct and singular and not hyphened


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


# the measures that count where people are ("on-board"); their parts are kinds of people
PEOPLE_TOTALS = frozenset(PEOPLE_STATES.values()) | frozenset(IMPLIED_STATES.values())


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


def _possessor(noun: Token) -> str | None:
    """Whose a thing is when the text says so with a possessive: a name, a noun, or for
    "whose" the one the relative clause is about."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
        poss = clause.head if clause is not None else poss
    if poss.pos_ not in {"NOUN", "PROPN"}:
        return None
    return slug(_entity_words(poss)) if poss.pos_ == "PROPN" else poss.lemma_.lower()


def _by_margin(noun: Token) -> bool:
    """The counted noun is what a verb's "by" gives: "won by 130,000 votes", "defeated
    Premadasa by 1.27 million votes", "lost by two goals"."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in LEAD_WORDS and after.pos_ in {"ADV", "ADP"}:
        return True  # "came back from two goals behind", "were two goals up"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "margin":
        return True  # "won by a margin of 6,74,664 votes"
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "by"
        and noun.head.head.pos_ == "VERB"
        and not noun.head.head.tag_ == "VBN"  # "were injured by 12 gunmen" names who did it
    )


# words that pick the first or last few of a series: "the last five overs"
STRETCH_WORDS = frozenset({"first", "last", "final", "opening", "next", "closing"})


def _a_stretch_of(span: Span) -> bool:
    """The count picks the first or last few of a series ("58 off the last five overs",
    "the first 10 patients were discharged"): how many of them were picked, not how
    many there are."""
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is None or counted.pos_ != "NOUN":
        return False
    return any(
        child.dep_ == "amod" and child.lower_ in STRETCH_WORDS and child.i < span.start
        for child in counted.children
    )


def told_of_an_earlier_event(word: Token) -> bool:
    """The word is in a clause that describes what "since" names: an earlier event the
    story is measured against ("the deadliest school shooting since the massacre at
    Sandy Hook, where a gunman shot dead 26")."""
    for token in [word, *word.ancestors]:
        if token.dep_ in {"relcl", "acl"}:
            held = token.head
            for _ in range(3):  # "since the massacre at Sandy Hook, where …": up the nouns
                if held.dep_ != "pobj":
                    break
                if held.head.lower_ == "since":
                    return True
                held = held.head.head
    return False


# what a margin sizes when written onto it: "a seven-run win", "a five-stroke victory"
MARGIN_NOUNS = frozenset({"win", "victory", "defeat", "loss", "triumph"})  # not a lead: it moves


def _win_margin(span: Span, pronoun_owner: PronounOwner | None) -> tuple[str, list[Token]] | None:
    """A count written onto the unit of a win ("sealed a seven-run win", "a five-stroke
    victory", "a two-goal lead"): the margin in that unit, of whom the clause is about,
    as "beat South Africa by 7 runs" gives it."""
    root = span.root
    unit = root.head
    if root.dep_ != "nummod" or unit.pos_ != "NOUN" or unit.i != span.end + 1:
        return None
    if span.doc[span.end].text != "-":
        return None  # "three run chases": no unit written onto the number
    won = unit.head
    if unit.dep_ not in {"compound", "amod", "nmod"} or won.lemma_.lower() not in MARGIN_NOUNS:
        return None
    owner = _clause_owner(won, pronoun_owner)
    return (f"{owner}/" if owner else "") + f"{slug(unit.lemma_.lower())}:margin", [unit, won]


# words after a count that make it a lead or a deficit ("two goals behind")
LEAD_WORDS = frozenset({"behind", "down", "ahead", "up", "clear", "adrift"})


def _ranked_among(span: Span) -> bool:
    """ "one of the deadliest earthquakes", "one of the most-watched finals": a rank
    among a kind, not a count of it."""
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            for group in child.children:
                if group.dep_ == "pobj" and any(
                    c.tag_ == "JJS"
                    or (c.dep_ == "amod" and any(g.lower_ == "most" for g in c.children))
                    for c in group.children
                ):
                    return True
    return False


def _earlier_figure(span: Span) -> bool:
    """The "from" figure of a change told with both ends: "had risen from 37 to 40"."""
    preposition = span.root.head
    return (
        span.root.dep_ == "pobj"
        and preposition.lower_ == "from"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in preposition.children)
    )


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


def _partitive(span: Span) -> bool:
    """ "one of the coaches", "one of its players": a number of a group the text names
    with a determiner or owner."""
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            for group in child.children:
                if group.dep_ == "pobj" and any(c.dep_ in {"det", "poss"} for c in group.children):
                    return True
    return False


def _of_complement(noun: Token, span: Span) -> str:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > span.end - 1:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return f"-of-{obj.lemma_.lower()}"
    return ""


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
    verb = _verb_of(noun)
    if verb is None:
        return None
    verb = _intended(verb)
    known = measure_named(verb)
    if known:
        return known
    lemma = verb.lemma_.lower()
    if lemma in NEUTRAL_VERBS and _done_to(noun, verb) and lemma not in PASSIVE_NEUTRAL:
        return lemma  # "250 passengers were taken to safety": some of them, not all aboard
    return None if lemma in NEUTRAL_VERBS else lemma


# neutral verbs that stay neutral said of counted things in the passive: reporting a
# count ("50 were reported", "were confirmed") or holding it ("were included"); the
# others there say what was done to them ("were taken to safety", "were given aid")
PASSIVE_NEUTRAL = REPORTING_VERBS | frozenset({"include", "contain", "number", "total"})


def _done_to(noun: Token, verb: Token) -> bool:
    """The counted noun is the verb's passive subject ("passengers were taken")."""
    role = _total_of(noun)
    return role.dep_ == "nsubjpass" and role.head.i == verb.i


def _of_head(noun: Token) -> Token | None:
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None


# units a change is stated in, as a verb's object ("gained 4 percent", "fell 30 points")
CHANGE_UNITS = frozenset({"percent", "%", "point", "points", "pc"})


def _object_or_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ not in CHANGE_UNITS:
            return _counted_by(child)  # "gained 4 percent to $52": the percent is a change
    subject = _subject(verb)
    return _counted_by(subject) if subject is not None else None


def _counted_by(noun: Token) -> Token:
    """What a count noun counts ("the number of missing people climbed to 12": the
    missing); any other noun is itself."""
    counted = count_noun_object(noun)
    if counted is None:
        return noun
    if counted.lemma_.lower() in GENERIC_NOUNS:  # "the number of missing people"
        return _verb_of(counted) or counted
    return counted


def _stat_key(
    span: Span, unit: str, by_purpose: bool, pronoun_owner: PronounOwner | None = None
) -> tuple[str, list[Token]] | None:
    """A length or weight that says what it measures by the word that qualifies its unit
    ("333 passing yards", "80 yards rushing") or, with `by_purpose`, by what it is "for"
    ("passes for 333 yards", "rushed for 80 yards"): that word's lemma and the unit, held
    by the clause's named subject ("mahomes/pass:yard")."""
    doc = span.doc
    measured = span.root
    qualifier = next(
        (
            t
            for t in span
            if t.i != measured.i
            and t.head.i == measured.i
            and t.dep_ in {"amod", "compound"}
            and t.pos_ in {"VERB", "NOUN"}
        ),
        None,
    )
    after = doc[span.end] if span.end < len(doc) else None
    if qualifier is None and after is not None and after.tag_ == "VBG" and after.pos_ == "VERB":
        if after.head.i == measured.i or measured.head.i == after.i:
            qualifier = after  # "80 yards rushing"
    if (
        qualifier is None
        and by_purpose
        and measured.dep_ == "pobj"
        and measured.head.lower_ == "for"
    ):
        governor = measured.head.head
        if governor.pos_ in {"NOUN", "VERB"} and governor.lemma_ not in COPULAS:
            qualifier = governor  # "passes for 333 yards", "rushed for 80 yards"
    if qualifier is None or qualifier.lemma_.lower() in GENERIC_NOUNS:
        return None
    key = f"{_verb_base(qualifier)}:{unit}"
    owner = _clause_owner(qualifier, pronoun_owner)
    return (f"{owner}/{key}" if owner else key), [qualifier]


def _verb_base(word: Token) -> str:
    """A word's lemma, and for a noun made from a verb by "-ing" the verb ("rushing"
    tagged a noun is "rush", as "rushed" is), when the lemmatizer knows it as one."""
    lemma = word.lemma_.lower()
    return (verb_of_gerund(lemma) if word.pos_ == "NOUN" else None) or lemma


def _qualifiers(noun: Token, span: Span) -> list[str]:
    """Words that change what is measured: "nominal", "(PPP)".

    The acronym must be what a preposition names ("GDP based on PPP", "GDP at
    purchasing power parity (PPP)"): one that modifies another noun says whose
    the thing is ("a tranche of the IMF loan"), and a currency code is the
    amount's own unit ("a tranche of SDR 760 million"); neither is a qualifier.
    """
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "appos" and child.text.isupper():
            found.append(child.text.lower())
        if child.dep_ in {"prep", "acl"}:
            for grandchild in child.subtree:
                if (
                    grandchild.text.isupper()
                    and 2 <= len(grandchild.text) <= 5
                    and grandchild.pos_ == "PROPN"
                    and grandchild.dep_ in {"pobj", "appos"}
                    and not span.start - 1 <= grandchild.i < span.end
                ):
                    found.append(grandchild.text.lower())
        if child.dep_ == "amod" and child.lower_ in {
            "nominal",
            "real",
            "bilateral",
            "net",
            "gross",
        }:
            found.append(child.lower_)
    return sorted(set(found))


def _target(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "from", "with"}:
            for obj in child.children:
                found = country_of_name(obj.text) or country_of_place(obj.text)
                if found:
                    return found
    return None


LENGTH_UNITS = {"km", "mile", "m", "kilometre", "kilometer", "metre", "meter"}
DIRECTION_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
}
# measures whose name alone says what is counted, whoever reports them
NEWS_MEASURES = (
    set(MEASURE_SYNONYMS.values())
    | set(PEOPLE_STATES.values())
    | {
        "magnitude",
        "depth",
        "visit",
        "tranche",
        "loan",
        "population",
        "debt",
        "gdp",
        "earthquake",
    }
)
ENTITY_OWNERS = {"PERSON", "ORG", "GPE", "NORP"}
# where a journey ends, after where it starts ("from Houston to Austin")
ROUTE_ENDS = {"to", "toward", "towards", "into"}


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


def _distance_key(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """ "277 miles northeast of Kunming" and "60 km from Kanpur" measure the distance
    from Kunming and from Kanpur; the place is its whole name ("San Jose", not "San")."""
    if (mention.amount.unit or "").lower() not in LENGTH_UNITS:
        return None
    doc = span.doc
    window = doc[span.end : min(span.sent.end, span.end + 8)]
    directed = any(t.lower_ in DIRECTION_WORDS for t in window)
    for token in window:
        located = (token.lower_ == "of" and directed) or (
            token.lower_ == "from" and _measured_from(span, token)
        )
        if not located:
            continue
        # "of Herat", "from the city of Herat", "of the Nepalese capital, Kathmandu"
        for place in doc[token.i + 1 : min(span.sent.end, token.i + 7)]:
            if place.pos_ in {"VERB", "AUX"}:
                break
            if place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN":
                name = place_name(place)
                return f"distance:{_place_key(name.text)}", list(doc[span.end : name.end])
        landmark = _definite_landmark(token)
        if landmark is not None:  # "about 2 km from the crater", "3 miles from the epicentre"
            return f"distance:{slug(landmark.lemma_.lower())}", list(doc[span.end : landmark.i + 1])
    return _place_set_off(span, window, directed)


def _definite_landmark(preposition: Token) -> Token | None:
    """The one thing of the story a distance is measured from: the definite common noun
    after "from" or "of" ("from the crater"; not "from a village", "from their homes")."""
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "NOUN" or place.lemma_.lower() in GENERIC_NOUNS:
        return None
    if place.ent_type_ or any(c.dep_ == "poss" for c in place.children):
        return None
    return place if any(c.lower_ == "the" for c in place.children) else None


# what a length above or below says it is measured from: "600 feet above the ground",
# "300 metres below the surface"
ELEVATION_BASES = frozenset(
    {"ground", "surface", "sea", "level", "river", "valley", "water"}
    | {"peak", "summit", "crater", "vent"}  # "an ash column 3 km above the peak"
)


def _elevation(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """A length said of how high or deep something is: "stuck 600 feet above the ground",
    "hanging 900 feet in the air", "stranded 600 feet mid-air" (height); "trapped 350
    metres below the surface", "300 metres underground" (depth)."""
    if (mention.amount.unit or "").lower() not in LENGTH_UNITS | {"ft", "yd"}:
        return None
    doc = span.doc
    after: list[str] = []
    nested = 0
    for token in doc[span.end : min(span.sent.end, span.end + 12)]:
        nested += token.text == "("
        if not nested and not token.is_punct:
            after.append(token.lower_)  # "900 feet (about 274m) in the air": past the aside
        nested -= token.text == ")" and nested > 0
        if len(after) == 4:
            break
    words = " ".join(after)
    base = any(word in ELEVATION_BASES for word in after)
    if words.startswith(("in the air", "in mid air", "mid air", "into the air")):
        return "height", list(doc[span.end : span.end + 3])
    if after[:1] == ["above"] and base or words.startswith(("off the ground", "from the ground")):
        return "height", list(doc[span.end : span.end + 3])
    deep = after[:1] == ["deep"] and after[1:2] not in (["into"], ["in"])  # not "deep into"
    if after[:1] == ["below"] and base or after[:1] == ["underground"] or deep:
        return "depth", list(doc[span.end : span.end + 3])
    return None


# words between a place set off by a comma and its distance: "Lisbon, about 8 miles away"
DISTANCE_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "just"})


def _place_set_off(span: Span, window: Span, directed: bool) -> tuple[str, list[Token]] | None:
    """A distance set off after a place by a comma ("Portland, about 35 miles (56
    kilometers) to the south", "to Lisbon, about 8 miles (13 kilometers) away"): how far
    that place lies from where the story is."""
    doc = span.doc
    index = span.start - 1
    while index > span.sent.start and doc[index].lower_ in DISTANCE_HEDGES:
        index -= 1
    if doc[index].text != "," or index - 1 < span.sent.start:
        return None
    place = doc[index - 1]
    if place.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return None
    if not (directed or any(t.lower_ == "away" for t in window)):
        return None
    name = place_name(place)
    return f"distance:{_place_key(name.text)}", [place]


def _place_key(name: str) -> str:
    """A city's key by the gazetteer's name for it, however it is spelled ("Marrakech" and
    "Marrakesh" are one city); any other place by its name as written."""
    from factcheck import places_gazetteer as gazetteer  # the gazetteer reads `places`

    found = gazetteer.resolve(name)
    return slug(found.name) if found is not None and found.level == "city" else slug(name)


def _measured_from(span: Span, preposition: Token) -> bool:
    """ "60 km from Kanpur", "20 miles north from X": the amount says how far a place lies
    from another, not how far someone went ("travelled 300 km from Delhi", "drove 40
    miles from Houston to Austin")."""
    between = span.doc[span.end : preposition.i]
    if any(t.lower_ not in DIRECTION_WORDS for t in between):
        return False
    if span.root.head not in (preposition, *between):
        return False  # the amount is a verb's: a journey's length
    return not any(
        child.dep_ == "prep" and child.lower_ in ROUTE_ENDS and child.i > preposition.i
        for child in preposition.head.children
    )


# whom a pronoun stands for, as an owner's key: "he" -> "mahomes"
PronounOwner = Callable[[Token], str | None]
OWNER_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# possessive pronouns that leave a figure someone's without saying whose
UNSAID_OWNERS = frozenset({"his", "her", "its", "their"})


def _named_possessor(noun: Token) -> str | None:
    """The name written in the possessive before a counted noun ("Labour's 412 seats", "the
    Liberal Democrats' 12% vote share"): whose the figure is."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS and _named(child):
            if child.ent_type_ == "PERSON":
                return _owner_name(child)  # "Smith's 12 goals": Smith's, by family name
            # the whole name, whatever part of it the tagger took ("Democrats" of "the
            # Liberal Democrats'")
            start = child.left_edge.i
            words = [t for t in child.doc[start : child.i + 1] if t.pos_ == "PROPN"]
            return slug(" ".join(t.text for t in words)) or None
    return None


def _clause_owner(
    noun: Token, pronoun_owner: PronounOwner | None = None, common: bool = False
) -> str | None:
    """For a plain counted noun ("240 runs"), who the clause is about ("India"); for a
    pronoun subject, whom `pronoun_owner` says it stands for. With `common`, a definite
    common noun that wins or takes the count holds it too ("The ruling party won 159
    seats", "the opposition alliance took 87"): two contenders' results, not one figure."""
    current: Token | None = noun
    for _ in range(6):  # "came out on top in the first round with 5,634,915 votes"
        if current is None:
            break
        for child in current.children:
            if child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                # "Atiku Abubakar, who got 6,984,520 votes": Atiku's alone
                return _owner_name(current.head) if _named(current.head) else None
            # "The incumbent, Ranil Wickremesinghe, was trailing with 235,000 votes"
            named = next((c for c in child.children if c.dep_ == "appos" and _named(c)), None)
            if named is not None and not _named(child):
                child = named
            if _named(child):
                partners = [c for c in child.children if c.dep_ == "conj"]
                return "+".join(_owner_name(t) for t in [child, *partners])
            if child.lower_ in OWNER_PRONOUNS and pronoun_owner is not None:
                return pronoun_owner(child)  # "in this second round he obtained 44.7%"
            if common and current.lemma_.lower() in CONTENDER_VERBS:
                contender = _definite_contender(child)
                if contender is not None:
                    return contender
        if current.dep_ in {"ccomp", "parataxis"} and current.head.lemma_ in REPORTING_VERBS:
            break  # "the IOM said five bodies were found": who says is a source, not an owner
        current = current.head if current.head.i != current.i else None
    return None


# verbs a contender's result is said with, when the count is what it won (not "have":
# "the plane had 99 passengers" is the story's figure, held by no contender)
CONTENDER_VERBS = RESULT_VERBS - {"have"}


DEFINITE = frozenset({"the", "this", "that"})


def _definite_contender(subject: Token) -> str | None:
    """ "the ruling party", "the opposition alliance": a definite common noun named by
    its lemma and the words that qualify it ("ruling-party")."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in GENERIC_NOUNS:
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in subject.children
    ):
        return None  # "no party won 200 seats", "each party won 20": no one contender
    words = [
        c.lower_
        for c in subject.children
        if c.dep_ in {"compound", "amod"} and c.i < subject.i and c.is_alpha
    ]
    return slug(" ".join([*words, subject.lemma_.lower()]))


# words of a title or office written before a name ("PM Modi", "President Ruto")
TITLES_BEFORE_NAMES = lexicons.words("title_words") | {
    alias for alias in lexicons.mapping("office_aliases") if " " not in alias
}


def _owner_name(token: Token) -> str:
    """An owner's key: a person by surname, as reports name them ("Anura Kumara
    Dissanayake" and "Dissanayake"), anything else by its whole name; a title before
    the name is none of it ("PM Modi" is Modi, as "Modi" is)."""
    words = _entity_words(token).split()
    while len(words) > 1 and (
        words[0].lower().strip(".") in TITLES_BEFORE_NAMES or words[0].lower() == "the"
    ):
        words = words[1:]  # "PM Modi" is Modi; "the Scottish National Party" is its name
    if token.ent_type_ == "PERSON" or (len(words) == 1 and token.pos_ == "PROPN"):
        words = words[-1:]
    return slug(" ".join(words))


# entities that name no one who could hold a figure: "the crash that claimed 97 lives on Friday"
NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _given_for(noun: Token) -> str | None:
    """Whose counted things are when a "for" names them: "364 seats for the
    Conservatives", "three gold medals for Kenya"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            named = next((c for c in child.children if c.dep_ == "pobj" and _named(c)), None)
            if named is not None:
                return _owner_name(named)
    return None


def _named(token: Token) -> bool:
    if token.ent_type_ in NOT_OWNERS:
        return False
    return token.ent_type_ in ENTITY_OWNERS or token.pos_ == "PROPN"


def _entity_words(token: Token) -> str:
    """The name a token is part of: its entity, or, where the tagger found none, the
    proper nouns joined to it before it ("the Liberal Democrats'")."""
    entity = entity_around(token)
    if entity is not None:
        return entity.text
    start = token.i
    while start > 0:
        before = token.doc[start - 1]
        if before.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i != token.i:
            break
        start -= 1
    return token.doc[start : token.i + 1].text


def _ranked_subject(word: Token) -> Token:
    """A superlative standing for its noun after a copula ("the quake was the strongest
    to hit Taiwan in 25 years") is said of the copula's subject; any other word is
    itself."""
    if word.pos_ != "ADJ" or word.tag_ != "JJS" or word.dep_ not in {"attr", "acomp"}:
        return word
    subject = _subject(word.head)
    return subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else word


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that is used as one ("the
    longest final", "the final was…")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "ADJ" and (
        token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        or any(child.dep_ == "det" for child in token.children)
    )


def _moment(unit: Token) -> bool:
    """ "at 23 minutes" of an action: when it happened, counted from
    the start; "at four hours, the final was the longest" still says how long it lasted."""
    preposition = unit.head
    return (
        unit.dep_ == "pobj"
        and preposition.lower_ == "at"
        and preposition.head.pos_ == "VERB"
        and preposition.head.lemma_ != "be"
    )


def _time_spent_on(span: Span) -> Token | None:
    """What a stated length of time was spent on, when a noun says so right by it: "six
    weeks of testimony", "the testimony of 70 witnesses over six weeks"."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), None)
    if unit is None:
        return None
    if unit.dep_ == "pobj" and unit.head.lower_ == "after":
        return None  # "went through after 20 months of fights": how long the deal took
    held = unit
    while held.dep_ == "conj" and held.head.i != held.i:
        held = held.head  # "had 8,200 and 1,100 flying hours"
    if held.dep_ == "dobj" and held.head.lemma_ == "have":
        return None  # "the captain had 8,200 hours of experience": someone's, not an event's
    for child in unit.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            for thing in child.children:
                if thing.dep_ == "pobj" and thing.pos_ == "NOUN" and _spent(thing):
                    return thing
    preposition = unit.head
    if unit.dep_ == "pobj" and preposition.lower_ in {"over", "during"}:
        thing = preposition.head
        if thing.pos_ == "NOUN" and _spent(thing):
            return thing
    return None


def _since_one_like_it(span: Span) -> Token | None:
    """The thing a length of time says was the first or the most of its kind for that long:
    "the strongest quake in Yunnan for 14 years", "the deadliest crash in two decades",
    "Argentina's first title in 28 years". How long since one like it, not how long it
    lasted: "a two-day visit, the first in 16 years" is two days long."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), None)
    if unit is None or unit.dep_ != "pobj" or unit.head.lower_ not in {"for", "in"}:
        return None
    if unit.lemma_.lower() not in SINCE_LAST_UNITS:
        return None  # "the fastest lap in 82 seconds": how long it took
    thing = unit.head.head
    if thing.pos_ == "ADJ" and thing.tag_ == "JJS":
        ranked = _ranked_subject(thing)  # "the quake was the strongest in 25 years"
        return ranked if ranked.i != thing.i else None
    if thing.pos_ in {"VERB", "AUX"} and thing.dep_ == "xcomp":
        thing = thing.head  # "it was the strongest quake to hit the region in 25 years"
    if thing.pos_ in {"VERB", "AUX"} and thing.dep_ in {"acl", "relcl"}:
        thing = thing.head  # "the strongest quake to hit the region in 25 years"
    elif thing.pos_ in {"VERB", "AUX"}:  # "it was Argentina's first title in 28 years"
        attr = next((c for c in thing.children if c.dep_ == "attr"), None)
        done = next((c for c in thing.children if c.dep_ == "dobj"), None)
        if attr is None and done is not None:
            # "won their first title in 28 years"; not "completed the longest bridge in
            # nine years", how long the work took
            first = any(c.dep_ == "amod" and c.lower_ == "first" for c in done.children)
            return done if first and done.pos_ in {"NOUN", "PROPN"} else None
        thing = attr or thing
    if thing.pos_ in {"NOUN", "PROPN"} and any(_ranks_first(c) for c in thing.children):
        return thing
    return None


# spans long enough to count since one like it ("the first in 28 years"); shorter ones
# say how long it took ("the fastest lap in 82 seconds")
SINCE_LAST_UNITS = frozenset({"week", "month", "year", "decade", "century"})


def _ranks_first(word: Token) -> bool:
    """A superlative ("strongest") or "first" said of a noun: one not seen for a while."""
    return word.tag_ == "JJS" or (word.dep_ == "amod" and word.lower_ == "first")


# where a prison term is served: "25 years in prison", "life behind bars"
CUSTODY = frozenset({"prison", "jail", "gaol", "bar", "custody", "detention", "penitentiary"})
# verbs that hand down or threaten a term: "jailed for 25 years", "sentenced to 11 years"
SENTENCING_VERBS = frozenset({"sentence", "jail", "imprison", "incarcerate"})


def _prison_term(span: Span) -> Token | None:
    """The word that makes a length of time a prison term: "(faces up to) 110 years in
    prison", "five years behind bars", "was sentenced to 11 years", "jailed for 25
    years". "Sentenced to 11 years" and "an 11-year sentence" are one measure, the
    sentence; whether it was handed down or only threatened is the claim's status."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), span.root)
    for child in unit.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "behind"}:
            for place in child.children:
                if place.dep_ == "pobj" and place.lemma_.lower() in CUSTODY:
                    return place
    if unit.dep_ == "pobj" and unit.head.lower_ in {"to", "for"}:
        verb = unit.head.head
        if verb.lemma_.lower() in SENTENCING_VERBS and not _term_of_something_else(unit):
            return verb
    if unit.dep_ in {"compound", "amod", "nmod"} and unit.head.lemma_.lower() in TERM_NOUNS:
        return unit.head  # "received a 21-month sentence", "a six-year prison term"
    if unit.dep_ == "pobj" and unit.head.lower_ == "of":
        term = unit.head.head  # "a sentence of 25 years", "penalties of up to 110 years"
        if term.lemma_.lower() in TERM_NOUNS:
            return term
    governor = verb_above(unit)
    if governor is not None and unit.i > governor.i:  # "faced a maximum of 110 years in prison"
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "behind"} and child.i > unit.i:
                if any(p.lemma_.lower() in CUSTODY for p in child.children if p.dep_ == "pobj"):
                    return child
    return None


def _term_of_something_else(unit: Token) -> bool:
    """ "sentenced to five years of supervised release", "of probation": a term, but not
    in prison."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(c.dep_ == "pobj" and c.lemma_.lower() not in CUSTODY for c in child.children)
        for child in unit.children
    )


# nouns a prison term is said by: "a 21-month sentence", "penalties of up to 110 years"
TERM_NOUNS = frozenset({"sentence", "term", "penalty"})


def _many_sentenced(term: Token) -> bool:
    """The term's clause is about several people ("Five jailed for 34 years", "the
    gang members were sentenced to 50 years"): a total, or each one's, not one term."""
    verb = term if term.pos_ in {"VERB", "AUX"} else verb_above(term)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    return (
        subject.pos_ == "NUM"
        or subject.tag_ in {"NNS", "NNPS"}
        or any(c.dep_ == "nummod" for c in subject.children)
    )


# verbs that say nothing of what was done: "stayed for three days" is someone's stay,
# "spent 18 months in detention" the detention's length
NO_ACTIVITY_VERBS = frozenset(
    {"be", "have", "spend", "take", "last", "stay", "remain", "continue", "run", "go", "span"}
)


def _time_in_state(span: Span) -> Token | None:
    """The state a length of time was spent in, when the text names it with "in" after
    the length: "after 44 days in office", "ten years in power", "three weeks in the
    rubble" (not "in a row", not a place's name: "two days in Paris" is a stay)."""
    unit = duration_unit(span)
    for child in unit.children:
        if child.dep_ != "prep" or child.lower_ != "in":
            continue
        for state in child.children:
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in state.children)
            if state.dep_ == "pobj" and state.pos_ == "NOUN" and not indefinite:
                return state
    return None


def _activity_lasting(span: Span) -> Token | None:
    """The verb a length of time ("for three days", "over five days") measures when the
    verb names the event: people doing it ("rescuers searched for survivors for three
    days") or a passive one ("votes were counted over five days", "workers were trapped
    for five hours"). What a thing did keeps its subject ("the fire burned for 12
    hours" is the fire's length)."""
    unit = duration_unit(span)
    preposition = unit.head
    if unit.dep_ != "pobj" or preposition.lower_ not in {"for", "over", "during"}:
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NO_ACTIVITY_VERBS:
        return None
    if with_particle(verb) in EVENT_CLASSES and not _done_to_someone(verb):
        return verb  # "signed for two years"; not "the hostages were held for 16 hours"
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    passive = subject.dep_ == "nsubjpass"
    people = subject.lower_ in PERSONAL_PRONOUNS or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
    return verb if passive or people or person_noun(subject) or _group_of_people(subject) else None


def _activity_key(verb: Token) -> str:
    """An activity by its verb and what it was done to: "the airport was closed" and
    "schools were closed" are two closures ("close:airport", "close:school"); "rescuers
    searched for survivors" is the search ("search")."""
    key = with_particle(verb)
    if key in EVENT_CLASSES and not _done_to_someone(verb):
        return EVENT_CLASSES[key]  # "signed for two years": the agreement's length
    done_to = next(
        (c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} and c.pos_ == "NOUN"), None
    )
    made = EVENT_CLASSES.get(key)
    if made and done_to is not None and THING_CLASSES.get(done_to.lemma_.lower()) == made:
        return EVENT_CLASSES[key]  # "signed his contract for two years": the agreement's
    return f"{key}:{slug(done_to.lemma_.lower())}" if done_to is not None else key


def _done_to_someone(verb: Token) -> bool:
    """The verb has a passive subject or an object: what lasted is what was done to
    them ("the hostages were held for 16 hours", "police held him for three days"), not
    the thing the verb makes; "Ronaldo signed for two years" has neither."""
    return any(c.dep_ in {"nsubjpass", "dobj", "auxpass"} for c in verb.children)


# the verb that makes a thing of a class, and the class: "sign" makes an agreement, so
# what was signed "for two years" is a two-year agreement (the `thing_events` table)
# (the first class the table lists for an event: "sign" makes an agreement, not an MoU)
EVENT_CLASSES: dict[str, str] = {}
for _thing, _event in lexicons.mapping("thing_events").items():
    EVENT_CLASSES.setdefault(_event, _thing)


def _group_of_people(noun: Token) -> bool:
    """ "rescue teams", "the crew", "police": a noun for a body of people."""
    return noun.lemma_.lower() in GROUP_MEMBERS or noun.lemma_.lower() in PEOPLE_GROUPS


PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# bodies of people that do things: "rescue teams searched", "police questioned him"
PEOPLE_GROUPS = frozenset({"team", "crew", "police", "force", "troop", "squad", "army", "staff"})


# verbs whose money object is a change in a price, not a sum anyone moved
PRICE_CHANGE_VERBS = frozenset(
    {"rise", "fall", "gain", "lose", "drop", "climb", "jump", "slide", "slip", "add", "shed"}
)


def _money_moved(span: Span) -> Token | None:
    """The verb a sum of money is the object of, when no noun says what the sum is: it
    names what was done with it ("forfeit $11 billion", "pledged $3 billion", "agreed
    to pay $2.5 billion"); a price's change ("fell $3") or a copula's is none."""
    if span.root.dep_ != "dobj":
        return None
    verb = span.root.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in PRICE_CHANGE_VERBS or lemma in COPULAS | NO_ACTIVITY_VERBS:
        return None
    return verb


def _payer(verb: Token) -> str | None:
    """Who moved a sum, named by a common noun: "the insurer paid $9 million" is the
    insurer's payment, not "the company paid $2 million"."""
    subject = _subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in GENERIC_NOUNS:
        return None
    return slug(subject.lemma_.lower())


def _recipient(verb: Token) -> str | None:
    """Whom a sum went to: "pay $500 million to families" is not "pay $1.77 billion to
    airlines"."""
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
            for thing in child.children:
                if thing.dep_ == "pobj" and thing.pos_ in {"NOUN", "PROPN"}:
                    return slug(thing.lemma_.lower())
    return None


def _spent(thing: Token) -> bool:
    """A noun time is spent on, not a measure or a person ("weeks of testimony", not
    "years of age" or "months of people")."""
    lemma = thing.lemma_.lower()
    return lemma not in GENERIC_NOUNS and not person_noun(thing) and lemma not in {"age"}


def duration_unit(span: Span) -> Token:
    """The unit word a length of time hangs from in the parse: "hours" of "four hours and
    55 minutes"."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), span.root)
    # spaCy makes a new Token for every `.head`, so a root is known by its index, not by `is`
    while unit.head.i != unit.i and span.start <= unit.head.i < span.end:
        unit = unit.head
    return unit


def _lasting_thing(span: Span) -> Token | None:
    """What a stated duration is the length of: the subject of the verb it completes
    ("the partnership spans nearly eight decades", "goes back over eight decades"), or the
    noun that verb describes ("a partnership extending for nearly eight decades")."""
    unit = duration_unit(span)
    verb = unit.head
    if unit.dep_ == "pobj":
        verb = verb.head
    elif unit.dep_ not in {"dobj", "npadvmod"}:  # "lasted four hours"
        return None
    if verb.pos_ != "VERB" and verb.lemma_ != "be":  # "At four hours, the final was…"
        return None
    subject = _subject(verb)
    if subject is not None and _nominal(subject):
        return subject
    if verb.dep_ in {"acl", "relcl"} and _nominal(verb.head):
        return verb.head  # "the final, which ran to 4 hours"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and subject is None:
        # a participle's subject is the main clause's: "Lasting four hours, the final was…"
        main = _subject(verb.head)
        if main is not None and main.pos_ == "PRON" and verb.head.lemma_ == "be":
            # "…, it was the longest final": what "it" is
            main = next((c for c in verb.head.children if c.dep_ == "attr"), main)
        if main is not None and main.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return main
    return infinitive_subject(verb)


def measure_key(
    span: Span, mention: AmountMention, pronoun_owner: PronounOwner | None = None
) -> tuple[str, list[Token]] | None:
    """The key of what an amount measures, and the words that say so; None when unclear.
    `pronoun_owner` names whom a pronoun subject stands for ("He ended the game with 66
    rushing yards"), from the article's context."""
    if names_a_thing(span, mention):
        return None  # "Apollo 13", "Windows 10": a name, not a measure
    if span.root.lower_ == "one" and any(c.dep_ in {"det", "amod"} for c in span.root.children):
        return None  # "a second one of magnitude 5.5", "the one": a pronoun, not a count
    if told_of_an_earlier_event(span.root):
        return None  # "the deadliest since the massacre at Sandy Hook, where a gunman
        # shot dead 26": that event's toll, not this one's
    distance = _distance_key(span, mention) or _elevation(span, mention)
    if distance is not None:
        return distance
    if _on_the_richter_scale(span):
        return "magnitude", list(span)  # "measured it as a 7 on the Richter scale"
    if _earlier_figure(span):
        return None  # "rose from 150 to 381": 150 is what it was before
    if mention.amount.kind == "count" and _a_stretch_of(span):
        return None  # "off the last five overs", "the first 10 patients": some, not all
    if mention.amount.kind == "duration" and _a_window(span):
        return None  # "all within the last 10 months": when, not how long anything took
    in_state = _state_joined(span, mention)
    if in_state is not None:  # "five of them in critical condition", "adults and five of
        return in_state, [span.root]  # the children are in critical condition"
    act = repeated_act(span) if mention.amount.kind == "count" else None
    if act is not None:  # "Smith was shot twice": how often it was done to Smith
        owner = _clause_owner(act, pronoun_owner)
        return (f"{owner}/{slug(with_particle(act))}:times", [act]) if owner else None
    whole = _whole_of_a_part(span) if mention.amount.kind == "count" else None
    if whole is not None:  # "won 159 of the 400 seats": 400 is how many there are in all
        return f"{slug(whole.lemma_.lower())}:total", [whole]
    if mention.amount.kind == "count":
        nationality = _nationality(span)
        if nationality is not None:
            return nationality
        margin = _win_margin(span, pronoun_owner)
        if margin is not None:
            return margin
    if mention.amount.kind == "duration" and _moment(span.root):
        return None  # "put Argentina ahead at 23 minutes": a point in a match, not a length
    if mention.amount.kind == "duration":
        since = _time_from_event(span)
        if since is not None:
            return since
        term = _prison_term(span)
        if term is not None:  # "faces up to 110 years in prison", "jailed for 25 years"
            if _many_sentenced(term):
                return None  # "Five jailed for 34 years": their terms added up, no one's
            owner = _clause_owner(term, pronoun_owner)
            return (f"{owner}/" if owner else "") + "duration:sentence", [term]
        timed = _time_of_someone(span, pronoun_owner)
        if timed is not None:  # "won with a time of 2:01:09", "his winning time of …"
            return timed
        held = _time_in_state(span)
        owner = _clause_owner(duration_unit(span), pronoun_owner) if held is not None else None
        # "Truss resigned after 44 days in office"; without a named holder, "after 104
        # hours in the rubble" is read below as whose the time is
        if held is not None and owner:
            held_as = MEASURE_SYNONYMS.get(held.lemma_.lower()) or f"in-{slug(held.lemma_)}"
            return f"{owner}/duration:{held_as}", [held]
        activity = _activity_lasting(span) if _time_spent_on(span) is None else None
        if activity is not None:  # "rescuers searched for three days": the search's length
            return f"duration:{_activity_key(activity)}", [activity]
    noun = _measure_noun(span.root)
    if noun is not None and noun.lemma_.lower() in POSITION_NOUNS and noun.i >= span.end:
        return None  # "at the 40-kilometer mark", "the two-hour mark": a point on the way
    thing_size = size_of_a_thing(span, mention)
    if thing_size is not None:
        return thing_size  # "a 20-foot boat", "the 150-year-old bridge"
    place = _live_in_a_place(span) if mention.amount.kind == "count" else None
    if place is not None:  # "2.4 million people live in Beirut": Beirut's population
        return f"{slug(place_name(place).text)}/population", [span.root.head, place]
    home = _home_to(span) if mention.amount.kind == "count" else None
    if home is not None:  # "Derna is home to 100,000 people", "the city, home to 90,000"
        dwelt_in, proper = home
        owner_part = f"{slug(place_name(dwelt_in).text)}/" if proper else ""
        return f"{owner_part}population", [dwelt_in]
    if mention.amount.kind == "measure" and mention.amount.unit:
        # a player's yards are a statistic of theirs, not a length of them
        loose = noun is None or noun.i in range(span.start, span.end) or _named(noun)
        stat = _stat_key(span, mention.amount.unit, loose, pronoun_owner)
        if stat is not None:
            return stat
    if mention.amount.kind == "money":
        noun = _money_in(span.root) or noun  # "$25 billion in loans": loans
        if noun is None or noun.i in range(span.start, span.end):
            transfer = _money_moved(span)
            owner = _clause_owner(transfer, pronoun_owner) if transfer is not None else None
            owner = owner or (_payer(transfer) if transfer is not None else None)
            if transfer is not None and owner:  # "Saudi Arabia pledged $3 billion"
                key = f"{owner}/{with_particle(transfer)}"
                recipient = _recipient(transfer)  # "pay $500 million to families"
                return (f"{key}@{recipient}" if recipient else key), [transfer]
    if noun is None or noun.i in range(span.start, span.end) or noun.pos_ == "VERB":
        physical = physical_key(span, mention)
        if physical is not None:  # "30 inches of rain", "burned 12,000 acres"
            return physical
    since_last: Token | None = None
    if mention.amount.kind == "duration":
        since_last = _since_one_like_it(span)
        # "six weeks of testimony", "testimony over six weeks"
        noun = since_last or _time_spent_on(span) or noun
    if mention.amount.kind == "duration" and (noun is None or noun.pos_ in {"VERB", "PRON"}):
        noun = _lasting_thing(span) or noun
    if mention.amount.kind == "duration" and noun is not None:
        ranked = _ranked_subject(noun)  # "the quake was the strongest … in 25 years": the quake
        since_last = ranked if ranked.i != noun.i else since_last
        noun = ranked
    if noun is None or noun.i in range(span.start, span.end):
        if mention.amount.kind == "count":  # what the parse says the number counts
            counted = counted_noun(span)
            noun = counted if counted is not None and counted.pos_ == "NOUN" else None
            if noun is not None and noun.lemma_.lower() in GENERIC_NOUNS:
                noun = None
        elif mention.amount.kind == "percent":  # "52 percent of the vote": a share of it
            counted = _share_of(span)
            noun = counted if counted is not None and counted.pos_ == "NOUN" else None
            if noun is not None and noun.lemma_.lower() in GENERIC_NOUNS:
                noun = None
            elided = _share_said_before(span) if noun is None else None
            holder = _holder(span, pronoun_owner) if elided is not None else None
            if elided is not None and holder:
                phase = _phase(span.root)
                key = f"share:{slug(elided.lemma_.lower())}" + (f"+{phase}" if phase else "")
                return f"{holder}/{key}", [elided]
            if noun is not None and counting_progress(noun):
                return None  # "with 97.6% of votes tallied": how far the count has got
        if noun is None:
            return None
    if (mention.amount.unit or "") == "magnitude":
        return "magnitude", [noun]
    if _is_label(noun, span, mention) or noun.pos_ == "PRON":
        return None  # "the 300 block", "Image 4", "he": a name or a pronoun, not a measure
    split = _split_at(span) if mention.amount.kind == "duration" else None
    finish = "duration:margin" if _time_cut(span) else "duration:finish"
    if split is not None:
        finish = f"duration:split@{slug(split)}"
    race_time = mention.amount.kind == "duration" and mention.amount.unit in RACE_UNITS
    if mention.amount.kind == "duration" and not race_time and noun.ent_type_ == "PERSON":
        return None  # "Kiptum has run three marathons, all within the last 10 months"
    if race_time and noun.ent_type_ != "PERSON" and pronoun_owner:
        described = _described_person(noun)  # "the Kenyan ran 2:01:09": the runner before
        runner = pronoun_owner(described) if described is not None else None
        if runner and _named_just_before(noun, runner):
            return f"{runner}/{finish}", [noun]
    if race_time and noun.ent_type_ == "PERSON":
        runner = _person_named(noun)
        if runner and finish != "duration:finish":  # "beat his record by 29 seconds"
            return f"{runner}/{finish}", [noun]  # "went through the 35km mark in 1:40:10"
        if runner and _on_some_occasion(noun):
            return None  # "Kipchoge ran a marathon in under two hours": another race
        if runner:  # "Hassan won the women's race in 2:13:44": her finish
            race = next(
                (c for c in noun.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None
            )  # "won the London Marathon in 2:01:25": that race's, not this one's
            named = [c.text for c in race.children if c.dep_ == "compound"] if race else []
            of_race = f"@{slug(' '.join([*named, race.text]))}" if race else ""
            return f"{runner}/duration:finish{of_race}", [noun]
    lemma = noun.lemma_.lower()
    if mention.amount.kind == "duration":
        lemma = _verb_base(noun)  # "counting took four days" is how long they counted
    # a name before the noun says whose it is, not what it is ("Twitter Inc. shares")
    compound = " ".join(
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ == "compound"
        and not (c.ent_type_ and noun.pos_ == "NOUN")
        and not span.start <= c.i < span.end  # "3.72 lakh votes": the number's own scale
    )
    words = f"{compound} {lemma}".strip()
    if lemma in GROUP_MEMBERS:  # "8 crew members", "12 members of the flight crew": crew
        group = _group_of_members(noun)
        if group is not None:
            noun, lemma = group, group.lemma_.lower()
            words = lemma
    if (
        noun.dep_ in {"compound", "amod", "nmod"}
        and noun.head.pos_ == "NOUN"
        and "-" in span.text + noun.nbor(-1).text
    ):
        # "a 192-run partnership" sizes the partnership; it does not count runs
        words = f"{lemma} {noun.head.lemma_.lower()}"
    # "wounded", not "wound"
    as_written = noun.lower_ if noun.pos_ in {"VERB", "ADJ", "ADV"} else ""
    name = (
        (MEASURE_HOMOGRAPHS.get(lemma) if noun.pos_ == "NOUN" else None)
        or MEASURE_SYNONYMS.get(as_written)
        or MEASURE_SYNONYMS.get(words)
        or MEASURE_SYNONYMS.get(lemma)
        or (measure_named(noun) if noun.pos_ == "VERB" else None)  # "lost their lives"
        # a thing's class names what lasts ("a three-day trip" is a visit); a count
        # counts the noun itself ("ten-round magazines" are not meetings)
        or (THING_CLASSES.get(lemma) if mention.amount.kind != "count" else None)
        # what an event was worth: "the £14m Hatton Garden heist", "a £20m raid"
        or (
            f"{NOUN_PREDICATES[lemma]}:value"
            if mention.amount.kind == "money" and noun.pos_ == "NOUN" and lemma in NOUN_PREDICATES
            else None
        )
        or slug(words)
    )
    where = people_state(noun) if mention.amount.kind == "count" and person_noun(noun) else None
    if where and noun.pos_ == "NOUN":
        # people, or a group joined from kinds of them, are all there are: "169 people on
        # board", "carrying 162 passengers and seven crew"; one kind is a part of them:
        # "99 passengers were on board" is not everyone on board
        joined = _joined_people(noun)
        pooled = where in POOLED_STATES  # workers, miners, people: whoever was there
        name = where if name in GENERIC_NOUNS or joined or pooled else f"{slug(words)}:{where}"
    if name in CUED_WORDS and lemma in CUED_WORDS[name]:
        if not CUES[name] & {t.lemma_.lower() for t in span.sent}:
            return None  # "the iPod will cost $199": a price, but of no deal the story is about
    if name in GENERIC_NOUNS or not name:
        return None
    if noun.pos_ in {"VERB", "AUX"} and name not in NEWS_MEASURES:
        acted = _share_acting(span, noun, mention)
        if acted is not None:  # "76 percent of the electorate turned out": the turnout
            name = acted
        elif not _people_by_state(span, noun, mention):  # "2,000 were buried (alive)"
            stated = _people_in_a_state(span, noun, mention)
            if stated is None:
                return None  # "if I have one", "create a hundred": a verb that names no measure
            name = stated  # "three of them pleaded guilty", "six remain in critical condition"
    sized = any(
        child.dep_ == "prep" and child.lower_ == "of" and child.i < span.start <= child.right_edge.i
        for child in noun.children
    )
    counted = counted_noun(span)
    if counted is not None and not sized:
        whole = _whole_counted(counted)
        sized = whole is not None and whole.i == noun.i
    settlement = _settlement_sized(noun, span) if mention.amount.kind == "count" else None
    if settlement is not None:
        # "a city of 125,000 inhabitants", "the town of about 100,000 people": how many
        # live there, as "a population of 100,000" says
        noun, name, sized = settlement, "population", True
        lemma = settlement.lemma_.lower()

    if sized and name not in NEWS_MEASURES and counted is not None:
        name = f"{name}:size"  # "a country of over 250 million people" sizes it, not counts it
    owner = owner_of(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    if owner is None and noun.pos_ == "NOUN" and mention.amount.kind in {"count", "percent"}:
        owner = _named_possessor(noun)  # "Labour's 412 seats", "the Conservatives' vote share"
    if owner is None and noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        owner = _owner_name(noun.head)  # "… as Miguel Luna, a Salvadoran father of three"
    if owner is None and noun.pos_ == "NOUN" and mention.amount.kind == "duration":
        owner = _possessor(noun)  # "the runner's 2:00:35 finish", "Hassan, whose 2:13:44 finish"
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and poss is not None and pronoun_owner is not None:
            owner = pronoun_owner(poss) if poss.lower_ in POSSESSIVE_PRONOUNS else None
            # "her 44-day premiership": the premier the article is about
    target = _target(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    qualifiers = _qualifiers(noun, span) if noun.pos_ in {"NOUN", "PROPN"} else []
    if noun.pos_ in {"NOUN", "PROPN"} and name not in NEWS_MEASURES and not sized:
        name += _of_complement(noun, span)  # "four counts of murder", not "two counts of theft"
    if mention.amount.kind == "percent" and not owner and noun.pos_ in {"NOUN", "PROPN"}:
        owner = _clause_owner(noun, pronoun_owner, common=True)  # "Smith took 48% of the vote"
        owner = None if owner == slug(words) else owner  # "Turnout was 61 percent"
    if mention.amount.kind == "count" and name not in NEWS_MEASURES and not owner and not where:
        # an open-vocabulary count: what is counted, and what the sentence says of it
        # ("three coaches derailed" is not "the train's 12 coaches")
        owner = _clause_owner(noun, pronoun_owner, common=True) or _given_for(noun)
        state = counted_state(noun) if noun.pos_ in {"NOUN", "PROPN", "NUM"} else None
        said = MEASURE_SYNONYMS.get(f"{state} {lemma}")  # "claimed 10,000 lives": deaths
        state = said if said in NEWS_MEASURES else state
        if lemma in IMPLIED_STATES and state in PEOPLE_STATES and not _capacity(noun):
            state = PEOPLE_STATES[state]  # "carrying 91 passengers and a crew of eight"
        if not state and _told_by_a_measure_clause(noun):
            return None  # "two passengers who survived", "two men who were also shot":
            # people in a scene, described by what happened to them, not a tally
        if (not state or _acting_on_something(noun)) and _few_already_named(noun, span, mention):
            return None  # "the two countries signed 15 agreements": Greece and Turkey
        implied = IMPLIED_STATES.get(lemma) if noun.pos_ == "NOUN" and not state else None
        if state in NEWS_MEASURES and lemma in PERPETRATORS and not _joined_people(noun):
            name = f"perpetrator:{state}"  # "four gunmen were killed", "four assailants"
        elif state in NEWS_MEASURES and lemma in TOLL_PARTS and not _joined_people(noun):
            name = f"{lemma}:{state}"  # "Seventeen children died": the children's toll
        elif state in NEWS_MEASURES:
            name = state
        elif (implied or person_noun(noun)) and mention.amount.value == 1:
            return None  # "one passenger said", "said one miner": someone in the scene
        elif implied and _capacity(noun):
            name, owner = "capacity", None  # "the ferry, built for 100 passengers"
        elif implied:
            # "91 passengers" are people on board; "91 passengers and a crew of eight" are
            # all of them, as "carrying 91 passengers and a crew of eight" says
            name = implied if _joined_people(noun) else f"{name}:{implied}"
            owner = None  # the people of the story's vehicle, whoever flew or sailed it
        elif lemma in PERSON_NOUNS:
            return None  # "two men", "three victims": people in a scene, not a figure
        elif state:
            name = f"{name}:{state}"
    if mention.amount.kind == "count" and mention.amount.value == 1 and _ranked_among(span):
        return None  # "one of the deadliest earthquakes": a rank, not how many there were
    if (
        mention.amount.kind == "count"
        and mention.amount.value == 1
        and name not in NEWS_MEASURES
        and _partitive(span)
    ):
        return None  # "one of the coaches": a member of a group, not how many there are
    if mention.amount.kind == "count" and name == "margin":
        pass  # "won by a margin of 4,79,505": the margin itself, in the story's unit
    elif mention.amount.kind == "count" and name not in NEWS_MEASURES and _by_margin(noun):
        name = f"{name}:margin"  # "won by 1.27 million votes": a margin, not a tally
    if mention.amount.kind == "count" and _added_to_others(span, noun):
        return None  # "three more students were shot", "one more body was recovered": a
        # part of a tally, not the tally
    if mention.amount.kind == "count" and _elsewhere(span, noun):
        return None  # "170 were killed in other parts of the country": not the story's toll
    if name in MONEY_MEASURES and mention.amount.kind == "count":
        return None  # "costing them 251 seats", "bought 3 studios": no deal's value
    if (
        not owner
        and name not in NEWS_MEASURES
        and mention.amount.kind in {"count", "percent"}
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.lower_ in UNSAID_OWNERS for c in noun.children)
    ):
        return None  # "Their vote share came to 23.7%": someone's, but whose is unsaid
    key = name
    if mention.amount.kind == "duration":
        key = f"duration:{name}" + (":since-last" if since_last is not None else "")
    elif mention.amount.kind == "percent":
        key = f"share:{name}"
    phase = _phase(span.root) if mention.amount.kind in {"count", "percent"} else None
    if phase and name not in NEWS_MEASURES:
        qualifiers.append(phase)  # "won the first round with 38%": that round's share
    if qualifiers:
        key += "+" + "+".join(qualifiers)
    if owner:
        key = f"{owner}/{key}"
    if name in NEWS_MEASURES and mention.amount.kind == "count":
        target = target or _facility(noun)  # "six injured brought to the hospital"
    if target:
        key = f"{key}@{target}"
    return key, [noun]


FACILITIES = lexicons.words("facilities")


def _facility(measured: Token) -> str | None:
    """The one facility a count was made at, when its clause (or the clause it is joined
    to) names it definitely: "Eleven bodies have been brought to the hospital and six
    injured" counts one hospital's; "taken to a hospital" is where all of them went."""
    clause = measured if measured.pos_ in {"VERB", "AUX"} else measured.head
    clauses = [clause, *([clause.head] if clause.dep_ == "conj" else [])]
    for verb in clauses:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"to", "at", "in"}:
                for place in child.children:
                    if place.dep_ == "pobj" and place.lemma_.lower() in FACILITIES:
                        definite = any(
                            c.dep_ in {"det", "poss"}
                            and c.lower_ not in {"a", "an"}
                            or c.dep_ == "compound"
                            and c.pos_ == "PROPN"
                            for c in place.children
                        )
                        if definite:
                            return place.lemma_.lower()
    return None
