"""What a number counts, read from the parse: the counted noun phrase ("12 Liverpool
fans", "three good wireless speakers"), a count that leaves its noun out ("48 million
iPhones, down from 52 million"), a rate ("20 points per game"), a number that is part of
a name ("Apollo 13") and a number that states an age ("Smith, 45,", "aged 19").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.normalise.amounts import AmountMention

PERSON_NOUNS = lexicons.words("person_nouns")
GROUP_NOUNS = lexicons.words("group_nouns")
# the suffixes English makes nouns for people with, from what they do or where they are,
# and "-man" compounds ("gunman", "fisherman", "policemen"; not "specimen", "abdomen",
# "bitumen", "stamen", whose "men" follows a vowel other than "e")
AGENT_NOUN = re.compile(
    r"\w{3,}(?:er|or|ist|ian|ee)$|\w{2,}[^aiou\W]m[ae]n$"
    # a person compounded ("schoolgirl", "schoolchildren", "townspeople")
    r"|\w{3,}(?:girl|boy|child|children|woman|women|people)$"
)


def person_noun(noun: Token) -> bool:
    """A common noun for people: the `person_nouns` and `group_nouns` hints ("man",
    "victim", "migrant", "troops") or a noun made from what someone does ("passenger",
    "cashier", "cyclist", "employee", "gunman")."""
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or bool(AGENT_NOUN.search(lemma))


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, active or passive; not a headline's topic that the parser
    made a second subject ("Train crash: death toll rises to 261")."""
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    doc = verb.doc
    topics = [
        child
        for child in subjects
        if any(c.text == ":" for c in child.children)
        or (child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ":")
    ]
    rest = [child for child in subjects if child not in topics]
    chosen = rest or subjects
    return chosen[0] if chosen else None


def antecedent(token: Token | None) -> Token | None:
    """A relative pronoun stands for the noun its clause is said of ("the workforce,
    which numbered 350,000"); any other token for itself."""
    if token is not None and token.tag_ in {"WDT", "WP"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


# what joins a counted noun's modifiers to it: "12 Liverpool fans", "three good wireless
# speakers", "12,000 full-time workers"; determiners, possessives and numbers do not
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
MODIFIER_PARTS = frozenset({"compound", "amod", "nmod", "advmod", "punct", "npadvmod", "nummod"})


def counted_noun(span: Span) -> Token | None:
    """The noun a count counts: "300 people", "dozens of patients", "five of the injured
    miners", "1,891 injured", "6,000 and 7,000 troops"; None when the number stands alone."""
    number = span.root
    for child in number.children:  # "five of the miners", "thousands of protesters"
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"NOUN", "PROPN"}:
                return objects[0]
    doc = span.doc
    if span.end + 3 < len(doc) and [t.lower_ for t in doc[span.end : span.end + 2]] == [
        "out",
        "of",
    ]:  # "won 48 out of 59 seats": the seats the whole counts
        whole = doc[span.end + 2]
        if whole.like_num and whole.dep_ == "nummod" and whole.head.pos_ == "NOUN":
            return whole.head
    for child in number.children:  # a number standing for what it counts: "1,891 injured"
        if (
            child.dep_ in {"acl", "amod"}
            and child.pos_ in {"VERB", "ADJ"}
            and child.i == span.end
            and child.tag_ not in {"JJR", "RBR"}  # "eight more picks" counts the picks
        ):
            return child
    for token in span:  # the span's words that lean on a noun after it: "some 10-15 people"
        head = token.head
        while head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.i > head.i:
            head = head.head  # "the 10 best budget smartphones", parsed as counting "best"
        if (
            token.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "det"}
            and head.pos_ in {"NOUN", "PROPN"}
            and head.i >= span.end
        ):
            return head
    if number.dep_ == "conj" and number.head.pos_ == "NUM" and number.head.i < span.start:
        first = number.head  # "6,000 and 7,000 troops": both count the troops
        while first.dep_ == "conj" and first.head.pos_ == "NUM":
            first = first.head
        if first.head.pos_ in {"NOUN", "PROPN"} and first.dep_ == "nummod":
            return first.head
    head = number.head
    if number.dep_ == "conj" and head.pos_ == "NOUN" and head.i < span.start:
        if any(child.dep_ == "nummod" for child in head.children):
            return head  # "5,000 troops in Iraq and 2,500 in Syria": the noun left out
    if (
        head.pos_ == "NOUN"
        and head.i < span.start
        and span.doc[span.start - 1].lower_ == "or"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in head.children)
    ):
        return head  # "another pick or two", "a game or two"
    return _number_of(number)


