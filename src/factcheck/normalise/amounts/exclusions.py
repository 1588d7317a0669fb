"""Numbers that are not amounts: years, dates, times, ordinals, labels, identifiers.

`excluded` looks at the tokens around a number already read and says where to
resume when the number is not an amount (None when it is one). The time
normaliser handles dates and years; labels ("Section 427", "Boeing 737",
"COVID-19") and ordinals ("23rd") are names, not quantities.
"""

from __future__ import annotations

from factcheck import lexicons
from factcheck.normalise.amounts.scan import Number, Token, glued
from factcheck.normalise.amounts.suffix import STOPWORDS, pence_follows
from factcheck.normalise.amounts.units import (
    CURRENCY_PREFIX,
    CURRENCY_WORDS,
    DURATIONS,
    FRACTION_WORDS,
    HEDGES,
    PERCENT_WORDS,
    POST_HEDGES,
    UNIT_MAX_WORDS,
    UNIT_SYMBOLS,
    UNITS,
    quantulum_unit,
)

MONTHS = frozenset(lexicons.mapping("months"))
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_CLOCK = frozenset(
    {
        "am",
        "pm",
        "a.m",
        "p.m",
        "a.m.",
        "p.m.",
        "gmt",
        "utc",
        "o'clock",
        "ist",
        "pst",
        "est",
        "edt",
        "bst",
        "cet",
        "pkt",
        "eat",
        "cat",
    }
)
_SENTENCE_BREAK = frozenset('.!?:;"“”‘’([—–-•|')
LABEL_WORDS = frozenset(
    [
        "no",
        "nos",
        "number",
        "route",
        "page",
        "pages",
        "chapter",
        "section",
        "article",
        "room",
        "flight",
        "gate",
        "platform",
        "terminal",
        "grade",
        "level",
        "phase",
        "season",
        "episode",
        "volume",
        "vol",
        "version",
        "model",
        "type",
        "class",
        "category",
        "stage",
        "tier",
        "division",
        "district",
        "ward",
        "block",
        "sector",
        "zone",
        "lane",
        "street",
        "plot",
        "box",
        "suite",
        "floor",
        "bus",
        "channel",
        "row",
        "seat",
        "verse",
        "item",
        "paragraph",
        "clause",
        "rule",
        "resolution",
        "bill",
        "act",
        "case",
        "file",
        "figure",
        "fig",
        "table",
        "exhibit",
        "game",
        "round",
        "hole",
        "week",
        "match",
        "heat",
        "lot",
        "pier",
        "unit",
        "apartment",
        "apt",
        "highway",
        "interstate",
        "id",
        "code",
        "pin",
        "ext",
        "tel",
        "phone",
        "fax",
        "mobile",
        "cell",
    ]
)
# Capitalised words that may stand right before a real amount.
_NOT_LABELS = (
    frozenset(
        [
            "the",
            "a",
            "an",
            "about",
            "over",
            "some",
            "around",
            "nearly",
            "almost",
            "only",
            "just",
            "more",
            "less",
            "fewer",
            "up",
            "at",
            "as",
            "and",
            "or",
            "but",
            "by",
            "from",
            "of",
            "in",
            "on",
            "to",
            "with",
            "for",
            "than",
            "under",
            "above",
            "below",
            "between",
            "some",
            "roughly",
            "approximately",
            "estimated",
            "another",
            "all",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
            "last",
            "next",
            "first",
            "past",
            "since",
            "until",
            "after",
            "before",
            "during",
            "within",
            "us",
            "rs",
        ]
    )
    | _WEEKDAYS
)


# units a race time's minutes and seconds are written in with a leading zero
CLOCK_PART_UNITS = frozenset(
    {"min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds"}
)


def _clock_part(digits: str, after: Token | None) -> bool:
    """ "2hr 01min 9sec": minutes or seconds written with a leading zero, as a clock is."""
    return (
        len(digits) == 2
        and int(digits) < 60
        and after is not None
        and after.low in CLOCK_PART_UNITS
    )


