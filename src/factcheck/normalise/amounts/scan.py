"""Tokens and bare numbers: the cheap first pass of amount finding.

`tokenize` splits text into words, digit groups and single symbols with their
character offsets; `read_number` reads one number (digits, words, fractions,
scale words) starting at a token. Everything here is plain regex and dict
lookups so a sentence costs microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.normalise.amounts.units import (
    FRACTION_WORDS,
    LETTER_SCALES,
    ONES,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
)

# a decimal written without its leading zero (".001 per cent", "a .500 record") is one token
_TOKEN = re.compile(r"(?<![\w.,])\.\d+(?![.,]\d)|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?|\S")
_WESTERN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_PLAIN = re.compile(r"\d*(?:\.\d+)?")
# Vague plurals give a band of one order of magnitude ("thousands" = 1,000-9,999).
VAGUE = {
    "dozens": 12.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "scores": 20.0,
    "tens": 10.0,
}
_BIG_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class Number:
    """A number read from tokens [first, stop): its value and stated precision."""

    first: int
    stop: int
    value: float
    step: float  # half the unit of the last stated digit: the rounding tolerance
    scaled: bool = False  # a scale word or letter followed ("million", "k")
    is_plain_int: bool = False  # digits only, no grouping, decimals or scale
    vague: float | None = None  # "thousands": the band's upper end
    factor: float = 1.0  # the product of the scale words ("2.5 million" -> 1e6)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def glued(tokens: list[Token], left: int) -> bool:
    """True when token `left` and the next one touch (no space between)."""
    return 0 <= left < len(tokens) - 1 and tokens[left].end == tokens[left + 1].start


def starts_digits(text: str) -> bool:
    """A digit token: "12", "1,000", or a decimal without its leading zero (".45")."""
    return text[0].isdecimal() or (len(text) > 1 and text[0] == "." and text[1].isdecimal())


def digits_value(text: str) -> tuple[float, float] | None:
    """Value and rounding step of a digit token ("1,32,000", "1.1"), None if malformed."""
    if not (_PLAIN.fullmatch(text) or _WESTERN.fullmatch(text) or _INDIAN.fullmatch(text)):
        return None
    plain = text.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return float(plain), 0.5 * 10.0**-decimals


def read_number(tokens: list[Token], i: int, currency: bool) -> Number | None:
    """The number starting at token i, or None when none starts there."""
    tok = tokens[i]
    if starts_digits(tok.text):
        number = _read_digits(tokens, i)
    elif tok.text in UNICODE_FRACTIONS:
        number = Number(i, i + 1, UNICODE_FRACTIONS[tok.text], 0.05)
    else:
        number = _read_words(tokens, i)
    if number is None:
        return None
    if not currency:
        share = _out_of(tokens, number)
        if share is not None:
            return share
    return _read_scale(tokens, number, currency)


OUT_OF_MAX = 1000  # "one in three", "9 out of 10": a share of at most this many
# the wholes a share "out of" is told over ("nine out of 10", "12 out of 100"); a part
# out of another whole is a count of it ("48 out of 59 seats"); "one in 40" is a share
ROUND_WHOLES = frozenset({20.0, 25.0, 50.0, 100.0, 1000.0})


def _out_of(tokens: list[Token], number: Number) -> Number | None:
    """A share said as "one in three", "1 in 5", "nine out of 10": one number over the
    other; "one in 2019" and "5 in 10 minutes" are no share."""
    n, k = len(tokens), number.stop
    out_of = k + 2 <= n and tokens[k].low == "out" and tokens[k + 1].low == "of"
    if out_of:
        k += 2
    elif k < n and tokens[k].low == "in":
        k += 1
    else:
        return None
    if k >= n or number.scaled or number.vague is not None or not number.value.is_integer():
        return None
    whole = _read_digits(tokens, k) if tokens[k].text[0].isdecimal() else _read_words(tokens, k)
    if whole is None or whole.scaled or not number.value < whole.value <= OUT_OF_MAX:
        return None
    if out_of and number.value > 1 and whole.value > 10 and whole.value not in ROUND_WHOLES:
        return None  # "won 48 out of 59 seats": 48 seats of a whole of 59, not a rate
    if whole.stop < n and tokens[whole.stop].low in _NOT_A_GROUP:
        return None  # "5 in 10 minutes"
    step = min(0.05, 0.1 / whole.value)  # "one in three" is no "one in four"
    return Number(number.first, whole.stop, number.value / whole.value, step)


# A whole number ending in three zeros is a round figure, precise to a few per cent
ROUND_FROM = 1000
ROUND_SHARE = 0.025


def _read_digits(tokens: list[Token], i: int) -> Number | None:
    parsed = digits_value(tokens[i].text)
    if parsed is None:
        return None
    value, step = parsed
    grouped = _space_grouped(tokens, i)
    if grouped is not None:  # "10 000 dollars"
        return Number(i, grouped[1], grouped[0], 0.5)
    plain_int = tokens[i].text.isdecimal()
    if value >= ROUND_FROM and step == 0.5 and tokens[i].text.endswith("000"):
        step = max(step, ROUND_SHARE * value)  # "10,000" dead may be 9,885 counted
    number = Number(i, i + 1, value, step, is_plain_int=plain_int)
    power = _power_of_ten(tokens, i + 1)
    if power is not None:  # "2.998×10−8", "6.02×10^23", "3 x 10^8"
        return Number(i, power[1], value * 10.0 ** power[0], step * 10.0 ** power[0])
    frac = _fraction(tokens, i)
    if frac is not None:  # "1/4"
        return Number(i, frac[1], frac[0], 0.05)
    if plain_int and i + 1 < len(tokens) and not glued(tokens, i):  # "2 1/2"
        frac = _fraction(tokens, i + 1)
        if frac is not None:
            return Number(i, frac[1], value + frac[0], 0.05)
    nxt = number.stop
    if glued(tokens, i) and nxt < len(tokens) and tokens[nxt].text in UNICODE_FRACTIONS:
        return Number(i, nxt + 1, value + UNICODE_FRACTIONS[tokens[nxt].text], 0.05)
    return number


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _power_of_ten(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """ "×10−30", "x10-3", "×10^23", " x 10^8", "×10⁸" from token k: (exponent, stop). A sign
    written onto "10" is the exponent's, its superscript lost; "3 x 10 m" is no power."""
    n = len(tokens)
    if k + 2 >= n or tokens[k].text not in ("×", "x", "*") or tokens[k + 1].text != "10":
        return None
    tight = glued(tokens, k - 1) and glued(tokens, k)
    j = k + 2
    if not glued(tokens, j - 1):
        return None
    mark = tokens[j].text
    if mark == "^":
        j += 1
        mark = tokens[j].text if j < n and glued(tokens, j - 1) else ""
    elif mark not in "−-" or not tight:
        digits = mark.translate(_SUPERSCRIPTS)
        if mark != digits and digits.lstrip("-").isdecimal():
            return int(digits), j + 1  # "×10⁸"
        return None
    sign = 1
    if mark in ("−", "-"):
        sign, j = -1, j + 1
    if j >= n or not glued(tokens, j - 1) or not tokens[j].text.isdecimal():
        return None
    if len(tokens[j].text) > 3:
        return None
    return sign * int(tokens[j].text), j + 1


