"""Countries, their demonyms, capitals and well-known cities, for subject keys.

A subject key names a country by one canonical slug ("rwanda"), whether the
article says "Rwanda", "Rwandan", "Kigali" or "the Rwandan capital".
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck import lexicons


def slug(words: str) -> str:
    """A stable, lower-case, hyphenated form of some words."""
    words = words.lower().replace("’", "'").replace("'s", "")
    return re.sub(r"[^a-z0-9]+", "-", words).strip("-")


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, str], dict[str, str]]:
    """name or demonym → country slug; city → country slug."""
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    for country, aliases, places in lexicons.rows("countries"):
        key = slug(country)
        for name in [country, *aliases.split(",")]:
            if name and name != "-":
                names[name.lower()] = key
        for city in places.split(","):
            if city and city != "-":
                cities[city.lower()] = key
    return names, cities


def _clean(words: str) -> str:
    words = words.strip().replace("’", "'")
    words = re.sub(r"^(the)\s+", "", words, flags=re.IGNORECASE)
    return re.sub(r"'s$", "", words).lower()


def country_of_name(words: str) -> str | None:
    """The country a name or demonym stands for ("Rwandan" → "rwanda")."""
    names, _ = _indexes()
    return names.get(_clean(words))


def country_of_place(words: str) -> str | None:
    """The country a place is in: the country itself, or its capital or city."""
    names, cities = _indexes()
    cleaned = _clean(words)
    cleaned = re.sub(r"\s+(city|county|province)$", "", cleaned)
    return names.get(cleaned) or cities.get(cleaned)
