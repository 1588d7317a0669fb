"""Amounts in news text: find them, read their value, unit and tolerance band.

`find_amounts(text)` returns every amount mention with its character span;
`parse_amount(words)` reads the words of one amount. Each mention carries an
`AmountValue` whose band (`low`..`high`) is what the words allow:

- an exact number carries its stated precision: "$1.1 billion" is
  [1.05e9, 1.15e9), "1,891" is [1890.5, 1891.5);
- "about/approximately/around/some/roughly/an estimated X": X ± `REL_TOLERANCE`
  (5 %) of X, never narrower than the stated precision;
- "more than/over/above X": (X, 2X]; "at least X": [X, ∞);
- "nearly/almost/just under/close to X": [X − 5 %, X);
- "up to/as many as X": (−∞, X]; "less than/under/fewer than X": (−∞, X);
- ranges "between X and Y", "X to Y", "X-Y", "X or Y": [X, Y], value the middle;
- vague plurals "thousands", "tens of thousands", "dozens": one order of
  magnitude, [1,000, 10,000).

Durations keep the unit they were stated in ("eight decades" is 8 "decade");
`amount_units.to_base` converts durations, lengths and masses to one base unit
for rules that compare across units. Currencies are ISO-like codes; "$" alone is
"USD" and "Rs" is "PKR" unless the text says Indian rupees ("₹", "INR").
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TypedDict

from pydantic import BaseModel

from factcheck import lexicons
from factcheck.models import AmountValue
from factcheck.normalise.amounts.exclusions import excluded, read_post_hedge
from factcheck.normalise.amounts.scan import (
    Number,
    Token,
    glued,
    read_number,
    starts_digits,
    tokenize,
)
from factcheck.normalise.amounts.suffix import AmountKind, Suffix, read_suffix
from factcheck.normalise.amounts.units import (
    CURRENCY_PREFIX,
    HEDGE_MAX_WORDS,
    HEDGES,
    ONES,
    TENS,
    UNICODE_FRACTIONS,
)

REL_TOLERANCE = 0.05  # the relative half-width of "about X" and the floor of "nearly X"
OVER_MAX_RATIO = 2  # "more than X" reaches at most twice X
RANGE_MAX_RATIO = 10  # "X to Y" with Y over ten times X is a change and a level, not a range


class AmountMention(BaseModel):
    """One amount in a text: its span, its normalised value and what it counts."""

    start: int
    end: int
    text: str  # hedge + number + scale + unit, e.g. "about $34 million"
    amount: AmountValue
    number_text: str  # the number and its scale words, e.g. "34 million"
    noun: str | None = None  # the counted noun after it ("fans"), lowercase as written
    # "from" / "to" for the two ends of a change ("rose from $6.8 billion to $7.4 billion");
    # each end stays its own amount, the "from" end borrowing the unit of the "to" end.
    role: str | None = None


def find_amounts(text: str) -> list[AmountMention]:
    """Every amount in `text`, in order. Dates, years, ordinals, times, scores are left out."""
    return _find(text, allow_years=False)


def parse_amount(words: str) -> AmountValue | None:
    """The amount the words state ("about $34 million"); the longest one if several."""
    mentions = _find(words, allow_years=True)
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end - m.start).amount


class Band(TypedDict, total=False):
    """`AmountValue`'s band fields, as `band` gives them."""

    low: float | None
    high: float | None
    low_open: bool
    high_open: bool


def band(value: float, step: float, hedge: str | None) -> Band:
    """The tolerance band of `value` stated to precision ±`step` under a hedge class."""
    rel = REL_TOLERANCE * abs(value)
    if hedge == "about":
        # "about 150" may be 145 or 157; "an estimated 97" is 96 to 98: a hedge on a
        # figure stated to its last unit is no vaguer than that unit
        width = max(min(rel, _last_digit_place(value, step)), step)
        return {"low": value - width, "high": value + width}
    if hedge == "over":
        # "more than 130,000" is not 1.27 million: a writer would have said "more than a
        # million"; how far above a report may go is open, but not past twice the figure
        high = value * OVER_MAX_RATIO if value > 0 else None
        return {"low": value, "high": high, "low_open": True}
    if hedge == "at_least":
        return {"low": value, "high": None}
    if hedge == "nearly":
        return {"low": value - rel, "high": value, "high_open": True}
    if hedge == "just_over":
        return {"low": value, "high": value + rel, "low_open": True}
    if hedge == "up_to":
        return {"low": None, "high": value}
    if hedge == "under":
        return {"low": None, "high": value, "high_open": True}
    return {"low": value - step, "high": value + step, "high_open": step > 0}