def _space_grouped(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Thousands grouped by single spaces ("10 000", "1 250 000"), as (value, stop)."""
    n = len(tokens)
    if not (tokens[i].text.isdecimal() and len(tokens[i].text) <= 3):
        return None
    digits, j = tokens[i].text, i + 1
    while (
        j < n
        and len(tokens[j].text) == 3
        and tokens[j].text.isdecimal()
        and tokens[j].start - tokens[j - 1].end == 1
    ):
        digits += tokens[j].text
        j += 1
    if j == i + 1 or (j < n and tokens[j].text[0].isdecimal()):
        return None
    if j < n and tokens[j].start == tokens[j - 1].end and tokens[j].text in ",./:-":
        return None
    return float(digits), j


def _fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A fraction "a/b" at tokens i..i+2, as (value, stop)."""
    if i + 2 >= len(tokens) or not (glued(tokens, i) and glued(tokens, i + 1)):
        return None
    top, slash, bottom = tokens[i].text, tokens[i + 1].text, tokens[i + 2].text
    if slash not in "/⁄" or not top.isdecimal() or not bottom.isdecimal():
        return None  # "1/4", or with the fraction slash "1⁄4"
    if glued(tokens, i + 2) and i + 3 < len(tokens) and tokens[i + 3].text == "/":
        return None  # a date such as 10/15/2023
    a, b = int(top), int(bottom)
    if b not in (2, 3, 4, 5, 8, 10, 16, 32, 40, 64, 100, 128) or not 0 < a < b:
        return None
    return a / b, i + 3


def _hyphened_fraction(tokens: list[Token], j: int) -> bool:
    """ "-and-a-half" or "-and-a-quarter" written onto a number word at `j`, every
    word glued by a hyphen: "two-and-a-half"."""
    words = [t.low for t in tokens[j : j + 6]]
    return (
        words[:5] == ["-", "and", "-", "a", "-"]
        and len(words) == 6
        and words[5] in ("half", "quarter")
        and all(glued(tokens, k) for k in range(j - 1, j + 5))
    )


def _read_words(tokens: list[Token], i: int) -> Number | None:
    """Number words: "seven", "twenty-one", "a hundred and two", "two and a half", "a dozen"."""
    n = len(tokens)
    low = tokens[i].low
    if low in VAGUE:
        return _read_vague(tokens, i)
    total = current = 0.0
    last_mult = 1.0
    j = i
    seen = False
    of_scale = _fraction_of_scale(tokens, i) or _share_of_group(tokens, i)
    if of_scale is not None:
        return of_scale
    if low in ("a", "an") and i + 1 < n:
        nxt = tokens[i + 1].low
        if nxt in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            current, j = 1.0, i + 1
        elif nxt in _SPAN_WORDS and _one_span(tokens, i):
            return Number(i, i + 1, 1.0, 0.5)  # "nearly a month of testimony"
        else:
            return None
    elif (
        low == "half"
        and i + 2 < n
        and tokens[i + 1].low == "a"
        and tokens[i + 2].low in {**_BIG_WORDS, "dozen": 12}
    ):
        scale = {**_BIG_WORDS, "dozen": 12}[tokens[i + 2].low]  # "half a million", "half a dozen"
        return Number(i, i + 3, 0.5 * scale, 0.05 * scale, scaled=True, factor=scale)
    while j < n:
        w = tokens[j].low
        if (
            w == "-"
            and seen
            and glued(tokens, j - 1)
            and j + 1 < n
            and tokens[j + 1].low in ("thirds", "quarters", "halves", "fifths")
            and current < 10
        ):
            current *= FRACTION_WORDS.get(tokens[j + 1].low, 0.2)
            last_mult = 0.25
            j += 2
            break
        if w in ONES or w in TENS:
            if (
                seen
                and current % 100 != 0
                and not (current % 10 == 0 and w in ONES and tokens[j - 1].text == "-")
            ):
                break
            current += ONES.get(w, TENS.get(w, 0))
            last_mult = 1.0
            seen = True
            j += 1
            if (
                w in TENS
                and j + 1 < n
                and tokens[j].text == "-"
                and glued(tokens, j - 1)
                and tokens[j + 1].low in ONES
                and ONES[tokens[j + 1].low] < 10
            ):
                current += ONES[tokens[j + 1].low]
                j += 2
        elif w == "hundred" and (seen or current):
            current = (current or 1.0) * 100
            last_mult, seen = 100.0, True
            j += 1
        elif w in _BIG_WORDS and (seen or current):
            total += (current or 1.0) * _BIG_WORDS[w]
            current, last_mult, seen = 0.0, _BIG_WORDS[w], True
            j += 1
        elif w == "dozen" and (seen or current):
            current = (current or 1.0) * 12
            last_mult, seen = 1.0, True
            j += 1
        elif w == "-" and seen and _hyphened_fraction(tokens, j):
            current += FRACTION_WORDS[tokens[j + 5].low]  # "two-and-a-half-year deal"
            last_mult = 0.25
            j += 6
            break
        elif w == "and" and seen and j + 1 < n:
            nxt = tokens[j + 1].low
            if j + 2 < n and nxt == "a" and tokens[j + 2].low in ("half", "quarter"):
                current += FRACTION_WORDS[tokens[j + 2].low]
                last_mult = 0.25
                j += 3
                break
            if (nxt in ONES or nxt in TENS) and current % 100 == 0:
                j += 1  # "a hundred and two"; "eight and fourteen percent" are two numbers
                continue
            break
        elif (
            w == "-"
            and seen
            and glued(tokens, j - 1)
            and j + 1 < n
            and tokens[j + 1].low in FRACTION_WORDS
            and not tokens[j + 1].low.endswith("s")
            and current == 1
        ):
            current = FRACTION_WORDS[tokens[j + 1].low]
            last_mult = 0.25
            j += 2
            break
        elif (
            w in FRACTION_WORDS
            and seen
            and (w.endswith("s") or current == 1)
            and current < 10
            and not _quarters_of_a_year(tokens, j)
        ):
            current *= FRACTION_WORDS[w]
            last_mult = 0.25
            j += 1
            break
        else:
            break
    if not seen and current == 0:
        return None
    value = total + current
    big = last_mult >= 1000
    return Number(i, j, value, 0.5 * last_mult, scaled=big, factor=last_mult if big else 1.0)


def _quarters_of_a_year(tokens: list[Token], j: int) -> bool:
    """ "the last three quarters", "two quarters in a row": quarters of a year, a length
    of time; "three quarters of the voters" is a share."""
    return tokens[j].low == "quarters" and (j + 1 >= len(tokens) or tokens[j + 1].low != "of")


def _fraction_of_scale(tokens: list[Token], i: int) -> Number | None:
    """ "a quarter of a million", "half of a billion": a fraction of a scale word."""
    words = [t.low for t in tokens[i : i + 5]]
    if words[:1] == ["half"]:
        fraction, rest = 0.5, words[1:]
    elif len(words) > 1 and words[0] == "a" and words[1] in FRACTION_WORDS:
        fraction, rest = FRACTION_WORDS[words[1]], words[2:]
    else:
        return None
    if len(rest) < 3 or rest[:2] != ["of", "a"] or rest[2] not in _BIG_WORDS:
        return None
    scale = _BIG_WORDS[rest[2]]
    stop = i + len(words) - len(rest) + 3
    return Number(i, stop, fraction * scale, 0.05 * scale, scaled=True, factor=scale)


# words before "half" that make it a part of something, not a share: "the second half of"
_HALF_OF_A_THING = frozenset(
    {"the", "a", "an", "first", "second", "last", "this", "that", "each", "other", "latter"}
)


def _share_of_group(tokens: list[Token], i: int) -> Number | None:
    """A share of a group said in words: "a third of the voters", "half the homes", "one
    fourth of the town"; not "the second half of the year" or "a third time"."""
    n = len(tokens)
    low = tokens[i].low
    if low == "half" and i + 1 < n and tokens[i + 1].low in ("of", "the"):
        if i > 0 and tokens[i - 1].low in _HALF_OF_A_THING:
            return None
        return Number(i, i + 1, 0.5, 0.05)
    if low not in ("a", "one") or i + 2 >= n or tokens[i + 2].low != "of":
        return None
    word = tokens[i + 1].low
    share = 0.25 if word == "fourth" else FRACTION_WORDS.get(word)
    if share is None or word.endswith("s") or word == "half":
        return None
    return Number(i, i + 2, share, 0.05)


def _read_vague(tokens: list[Token], i: int) -> Number | None:
    """ "thousands", "tens of thousands", "hundreds of millions": one order of magnitude."""
    n = len(tokens)
    base = VAGUE[tokens[i].low]
    j = i + 1
    if (
        j + 1 < n
        and tokens[j].low == "of"
        and tokens[j + 1].low in VAGUE
        and tokens[i].low in ("tens", "hundreds")
    ):
        base = (10.0 if tokens[i].low == "tens" else 100.0) * VAGUE[tokens[j + 1].low]
        j += 2
    has_of = j + 1 < n and tokens[j].low == "of"
    if (base < 12 or not has_of) and tokens[i].low in ("scores", "tens"):
        return None
    return Number(i, j, base, 0.0, scaled=True, vague=base * 10)


_LENGTH_WORDS = frozenset(
    {
        "tall",
        "high",
        "long",
        "wide",
        "deep",
        "away",
        "above",
        "below",
        "sprint",
        "hurdles",
        "freestyle",
        "relay",
        "race",
        "final",
        "dash",
        "underground",
        "metres",
        "meters",
        "in",
        "from",
        "of",
    }
)


# words after "N in M" that make M an amount of its own, not the group: "5 in 10 minutes"
_NOT_A_GROUP = frozenset(
    {"minutes", "seconds", "hours", "days", "weeks", "months", "years", "games", "matches"}
    | {"percent", "per", "%"}
)


# units of time "a" counts as one when a hedge or "of" says it is a length: "nearly a
# month", "more than a year", "a week of talks"
_SPAN_WORDS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade", "century"})
_SPAN_HEDGES = frozenset(
    {"nearly", "almost", "about", "around", "over", "under", "just", "roughly"}
)


# words before "a" that make the unit of time a length: "lasted a week", "for a year",
# "spent a month in hospital" ("a year ago", "once a week", "a day after" are not lengths)
_SPAN_TAKERS = frozenset(
    {"for", "last", "lasted", "lasting", "lasts", "spent", "spend", "spending", "took"}
)


def _one_span(tokens: list[Token], i: int) -> bool:
    before = tokens[i - 1].low if i >= 1 else ""
    than = i >= 2 and before == "than" and tokens[i - 2].low in ("more", "less")
    of = i + 2 < len(tokens) and tokens[i + 2].low == "of"
    joined = i + 2 < len(tokens) and tokens[i + 2].text == "-"  # "a week-old baby"
    taken = before in _SPAN_TAKERS and not joined
    return before in _SPAN_HEDGES or taken or than or of


def _million_m(tokens: list[Token], j: int) -> bool:
    """Is the "m" glued to a number a million ("2.7m sales") rather than metres ("100m sprint")?"""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if nxt in _LENGTH_WORDS:
        return False
    decimal = "." in tokens[j - 1].text
    plural = len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss")
    return decimal or plural


def _written_out(tokens: list[Token], number: Number, factor: float) -> bool:
    """Digits grouped by commas that already reach the scale word after them: "6,984,520
    million" is a writer's slip for 6,984,520, not 7 trillion ("1,000 million" is a
    billion: its digits stop short of the scale)."""
    digits = tokens[number.first].text
    return number.stop == number.first + 1 and digits.count(",") >= 2 and number.value >= factor


def _read_scale(tokens: list[Token], number: Number, currency: bool) -> Number:
    """Scale words after a number: "1.1 billion", "59.4billion", "456k", "€10M"."""
    n = len(tokens)
    j = number.stop
    while j < n:
        if (  # "a $1.5-billion deal": the scale joined by a hyphen
            tokens[j].text == "-"
            and j + 1 < n
            and tokens[j + 1].low in _BIG_WORDS
            and glued(tokens, j - 1)
            and glued(tokens, j)
            and not number.scaled
        ):
            j += 1
        text = tokens[j].text
        low = text.lower()
        touching = tokens[j - 1].end == tokens[j].start
        factor = SCALES.get(low)
        if factor is not None and low in ("millions", "billions", "thousands"):
            factor = None
        if (
            factor is None
            and touching
            and number.first < j
            and low in LETTER_SCALES
            and (
                low == "k"
                or text == "M"
                or currency
                or low in ("bn", "mn")
                or (text == "m" and _million_m(tokens, j))
            )
        ):
            factor = LETTER_SCALES[low]
        if factor is None or (low == "hundred" and number.scaled):
            break
        if factor >= 1e6 and not number.scaled and _written_out(tokens, number, factor):
            j += 1  # "scored 6,984,520 million": the digits already say the millions
            continue
        if low == "hundred" and j + 1 < n and tokens[j + 1].low in _BIG_WORDS:
            factor *= _BIG_WORDS[tokens[j + 1].low]
            j += 1
        number.value *= factor
        number.step *= factor
        number.factor *= factor
        number.scaled = True
        number.is_plain_int = False
        j += 1
    number.stop = j
    return number
