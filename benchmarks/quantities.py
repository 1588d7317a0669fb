"""Amount extraction measured on NewsQuant, as the CQE evaluation scores it.

Usage: python benchmarks/quantities.py DATA_DIR [--dev QUANTULUM_TESTS_DIR] [--errors N]

DATA_DIR is the NewsQuant folder (holding formatted_test_set/NewsQuant.json).
Every sentence is parsed once with the product's pipeline (`factcheck.nlp`,
batched) and goes through `factcheck.normalise.amounts.find_amounts`; each
mention is paired with its tokens as the product pairs them (`spans_of`), and a
bare number the parse reads as part of a name ("Apollo 13", `names_a_thing`) is
left out. As the reference line, each sentence also goes through quantulum3 run
raw.

Scoring follows CQE_Evaluation's `evaluate_models.py`: a predicted quantity
matches a gold one when their values are equal (numpy.isclose, rtol 1e-5; a
range must match a range end for end, "1000000-10000000" in the gold); value F1
counts value matches, value+unit F1 those whose unit names are also equal after
lowercasing. Unlike CQE's loop, each gold and each prediction is matched at most
once (value+unit pairs first, then value-only pairs), so a number said twice is
not counted twice. For quantulum3, as in CQE, gold ranges are averaged (it
reports a range as its middle) and its unit names go through CQE's small mapping.

A change "from X to Y" is two mentions in factcheck (roles "from" and "to"); CQE
annotates it as one quantity (X, Y), so the pair is joined before scoring when
its ends share a unit and neither is a range. A duration factcheck reads as one
("four hours and 55 minutes" is 295 minutes) is its parts to CQE. "To Y from X" stays two
quantities, as CQE's rules read it. "X or Y units", one range to factcheck, is two quantities
to CQE, whose range rules join numbers by "to" and "-" only. A length factcheck reads from
"a" ("nearly a month") is no quantity to CQE, which reads only written numbers, and
nor is what a rate is reckoned per ("64.2 cents a dozen").

Unit names: the gold uses quantulum3-style names. factcheck's units map to them
through `UNIT_NAMES` and `CURRENCY_NAMES` below ("km" -> "kilometre", "USD" ->
"dollar", "percent" -> "percentage", "USD/barrel" -> "dollar per barrel");
durations stated as ages ("25-year-old", "ten years old") become "year of age",
and so do bare numbers the parse reads as ages ("Smith, 45,", "aged 19",
`factcheck.extract.counted.states_age`); a count's unit is what it counts, from
the noun the product finds (`counted_word`; "down from 52 million" takes the noun
of the count before it), written as CQE writes a noun unit (`cqe_units`: lemmas
of the noun and its qualifiers, "the 10 best wireless speakers" -> "good wireless
speaker"; "times" -> "count"), or "-" when it counts no noun; a share said in
words is "%" and its group ("half the homes" -> "% home"). A count or money reckoned per
something the parse finds after it (`rate_of`) is "X per Y" ("20 points per game"
-> "point per game", "$100 a night" -> "dollar per night").
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

from cqe_units import cqe_count_unit, cqe_share_unit
from spacy.tokens import Doc, Span

from factcheck.extract.context import spans_of
from factcheck.extract.counted import counted_phrases, names_a_thing, rate_of, states_age
from factcheck.nlp import parse_texts
from factcheck.normalise.amounts import AmountMention, find_amounts

CURRENCY_NAMES = {
    "USD": "dollar",
    "GBP": "pound sterling",
    "EUR": "euro",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "NZD": "new zealand dollar",
    "ILS": "shekel",
    "MYR": "malaysian ringgit",
    "INR": "indian rupee",
    "LKR": "sri lankan rupee",
    "NPR": "rupee",
    "PKR": "rupee",  # unit.json has no Pakistani or Nepalese rupee: "rupees" is "rupee"
    "ZAR": "south african rand",
    "DKK": "danish krone",
    "CHF": "swiss franc",
    "KRW": "south korean won",
    "RUB": "russian ruble",
    "TRY": "turkish lira",
    "HRK": "croatian kuna",
    "AMD": "armenian dram",
    "FIM": "finnish markka",
    "cent": "cent",
    "pence": "penny",
    "sen": "sen",
    "SDR": "special drawing rights",
    "AED": "united arab emirates dirham",
    "AFN": "afghan afghani",
    "BDT": "bangladeshi taka",
    "BRL": "brazilian real",
    "BTC": "bitcoin",
    "CZK": "czech koruna",
    "ETB": "ethiopian birr",
    "GHS": "ghanaian cedi",
    "IDR": "indonesian rupiah",
    "IRR": "iranian rial",
    "KES": "kenyan shilling",
    "MXN": "mexican peso",
    "NGN": "naira",  # no unit.json entry: the noun's lemma
    "NOK": "norwegian krone",
    "SAR": "saudi riyal",
    "SEK": "swedish krone",
}
UNIT_NAMES = {
    "percent": "percentage",
    "percentage point": "percentage point",
    "basis point": "basis point",
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "um": "micrometre",
    "nm": "nanometre",
    "mile": "mile",
    "ft": "foot",
    "inch": "inch",
    "yard": "yard",
    "nmi": "nautical mile",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "lb": "pound-mass",
    "oz": "ounce",
    "t": "metric ton",
    "ton": "ton",
    "Gt": "gigaton",
    "l": "litre",
    "ml": "millilitre",
    "cl": "centilitre",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "gallon": "gallon",
    "barrel": "barrel",
    "acre": "acre",
    "ha": "hectare",
    "km2": "square kilometre",
    "mile2": "square mile",
    "m2": "square metre",
    "ft2": "square foot",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "knot": "knot",
    "mpg": "mile per gallon",
    "rpm": "revolutions per minute",
    "hp": "horsepower",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "Wh": "watt hour",
    "kWh": "kilowatt hour",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "TWh": "terawatt hour",
    "V": "volt",
    "kV": "kilovolt",
    "degree": "degree",
    "degC": "celsius",
    "degF": "fahrenheit",
    "K": "kelvin",
    "GB": "gigabyte",
    "MB": "megabyte",
    "TB": "terabyte",
    "kB": "kilobyte",
    "GHz": "gigahertz",
    "MHz": "megahertz",
    "Hz": "hertz",
    "Mbps": "megabit per second",
    "Gbps": "gigabit per second",
    "mAh": "milliampere-hour",
    "MP": "megapixel",
    "ppm": "part per million",
    "ppb": "parts-per-billion",
    "lb-ft": "foot pound-force",  # CQE's unit.json lists "lb-ft" under "foot pound-force"
    "N·m": "newton metre",
    "psi": "pound-force per square inch",
    "ksi": "kilopound per square inch",
    "dB": "decibel",
    "kcal": "calorie",
    "BTU": "british thermal unit",
    "week2": "fortnight",
}
# CQE's own renaming of quantulum3's unit names (evaluate_models/tagger.py).
QUANTULUM_NAMES = {
    "dimensionless": "-",
    "unk": "-",
    "per cent": "percentage",
    "dollar dollar": "dollar",
    "united states dollar": "dollar",
    "tonne": "metric ton",
    "degree angle": "degree",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage",
    "second of arc": "second",
    "minute of arc": "minute",
    "yard yard": "yard",
    "cubic centimetre": "millilitre",
}
_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "series": "series",
    "news": "news",
    "staff": "staff",
}
TYPES = ("money", "counts", "percentages", "other units")


def singular(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes", "uses")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def unit_name(unit: str | None) -> str:
    if unit is None:
        return "-"
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit].lower()
    power = {"2": "square", "3": "cubic"}.get(unit[-1:])
    if power and unit[:-1] in UNIT_NAMES:  # "km3" -> "cubic kilometre"
        return f"{power} {UNIT_NAMES[unit[:-1]]}"
    parts = unit.split("/")
    names = [CURRENCY_NAMES.get(p) or UNIT_NAMES.get(p) or p for p in parts]
    return " per ".join(names).lower()


def factcheck_quantity(
    text: str, mention: AmountMention, span: Span | None, counted: str | None
) -> dict[str, Any]:
    amount = mention.amount
    value: Any = amount.value
    if amount.hedge in ("range", "between", "vague"):
        value = (amount.low, amount.high)
    if amount.kind == "count":
        unit = counted.lower() if counted else "-"
        if unit.split(" ")[-1] == "time" or (mention.noun or "").lower() == "times":
            unit = "count"  # "3,200 (more) times", "6.5 times earnings"
    else:
        unit = unit_name(amount.unit)
    per = rate_of(span) if span is not None and "/" not in (amount.unit or "") else None
    if per and unit != "-" and amount.kind in ("count", "money", "duration", "percent"):
        unit = f"{unit} per {per}"  # "20 points per game", "$100 a night"
    after = text[mention.end : mention.end + 8].lower().lstrip(" -")
    if amount.kind == "duration" and (after.startswith(("old", "of age"))):
        unit = f"{unit} of age"
    if span is not None and states_age(span, mention):  # "Smith, 45,", "aged 19 months"
        unit = f"{amount.unit if amount.kind == 'duration' else 'year'} of age"
    kind = {"money": "money", "percent": "percentages", "count": "counts"}.get(
        amount.kind, "other units"
    )
    if unit.endswith(" of age"):
        kind = "other units"
    return {"value": value, "unit": unit, "type": kind}


Found = tuple[AmountMention, Span | None, str | None]


def mentions_in(doc: Doc) -> list[Found]:
    """The amounts of a parsed sentence, each with its tokens (as the product pairs them)
    and what it counts, as CQE writes it (`cqe_units`); numbers that are part of a name
    are left out."""
    paired = [
        (mention, span)
        for mention, span in spans_of(
            doc, find_amounts(doc.text), lambda a: a.start, lambda a: a.end
        )
        if not names_a_thing(span, mention)
        # CQE reads a quantity only where a number is written: "nearly a month" is one
        # month to factcheck, no quantity to CQE
        and mention.number_text.lower() not in ("a", "an")
    ]
    previous = [None, *paired][: len(paired)]
    paired = [p for p, b in zip(paired, previous, strict=True) if not _rate_of(p, b)]
    found: list[Found] = []
    last: tuple[int, str] | None = None  # the sentence and CQE unit of the last count
    for (mention, span), counted in zip(paired, counted_phrases(paired), strict=True):
        amount = mention.amount
        if amount.kind == "count" and 0 < amount.value < 1 and mention.number_text[-1].isalpha():
            found.append((mention, span, cqe_share_unit(span)))  # "a third of the voters"
            continue
        unit = cqe_count_unit(span) if counted is not None else None
        if unit is not None:
            last = (span.sent.start, unit)
        elif counted is not None and last is not None and last[0] == span.sent.start:
            unit = last[1]  # the noun the sentence left out, as the product reads it
        found.append((mention, span, unit if counted is not None else None))
    return found


def _rate_of(pair: tuple[AmountMention, Span], before: tuple[AmountMention, Span] | None) -> bool:
    """ "a dozen" in "64.2 cents a dozen": what the amount before it is reckoned per, no
    quantity of its own (CQE.py marks it a unit)."""
    mention, span = pair
    if before is None or not mention.number_text.lower().startswith(("a ", "an ", "per ")):
        return False
    return rate_of(before[1]) == span[-1].lemma_.lower()


def cqe_quantities(text: str, mentions: list[Found]) -> list[dict[str, Any]]:
    """factcheck's mentions as CQE quantities: a change "from X to Y" in one unit is one
    (X, Y) quantity in the unit either end states ("from 208 pounds to 193"); "X or Y
    units", a range to factcheck, is two quantities to CQE, whose range rules join
    numbers by "to" and "-" only (rules.py, `num_to_num*`)."""
    out: list[dict[str, Any]] = []
    for mention, span, counted in mentions:
        parts = _duration_parts(mention)
        if parts:  # CQE annotates "24 hours, 39 minutes" as two quantities
            out += [factcheck_quantity(text, part, None, None) for part in parts]
            continue
        quantity = factcheck_quantity(text, mention, span, counted)
        start = out[-1] if out else None
        if (
            mention.role == "to"
            and start is not None
            and start.get("role") == "from"
            and not isinstance(start["value"], tuple)
            and not isinstance(quantity["value"], tuple)
        ):
            unit = _common_unit(start["unit"], quantity["unit"])
            if unit is not None:
                out[-1] = dict(quantity, value=(start["value"], quantity["value"]), unit=unit)
                continue
        value = quantity["value"]
        if isinstance(value, tuple) and " or " in mention.number_text:
            out += [dict(quantity, value=end, role=None) for end in value]
            continue
        out.append(dict(quantity, role=mention.role))
    return out


_PART_JOINT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+over\s+")


def _duration_parts(mention: AmountMention) -> list[AmountMention]:
    """The parts of a duration factcheck reads as one ("four hours and 55 minutes" is 295
    minutes), each as its own mention; empty for a duration of one part."""
    if mention.amount.kind != "duration":
        return []
    pieces = [piece for piece in _PART_JOINT.split(mention.text) if piece.strip()]
    if len(pieces) < 2:
        return []
    found = [find_amounts(piece) for piece in pieces]
    if not all(len(one) == 1 and one[0].amount.kind == "duration" for one in found):
        return []
    return [one[0] for one in found]


def _common_unit(first: str, second: str) -> str | None:
    """The unit two ends of a change share, the fuller if one leaves it out ("from 208
    pounds to 193", "from $500,000 to $1 million a year"); None when they differ."""
    shorter, longer = sorted((first, second), key=len)
    if shorter in ("-", longer) or longer.startswith(f"{shorter} per "):
        return longer
    return None


def gold_value(raw: Any, average_ranges: bool) -> Any:
    text = str(raw)
    if "e" not in text.lower() and not text.startswith("-") and "-" in text:
        low, high = (float(x) for x in text.split("-", 1))
        return (low + high) / 2 if average_ranges else (low, high)
    return float(text)


def gold_type(unit: str, currency_units: set[str], physical_units: set[str]) -> str:
    if unit == "percentage" or unit.startswith("percentage "):
        return "percentages"
    head = unit.split(" per ")[0]
    if head in currency_units or head in CURRENCY_NAMES.values():
        return "money"
    if head in physical_units or head.endswith(" of age"):
        return "other units"
    return "counts"


def close(a: Any, b: Any) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple):
        return all(close(x, y) for x, y in zip(a, b, strict=True))
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def match(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[list[bool], list[bool], list[bool], list[bool]]:
    """Which gold and predicted quantities match by value, and by value and unit."""
    gold_value_hit = [False] * len(gold)
    gold_unit_hit = [False] * len(gold)
    pred_value_hit = [False] * len(predicted)
    pred_unit_hit = [False] * len(predicted)
    for g, gq in enumerate(gold):
        for p, pq in enumerate(predicted):
            if (
                not pred_value_hit[p]
                and close(gq["value"], pq["value"])
                and gq["unit"] == pq["unit"]
            ):
                gold_value_hit[g] = gold_unit_hit[g] = True
                pred_value_hit[p] = pred_unit_hit[p] = True
                break
    for g, gq in enumerate(gold):
        if gold_value_hit[g]:
            continue
        for p, pq in enumerate(predicted):
            if not pred_value_hit[p] and close(gq["value"], pq["value"]):
                gold_value_hit[g] = pred_value_hit[p] = True
                break
    return gold_value_hit, gold_unit_hit, pred_value_hit, pred_unit_hit


class Score:
    def __init__(self) -> None:
        self.gold: Counter[str] = Counter()
        self.pred: Counter[str] = Counter()
        self.gold_hits: Counter[str] = Counter()
        self.pred_hits: Counter[str] = Counter()

    def add(self, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> None:
        gv, gu, pv, pu = match(gold, predicted)
        for q, v, u in zip(gold, gv, gu, strict=True):
            for key in ("all", q["type"]):
                self.gold[key] += 1
                self.gold_hits[key, "value"] += v
                self.gold_hits[key, "unit"] += u
        for q, v, u in zip(predicted, pv, pu, strict=True):
            for key in ("all", q["type"]):
                self.pred[key] += 1
                self.pred_hits[key, "value"] += v
                self.pred_hits[key, "unit"] += u

    def prf(self, key: str = "all", level: str = "value") -> tuple[float, float, float]:
        p = self.pred_hits[key, level] / self.pred[key] if self.pred[key] else 0.0
        r = self.gold_hits[key, level] / self.gold[key] if self.gold[key] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


def load(path: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    data = json.loads(path.read_text(encoding="utf8"))
    out = []
    for item in data:
        if "text" in item:
            out.append(
                (
                    item["text"],
                    [
                        {"value": q["value"], "unit": q["normalized_unit"]}
                        for q in item["quantities"]
                    ],
                )
            )
        else:  # quantulum3's own test format
            out.append(
                (
                    item["req"],
                    [
                        {
                            "value": q["value"],
                            "unit": QUANTULUM_NAMES.get(q["unit"].lower(), q["unit"]),
                        }
                        for q in item["res"]
                    ],
                )
            )
    return out


def quantulum_tables() -> tuple[Any, set[str], set[str]]:
    warnings.filterwarnings("ignore")
    from quantulum3 import load as qload
    from quantulum3 import parser

    units = qload.units("en_US")
    currency, physical = set(), set()
    for name, unit in units.names.items():
        entity = unit.entity.name
        if entity == "currency":
            currency.add(name.lower())
        elif entity not in ("dimensionless", "unknown"):
            physical.add(name.lower())
    return parser, currency, physical


def evaluate(
    sentences: list[tuple[str, list[dict[str, Any]]]],
    parser: Any,
    currency: set[str],
    physical: set[str],
    errors: int,
    average_ranges: bool = False,
) -> tuple[Score, Score, float]:
    ours, theirs = Score(), Score()
    for text, _ in sentences:  # warm-up: lazy tables are loaded once per process
        find_amounts(text)
    started = time.perf_counter()
    docs = list(parse_texts(text for text, _ in sentences))  # each sentence parsed once
    elapsed = time.perf_counter() - started
    shown = 0
    for (text, raw_gold), doc in zip(sentences, docs, strict=True):
        started = time.perf_counter()
        mentions = mentions_in(doc)
        elapsed += time.perf_counter() - started
        predicted = cqe_quantities(text, mentions)
        if average_ranges:  # quantulum3's tests state a range as its middle
            predicted = [
                dict(p, value=sum(p["value"]) / 2) if isinstance(p["value"], tuple) else p
                for p in predicted
            ]
        gold = []
        for q in raw_gold:
            unit = q["unit"].lower()
            gold.append(
                {
                    "value": gold_value(q["value"], False),
                    "unit": unit,
                    "type": gold_type(unit, currency, physical),
                }
            )
        ours.add(gold, predicted)
        if shown < errors:
            _gv, gu, _pv, pu = match(gold, predicted)
            if not all(gu) or not all(pu):
                shown += 1
                print("--", text)
                print("   gold:", [(q["value"], q["unit"]) for q in gold])
                print("   ours:", [(p["value"], p["unit"]) for p in predicted])
        theirs.add(
            [
                dict(q, value=gold_value(r["value"], True))
                for q, r in zip(gold, raw_gold, strict=True)
            ],
            _quantulum(parser, text),
        )
    return ours, theirs, elapsed / max(len(sentences), 1)


def _quantulum(parser: Any, text: str) -> list[dict[str, Any]]:
    out = []
    try:
        found = parser.parse(text)
    except Exception:  # noqa: BLE001 - quantulum3 raises on odd inputs; count it as nothing
        return out
    for q in found:
        name = q.unit.name.lower()
        name = QUANTULUM_NAMES.get(name, name)
        entity = q.unit.entity.name
        kind = (
            "percentages"
            if name == "percentage"
            else "money"
            if entity == "currency"
            else "counts"
            if entity == "dimensionless"
            else "other units"
        )
        out.append({"value": q.value, "unit": name.strip(), "type": kind})
    return out


def report(title: str, ours: Score, theirs: Score) -> None:
    print(f"\n{title}")
    print(
        f"{'type':<13}{'gold':>6}{'pred':>6}  {'value P/R/F1':>18}  {'value+unit P/R/F1':>18}"
        f"  {'quantulum3 value F1':>20} {'value+unit F1':>14}"
    )
    for key in ("all", *TYPES):
        vp, vr, vf = ours.prf(key, "value")
        up, ur, uf = ours.prf(key, "unit")
        qv = theirs.prf(key, "value")[2]
        qu = theirs.prf(key, "unit")[2]
        print(
            f"{key:<13}{ours.gold[key]:>6}{ours.pred[key]:>6}  {vp:5.1f}/{vr:5.1f}/{vf:5.1f}"
            f"  {up:5.1f}/{ur:5.1f}/{uf:5.1f}  {qv:>20.1f} {qu:>14.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("data_dir", type=Path)
    args.add_argument(
        "--dev",
        type=Path,
        action="append",
        default=[],
        help="development sentences: quantulum3's test folder, or a file in NewsQuant's"
        " format (CQE's other test sets); may be given more than once",
    )
    args.add_argument("--errors", type=int, default=0, help="print this many mismatches")
    opts = args.parse_args(argv)
    parser, currency, physical = quantulum_tables()
    for folder in opts.dev:
        if folder.is_dir():  # quantulum3's own tests, whose gold averages ranges
            dev = load(folder / "quantities.json") + load(folder / "quantities.ambiguity.json")
        else:
            dev = load(folder)
        ours, theirs, _ = evaluate(
            dev, parser, currency, physical, opts.errors, average_ranges=folder.is_dir()
        )
        report(f"{folder.name} (development): {len(dev)} sentences", ours, theirs)
    test_file = opts.data_dir / "formatted_test_set" / "NewsQuant.json"
    sentences = load(test_file)
    ours, theirs, per_sentence = evaluate(
        sentences, parser, currency, physical, 0 if opts.dev else opts.errors
    )
    report(f"NewsQuant (test): {len(sentences)} sentences", ours, theirs)
    print(f"\nparse and find_amounts: {per_sentence * 1000:.3f} ms per sentence (warm)")
    print("CQE published: value F1 92.0, value+unit F1 85.6; quantulum3 73.0 / 47.2")
    print(
        f"quantities: value_f1={ours.prf()[2]:.1f} value_unit_f1={ours.prf(level='unit')[2]:.1f}"
        f" quantulum3_value_f1={theirs.prf()[2]:.1f}"
        f" quantulum3_value_unit_f1={theirs.prf(level='unit')[2]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
