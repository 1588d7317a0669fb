"""What follows a number: percent, currency words, units, durations, the counted noun."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from factcheck.normalise.amounts.scan import Token, glued
from factcheck.normalise.amounts.units import (
    CURRENCY_NATION,
    CURRENCY_PREFIX,
    CURRENCY_WORDS,
    DURATIONS,
    NATION_REQUIRED,
    PERCENT_WORDS,
    SPACED_METRIC,
    SPACED_SYMBOLS,
    UNIT_MAX_WORDS,
    UNIT_SYMBOLS,
    UNITS,
    nation_currency,
    quantulum_unit,
)

# Words after a number that are not the thing counted.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "without",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "as",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "per",
        "it",
        "its",
        "it's",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "us",
        "said",
        "says",
        "say",
        "told",
        "percent",
        "more",
        "less",
        "most",
        "least",
        "over",
        "under",
        "about",
        "around",
        "up",
        "down",
        "out",
        "off",
        "into",
        "onto",
        "upon",
        "against",
        "between",
        "among",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "again",
        "further",
        "once",
        "here",
        "there",
        "all",
        "any",
        "both",
        "each",
        "few",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "too",
        "very",
        "just",
        "also",
        "again",
        "ago",
        "later",
        "earlier",
        "now",
        "each",
        "every",
        "either",
        "neither",
        "time",
        "year-on-year",
        "compared",
        "while",
        "since",
        "until",
        "till",
        "whereas",
        "because",
        "although",
        "though",
        "if",
        "unless",
    ]
)
_RATE_WORDS = {"a", "an", "per", "/", "each"}
_RATE_NOUNS = {
    "barrel",
    "share",
    "tonne",
    "ton",
    "kg",
    "litre",
    "liter",
    "gallon",
    "head",
    "person",
    "ounce",
    "unit",
    "piece",
    "ticket",
    "household",
    "student",
}


AmountKind = Literal["money", "percent", "count", "measure", "duration"]


@dataclass
class Suffix:
    kind: AmountKind
    unit: str | None
    stop: int  # first token after the suffix
    noun: str | None = None
    age: bool = False  # "years old", "-year-old"


def read_suffix(
    text: str, tokens: list[Token], j: int, currency: str | None, scaled: bool, decimals: int
) -> Suffix:
    """The unit or noun that follows a number ending before token j."""
    n = len(tokens)
    hyphen = j + 1 < n and tokens[j].text in "-–" and glued(tokens, j - 1) and glued(tokens, j)
    p = j + 1 if hyphen else j
    if p >= n:
        return Suffix("money" if currency else "count", currency, j)
    if tokens[p].low in ADDED_WORDS and p + 1 < n and tokens[p + 1].low not in ADDED_STOPS:
        p += 1  # "three more years", "five other people": what is counted follows
    touching = tokens[p - 1].end == tokens[p].start
    pct = _match(text, tokens, p, PERCENT_WORDS, 2)
    if pct is not None and not currency:
        return Suffix("percent", pct[0], pct[1])
    if currency:
        return _rate(tokens, Suffix("money", currency, j))
    money = (
        _currency_word(tokens, p, scaled, decimals)
        or _currency_code(tokens, p)
        or _currency_sign_after(tokens, p)
        or (("pence", p + 1) if pence_follows(tokens, p - 1) else None)
    )
    if money is not None:
        return _rate(tokens, Suffix("money", money[0], money[1]))
    word = tokens[p].low
    if hyphen and word == "fold":
        return Suffix("count", None, p + 1, noun="times")  # "a 10-fold rise" is ten times
    if word in DURATIONS:
        stop = p + 1
        age = _is_age(tokens, stop)
        return Suffix("duration", DURATIONS[word], stop, noun=word, age=age)
    unit = None
    if tokens[p].text in UNIT_SYMBOLS and (
        touching or tokens[p - 1].text in "°" or _mixed_case(tokens[p].text)
    ):
        unit = (UNIT_SYMBOLS[tokens[p].text], p + 1)  # case matters: "Nm" is not "nm"
    if unit is None:
        unit = _match(text, tokens, p, UNITS, UNIT_MAX_WORDS)
    if unit is None and word in ("pounds", "pound"):
        unit = ("lb", p + 1)
    if unit is None and (touching or tokens[p - 1].text in "°") and tokens[p].text in UNIT_SYMBOLS:
        unit = (UNIT_SYMBOLS[tokens[p].text], p + 1)
    if unit is None and tokens[p].text in SPACED_SYMBOLS:
        symbol = tokens[p].text
        name = UNITS.get(symbol.lower()) or UNIT_SYMBOLS.get(symbol) or quantulum_unit(symbol)
        unit = (name, p + 1) if name else None
    if unit is None and tokens[p].text in SPACED_METRIC and _metric_ends(tokens, p + 1):
        unit = (UNIT_SYMBOLS[tokens[p].text], p + 1)  # "20 g of sugar", "the 100 m sprint"
    if unit is None and (touching or _mixed_case(tokens[p].text)):
        name = quantulum_unit(tokens[p].text)
        if name is not None:
            unit = (name, p + 1)
    if unit is None and word == "in" and _inch_in(tokens, p):
        unit = ("inch", p + 1)
    if unit is None and tokens[p].text in ("C", "F") and _ends_phrase(tokens, p + 1):
        unit = ("degC" if tokens[p].text == "C" else "degF", p + 1)  # "it was 30 C outside"
    if unit is not None:
        return _rate(tokens, Suffix("measure", *_power(tokens, unit)))
    if word == "of" and scaled and p + 1 < n:
        measured = _unit_of_scale(text, tokens, p + 1)
        if measured is not None:
            return measured
        head = _head_noun(text, tokens, p + 1)  # "thousands of people", "millions of Americans"
        if head is None and tokens[p + 1].text[:1].isupper() and tokens[p + 1].text.isalpha():
            head = (tokens[p + 1].low, None)
        return Suffix("count", None, j, noun=head[0] if head else None)
    head = _head_noun(text, tokens, p)
    if head is not None and head[1] is not None:
        return _rate(tokens, head[1])
    return Suffix("count", None, j, noun=head[0] if head else None)


def _unit_of_scale(text: str, tokens: list[Token], p: int) -> Suffix | None:
    """The unit after a scale word and "of": "thousands of miles", "tens of thousands of
    tonnes", "dozens of years" measure in it; they count no miles or years."""
    word = tokens[p].low
    if word in DURATIONS:
        return Suffix("duration", DURATIONS[word], p + 1, noun=word)
    unit = _match(text, tokens, p, UNITS, UNIT_MAX_WORDS)
    return Suffix("measure", *_power(tokens, unit)) if unit is not None else None