def _last_digit_place(value: float, step: float) -> float:
    """The place of a figure's last non-zero digit, as stated to precision ±`step`:
    1 for 97, 10 for 150, 10,000 for 1.27 million."""
    place = 2 * step if step > 0 else 1.0
    if place <= 0 or value == 0:
        return place
    while place < abs(value) and _is_multiple(value, place * 10):
        place *= 10
    return place


def _is_multiple(value: float, place: float) -> bool:
    ratio = abs(value) / place
    return abs(ratio - round(ratio)) < 1e-6


def _may_start(token: Token) -> bool:
    if starts_digits(token.text) or token.text in UNICODE_FRACTIONS:
        return True
    low = token.low
    return (
        low in ONES
        or low in TENS
        or low
        in ("a", "an", "half", "dozens", "hundreds", "thousands", "millions", "billions", "tens")
    )


def _find(text: str, allow_years: bool) -> list[AmountMention]:
    tokens = tokenize(text)
    mentions: list[AmountMention] = []
    i = 0
    while i < len(tokens):
        if not _may_start(tokens[i]):
            fold = _fold(text, tokens[i]) or _times_done(text, tokens, i)
            if fold is not None:
                mentions.append(fold)
            i += 1
            continue
        timed = _race_time(text, tokens, i)
        mention, stop = timed if timed is not None else _mention_at(text, tokens, i, allow_years)
        if mention is not None:
            mentions.append(mention)
        i = max(stop, i + 1)
    _pair_changes(text, mentions)
    _suspended_hyphens(text, mentions)
    return _rupees_of_the_story(text, _share_units(text, _compound_durations(text, mentions)))


# units of time in the smallest one's terms, for "four hours and 55 minutes"
UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2629800,
    "year": 31557600,
}
_DURATION_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|)")


