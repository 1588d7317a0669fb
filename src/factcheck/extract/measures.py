"""What an amount measures, as a subject key: `rwanda/export@pakistan`, `deaths`, `duration:visit`.

The measured thing is read from the parse around the number: the noun it
counts ("1,891 injured"), the phrase it sizes ("a three-day visit"), or the
subject or object of the verb it completes ("exports stand at $26 million",
"put the death toll at 398").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import entity_around
from factcheck.extract.places import country_of_name, country_of_place, slug
from factcheck.extract.subjects import THING_CLASSES, infinitive_subject, owner_of
from factcheck.normalise.amounts import AmountMention

# nouns too vague to name what is measured on their own
GENERIC_NOUNS = lexicons.words("generic_nouns")
# common news measures named in several ways
MEASURE_SYNONYMS = lexicons.mapping("measure_synonyms")
COPULAS = lexicons.words("measure_verbs")
NEUTRAL_VERBS = lexicons.words("neutral_verbs")
PERSON_NOUNS = lexicons.words("person_nouns")


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
        if head.lemma_.lower() not in GENERIC_NOUNS:
            return head
        return _verb_of(head) or _of_head(head)
    if token.dep_ == "pobj":
        preposition = token.head
        governor = preposition.head
        if preposition.lower_ == "to" and governor.lemma_.lower() == "equivalent":
            explained = governor.head  # "SDR 760m, equivalent to $1.03bn": what SDR 760m is
            while explained.dep_ == "appos" and explained.head is not explained:
                explained = explained.head
            return explained if explained.pos_ in {"NOUN", "PROPN"} else None
        if preposition.lower_ == "of" and governor.pos_ in {"NOUN", "PROPN"}:
            return governor if governor.lemma_.lower() not in GENERIC_NOUNS else None
        nominalised = any(child.dep_ == "det" for child in governor.children)
        if preposition.lower_ == "at" and governor.pos_ in {"VERB", "ADJ"} and nominalised:
            return governor  # "put … the injured at 1,801"
        if preposition.lower_ in {"at", "to", "of"} and governor.pos_ in {"VERB", "AUX"}:
            return _object_or_subject(governor)
        if preposition.lower_ in {"after", "for", "over"} and governor.pos_ in {"VERB", "AUX"}:
            return _object_or_subject(governor)
    if token.dep_ in {"dobj", "attr", "npadvmod", "acomp"} and token.head.lemma_ in COPULAS:
        return _subject(token.head)
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        return token.head
    if token.head.lemma_ == "worth":
        return _worth_of(token.head)
    return None


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


def _verb_of(noun: Token) -> Token | None:
    """What the sentence says happened to counted things: "others injured", "people were
    killed", "arrested 12 people", "left 2 dead", "3 injured"."""
    for child in noun.children:
        if child.dep_ in {"acl", "amod"} and child.pos_ in {"VERB", "ADJ"} and child.i > noun.i:
            return child
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and noun.head.pos_ in {"VERB", "ADJ"}:
        if noun.dep_ == "dobj":
            complement = [c for c in noun.head.children if c.dep_ in {"oprd", "acomp"}]
            if complement:
                return complement[0]
        return noun.head
    return None


def _is_label(noun: Token, span: Span, mention: AmountMention) -> bool:
    """A number naming its noun rather than counting it: "Image 4", "the 300 block"."""
    if mention.amount.kind != "count" or noun.i in range(span.start, span.end):
        return False
    if noun.i < span.start and span.root.head.i == noun.i:
        return True  # the number follows its noun
    direct = span.root.head.i == noun.i and span.root.dep_ == "nummod"
    singular = noun.tag_ in {"NN", "NNP"} and mention.amount.value != 1
    return direct and singular and "-" not in span.text


def _of_complement(noun: Token, span: Span) -> str:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > span.end - 1:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return f"-of-{obj.lemma_.lower()}"
    return ""


def counted_state(noun: Token) -> str | None:
    """The state of counted things as a measure name ("killed" → deaths), or the verb's
    lemma when it is not one the lexicon knows; None when the verb says nothing."""
    verb = _verb_of(noun)
    if verb is None:
        return None
    lemma, word = verb.lemma_.lower(), verb.lower_
    known = MEASURE_SYNONYMS.get(word) or MEASURE_SYNONYMS.get(lemma)
    if known:
        return known
    return None if lemma in NEUTRAL_VERBS else lemma


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
    for child in number.children:  # a number standing for what it counts: "1,891 injured"
        if child.dep_ in {"acl", "amod"} and child.pos_ in {"VERB", "ADJ"} and child.i == span.end:
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
    return _number_of(number)


# nouns that stand for a count of what their "of" names: "the number of cases rose to 1,200"
COUNT_NOUNS = frozenset({"number", "total", "count", "tally"})