# words between a number and what it counts that say the count adds to or sits beside
# another: "three more years", "five other people", "two additional flights"
ADDED_WORDS = frozenset({"more", "other", "additional", "extra", "further", "fewer"})
ADDED_STOPS = frozenset({"than", "of", "or", "and", "to", "in", "on", "at", "for"})

# words that make a unit of time after them a date: "turned 60 last week"
TIME_DETERMINERS = frozenset({"last", "next", "every", "each", "previous", "past", "coming"})


def _head_noun(text: str, tokens: list[Token], p: int) -> tuple[str, Suffix | None] | None:
    """The counted noun: "fans", the head of "four different bosses", "517 rushing yards"."""
    first = _noun(tokens, p, modifier=True)
    if first is None or first in TIME_DETERMINERS:
        return None
    k = p
    for _ in range(3):
        word = tokens[k].low
        if k > p:
            if word in DURATIONS:
                return word, Suffix("duration", DURATIONS[word], k + 1, noun=word)
            unit = _match(text, tokens, k, UNITS, UNIT_MAX_WORDS)
            if unit is not None and len(word) > 2:
                return word, Suffix("measure", unit[0], unit[1])
        if _plural(word):
            return word, None
        nxt = k + 1
        if (
            nxt + 1 < len(tokens)
            and tokens[nxt].text == "-"
            and glued(tokens, k)
            and glued(tokens, nxt)
        ):
            nxt += 1  # "first-team players"
        elif nxt < len(tokens) and tokens[nxt].start - tokens[k].end != 1:
            break
        if nxt >= len(tokens) or _noun(tokens, nxt, modifier=True) is None:
            break
        k = nxt
    return (first, None) if _noun(tokens, p) else None


def _plural(word: str) -> bool:
    return word in ("people", "men", "women", "children", "police", "staff", "cattle") or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) and len(word) > 3
    )


