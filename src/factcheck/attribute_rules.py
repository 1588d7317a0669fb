"""The pipeline's attribute ruler, applied through dictionaries instead of a Matcher.

spaCy's `attribute_ruler` in the English pipelines holds about 180 rules, almost
all of one token ("a token tagged VBZ whose lowercase form is 'is' has the lemma
'be'"). It finds them with a `Matcher`, which tries every rule at every token: on
news text that was a fifth of the whole parse's CPU time.

`indexed_ruler` builds an equivalent component from the loaded ruler's own rules:
- a rule is a short sequence of token constraints, each an equality, an `IN` or
  `NOT_IN` set, or a `REGEX`, on the attributes spaCy's Matcher reads;
- it is looked up by its first token's tag, lowercase form or dependency label
  (whichever the rule fixes first) and only then are its other constraints
  checked, so a token costs a few dictionary lookups, not 180 rule trials;
- as in spaCy, all rules are matched on the parse as it stands and then applied
  in the order they were added: a later rule overrides an earlier one on the
  same attribute.
A ruler with anything else (quantifiers such as `OP`, extension attributes, a
rule that sets something other than POS, MORPH, LEMMA, TAG or DEP) is kept as it
is: `indexed_ruler` returns None. `tests/test_nlp.py` checks that the two give
the same annotations on every token of the bundled articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

WRITABLE = (POS, MORPH, LEMMA, TAG, DEP)
WRITTEN: list[int | str] = list(WRITABLE)
# Attributes a rule is looked up by, most selective first.
INDEX_ATTRIBUTES = ("LOWER", "TAG", "DEP", "IS_SPACE")
Row = list[int]
Check = Callable[[int], bool]


class _Unsupported(Exception):
    """A rule this module cannot apply exactly as spaCy does."""


@dataclass(frozen=True)
class _Rule:
    number: int
    target: int  # offset of the token the rule annotates, from the first token
    checks: tuple[tuple[int, int, Check], ...]  # (token offset, column, test)
    length: int


@dataclass
class IndexedAttributeRuler:
    """A pipeline component giving the same annotations as an `AttributeRuler`."""

    columns: list[int | str]
    writes: list[list[tuple[int, int]]] = field(default_factory=list)
    index: dict[int, dict[int, list[_Rule]]] = field(default_factory=dict)
    # Rules whose first token has no equality to look up: filed by the column of
    # one of its tests, which is run once per distinct value and remembered.
    gated: dict[int, list[tuple[Check, _Rule]]] = field(default_factory=dict)
    passed: dict[int, dict[int, list[_Rule]]] = field(default_factory=dict)

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if not length:
            return doc
        rows: list[Row] = doc.to_array(self.columns).tolist()
        lookups = [(column, self.index[column]) for column in self.index]
        for column in self.gated:
            lookups.append((column, self._passing(column, {row[column] for row in rows})))
        matches: list[tuple[int, int]] = []
        for start, row in enumerate(rows):
            for column, table in lookups:
                for rule in table.get(row[column], ()):
                    if not rule.checks or _holds(rule, rows, start, length):
                        matches.append((rule.number, start + rule.target))
        if not matches:
            return doc
        matches.sort()
        values = doc.to_array(WRITTEN).tolist()
        for number, position in matches:
            row = values[position]
            for column, value in self.writes[number]:
                row[column] = value
        doc.from_array(WRITTEN, cast(Any, numpy.array(values, dtype=numpy.uint64)))
        return doc

    def _passing(self, column: int, values: set[int]) -> dict[int, list[_Rule]]:
        passed = self.passed.setdefault(column, {})
        for value in values - passed.keys():
            passed[value] = [rule for check, rule in self.gated[column] if check(value)]
        return passed


def _holds(rule: _Rule, rows: list[Row], start: int, length: int) -> bool:
    if start + rule.length > length:
        return False
    return all(check(rows[start + offset][column]) for offset, column, check in rule.checks)


def indexed_ruler(ruler: object) -> IndexedAttributeRuler | None:
    """The ruler's rules behind dictionaries, or None if one of them can't be."""
    if not isinstance(ruler, AttributeRuler):
        return None
    try:
        return _build(ruler)
    except _Unsupported:
        return None


def _build(ruler: AttributeRuler) -> IndexedAttributeRuler:
    patterns: list[dict[str, Any]] = [dict(pattern) for pattern in ruler.patterns]
    names = sorted({name for p in patterns for seq in p["patterns"] for tok in seq for name in tok})
    names = sorted({*names, *INDEX_ATTRIBUTES})
    if any(name not in IDS for name in names):
        raise _Unsupported(names)
    columns = {name: position for position, name in enumerate(names)}
    built = IndexedAttributeRuler([int(IDS[name]) for name in names])
    built.index = {columns[name]: defaultdict(list) for name in INDEX_ATTRIBUTES}
    for number, pattern in enumerate(patterns):
        writes = []
        for attr_id, value in ruler.attrs[number].items():
            if attr_id not in WRITABLE:
                raise _Unsupported(attr_id)
            writes.append((WRITABLE.index(attr_id), int(value)))
        built.writes.append(writes)
        for sequence in pattern["patterns"]:
            _add(built, columns, ruler.vocab, number, sequence, ruler.indices[number])
    return built


def _add(
    built: IndexedAttributeRuler,
    columns: dict[str, int],
    vocab: Vocab,
    number: int,
    sequence: list[dict[str, Any]],
    index: int,
) -> None:
    length = len(sequence)
    target = index if index >= 0 else length + index
    if not 0 <= target < length:
        raise _Unsupported(index)
    first = sequence[0]
    if not first:
        raise _Unsupported(sequence)
    indexed_by = next(
        (name for name in INDEX_ATTRIBUTES if _index_keys(vocab, first.get(name))), None
    )
    gate = indexed_by or next(iter(first))
    # The lookup itself checks the constraint the rule is filed by.
    checks = tuple(
        (offset, columns[name], _check(vocab, wanted))
        for offset, token in enumerate(sequence)
        for name, wanted in token.items()
        if (offset, name) != (0, gate)
    )
    rule = _Rule(number, target, checks, length)
    if indexed_by is None:
        built.gated.setdefault(columns[gate], []).append((_check(vocab, first[gate]), rule))
        return
    for key in _index_keys(vocab, first[indexed_by]) or ():
        built.index[columns[indexed_by]][key].append(rule)


def _index_keys(vocab: Vocab, wanted: Any) -> list[int] | None:
    if wanted is None:
        return None
    if isinstance(wanted, dict):
        return [_hash(vocab, value) for value in wanted["IN"]] if set(wanted) == {"IN"} else None
    return [_hash(vocab, wanted)]


def _check(vocab: Vocab, wanted: Any) -> Check:
    if not isinstance(wanted, dict):
        expected = _hash(vocab, wanted)
        return lambda value: value == expected
    if len(wanted) != 1:
        raise _Unsupported(wanted)
    ((operator, operand),) = wanted.items()
    if operator == "IN":
        allowed = frozenset(_hash(vocab, item) for item in operand)
        return lambda value: value in allowed
    if operator == "NOT_IN":
        refused = frozenset(_hash(vocab, item) for item in operand)
        return lambda value: value not in refused
    if operator == "REGEX":
        return _regex_check(vocab, re.compile(operand))
    raise _Unsupported(operator)


def _regex_check(vocab: Vocab, pattern: re.Pattern[str]) -> Check:
    return lambda value: bool(pattern.search(vocab.strings[value]))


def _hash(vocab: Vocab, value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return int(vocab.strings.add(value))
    if isinstance(value, int):
        return value
    raise _Unsupported(value)