def counted_word(span: Span) -> Token | None:
    """The word that names what a count counts, to show and score it: `counted_noun`, or
    where the parse hung the number on something else, the plural noun written right
    after it ("149 confirmed orders", "seat between 210 and 330 passengers") or the
    state it is in ("left 25 dead", "40 injured"). Measures key on `counted_noun` alone."""
    return (
        counted_noun(span)
        or _noun_after(span)
        or _state_after(span)
        or _group_before(span)
        or _figure_put_at(span)
    )


# the parts of speech that may stand between a count and the noun after it: "149
# confirmed orders", "five billion iOS applications" (the tagger's NUM for "iOS")
BEFORE_NOUN_POS = frozenset({"ADJ", "VERB", "NOUN", "PROPN", "NUM", "PUNCT"})


def _noun_after(span: Span) -> Token | None:
    """The plural noun a count is written before when the parse does not join them: the
    words up to it lean on it ("149 confirmed orders"), or the one between is a verb the
    parse made of a participle, with the noun as its object ("four declared nuclear
    weapon states"); the noun counts no other number."""
    doc = span.doc
    window = doc[span.end : span.end + 4]
    noun = next((t for t in window if t.pos_ == "NOUN"), None)
    while noun is not None and noun.dep_ == "compound" and noun.head in window:
        noun = noun.head  # "nuclear weapon states" counts the states
    if noun is None or noun.tag_ != "NNS":
        return None
    for word in doc[span.end : noun.i]:
        leans_on_noun = word.pos_ in BEFORE_NOUN_POS and word.i < word.head.i <= noun.i
        misread_participle = word == span.root.head and noun.head == word
        if not (leans_on_noun or misread_participle):
            return None
    if any(c.dep_ == "nummod" and c.i not in range(span.start, span.end) for c in noun.lefts):
        return None
    return noun


def _state_after(span: Span) -> Token | None:
    """A state written right after a number that stands for those in it, where the parse
    makes the number its subject or object: "left 25 dead and 40 injured"."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    state = doc[span.end]
    number = span.root
    subject = number.dep_ in {"nsubj", "nsubjpass"} and number.head == state
    predicate = state.dep_ == "oprd" and number.dep_ == "dobj" and state.head == number.head
    if not (subject or predicate) or state.tag_ not in {"JJ", "VBN"}:
        return None
    if any(child.dep_ in {"dobj", "aux", "auxpass"} for child in state.children):
        return None  # "12 were arrested", "12 injured two others": a clause, not a state
    return state


def _group_before(span: Span) -> Token | None:
    """The group an "Of the ..." opening names for the number that is its clause's
    subject: "Of the dead, 319 were in Ludian", "Of the 1,200 respondents, 640 said"."""
    number = span.root
    if number.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for child in number.head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < span.start:
            return _nominal(next((c for c in child.children if c.dep_ == "pobj"), None))
    return None


def _figure_put_at(span: Span) -> Token | None:
    """What a verb's object says a figure "at" counts: "put the injured at 1,801", "put
    the number of injured at 1,891", "put the number of people affected at 1.08 million"."""
    number = span.root
    preposition = number.head
    if number.dep_ != "pobj" or preposition.lower_ != "at" or preposition.dep_ != "prep":
        return None
    head = preposition.head
    if head.dep_ == "acl" and head.head.dep_ == "pobj":
        return _of_count_noun(head.head)  # "the number of people affected ... at"
    thing = next((c for c in head.children if c.dep_ == "dobj"), None)
    if thing is not None and thing.lemma_.lower() in COUNT_NOUNS:
        of = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"]
        return _nominal(next((c for p in of for c in p.children if c.dep_ == "pobj"), None))
    return _nominal(thing)


def _of_count_noun(noun: Token) -> Token | None:
    """The noun, when it is what "the number of" counts."""
    of = noun.head
    if of.lower_ == "of" and of.head.lemma_.lower() in COUNT_NOUNS:
        return noun
    return None


def _nominal(word: Token | None) -> Token | None:
    """A word that names those counted: a plural noun, or a state said as a noun ("the
    dead", "the injured"); not a singular noun such as "toll" or "crowd"."""
    if word is None:
        return None
    if word.pos_ == "NOUN" and word.tag_ == "NNS":
        return word
    return word if word.tag_ in {"JJ", "VBN"} else None


# nouns that stand for a count of what their "of" names: "the number of cases rose to 1,200"
COUNT_NOUNS = frozenset({"number", "total", "count", "tally"})