def _compound_durations(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """ "four hours and 55 minutes", "4 hours 57 minutes", "2 hours, 1 minute and 39
    seconds", "35 seconds over 2 hours": one duration in its smallest unit, not two."""
    out: list[AmountMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        parts = _duration_parts(text, last, mention) if last is not None else None
        if last is None or parts is None:
            out.append(mention)
            continue
        big, small, hedge = parts
        ratio = UNIT_SECONDS[str(big.amount.unit)] // UNIT_SECONDS[str(small.amount.unit)]
        value = big.amount.value * ratio + small.amount.value
        step = (small.amount.high or value) - small.amount.value
        out[-1] = small.model_copy(
            update={
                "start": last.start,
                "end": mention.end,
                "text": text[last.start : mention.end],
                "number_text": text[last.start : mention.end],
                "amount": small.amount.model_copy(
                    update={
                        "value": value,
                        "hedge": hedge,
                        **band(value, step, HEDGES.get(hedge) if hedge else None),
                    }
                ),
            }
        )
    return out


def _duration_parts(
    text: str, first: AmountMention, second: AmountMention
) -> tuple[AmountMention, AmountMention, str | None] | None:
    """(larger unit, smaller unit, hedge) of two durations that make one, else None."""
    if not (_plain_duration(first) and _plain_duration(second)):
        return None
    first_unit = UNIT_SECONDS[str(first.amount.unit)]
    second_unit = UNIT_SECONDS[str(second.amount.unit)]
    between = text[first.end : second.start]
    if first_unit > second_unit and _DURATION_JOINT.fullmatch(between):
        return first, second, first.amount.hedge
    over = second.text.lower().startswith("over ") and not between.strip()
    if first_unit < second_unit and over and first.amount.hedge is None:
        return second, first, None  # "a mere 35 seconds over 2 hours"
    return None


def _plain_duration(mention: AmountMention) -> bool:
    amount = mention.amount
    return (
        amount.kind == "duration"
        and amount.unit in UNIT_SECONDS
        and amount.hedge in (None, "about", "nearly", "more than", "over", "almost", "around")
        and mention.role is None
    )


_SUSPENDED = re.compile(r"-\s*(?:,\s*)?(?:or|and|to|,)?\s*(?:\d+-\s*(?:,\s*)?(?:or|and)?\s*)*")


def _suspended_hyphens(text: str, mentions: list[AmountMention]) -> None:
    """ "a 7- or 8-inch screen", "four-, five- and six-cylinder engines": a number left
    hanging on a hyphen takes the unit written once after the last one."""
    for index, mention in enumerate(mentions):
        if not _bare(mention) or text[mention.end : mention.end + 1] != "-":
            continue
        for later in mentions[index + 1 : index + 4]:
            if not _SUSPENDED.fullmatch(text[mention.end : later.start]):
                break
            if not _bare(later):
                mention.amount = mention.amount.model_copy(
                    update={"kind": later.amount.kind, "unit": later.amount.unit}
                )
                mention.noun = later.noun
                break


CHANGE_MAX_WORDS = 8  # words between the two ends of "from X ... to Y"
_CLAUSE_BREAK = re.compile(r"[;!?]|\.(?:\s|$)")


def _pair_changes(text: str, mentions: list[AmountMention]) -> None:
    """Mark the two ends of a change, "from X to Y" or "to Y from X", also with words
    between ("from 21 mpg combined to 23", "narrowed to 138,285 lots from 212,577"). A
    bare end takes the unit the other end states: "23" there is 23 mpg."""
    for left, right in itertools.pairwise(mentions):
        between = text[left.end : right.start]
        words = between.split()
        if not words or len(words) > CHANGE_MAX_WORDS or _CLAUSE_BREAK.search(between):
            continue
        before = text[max(0, left.start - 6) : left.start].split()
        word_before = before[-1].lower() if before else ""
        if left.role == "from" or (word_before == "from" and words[-1].lower() == "to"):
            left.role, right.role = "from", "to"
        elif word_before == "to" and words[-1].lower() == "from" and left.role is None:
            left.role, right.role = "to", "from"
        else:
            continue
        for bare, stated in ((left, right), (right, left)):
            unit, stated_unit = bare.amount.unit, stated.amount.unit
            rate_left_out = (
                unit is not None
                and stated_unit is not None
                and stated_unit.startswith(f"{unit}/")  # "from $10 to $15 an hour"
            )
            if rate_left_out or (
                _bare(bare) and not _bare(stated) and stated.amount.kind != "count"
            ):
                bare.amount = bare.amount.model_copy(
                    update={"kind": stated.amount.kind, "unit": stated_unit}
                )


def _bare(mention: AmountMention) -> bool:
    amount = mention.amount
    return amount.kind == "count" and amount.unit is None and mention.noun is None


def _race_time(text: str, tokens: list[Token], i: int) -> tuple[AmountMention, int] | None:
    """A time taken written as hours, minutes and seconds, "2:00:35": a duration (a
    clock time with seconds is rare in news; "10:30" alone stays a clock time)."""
    parts = tokens[i : i + 5]
    if len(parts) < 5 or not all(glued(tokens, k) for k in range(i, i + 4)):
        return None
    if [t.text for t in parts[1::2]] != [":", ":"]:
        return None
    hours, minutes, seconds = (t.text for t in parts[0::2])
    if not (hours.isdecimal() and len(hours) <= 2 and minutes.isdecimal() and seconds.isdecimal()):
        return None
    if len(minutes) != 2 or len(seconds) != 2 or int(minutes) > 59 or int(seconds) > 59:
        return None
    value = float(int(hours) * 3600 + int(minutes) * 60 + int(seconds))
    start, end = parts[0].start, parts[-1].end
    amount = AmountValue(value=value, unit="second", kind="duration", **band(value, 0.5, None))
    mention = AmountMention(
        start=start, end=end, text=text[start:end], amount=amount, number_text=text[start:end]
    )
    return mention, i + 5


def _fold(text: str, token: Token) -> AmountMention | None:
    """A multiple written as one word, "sixfold", "tenfold": that many times."""
    low = token.low
    if not low.endswith("fold") or low[:-4] not in ONES and low[:-4] not in TENS:
        return None
    value = float(ONES.get(low[:-4]) or TENS[low[:-4]])
    return AmountMention(
        start=token.start,
        end=token.end,
        text=token.text,
        amount=AmountValue(value=value, kind="count", **band(value, 0.5, None)),
        number_text=text[token.start : token.end - 4],
        noun="times",
    )


# adverbs that count how often something was done: "was shot twice", "scored twice"
TIMES_ADVERBS = {"twice": 2.0, "thrice": 3.0}
# words after such an adverb that make it a multiple or a rate, not a count: "twice as
# many", "twice the size", "twice a week", "twice more"
MULTIPLE_CUES = frozenset(
    {"as", "the", "a", "an", "that", "this", "its", "his", "her", "their", "what", "more"}
    | {"over", "per", "each", "than", "-"}
)


def _times_done(text: str, tokens: list[Token], i: int) -> AmountMention | None:
    """ "twice", "thrice" said of an act: that many times."""
    value = TIMES_ADVERBS.get(tokens[i].low)
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if value is None or after in MULTIPLE_CUES:
        return None
    token = tokens[i]
    return AmountMention(
        start=token.start,
        end=token.end,
        text=token.text,
        amount=AmountValue(value=value, kind="count", **band(value, 0.5, None)),
        number_text=token.text,
        noun="times",
    )


# the rupee each country pays in; "Rs" or "rupees" alone is read as the Pakistani rupee
# unless the text is about another of these countries
RUPEE_COUNTRIES = {"India": "INR", "Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR"}


@cache
def _country_pattern(country: str) -> re.Pattern[str]:
    """The country's name, demonyms and cities as one pattern (from the countries table)."""
    for row in lexicons.rows("countries"):
        if row[0] == country:
            names = [row[0], *row[1].split(","), *(row[2].split(",") if row[2] != "-" else [])]
            return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n) + r")\b")
    return re.compile(re.escape(country))