def _match(
    text: str, tokens: list[Token], p: int, table: dict[str, str], max_words: int
) -> tuple[str, int] | None:
    """Longest run of 1..max_words tokens from p whose text is a key of table."""
    n = len(tokens)
    for width in range(min(max_words, n - p), 0, -1):
        if width == 1 and len(tokens[p].text) == 1 and tokens[p].text.isalpha():
            continue  # single letters are case-sensitive symbols (UNIT_SYMBOLS)
        surface = " ".join(text[tokens[p].start : tokens[p + width - 1].end].lower().split())
        if surface in table:
            return table[surface], p + width
    return _dotted(tokens, p, table)


def _dotted(tokens: list[Token], p: int, table: dict[str, str]) -> tuple[str, int] | None:
    """A unit abbreviated letter by letter with stops: "m.p.h." is "mph"."""
    letters: list[str] = []
    k = p
    while (
        k + 1 < len(tokens)
        and len(tokens[k].text) == 1
        and tokens[k].text.isalpha()
        and tokens[k + 1].text == "."
        and glued(tokens, k)
        and (k == p or glued(tokens, k - 1))
    ):
        letters.append(tokens[k].low)
        k += 2
    word = "".join(letters)
    return (table[word], k) if len(word) >= 3 and word in table else None


def _currency_word(
    tokens: list[Token], p: int, scaled: bool, decimals: int
) -> tuple[str, int] | None:
    """ "dollars", "Australian dollars", "Hong Kong dollars", "pounds" (when money)."""
    n = len(tokens)
    if p + 1 < n and tokens[p].low == "of" and scaled:
        p += 1  # "tens of millions of dollars"
    for width in (4, 3, 2, 1, 0):  # "U.S. dollars" is four tokens
        k = p + width
        if k >= n:
            continue
        nation = " ".join(t.low for t in tokens[p:k])
        compact = "".join(t.low for t in tokens[p:k])
        if tokens[k].low not in CURRENCY_WORDS:
            # a currency the table does not list, named with its nation: "Omani rials"
            found = nation_currency(nation, tokens[k].low) if width else None
            if found is not None:
                return found, k + 1
            continue
        code = CURRENCY_WORDS[tokens[k].low]
        if width:
            code = (
                CURRENCY_NATION.get((nation, code))
                or CURRENCY_NATION.get((compact, code))
                or nation_currency(nation, tokens[k].low)
                or ""
            )
            if not code:
                continue
        elif code in NATION_REQUIRED:
            continue
        word = tokens[k].low
        if word in ("pound", "pounds") and not (scaled or decimals == 2):
            return None  # "200 pounds" is more often a weight
        if word == "won" and not scaled:
            return None
        if word in ("dong", "rand", "sen") and not scaled and width == 0 and word != "sen":
            return None
        return code, k + 1
    return None


# signs that may follow the number instead of leading it: "15€", "15 €"
SIGNS_AFTER = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}


def pence_follows(tokens: list[Token], k: int) -> bool:
    """ "rose 5p to 120p", "142.5p a litre": a glued "p" after a price under 1,000 that
    ends its phrase ("720p video" is a resolution)."""
    if k + 1 >= len(tokens) or tokens[k + 1].text != "p" or not glued(tokens, k):
        return False
    digits = tokens[k].text.replace(".", "", 1)
    if not digits.isdecimal() or float(tokens[k].text) >= 1000:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return after is None or not after.text[:1].isalnum() or after.low in STOPWORDS


def _currency_sign_after(tokens: list[Token], p: int) -> tuple[str, int] | None:
    code = SIGNS_AFTER.get(tokens[p].text)
    return (code, p + 1) if code is not None else None


def _metric_ends(tokens: list[Token], k: int) -> bool:
    """What follows a spaced metric symbol lets it be one: the end, punctuation or a
    lowercase word ("20 g of sugar", "100 m sprint"), not a name, a number or a dotted
    abbreviation ("5 m.p.h." is read whole, "2 m Smith" is no length)."""
    if k >= len(tokens):
        return True
    after = tokens[k]
    if after.text == "." and k + 1 < len(tokens) and glued(tokens, k):
        return not tokens[k + 1].text[:1].isalpha() or not glued(tokens, k + 1)
    return not after.text[:1].isalnum() or (after.text.isalpha() and after.text.islower())


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """Nothing that could continue a name or a noun phrase follows: the end, punctuation
    or a function word ("30 C on Monday", not "3 F grades" or "10 C drive")."""
    return k >= len(tokens) or not tokens[k].text[:1].isalnum() or tokens[k].low in STOPWORDS