def _number_of(number: Token) -> Token | None:
    """What "the number of X" counts when a verb gives it a figure: "the number of cases
    rose to 1,200", "the total of deaths stood at 25", "the number of fans was 5,000"."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if number.dep_ not in {"pobj", "dobj", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subject_of(verb)
    return count_noun_object(subject) if subject is not None else None


def count_noun_object(noun: Token) -> Token | None:
    """What a count noun counts ("the number of cases": the cases); None for a noun that
    is no count noun or says not what it counts."""
    if noun.lemma_.lower() not in COUNT_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


def counted_phrase(span: Span) -> str | None:
    """What a count counts, as a phrase: the counted noun in the singular after the
    words that qualify it as the text writes them ("Liverpool fan", "good wireless
    speaker", "people"); None when the number counts no noun."""
    noun = counted_word(span)
    if noun is None:
        return None
    if noun.pos_ in {"VERB", "ADJ"}:
        return noun.lower_  # "1,891 injured", "2 dead": the state names them
    head = singular_of(noun)
    run = _modifier_run(noun, after=span.end if noun.i >= span.end else noun.sent.start)
    return f"{noun.doc[run[0].i : noun.i].text} {head}" if run else head


def counted_phrases(found: list[tuple[AmountMention, Span]]) -> list[str | None]:
    """`counted_phrase` for each amount of a text, with the noun a sentence leaves out
    taken from the count before it in that sentence: "48 million iPhones, down from
    52 million", "Of the 1,200 respondents, 640 said". Ages and names count nothing."""
    phrases: list[str | None] = []
    last: tuple[int, str] | None = None  # the sentence start and phrase of the last count
    for mention, span in found:
        if mention.amount.kind != "count":
            phrases.append(None)
            continue
        phrase = counted_phrase(span)
        sentence = span.sent.start
        if phrase is not None:
            last = (sentence, phrase)
        elif (
            last is not None
            and last[0] == sentence
            and not states_age(span, mention)
            and not names_a_thing(span, mention)
        ):
            phrase = last[1]
        phrases.append(phrase)
    return phrases


def _modifier_run(noun: Token, after: int) -> list[Token]:
    """The qualifying words right before a noun, from index `after` on: compounds and
    adjectives with their own modifiers, up to the first word that is not one."""
    allowed: set[int] = set()
    for child in noun.lefts:
        if child.dep_ in MODIFIER_DEPS and child.pos_ not in {"NUM", "PRON", "DET"}:
            allowed.update(
                t.i
                for t in child.subtree
                if t.i < noun.i and t.dep_ in MODIFIER_PARTS | {child.dep_} and t.pos_ != "NUM"
            )
    run: list[Token] = []
    index = noun.i - 1
    while index >= after and index in allowed:
        run.insert(0, noun.doc[index])
        index -= 1
    while run and run[0].pos_ == "PUNCT":
        run.pop(0)
    return run


def singular_of(noun: Token) -> str:
    """A noun in the singular: its lemma ("fans" → "fan", "people" stays), or for a plural
    proper noun the lemmatizer leaves alone, the word less its plural ending."""
    lemma = noun.lemma_ if noun.pos_ == "NOUN" else noun.text
    if noun.tag_ == "NNPS" and lemma == noun.text and lemma.endswith("s"):
        if lemma.endswith("ies") and len(lemma) > 4:
            return lemma[:-3] + "y"
        return lemma[:-1]
    return lemma


# words after which a noun says what an amount is reckoned per: "20 points per game",
# "$100 a night", "300 people per square mile"
PER_WORDS = frozenset({"per", "a", "an"})
# words that make "a year", "a week" a point in time, not a rate: "a year ago"
NOT_RATE_AFTER = frozenset({"ago", "earlier", "before", "later", "after", "or", "and"})


def rate_of(span: Span) -> str | None:
    """What an amount is reckoned per, read right after it or after the noun it counts:
    "20 points per game" → "game", "$100 a night" → "night", "300 people per square
    mile" → "square mile"; None when it is no rate."""
    noun = counted_noun(span)
    end = noun.i + 1 if noun is not None and noun.i >= span.end else span.end
    doc = span.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in PER_WORDS:
        return None
    words = [doc[end + 1]]
    if words[0].pos_ == "ADJ" and end + 2 < len(doc):
        words.append(doc[end + 2])  # "per square mile"
    per = words[-1]
    if per.pos_ != "NOUN" or per.tag_ == "NNS":
        return None
    after = doc[per.i + 1] if per.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in NOT_RATE_AFTER or after.pos_ in {"NOUN", "NUM"}):
        return None
    return " ".join([*(w.lower_ for w in words[:-1]), per.lemma_.lower()])


