"""Values as an editor writes them: £59.4bn, 277 miles, 1,891, 19 November 2023.

The JSON keeps the normalised records; these are only for people reading a
report (headlines, the supported value, facts).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from factcheck.models import AmountValue, Claim, TimeInterval

CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "CNY": "¥"}
# Units written after the number without a plural ("370 km", "36%").
_SYMBOL_UNITS = {"km": "km", "m": "m", "cm": "cm", "mm": "mm", "kg": "kg", "g": "g", "t": "t"}
_PLURAL_EXCEPTIONS = {"foot": "feet", "inch": "inches", "century": "centuries"}
# Subjects' last part → what a reader calls it ("deaths" → "Death toll").
MEASURE_LABELS = {
    "deaths": "Death toll",
    "injured": "Injured",
    "missing": "Missing",
    "evacuated": "Evacuated",
    "shot": "People shot",
    "arrested": "Arrests",
    "displaced": "Displaced",
    "rescued": "Rescued",
    "attendance": "Attendance",
    "deal-value": "Deal value",
    "magnitude": "Magnitude",
    "people": "Name spelling",
}
STATUS_WORDS = {"done": "done", "ongoing": "under way", "negated": "did not happen"}
PREDICATE_LABELS = {"title": "Title", "age": "Age", "fate": "Fate"}


def number(value: float, decimals: int = 2) -> str:
    """1891 → "1,891"; 2.50 → "2.5"; never an exponent."""
    rounded = round(value, decimals)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")


def _scaled_money(value: float, symbol: str) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{symbol}{number(value / scale)}{suffix}"
    return f"{symbol}{number(value)}"


def _plural(unit: str, value: float) -> str:
    if value == 1 or unit in _SYMBOL_UNITS.values():
        return unit
    if unit in _PLURAL_EXCEPTIONS:
        return _PLURAL_EXCEPTIONS[unit]
    return unit if unit.endswith("s") else unit + "s"


def amount_number(amount: AmountValue, value: float) -> str:
    """One figure of `amount` in its unit: "$69bn", "36%", "277 miles", "magnitude 6.1"."""
    unit = amount.unit
    if amount.kind == "money" and unit:
        symbol = CURRENCY_SYMBOLS.get(unit, f"{unit} ")
        return _scaled_money(value, symbol)
    if unit in ("percent", "%"):
        return f"{number(value)}%"
    if unit == "magnitude":
        return f"magnitude {number(value)}"
    if unit:
        return f"{number(value)} {_plural(unit, value)}"
    if abs(value) >= 1e9:
        return f"{number(value / 1e9)} billion"
    if abs(value) >= 1e7:
        return f"{number(value / 1e6)} million"
    return number(value)


def amount(value: AmountValue) -> str:
    """The amount with its hedge: "about 150", "at least 398", "£59.4bn", "2–3 years"."""
    if value.hedge == "range" and value.low is not None and value.high is not None:
        low, high = amount_number(value, value.low), amount_number(value, value.high)
        return f"{_leading_number(low)}–{high}"
    hedge = f"{value.hedge} " if value.hedge else ""
    return hedge + amount_number(value, value.value)


def _leading_number(text: str) -> str:
    """ "2 years" → "2" so a range reads "2–3 years"."""
    match = re.match(r"^[^\d-]*-?[\d,.]+", text)
    return match[0] if match and match.end() < len(text) and text[match.end()] == " " else text


def day(value: TimeInterval) -> str:
    """An interval as an editor dates it: "19 November 2023", "15–16 October 2024"."""
    start, end = value.start, value.end
    month = calendar.month_name
    if value.granularity == "year" or (
        (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year
    ):
        return str(start.year)
    if value.granularity == "decade":
        return f"the {start.year // 10 * 10}s"
    if value.granularity == "century":
        return f"the {start.year // 100 + 1}th century"
    if value.granularity == "month" or (
        start.day == 1
        and (start.year, start.month) == (end.year, end.month)
        and end.day == calendar.monthrange(end.year, end.month)[1]
    ):
        return f"{month[start.month]} {start.year}"
    if start == end:
        return f"{start.day} {month[start.month]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {month[start.month]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {month[start.month]} – {end.day} {month[end.month]} {end.year}"
    return (
        f"{start.day} {month[start.month]} {start.year} – {end.day} {month[end.month]} {end.year}"
    )


def claim_value(claim: Claim) -> str:
    """What a claim states, readably: a date, an amount, a name, a title."""
    value = claim.value
    if value.type == "amount":
        return amount(value.amount)
    if value.type == "event":
        parts = []
        if value.weekday is not None:
            parts.append(calendar.day_name[value.weekday])
        if value.time is not None:
            parts.append(day(value.time))
        when = " ".join(parts)
        if not when:
            return STATUS_WORDS.get(claim.status, claim.status)
        return when if claim.status in ("done", "ongoing") else f"{claim.status} {when}"
    return claim.describe()


def subject_label(subject: str, predicate: str = "") -> str:
    """An internal key as a reader names it: "deaths" → "Death toll",
    "distance:kunming" → "Distance (Kunming)", "win@ahmedabad" → "Win (Ahmedabad)"."""
    key = subject.split("|")[-1]
    last = key.split("/")[-1]
    if last in MEASURE_LABELS:
        return MEASURE_LABELS[last]
    if predicate in PREDICATE_LABELS and key.startswith("person:"):
        return f"{PREDICATE_LABELS[predicate]} of {_words(key.split(':', 1)[1]).title()}"
    head, _, place = key.partition("@")
    kind, _, name = head.partition(":")
    words = _words(name or kind)
    if name and kind not in ("person", "agreement", "mou", "event"):
        words = f"{_words(kind)} ({_proper(name)})"
    if "/" in words:
        owner, _, thing = words.partition("/")
        words = f"{thing} of {_proper(owner)}"
    label = words[:1].upper() + words[1:]
    return f"{label} ({_proper(place)})" if place else label


def _words(key: str) -> str:
    return re.sub(r"[-_+]+", " ", key).strip()


def _proper(key: str) -> str:
    """A key's words as a name: "kunming" → "Kunming", "gdp+ppp" → "GDP PPP"."""
    return " ".join(
        word.upper() if len(word) <= 3 else word.capitalize() for word in _words(key).split()
    )


def published(when: date | None) -> str:
    """A publication date as an editor writes it, "19 Nov 2023", or "no date"."""
    if when is None:
        return "no date"
    return f"{when.day} {calendar.month_abbr[when.month]} {when.year}"