def _per_word(word: str) -> str | None:
    """The unit a rate is reckoned per: "year", "barrel", "km"."""
    return DURATIONS.get(word) or (word if word in _RATE_NOUNS else None) or UNITS.get(word)


def _currency_code(tokens: list[Token], p: int) -> tuple[str, int] | None:
    """An ISO code after the number: "5 million USD", "300 EUR"."""
    text = tokens[p].text
    code = CURRENCY_PREFIX.get(text) if len(text) == 3 and text.isupper() else None
    return (code, p + 1) if code is not None and code == text else None


def _rate(tokens: list[Token], suffix: Suffix) -> Suffix:
    """ "$80 a barrel", "500,000 barrels a day", "$15.4/hour" -> a per-unit rate."""
    n = len(tokens)
    k = suffix.stop
    if (  # "a $100,000-a-year job", "a $2.50-a-share dividend"
        k + 3 < n
        and tokens[k].text == "-"
        and glued(tokens, k - 1)
        and tokens[k + 1].low in _RATE_WORDS
        and tokens[k + 2].text == "-"
        and glued(tokens, k + 2)
    ):
        per = _per_word(tokens[k + 3].low)
        if per is not None and suffix.unit is not None:
            suffix.unit, suffix.stop = f"{suffix.unit}/{per}", k + 4
            return suffix
    if k + 1 < n and tokens[k].low in _RATE_WORDS:
        per = _per_word(tokens[k + 1].low)
        if (
            k + 3 < n
            and tokens[k + 1].low == "square"
            and tokens[k + 2].low in ("foot", "feet", "metre", "meter")
        ):
            per, k = UNITS.get(f"square {tokens[k + 2].low}", "m2"), k + 1
        later = k + 2 < n and tokens[k + 2].low in ("earlier", "ago", "before", "later", "after")
        if per is not None and tokens[k].low != "each" and not later:
            suffix.unit = f"{suffix.unit}/{per}"
            suffix.stop = k + 2
    return suffix


# what a spaced "in" after a number measures when it is an inch: "2 1/2 in thick"
DIMENSION_WORDS = frozenset({"thick", "long", "wide", "tall", "deep", "high", "across", "diameter"})
# units that can be squared or cubed by a power written after them: "km^2", "km cubed"
POWERED_UNITS = frozenset({"km", "m", "cm", "mm", "mile", "ft", "inch", "yard"})


def _inch_in(tokens: list[Token], p: int) -> bool:
    """ "2 in thick", "2 in." at the end: "in" as an inch, not the preposition."""
    after = tokens[p + 1] if p + 1 < len(tokens) else None
    if after is None:
        return True
    if after.low in DIMENSION_WORDS:
        return True
    return after.text in ".;)" and p + 2 >= len(tokens)


def _power(tokens: list[Token], unit: tuple[str, int]) -> tuple[str, int]:
    """A unit with the power written after it: "km^2", "km^3", "km squared", "km cubed"."""
    name, stop = unit
    if name not in POWERED_UNITS or stop >= len(tokens):
        return unit
    word = tokens[stop].low
    if word in ("squared", "cubed"):
        return f"{name}{2 if word == 'squared' else 3}", stop + 1
    if (
        word == "^"
        and stop + 1 < len(tokens)
        and tokens[stop + 1].text in ("2", "3")
        and glued(tokens, stop - 1)
        and glued(tokens, stop)
    ):
        return f"{name}{tokens[stop + 1].text}", stop + 2
    return unit


def _is_age(tokens: list[Token], k: int) -> bool:
    n = len(tokens)
    if k < n and tokens[k].low == "old":
        return True
    if k + 1 < n and tokens[k].text == "-" and tokens[k + 1].low == "old":
        return True
    return k + 1 < n and tokens[k].low == "of" and tokens[k + 1].low == "age"


def _mixed_case(word: str) -> bool:
    return any(c.isupper() for c in word) and any(c.islower() for c in word) and len(word) <= 4


def _noun(tokens: list[Token], p: int, modifier: bool = False) -> str | None:
    """The counted noun right after a number ("130,000 fans"), lowercase as written."""
    word = tokens[p].text
    if not word.isalpha() or not word.islower() or word in STOPWORDS or len(word) < 2:
        return None
    if word.endswith("ly") or not modifier and word.endswith(("ed", "ing")):
        return None
    return word