def names_a_thing(span: Span, mention: AmountMention) -> bool:
    """A bare number right after a name, part of that name: "Apollo 13", "Formula 1
    races", "Nikkei 225 futures", "Boeing 737 jets"; not a count of anything."""
    digits = span[0].text
    if mention.amount.kind != "count" or mention.amount.hedge or not digits[:1].isdecimal():
        return False
    if _model_number(span):
        return True
    if span.start == 0 or span.doc[span.start - 1].pos_ != "PROPN":
        return False
    before = span.doc[span.start - 1]
    if before.whitespace_ != " " or before.ent_type_ == "PERSON":
        return False  # "told Smith 300 people died" has no name with a number in it
    noun = counted_noun(span)
    if noun is None or not float(mention.amount.value).is_integer():
        return True  # "HDMI 2.1 ports": no count of things is a fraction
    plural = noun.tag_ in {"NNS", "NNPS"}
    return plural == (mention.amount.value == 1)  # "Formula 1 races", "Apollo 13 mission"


# entities whose name after a count says whose or where the counted things are: "two US
# soldiers", "5 Hamas fighters", "3 Tesla cars", "63,000 Model 3 sedans"
OWNER_ENTITIES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC", "PRODUCT"})


def _model_number(span: Span) -> bool:
    """Digits right before a singular proper noun that is no place, people or company: a
    model number, "the 787 Dreamliner", "two 737 Max jets"; not in a Title Case line."""
    doc = span.doc
    if len(span) != 1 or not span[0].text.isdecimal() or span.end + 1 >= len(doc):
        return False
    name, after = doc[span.end], doc[span.end + 1]
    return (
        name.tag_ == "NNP"
        and name.ent_type_ not in OWNER_ENTITIES
        and span[0].whitespace_ == " "
        and int(span[0].text) > 1
        and after.text[:1].isalpha()
        and after.text[:1].islower()  # "1 Dead, 3 Hurt In Shooting" is a Title Case line
    )


OLDEST_AGE = 120
AGE_UNITS = frozenset({"year", "month", "week", "day"})
# verbs whose bare number object or "at" number is the subject's age: "turned 60", "died at 87"
AGE_VERBS = frozenset({"turn", "die", "retire"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "who", "i", "you", "they", "we"})


def states_age(span: Span, mention: AmountMention) -> bool:
    """A number that gives someone's age: "Smith, 45,", "Smith (45)", "aged 19 and 23",
    "at the age of 87", "aged 18 months", "who is 12", "turned 60", "died at 87"."""
    amount = mention.amount
    ends = [amount.low, amount.high] if amount.hedge in {"range", "between"} else [amount.value]
    if not all(end is not None and 0 < end <= OLDEST_AGE and end.is_integer() for end in ends):
        return False  # an age is a whole number of years, or a range of them
    if amount.kind == "duration" and amount.unit in AGE_UNITS:
        return _named_as_age(span.root)  # "aged 18 months"; "10 years in prison" is no age
    if amount.kind != "count" or mention.noun or counted_noun(span) is not None:
        return False
    number = span.root
    if number.dep_ == "prep" and number.lower_ in {"under", "over", "above", "below"}:
        return number.head.lemma_.lower() in PERSON_NOUNS  # "children under 5"
    while number.dep_ == "conj" and number.head.pos_ == "NUM":
        number = number.head  # "aged 19 and 23"
    head = number.head
    if number.dep_ == "appos" and head.pos_ in {"NOUN", "PROPN"}:
        before = number.doc[number.i - 1] if number.i > 0 else None
        return before is not None and before.text in {",", "("}
    if number.dep_ == "pobj" and head.lower_ == "at":
        return head.head.lemma_.lower() in AGE_VERBS  # "died at 87"
    if number.dep_ == "dobj" and head.lemma_.lower() in AGE_VERBS:
        return True  # "turned 60"
    if number.dep_ in {"attr", "acomp"} and head.lemma_ == "be":
        subject = subject_of(head)
        return subject is not None and (
            subject.lower_ in PERSONAL_PRONOUNS
            or subject.ent_type_ == "PERSON"
            or subject.lemma_.lower() in PERSON_NOUNS  # "the victim was 34"
        )
    return _named_as_age(number)


def _named_as_age(number: Token) -> bool:
    """ "aged 19", "aged between 18 and 25", "at the age of 87": the words around the
    number call it an age."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "age":
        return True
    if number.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "aged between 18 and 25"
    return "age" in {head.lemma_.lower(), head.lower_[:-1]} and head.pos_ in {"VERB", "ADJ"}
