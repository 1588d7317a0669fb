"""Measure time-expression recognition and normalisation on TempEval-3.

    python benchmarks/timex.py DATA_DIR [--split te3-platinum|TBAQ-cleaned] [--errors]

DATA_DIR is the TempEval-3 folder (with te3-platinum/ and TBAQ-cleaned/). Each
.tml document's <TEXT> is stripped of its tags, `find_times(text, dct)` runs on
it, and the output is scored with the TempEval-3 measures: strict extent F1,
relaxed (overlap) extent F1, and value F1 over the relaxed-matched pairs
(precision = correct values / system timexes, recall = correct values / gold
timexes), with a per-type breakdown. Tune on TBAQ-cleaned only; platinum is
the test set.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.normalise.timex import TimeExpression, find_times

TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')
TEXT_ELEMENT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
DCT_TIMEX = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: date | None
    gold: list[Gold]


def read_document(path: Path) -> Document:
    """The raw <TEXT> (tags stripped, entities decoded) with its gold TIMEX3 spans."""
    source = path.read_text(encoding="utf-8")
    dct = None
    dct_tag = DCT_TIMEX.search(source)
    if dct_tag:
        value = dict(ATTR.findall(dct_tag.group(0))).get("value", "")
        match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
        if match:
            dct = date(*(int(part) for part in match.groups()))
    element = TEXT_ELEMENT.search(source)
    body = element.group(1) if element else ""
    text_parts: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        text_parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Gold(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    text_parts.append(html.unescape(body[position:]))
    text = "".join(text_parts)
    for item in gold:
        item.text = text[item.start : item.end]
    return Document(path.stem, text, dct, gold)


def documents(data_dir: Path, split: str) -> list[Document]:
    paths = sorted((data_dir / split).rglob("*.tml"))
    return [read_document(path) for path in paths if "testpipeline" not in path.parts]


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed_system: int = 0  # system timexes that overlap some gold one
    relaxed_gold: int = 0  # gold timexes that overlap some system one
    value: int = 0

    def add(self, other: Counts) -> None:
        for field in self.__dataclass_fields__:
            setattr(self, field, getattr(self, field) + getattr(other, field))


def f1(correct_p: int, system: int, correct_r: int, gold: int) -> tuple[float, float, float]:
    precision = correct_p / system if system else 0.0
    recall = correct_r / gold if gold else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def overlaps(a: TimeExpression, b: Gold) -> bool:
    return a.start < b.end and b.start < a.end


def score(
    found: list[TimeExpression], gold: list[Gold], errors: list[str] | None
) -> dict[str, Counts]:
    """Counts overall ("ALL") and per gold type; system timexes count under their own type."""
    counts = {name: Counts() for name in ("ALL", *TYPES)}
    used: set[int] = set()
    for item in gold:
        counts["ALL"].gold += 1
        counts.setdefault(item.type, Counts()).gold += 1
    for expression in found:
        counts["ALL"].system += 1
        counts.setdefault(expression.type, Counts()).system += 1
    for expression in found:
        partners = [i for i, item in enumerate(gold) if overlaps(expression, item)]
        if partners:
            counts["ALL"].relaxed_system += 1
            counts[expression.type].relaxed_system += 1
        elif errors is not None:
            errors.append(f"  FP   {expression.text!r} {expression.type} {expression.value}")
    for item in gold:
        matches = [e for e in found if overlaps(e, item)]
        bucket = counts[item.type]
        if not matches:
            if errors is not None:
                errors.append(f"  FN   {item.text!r} {item.type} {item.value}")
            continue
        expression = matches[0]
        counts["ALL"].relaxed_gold += 1
        bucket.relaxed_gold += 1
        if (expression.start, expression.end) == (item.start, item.end):
            counts["ALL"].strict += 1
            bucket.strict += 1
        elif errors is not None:
            errors.append(f"  EXT  {expression.text!r} vs gold {item.text!r}")
        if id(expression) not in used and expression.value == item.value:
            counts["ALL"].value += 1
            bucket.value += 1
        elif errors is not None:
            errors.append(
                f"  VAL  {item.text!r} {item.type} gold={item.value} got={expression.value}"
            )
        used.add(id(expression))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--split", default="te3-platinum", choices=["te3-platinum", "TBAQ-cleaned"])
    parser.add_argument("--errors", action="store_true", help="print every error, per document")
    args = parser.parse_args(argv)
    docs = documents(args.data_dir, args.split)
    if not docs:
        print(f"no .tml documents under {args.data_dir / args.split}", file=sys.stderr)
        return 2
    totals = {name: Counts() for name in ("ALL", *TYPES)}
    elapsed = 0.0
    for doc in docs:
        began = time.perf_counter()
        found = find_times(doc.text, doc.dct)
        elapsed += time.perf_counter() - began
        errors: list[str] | None = [] if args.errors else None
        for name, counts in score(found, doc.gold, errors).items():
            totals.setdefault(name, Counts()).add(counts)
        if errors:
            print(f"{doc.name} (dct {doc.dct})")
            print("\n".join(errors))
    print(f"{len(docs)} documents, {elapsed / len(docs) * 1000:.2f} ms per document")
    print(f"{'type':<9}{'gold':>6}{'sys':>6}{'strict':>8}{'relaxed':>9}{'value':>7}")
    for name in ("ALL", *TYPES):
        c = totals[name]
        strict = f1(c.strict, c.system, c.strict, c.gold)[2]
        relaxed = f1(c.relaxed_system, c.system, c.relaxed_gold, c.gold)[2]
        value = f1(c.value, c.system, c.value, c.gold)[2]
        print(
            f"{name:<9}{c.gold:>6}{c.system:>6}{strict * 100:>8.1f}"
            f"{relaxed * 100:>9.1f}{value * 100:>7.1f}"
        )
    c = totals["ALL"]
    print(
        f"timex: strict_f1={f1(c.strict, c.system, c.strict, c.gold)[2] * 100:.1f}"
        f" relaxed_f1={f1(c.relaxed_system, c.system, c.relaxed_gold, c.gold)[2] * 100:.1f}"
        f" value_f1={f1(c.value, c.system, c.value, c.gold)[2] * 100:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