def _number_of(number: Token) -> Token | None:
    """What "the number of X" counts when a verb gives it a figure: "the number of cases
    rose to 1,200", "the total of deaths stood at 25", "the number of fans was 5,000"."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if number.dep_ not in {"pobj", "dobj", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = _subject(verb)
    if subject is None or subject.lemma_.lower() not in COUNT_NOUNS:
        return None
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


def counted_phrase(span: Span) -> str | None:
    """What a count counts, as a phrase: the counted noun in the singular after the
    words that qualify it as the text writes them ("Liverpool fan", "good wireless
    speaker", "people"); None when the number counts no noun."""
    noun = counted_noun(span)
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
        subject = _subject(head)
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


def _of_head(noun: Token) -> Token | None:
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    return None


def _object_or_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
    return _subject(verb)


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
NEWS_MEASURES = set(MEASURE_SYNONYMS.values()) | {
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
ENTITY_OWNERS = {"PERSON", "ORG", "GPE", "NORP"}


def _distance_key(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """ "277 miles northeast of Kunming" measures the distance from Kunming."""
    if (mention.amount.unit or "").lower() not in LENGTH_UNITS:
        return None
    doc = span.doc
    window = doc[span.end : min(span.sent.end, span.end + 6)]
    if not any(t.lower_ in DIRECTION_WORDS for t in window):
        return None
    for token in window:
        if token.lower_ == "of":
            for place in doc[token.i + 1 : min(span.sent.end, token.i + 5)]:
                if place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN":
                    return f"distance:{slug(place.text)}", list(window[: place.i - span.end + 1])
    return None


def _clause_owner(noun: Token) -> str | None:
    """For a plain counted noun ("240 runs"), who the clause is about ("India")."""
    current: Token | None = noun
    for _ in range(4):
        if current is None:
            break
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.ent_type_ in ENTITY_OWNERS:
                partners = [c for c in child.children if c.dep_ == "conj"]
                return "+".join(slug(_entity_words(t)) for t in [child, *partners])
        current = current.head if current.head is not current else None
    return None


def _entity_words(token: Token) -> str:
    entity = entity_around(token)
    return entity.text if entity is not None else token.text


def _lasting_thing(span: Span) -> Token | None:
    """What a stated duration is the length of: the subject of the verb it completes
    ("the partnership spans nearly eight decades", "goes back over eight decades"), or the
    noun that verb describes ("a partnership extending for nearly eight decades")."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), span.root)
    verb = unit.head
    if unit.dep_ == "pobj":
        verb = verb.head
    elif unit.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB":
        return None
    subject = _subject(verb)
    if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
        return subject
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return infinitive_subject(verb)


def measure_key(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """The key of what an amount measures, and the words that say so; None when unclear."""
    if names_a_thing(span, mention):
        return None  # "Apollo 13", "Windows 10": a name, not a measure
    distance = _distance_key(span, mention)
    if distance is not None:
        return distance
    noun = _measure_noun(span.root)
    if mention.amount.kind == "duration" and (noun is None or noun.pos_ == "VERB"):
        noun = _lasting_thing(span) or noun
    if noun is None or noun.i in range(span.start, span.end):
        if mention.amount.kind == "count":  # what the parse says the number counts
            counted = counted_noun(span)
            noun = counted if counted is not None and counted.pos_ == "NOUN" else None
            if noun is not None and noun.lemma_.lower() in GENERIC_NOUNS:
                noun = None
        if noun is None:
            return None
    if (mention.amount.unit or "") == "magnitude":
        return "magnitude", [noun]
    if _is_label(noun, span, mention) or noun.pos_ == "PRON":
        return None  # "the 300 block", "Image 4", "he": a name or a pronoun, not a measure
    lemma = noun.lemma_.lower()
    compound = " ".join(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
    words = f"{compound} {lemma}".strip()
    if (
        noun.dep_ in {"compound", "amod", "nmod"}
        and noun.head.pos_ == "NOUN"
        and "-" in span.text + noun.nbor(-1).text
    ):
        # "a 192-run partnership" sizes the partnership; it does not count runs
        words = f"{lemma} {noun.head.lemma_.lower()}"
    as_written = noun.lower_ if noun.pos_ in {"VERB", "ADJ"} else ""  # "wounded", not "wound"
    name = (
        MEASURE_SYNONYMS.get(as_written)
        or MEASURE_SYNONYMS.get(words)
        or MEASURE_SYNONYMS.get(lemma)
        # a thing's class names what lasts ("a three-day trip" is a visit); a count
        # counts the noun itself ("ten-round magazines" are not meetings)
        or (THING_CLASSES.get(lemma) if mention.amount.kind != "count" else None)
        or slug(words)
    )
    if name in GENERIC_NOUNS or not name:
        return None
    if noun.pos_ in {"VERB", "AUX"} and name not in NEWS_MEASURES:
        return None  # "if I have one", "create a hundred": a verb that names no measure
    sized = any(
        child.dep_ == "prep" and child.lower_ == "of" and child.i < span.start <= child.right_edge.i
        for child in noun.children
    )
    if sized and name not in NEWS_MEASURES:
        name = f"{name}:size"  # "a country of over 250 million people" sizes it, not counts it
    owner = owner_of(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    target = _target(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    qualifiers = _qualifiers(noun, span) if noun.pos_ in {"NOUN", "PROPN"} else []
    if noun.pos_ in {"NOUN", "PROPN"} and name not in NEWS_MEASURES and not sized:
        name += _of_complement(noun, span)  # "four counts of murder", not "two counts of theft"
    if mention.amount.kind == "count" and name not in NEWS_MEASURES and not owner:
        # an open-vocabulary count: what is counted, and what the sentence says of it
        # ("three coaches derailed" is not "the train's 12 coaches")
        owner = _clause_owner(noun)
        state = counted_state(noun) if noun.pos_ in {"NOUN", "PROPN", "NUM"} else None
        if state in NEWS_MEASURES:
            name = state
        elif lemma in PERSON_NOUNS:
            return None  # "two men", "three victims": people in a scene, not a figure
        elif state:
            name = f"{name}:{state}"
    key = name
    if mention.amount.kind == "duration":
        key = f"duration:{name}"
    elif mention.amount.kind == "percent":
        key = f"share:{name}"
    if qualifiers:
        key += "+" + "+".join(qualifiers)
    if owner:
        key = f"{owner}/{key}"
    if target:
        key = f"{key}@{target}"
    return key, [noun]