def excluded(
    text: str, tokens: list[Token], number: Number, currency: bool, allow_years: bool
) -> int | None:
    """Where to resume when the number read is not an amount; None when it is one."""
    first, stop = number.first, number.stop
    n = len(tokens)
    word = tokens[first].low
    after = tokens[stop] if stop < n else None
    touching = after is not None and glued(tokens, stop - 1)
    if _phone(tokens, first, number):
        return _skip_phone(tokens, first)
    if number.is_plain_int and not currency and _citation_mark(tokens, first, stop):
        return stop + 1  # "the apartment victims.[9]", "[9]:7": a reference, not an amount
    if _identifier_left(tokens, first, currency):
        return _skip_chain(tokens, stop)
    digits = tokens[first].text
    if len(digits) > 1 and digits[0] == "0" and digits.isdecimal() and not currency:
        if not _clock_part(digits, after):
            return _skip_chain(tokens, stop)  # "06F6", "007": a code, not an amount
    if touching and after is not None:
        low = after.low
        if (
            after.text in (":", "/", ".", "-", "–", "×")
            and stop + 1 < n
            and glued(tokens, stop)
            and tokens[stop + 1].text[0].isdecimal()
            and after.text in ":/.×"
        ):
            return _skip_chain(tokens, stop)
        if (
            after.text[0].isalpha()
            and not number.scaled
            and not _unit_word(after)
            and not _unit_phrase(tokens, stop)  # "3923sq m"
            and not pence_follows(tokens, stop - 1)
        ):
            return stop + 1
        if low in _ORDINAL_SUFFIXES:
            return stop + 1
    if after is not None and _clock_after(tokens, stop):
        return stop + 1
    if number.is_plain_int and number.value <= 12 and _clock_range(tokens, stop):
        return stop + 2  # "between 10 and 11 p.m.", "8 or 9 p.m.": two clock times
    if number.is_plain_int and not currency and _address_block(tokens, first, stop):
        return stop + 1  # "in the 600 block of Curtis Drive": a place, not six hundred blocks
    if word == "one" and _pronoun_one(tokens, first):
        return stop
    if (
        tokens[first].text[0].isupper()
        and tokens[first].text[0].isalpha()
        and not _sentence_start(text, tokens, first)
    ):
        return stop  # "Formula One", "Big Four"
    if number.is_plain_int and number.value <= 31 and _date_neighbour(tokens, first, stop):
        return stop
    plain_year = (
        number.is_plain_int and len(tokens[first].text) == 4 and 1000 <= number.value <= 2199
    )
    if plain_year and not currency and not allow_years and not _unit_follows(tokens, stop):
        return _skip_chain(tokens, stop)
    if (
        number.is_plain_int
        and not currency
        and first > 1
        and tokens[first - 1].text == "-"
        and glued(tokens, first - 1)
        and tokens[first - 2].text.isalpha()
        and tokens[first - 2].text.isupper()
        and not _unit_follows(tokens, stop)
    ):
        return stop  # "COVID -19": a name with a stray space, not minus 19
    if number.is_plain_int and not currency and _numbered_of(tokens, first):
        return stop  # "Image 10 of 33": the count of a gallery's pictures, a label
    if number.is_plain_int and not currency and _street_after(tokens, stop):
        return stop  # "49 Zorro Ranch Road", "9 E 71st St": a house number
    if (
        number.is_plain_int
        and not currency
        and _label_before(text, tokens, first)
        and not _unit_follows(tokens, stop)
        and not (touching and after is not None and after.text[0].isalpha())
    ):
        return _skip_chain(tokens, stop)
    return None


