"""The NewsQuant benchmark writes a count's unit as CQE does (benchmarks/cqe_units.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.extract.context import spans_of
from factcheck.nlp import parse_texts
from factcheck.normalise.amounts import find_amounts

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


cqe_units = _load("cqe_units")


def units_in(sentence: str) -> list[tuple[str, str | None]]:
    doc = next(parse_texts([sentence]))
    found = spans_of(doc, find_amounts(sentence), lambda a: a.start, lambda a: a.end)
    return [
        (m.text, cqe_units.cqe_count_unit(span)) for m, span in found if m.amount.kind == "count"
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # lemmas: adjectives to their base form, nouns to the singular
        ("The shop sold three of the best garden chairs.", "good garden chair"),
        ("It sold two smaller houses.", "small house"),
        ("About 300 Americans applied.", "american"),
        # a verb or an adverb qualifies, but is no part of the unit
        ("They released 30 recorded interviews.", "interview"),
        # qualifiers on either side of the number, and what they coordinate
        ("The top five teams qualify.", "top team"),
        ("He scored a record 40 points.", "record point"),
        ("About 300 Ford and Toyota trucks were recalled.", "ford toyota truck"),
        # the noun a counted compound qualifies, unless written onto the number
        ("They served a four course dinner.", "course dinner"),
        ("It has a 2.0-litre four-cylinder engine.", "cylinder"),
        # hyphenated words stay whole; stop words and other amounts are left out
        ("The 14 first-team players left.", "first-team player"),
        ("The club signed six more players.", "more player"),
        ("The first four aircraft will be assembled in Toulouse.", "first aircraft"),
        ("Two other victims were taken to hospital.", "other victim"),
        ("They bought twelve 500ml jars.", "jar"),
        # after a number word and "of": the noun's subtree, less stop words
        ("It is one of the tallest buildings in the world.", "tall building world"),
        ("She owns two of her father's oldest cars.", "father old car"),
        ("He was one of the players who left.", "player"),
        ("Hughes will build five of the three-ton satellites.", "three-ton satellite"),
        ("He is one of the first-team players.", "first-team player"),
        ("One of the two deputies has died.", "deputy"),  # "two" is a count of its own
        ("Only 40 million of the 90 million voters came.", "voter"),  # a scale is no "one"
        # the noun after a number the parse hangs elsewhere; a participle is no qualifier
        ("To date, 149 confirmed orders have been received.", "order"),
        ("The storm left 25 dead.", "dead"),
        # no noun counted
        ("The vote was 218 to 208.", None),
    ],
)
def test_a_counts_unit_is_written_as_cqe_writes_it(sentence: str, unit: str | None) -> None:
    assert units_in(sentence)[0][1] == unit


quantities = _load("quantities")


def cqe_of(sentence: str) -> list[tuple[object, str]]:
    doc = next(parse_texts([sentence]))
    found = quantities.cqe_quantities(sentence, quantities.mentions_in(doc))
    return [(q["value"], q["unit"]) for q in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales were 4.5 times earnings.", [(4.5, "count")]),  # "times" is CQE's count
        ("He went from 180 pounds to 172.", [((180.0, 172.0), "pound-mass")]),
        ("It went from 40 ml to 45 mg.", [(40.0, "millilitre"), (45.0, "milligram")]),
        ("A meal costs six or seven euros.", [(6.0, "euro"), (7.0, "euro")]),
        ("A third of the town population moved.", [(1 / 3, "% town population")]),
        ("Half the houses were sold.", [(0.5, "% house")]),
        ("A quarter of those asked agreed.", [(0.25, "% -")]),
        # what a rate is reckoned per is no quantity of its own
        ("Egg prices averaged 64.2 cents a dozen.", [(64.2, "cent per dozen")]),
        ("They bought a dozen eggs.", [(12.0, "egg")]),
    ],
)
def test_factcheck_mentions_become_cqe_quantities(
    sentence: str, expected: list[tuple[object, str]]
) -> None:
    assert cqe_of(sentence) == expected


@pytest.mark.parametrize(
    ("unit", "name"),
    [("lb-ft", "foot pound-force"), ("N·m", "newton metre"), ("km", "kilometre")],
)
def test_unit_names_follow_cqes_unit_table(unit: str, name: str) -> None:
    assert quantities.unit_name(unit) == name