def _rupees_of_the_story(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """Unmarked rupees ("Rs 500", "300 rupees") are the currency of the rupee country the
    text names most, when that is not Pakistan: "Rs 500 crore" in a story about Mumbai."""
    unmarked = [m for m in mentions if m.amount.unit == "PKR" and "pak" not in m.text.lower()]
    if not unmarked:
        return mentions
    counts = {code: len(_country_pattern(c).findall(text)) for c, code in RUPEE_COUNTRIES.items()}
    code = max(counts, key=lambda c: counts[c])
    if code != "PKR" and counts[code] > counts["PKR"]:
        for mention in unmarked:
            mention.amount = mention.amount.model_copy(update={"unit": code})
    return mentions


# what joins bare numbers to a last one that carries the unit: "45 and 50 mg", "3, 4 or 5%";
# a comma only inside such a list, so "scored 3, 40% of the points" shares nothing, and
# ", or" only after one ("cut 5,000, or 9%, of its jobs" says the 5,000 again as a share)
_LIST_ENDS = frozenset({"and", "or"})
_LIST_LAST_ENDS = frozenset({", and", ", or"})


def _share_units(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """Bare numbers listed before one with a unit are in that unit: "45 and 50 mg"."""
    listed: set[int] = set()  # indices of bare numbers that took a unit from the list
    for index in range(len(mentions) - 2, -1, -1):
        bare, after = mentions[index], mentions[index + 1]
        gap = " ".join(text[bare.end : after.start].split()).lower()
        in_list = index > 0 and text[mentions[index - 1].end : bare.start].strip() == ","
        joined = (
            gap in _LIST_ENDS
            or (gap in _LIST_LAST_ENDS and in_list)
            or (gap == "," and index + 1 in listed)
        )
        if (
            joined
            and bare.amount.kind == "count"
            and bare.noun is None
            and bare.role is None
            and after.amount.kind in ("measure", "percent", "duration")
            and after.number_text[:1].isdecimal() == bare.number_text[:1].isdecimal()
        ):
            update = {"unit": after.amount.unit, "kind": after.amount.kind}
            bare.amount = bare.amount.model_copy(update=update)
            bare.noun = after.noun
            listed.add(index)
    return mentions


def _currency_before(text: str, tokens: list[Token], first: int) -> tuple[str, int] | None:
    """A currency sign or code right before token `first` ("US$", "Rs.", "SDR", "£")."""
    for width in range(min(5, first), 0, -1):
        start = tokens[first - width].start
        surface = text[start : tokens[first].start]
        if len(surface) > 9 or "\n" in surface:
            continue
        code = CURRENCY_PREFIX.get(surface.replace(" ", ""))
        if surface[:1].isalpha() and surface[1:2] == " " and len(surface) == 3:
            continue  # "A $5 bill": an article before the sign, not "A$"
        if surface == "PS" and glued(tokens, first - 1):
            code = "GBP" if _money_digits(tokens, first) else None
        if code is not None and (
            width == 1
            or first - width == 0
            or not glued(tokens, first - width - 1)
            or not tokens[first - width - 1].text[-1].isalnum()  # "($A82.6 million)"
        ):
            return code, first - width
    return None


def _money_digits(tokens: list[Token], first: int) -> bool:
    """ "PS2.7m", "PS21,700": "£" folded to ASCII, told from "PS5" by decimals, commas or scale."""
    digits = tokens[first].text
    after = tokens[first + 1].low if first + 1 < len(tokens) else ""
    touching = glued(tokens, first)
    return (
        "," in digits
        or "." in digits
        or (touching and after in ("m", "bn", "k", "b"))
        or after in ("million", "billion")
    )


def _hedge_before(text: str, tokens: list[Token], first: int) -> tuple[str, str, int] | None:
    """The hedge phrase ending right before token `first`: (class, phrase, first token)."""
    for width in range(min(HEDGE_MAX_WORDS + 1, first), 0, -1):
        surface = " ".join(text[tokens[first - width].start : tokens[first].start].lower().split())
        cls = HEDGES.get(surface)
        if cls is not None:
            return cls, surface, first - width
    return None


def _mention_at(
    text: str, tokens: list[Token], i: int, allow_years: bool
) -> tuple[AmountMention | None, int]:
    currency = _currency_before(text, tokens, i)
    signed = False  # "$-50.8bn": a sign between the currency and the number
    if currency is None and i > 1 and tokens[i - 1].text in "-−" and glued(tokens, i - 1):
        currency = _currency_before(text, tokens, i - 1) if glued(tokens, i - 2) else None
        signed = currency is not None
    number = read_number(tokens, i, currency is not None)
    if number is None:
        return None, i + 1
    if signed:
        number.value = -number.value
    skip_to = excluded(text, tokens, number, currency is not None, allow_years)
    if skip_to is not None:
        return None, skip_to
    negative = (
        i > 0
        and tokens[i - 1].text in "-−"
        and glued(tokens, i - 1)
        and (i < 2 or not glued(tokens, i - 2))
        and currency is None
    )
    if negative:
        number.value, number.first = -number.value, i - 1
    elif i > 0 and tokens[i - 1].low == "minus" and currency is None:
        number.value, number.first = -number.value, i - 1  # "minus 5 degrees"
    elif (
        i > 1
        and tokens[i - 1].text in "-−"
        and tokens[i - 2].low == "minus"
        and glued(tokens, i - 2)
        and glued(tokens, i - 1)
        and currency is None
    ):
        number.value, number.first = -number.value, i - 2  # "minus-5 yards"
    first = currency[1] if currency else number.first
    post: tuple[str, int, int] | None = None
    stop = number.stop
    cls, after = read_post_hedge(tokens, stop)
    if cls is not None:
        post, stop = (cls, stop, after), after
    suffix = read_suffix(
        text,
        tokens,
        stop,
        currency[0] if currency else None,
        number.scaled,
        _decimals(tokens[i].text),
    )
    stop = max(stop, suffix.stop)
    if suffix.kind == "count" and _scale_named_before(tokens, first):
        suffix = Suffix("measure", "magnitude", suffix.stop)  # "magnitude 6.4"
    if post is None:
        cls, after = read_post_hedge(tokens, stop)
        if cls is not None:
            post, stop = (cls, stop, after), after
    hedge = _hedge_before(text, tokens, first)
    hedge_cls: str | None = None
    hedge_text: str | None = None
    if hedge is not None:
        hedge_cls, hedge_text, first = hedge
    elif post is not None:
        hedge_cls = post[0]
        hedge_text = text[tokens[post[1]].start : tokens[post[2] - 1].end].lower().lstrip("-")
    number_end = number.stop
    role = None
    if _before_is(tokens, first, "from") or _before_is(tokens, number.first, "from"):
        change_end = _change_end(text, tokens, number, suffix, stop, allow_years)
        if change_end is not None:
            role, suffix = "from", change_end
    ranged = (
        None
        if role
        else _read_range(text, tokens, number, suffix, stop, hedge_cls, allow_years, first)
    )
    if ranged is not None and ranged[2] is None:
        return None, ranged[3]  # a score such as 3-55
    if ranged is not None and ranged[2] is not None:
        second, suffix, stop = ranged[1], ranged[2], ranged[3]
        number_end = second.stop
        amount = _range_amount(
            number, second, suffix, "between" if hedge_cls == "between" else "range"
        )
    else:
        if hedge_cls == "between":
            hedge_cls, hedge_text, first = None, None, currency[1] if currency else number.first
        amount = _amount(number, suffix, hedge_cls, hedge_text)
    if tokens[i].text[0] == "." and amount.kind == "count" and currency is None:
        return None, stop  # ".22 revolver", ".45-caliber": a calibre, not a count
    start, end = tokens[first].start, tokens[stop - 1].end
    mention = AmountMention(
        start=start,
        end=end,
        text=text[start:end],
        amount=amount,
        number_text=text[tokens[number.first].start : tokens[number_end - 1].end],
        noun=suffix.noun if suffix.kind in ("count", "duration") else None,
        role=role,
    )
    return mention, stop


def _scale_named_before(tokens: list[Token], first: int) -> bool:
    """ "a magnitude 6.4 quake", "magnitude-7.1": the scale's name written before the number."""
    before = first - 1
    if before >= 0 and tokens[before].text in "-–" and glued(tokens, before):
        before -= 1
    return before >= 0 and tokens[before].low == "magnitude"


def _decimals(digits: str) -> int:
    return len(digits.split(".")[1]) if "." in digits and starts_digits(digits) else 0


def _amount(
    number: Number, suffix: Suffix, hedge_cls: str | None, hedge_text: str | None
) -> AmountValue:
    if number.vague is not None:
        return AmountValue(
            value=number.value,
            low=number.value,
            high=number.vague,
            high_open=True,
            unit=suffix.unit,
            kind=_kind(suffix),
            hedge="vague",
        )
    limits = band(number.value, number.step, hedge_cls)
    return AmountValue(
        value=number.value, unit=suffix.unit, kind=_kind(suffix), hedge=hedge_text, **limits
    )


def _range_amount(low: Number, high: Number, suffix: Suffix, hedge: str) -> AmountValue:
    a, b = sorted((low.value, high.value))
    return AmountValue(
        value=(a + b) / 2, low=a, high=b, unit=suffix.unit, kind=_kind(suffix), hedge=hedge
    )


def _kind(suffix: Suffix) -> AmountKind:
    return suffix.kind


def _read_range(
    text: str,
    tokens: list[Token],
    number: Number,
    suffix: Suffix,
    stop: int,
    hedge_cls: str | None,
    allow_years: bool,
    first: int,
) -> tuple[Number, Number, Suffix | None, int] | None:
    """ "between 10 and 20", "10-15 exabytes", "$10-$15 million", "12, or 13 years", "5% to
    10%"; not a change and the level it reached ("rose by $4 billion to $39 billion")."""
    n = len(tokens)
    k = stop
    if k >= n or _before_is(tokens, number.first, "from"):
        return None
    connector = tokens[k].low
    if connector == "," and k + 1 < n and tokens[k + 1].low == "or":
        connector, k = "or", k + 1
    if connector not in ("-", "–", "—", "to", "and", "or") or (
        connector == "and" and hedge_cls != "between"
    ):
        return None
    if connector in "-–" and not glued(tokens, k - 1) and glued(tokens, k):
        return None  # "Stoxx 50 -1.3%": the sign of the next number, not a range
    k += 1
    if k < n and tokens[k].low == "to" and connector in "-–":
        k += 1  # "8- to 16-meter"
    currency = _currency_before(text, tokens, k + 1) if k + 1 < n else None
    if currency is not None and currency[1] == k:
        k += 1
        while k < n and not _may_start(tokens[k]):
            k += 1
    if k >= n or not _may_start(tokens[k]) or tokens[k].low in ("a", "an"):
        return None
    is_money = currency is not None or suffix.kind == "money"
    second = read_number(tokens, k, is_money)
    if second is None or excluded(text, tokens, second, is_money, allow_years) is not None:
        return None
    if (
        connector in "-–—"
        and number.is_plain_int
        and second.is_plain_int
        and second.value <= number.value
        and hedge_cls != "between"
        and not is_money
        and glued(tokens, stop - 1)
        and glued(tokens, stop)
    ):
        return number, second, None, second.stop  # a score: "a 2-0 victory", "won 4-1"
    own_currency = currency[0] if currency is not None else None  # "9.4% to $84"
    if own_currency and suffix.kind == "money" and suffix.unit not in (None, own_currency):
        return None  # "£5 to $6": two currencies
    second_suffix = read_suffix(
        text,
        tokens,
        second.stop,
        own_currency or (suffix.unit if is_money else None),
        second.scaled,
        0,
    )
    own_unit = suffix.kind not in ("count", "money") or (
        suffix.kind == "money" and suffix.stop > number.stop
    )
    bare = suffix.kind == "count" and suffix.noun is None
    if connector == "or" and not (
        bare
        and (second_suffix.kind != "count" or second_suffix.noun)
        and 0 < second.value - number.value <= max(1.0, 0.5 * number.value)
    ):
        return None
    by = _before_is(tokens, number.first, "by") or _before_is(tokens, first, "by")
    if connector == "to" and (
        second.value < number.value
        or (by and not (bare and second_suffix.kind in ("measure", "percent")))
    ):
        return None  # "by 1 to 1.5 degrees" is a range: the unit comes after both numbers
    if (
        own_unit
        and hedge_cls != "between"
        and (connector == "to" and by or second_suffix.unit != suffix.unit)
    ):
        return None
    if (
        (bare or (is_money and suffix.stop <= number.stop))  # "10-15 million", "$10-$15 million"
        and not number.scaled
        and second.scaled
        and second.factor > 1
        and number.value * second.factor <= second.value * 1.0001
    ):
        number.value *= second.factor
    if connector == "to" and second.value > RANGE_MAX_RATIO * number.value > 0:
        return None  # "gold rose $12 to $1,812": a change, then the level it reached
    final = second_suffix if bare or suffix.kind == second_suffix.kind else suffix
    if (
        final.kind == "count"
        and final.noun is None
        and not second.scaled
        and not is_money
        and connector in "-–—"
        and hedge_cls != "between"
    ):
        return number, second, None, second.stop  # a score or a pair such as 3-55
    end = second_suffix.stop if final is second_suffix else second.stop
    return number, second, final, max(end, second.stop)


def _change_end(
    text: str, tokens: list[Token], number: Number, suffix: Suffix, stop: int, allow_years: bool
) -> Suffix | None:
    """In "from X to Y", the suffix X takes: its own, or Y's when X is bare ("13.5 to 14 mm")."""
    n = len(tokens)
    if stop >= n or tokens[stop].low != "to":
        return None
    k = stop + 1
    if k < n and tokens[k].low == "up" or k >= n:
        return suffix
    currency = _currency_before(text, tokens, k + 1) if k + 1 < n else None
    if currency is not None and currency[1] == k:
        k += 1
    if k >= n or not _may_start(tokens[k]):
        return suffix
    second = read_number(tokens, k, currency is not None)
    if (
        second is None
        or excluded(text, tokens, second, currency is not None, allow_years) is not None
    ):
        return suffix
    scale_shared = (
        second.scaled
        and not number.scaled
        and second.factor > 1
        and number.value * second.factor <= 10 * second.value
    )  # "from 500 to 2 million" is no "from 500 million"
    if suffix.kind == "money" and currency is not None and currency[0] == suffix.unit:
        if scale_shared:
            number.value *= second.factor  # "from $10 to $15 billion"
            number.step *= second.factor
        return suffix
    if suffix.kind != "count" or suffix.noun is not None:
        return suffix
    other = read_suffix(
        text, tokens, second.stop, currency[0] if currency else None, second.scaled, 0
    )
    if scale_shared:
        number.value *= second.factor
    return Suffix(other.kind, other.unit, suffix.stop, noun=other.noun)


def _before_is(tokens: list[Token], index: int, word: str) -> bool:
    return index > 0 and tokens[index - 1].low == word


__all__ = ["REL_TOLERANCE", "AmountMention", "band", "find_amounts", "parse_amount"]