def read_post_hedge(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """A hedge written after the number: "500+", "30-odd", "1,000-plus", "or more"."""
    n = len(tokens)
    if k < n and tokens[k].text == "+" and glued(tokens, k - 1):
        return POST_HEDGES["+"], k + 1
    if (
        k + 1 < n
        and tokens[k].text in "-–"
        and glued(tokens, k - 1)
        and tokens[k + 1].low in ("plus", "odd")
    ):
        return POST_HEDGES[tokens[k + 1].low], k + 2
    if k + 1 < n and tokens[k].low == "or":
        phrase = f"or {tokens[k + 1].low}"
        if phrase in POST_HEDGES:
            return POST_HEDGES[phrase], k + 2
    return None, k


def _unit_word(token: Token) -> bool:
    low = token.low
    if (
        low in UNITS
        or token.text in UNIT_SYMBOLS
        or low in DURATIONS
        or low in PERCENT_WORDS
        or low in CURRENCY_WORDS
    ):
        return True
    return quantulum_unit(token.text) is not None


def _unit_follows(tokens: list[Token], stop: int) -> bool:
    if stop >= len(tokens):
        return False
    token = tokens[stop]
    if (
        token.text in "-–"
        and stop + 2 < len(tokens)
        and tokens[stop + 1].text[0].isdecimal()
        and tokens[stop + 1].text.replace(",", "").replace(".", "").isdecimal()
    ):
        after = tokens[stop + 2]  # "2000 - 2500 calories": a range in a unit
        return after.low in UNITS or after.low in PERCENT_WORDS or _unit_phrase(tokens, stop + 2)
    if token.text in "-–" and stop + 1 < len(tokens) and glued(tokens, stop):
        token = tokens[stop + 1]
        return token.low in DURATIONS or token.low in UNITS
    low = token.low
    return (
        _unit_phrase(tokens, stop)  # "1520 sq m", "1200 parts per million"
        or low in PERCENT_WORDS
        or low in CURRENCY_WORDS
        or low in UNITS
        or low
        in (
            "people",
            "persons",
            "votes",
            "students",
            "workers",
            "troops",
            "soldiers",
            "residents",
            "years",
            "tons",
            "tonnes",
        )
    )


def _unit_phrase(tokens: list[Token], stop: int) -> bool:
    """A unit of two or more words starts at token `stop`: "sq m", "parts per million"."""
    words = [t.low for t in tokens[stop : stop + UNIT_MAX_WORDS]]
    return any(" ".join(words[:width]) in UNITS for width in range(2, len(words) + 1))


def _identifier_left(tokens: list[Token], first: int, currency: bool) -> bool:
    if first == 0 or not glued(tokens, first - 1):
        return False
    left = tokens[first - 1]
    if left.text[0].isalpha():
        return not currency and left.text not in CURRENCY_PREFIX
    if left.text in "/:.#№'’^":
        return True
    if left.text == "+" and first >= 2 and glued(tokens, first - 2):
        return True  # "J1149.5+6663": a catalogue name, not a signed number
    if left.text in "-–" and first >= 2 and glued(tokens, first - 2):
        before = tokens[first - 2]
        hedge = f"{before.low}{left.text}" in HEDGES  # "sub-7"
        return (
            before.text[0].isalpha()
            and before.low not in HEDGES
            and not hedge
            and (
                before.low != "minus"  # "minus-40 degrees"
            )
        )
    return False


def _citation_mark(tokens: list[Token], first: int, stop: int) -> bool:
    """A bracketed reference number copied from an encyclopedia ("[9]"), or its page ("[9]:7")."""
    n = len(tokens)
    if (
        first > 0
        and tokens[first - 1].text == "["
        and glued(tokens, first - 1)
        and stop < n
        and tokens[stop].text == "]"
        and glued(tokens, stop - 1)
    ):
        return True
    return (
        first > 1
        and tokens[first - 1].text == ":"
        and tokens[first - 2].text == "]"
        and glued(tokens, first - 2)
        and glued(tokens, first - 1)
    )


def _phone(tokens: list[Token], first: int, number: Number) -> bool:
    """ "+92 51 9201111", "0300-1234567", "704-866-3320", "(704) 861-8000", "call
    870-1120", "dialled 911": digit runs that are numbers to dial."""
    text = tokens[first].text
    if number.is_plain_int and text.startswith("0") and len(text) >= 3:
        return True
    if number.is_plain_int and _dialled(tokens, first):
        return True
    nxt = first + 1
    return (
        number.is_plain_int
        and first > 0
        and tokens[first - 1].text == "+"
        and glued(tokens, first - 1)
        and nxt < len(tokens)
        and tokens[nxt].text.isdecimal()
    )


_DIAL_WORDS = frozenset(
    {"call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling"}
)
_CONTACT_WORDS = _DIAL_WORDS | {"at", "contact", "line", "number", "phone", "text", "reach"}
_EMERGENCY_AFTER = frozenset(
    {
        "call",
        "calls",
        "caller",
        "callers",
        "dispatcher",
        "dispatchers",
        "operator",
        "center",
        "centre",
        "line",
        "system",
        "recording",
        "recordings",
        "tape",
        "tapes",
    }
)


def _digit_groups(tokens: list[Token], first: int) -> list[int]:
    """The lengths of the digit groups glued by hyphens from token `first` on:
    [3, 3, 4] for "704-866-3320"."""
    groups = [len(tokens[first].text)]
    k = first + 1
    while (
        len(groups) < 4  # a phone number has three groups; a longer run is no phone
        and k + 1 < len(tokens)
        and tokens[k].text == "-"
        and glued(tokens, k - 1)
        and glued(tokens, k)
        and tokens[k + 1].text.isdecimal()
    ):
        groups.append(len(tokens[k + 1].text))
        k += 2
    return groups


def _dialled(tokens: list[Token], first: int) -> bool:
    """A North American number to dial: three-three-four digits, an area code in
    brackets before three-four, three-four after a word of contacting ("call
    870-1120", "at 977-1111"), or 911 called or dialled ("a 911 call", "called 911")."""
    groups = _digit_groups(tokens, first)
    before = tokens[first - 1].low if first > 0 else ""
    if groups == [3, 3, 4]:
        return True
    if groups == [3, 4] and (before in _CONTACT_WORDS or before == ")"):
        return True
    if groups == [3] and first >= 2 and before == "(" and tokens[first + 1 :][:1]:
        return tokens[first + 1].text == ")" and _digit_groups(tokens, first + 2) == [3, 4]
    if tokens[first].text == "911" and len(groups) == 1:
        after = tokens[first + 1].low if first + 1 < len(tokens) else ""
        return before in _DIAL_WORDS or before == "to" or after in _EMERGENCY_AFTER
    return False


def _skip_phone(tokens: list[Token], k: int) -> int:
    n = len(tokens)
    k += 1
    while (
        k < n
        and (tokens[k].text.isdecimal() or tokens[k].text in "-()")
        and tokens[k].start - tokens[k - 1].end <= 1
    ):
        k += 1
    return k


def _skip_chain(tokens: list[Token], stop: int) -> int:
    """Past glued continuations such as "-14" in "2013-14" or ":30" in "4:30"."""
    n = len(tokens)
    while (
        stop + 1 < n
        and glued(tokens, stop - 1)
        and tokens[stop].text in "-–/:."
        and glued(tokens, stop)
        and tokens[stop + 1].text[0].isdecimal()
    ):
        stop += 2
    return stop


def _clock_after(tokens: list[Token], stop: int) -> bool:
    n = len(tokens)
    low = tokens[stop].low
    if low in _CLOCK:
        return True
    return bool(
        low in ("a", "p")
        and stop + 2 < n
        and tokens[stop + 1].text == "."
        and tokens[stop + 2].low == "m"
    )


def _clock_range(tokens: list[Token], stop: int) -> bool:
    """The number is the first end of two clock times: "8 or 9 p.m.", "10 to 11 pm"."""
    n = len(tokens)
    return (
        stop + 2 < n
        and tokens[stop].low in ("or", "to", "and", "-", "–")
        and tokens[stop + 1].text.isdecimal()
        and int(tokens[stop + 1].text) <= 12
        and _clock_after(tokens, stop + 2)
    )


def _address_block(tokens: list[Token], first: int, stop: int) -> bool:
    """ "the 600 block of Curtis Drive": US police reports' way of naming a street's
    stretch; a place, not a count of blocks."""
    return (
        first > 0
        and tokens[first - 1].low == "the"
        and stop + 1 < len(tokens)
        and tokens[stop].low == "block"
        and tokens[stop + 1].low == "of"
    )


def _pronoun_one(tokens: list[Token], first: int) -> bool:
    n = len(tokens)
    before = tokens[first - 1].low if first > 0 else ""
    after = tokens[first + 1].low if first + 1 < n else ""
    if before in (
        "no",
        "every",
        "any",
        "the",
        "this",
        "that",
        "which",
        "each",
        "someone",
        "anyone",
        "everyone",
        "little",
        "another",
        "nobody",
        "last",
        "first",
    ):
        return True
    if after in ("another", "by", "thing", "way", "day", "time"):
        return True
    if after in ("-", "–") and first + 2 < n:
        follow = tokens[first + 2].low
        return follow not in DURATIONS and follow not in UNITS and follow not in FRACTION_WORDS
    return False


def _date_neighbour(tokens: list[Token], first: int, stop: int) -> bool:
    n = len(tokens)
    k = first - 1
    if k >= 1 and tokens[k].text in "-–" and tokens[k - 1].text.isdecimal():
        day = k - 1  # the end of "Sept. 20-24"
        month = day - 2 if day > 1 and tokens[day - 1].text == "." else day - 1
        return int(tokens[day].text) <= 31 and month >= 0 and tokens[month].low in MONTHS
    if k >= 0 and tokens[k].text == "." and k > 0:
        k -= 1
    if k >= 0 and tokens[k].low in MONTHS:
        return True
    k = stop
    if k < n and tokens[k].low == "of":
        k += 1
    return k < n and tokens[k].low in MONTHS and tokens[k].text[0].isupper()


def _sentence_start(text: str, tokens: list[Token], index: int) -> bool:
    if index == 0:
        return True
    prev = tokens[index - 1]
    return prev.text in _SENTENCE_BREAK or "\n" in text[prev.end : tokens[index].start]


# the last word of a street's name, after which a number before the name is its house number
STREET_WORDS = frozenset(
    {
        *("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln"),
        *("drive", "dr", "way", "place", "pl", "court", "ct", "terrace", "crescent", "highway"),
    }
)


def _numbered_of(tokens: list[Token], first: int) -> bool:
    """The M of "Image 10 of 33", "Page 2 of 5", "Slide 4 of 12": a numbered label's total."""
    if first < 3 or tokens[first - 1].low != "of" or not tokens[first - 2].text.isdecimal():
        return False
    label = tokens[first - 3].text
    return label.isalpha() and label[0].isupper() and label.lower() not in STOPWORDS


def _street_after(tokens: list[Token], stop: int) -> bool:
    """Capitalised words ending in a street word follow the number: "10 Downing Street",
    "49 Zorro Ranch Road", "9 E 71st St", "22 Ave Foch"."""
    n = len(tokens)
    for k in range(stop, min(stop + 5, n)):
        word = tokens[k].text
        ordinal = word.lower() in _ORDINAL_SUFFIXES and glued(tokens, k - 1)  # "71st"
        if not (word[0].isupper() or word[0].isdecimal() or ordinal):
            return False
        saint = tokens[k].low == "st" and k + 1 < n and tokens[k + 1].text[0].isupper()
        if tokens[k].low in STREET_WORDS and not ordinal and not saint:
            return True
    return False


def _label_before(text: str, tokens: list[Token], first: int) -> bool:
    """ "Section 427", "Boeing 737", "English 101": a name with a number in it."""
    if first == 0:
        return False
    prev = tokens[first - 1]
    if prev.text == "." and first >= 2 and tokens[first - 2].low in ("no", "nos"):
        return True
    if not prev.text[0].isalpha() or glued(tokens, first - 1):
        return False
    if prev.low in LABEL_WORDS:
        return True
    capital = prev.text[0].isupper() or any(c.isupper() for c in prev.text[1:])
    if not capital or prev.low in _NOT_LABELS or prev.low in MONTHS:
        return False
    return not _sentence_start(text, tokens, first - 1)
