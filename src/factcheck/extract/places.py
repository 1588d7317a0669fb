"""Place names for subject keys: a place's whole written name, and countries, their
demonyms, capitals and well-known cities.

A subject key names a country by one canonical slug ("rwanda"), whether the
article says "Rwanda", "Rwandan", "Kigali" or "the Rwandan capital".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import entity_around
from factcheck.extract.names import proper_name

PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def slug(words: str) -> str:
    """A stable, lower-case, hyphenated form of some words, without accents ("Gálvez" and
    "Galvez" are one key)."""
    words = unicodedata.normalize("NFKD", words.lower().replace("’", "'").replace("'s", ""))
    words = "".join(c for c in words if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", words).strip("-")


def place_name(token: Token) -> Span:
    """The whole name of the place a word is part of: its place entity ("San Jose", not
    "San") or, where the tagger saw none, the proper nouns from the word on; the common
    words at its edges are left out ("Kanpur city" is Kanpur)."""
    entity = entity_around(token)
    if entity is not None and entity.label_ in PLACE_ENTITIES:
        return proper_name(entity)
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1
    return proper_name(token.doc[token.i : end])


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


def names_a_country(text: str) -> bool:
    """A country or its people, which the recogniser may take for a person: "Sri Lanka",
    "Sri Lanka's", "Sri Lankans"."""
    text = text.removesuffix("'s").removesuffix("’s")
    return country_of_name(text) is not None or country_of_name(text.removesuffix("s")) is not None
