"""The noun or verb a number measures, climbed to from the number in the parse.

The word is the noun the number sizes or counts ("1,891 injured", "a death toll of
398"), the subject or object of the verb the number completes ("exports stand at $26
million", "put the death toll at 398"), or the verb that says what happened to the
counted things: "others injured", "people were killed", "arrested 12 people", "left 2
dead", "forced 30,000 people to flee", "Wounded were four patrons". What is "worth" a
figure and a whole thing bought for one ("buy Twitter for $44 billion") name a deal.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck import lexicons
from factcheck.extract.counted import count_noun_object, person_noun
from factcheck.extract.measure_words import (
    COPULAS,
    GENERIC_NOUNS,
    MEASURE_SYNONYMS,
    NEUTRAL_VERBS,
    NEWS_MEASURES,
    PERPETRATORS,
    TOLL_PARTS,
    _subject,
    measure_named,
    news_measure,
    stated_measure,
)
from factcheck.extract.people_states import _total_of, people_state

# words for a change in a count and its way: "gained", "an increase of", "a loss of"
CHANGE_DIRECTIONS = lexicons.mapping("change_directions")


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
        toll = _of_head(head) if _anyone_of_the_toll(head) else None
        if toll is not None and toll.lemma_.lower() == "life":
            return toll  # "took the lives of 40 villagers": the lives are what is counted
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
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if _undergone_by_subject(verb) and not any(_names_people(c) for c in objects):
        return False  # "81 people survived the shipwreck": what they came through
    if any(MEASURE_SYNONYMS.get(f"{verb.lemma_} {o.lemma_.lower()}") for o in objects):
        return False
    alone = MEASURE_SYNONYMS.get(verb.lower_) or MEASURE_SYNONYMS.get(verb.lemma_.lower())
    return alone in NEWS_MEASURES


def _undergone_by_subject(verb: Token) -> bool:
    """A verb whose subject comes through what its object names: "survived the crash"
    (the measure the lexicon gives "survive" is people rescued)."""
    return MEASURE_SYNONYMS.get(verb.lemma_.lower()) == "rescued"


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


def _whole_counted(counted: Token) -> Token | None:
    """The whole a linking verb gives a count of people or things: "the workforce, which
    numbered 350,000 people", "the crowd was 50,000 people" (its size, as "a crowd of
    50,000 people" says)."""
    verb = counted.head
    if counted.dep_ not in {"dobj", "attr"} or verb.lemma_ not in COPULAS:
        return None
    if verb.lemma_.lower() in CHANGE_DIRECTIONS:
        return None  # "Labour gained 200 seats": a change, not the size of Labour
    whole = _subject(verb)
    if whole is None or whole.pos_ != "NOUN" or whole.lemma_.lower() in GENERIC_NOUNS:
        return None
    return whole


def _sole_object(number: Token) -> bool:
    """The number is the verb's one object and heads no clause of its own: in "shooting
    seven people, only one of whom survived" the parser makes "one" a second object."""
    if any(child.dep_ == "relcl" for child in number.children):
        return False
    return sum(child.dep_ == "dobj" for child in number.head.children) == 1


def _anyone_of_the_toll(noun: Token) -> bool:
    """People a toll may be all of ("villagers", "migrants"), not a part of it it tells
    apart: "the deaths of 12 children", "the deaths of 32 terrorists"."""
    lemma = noun.lemma_.lower()
    return person_noun(noun) and lemma not in TOLL_PARTS and lemma not in PERPETRATORS


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
