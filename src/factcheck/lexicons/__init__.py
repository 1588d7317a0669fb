"""Word tables as data: one TSV file a table, read once from package data.

The code says what a table is for; the files hold the words. Each line is one
row of tab-separated fields; `#` starts a comment line and blank lines are
skipped. A newsroom's own aliases are one more table of the same shape.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of table `name` (the file `<name>.tsv`), each a tuple of its fields."""
    text = files("factcheck.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    found: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        found.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(found)


@cache
def words(name: str) -> frozenset[str]:
    """A one-column table as a set of words."""
    return frozenset(row[0] for row in rows(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column table as a mapping from the first field to the second."""
    return {row[0]: row[1] for row in rows(name)}
