"""Place names an article leaves open, settled by the rest of its story.

An article resolves a place name against what it says itself (`event_places`):
"a shooting in Norfolk" is Norfolk, Virginia, only when the article names the
state, and a town that several states have stays unknown without it. Reports
of one event are about one place, so once articles are assigned to stories, a
name an article left open is settled by its story: by the place another of its
articles resolved that name to, else by the one bearer of the name inside the
states and divisions the story's articles settle (a dateline's "Va.", the
places their claims resolved). A name stays open when the story gives it to
two places, or puts two bearers of it inside the divisions it names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck import places_gazetteer as gazetteer
from factcheck.models import Claim, PlaceValue
from factcheck.stories import StoryFeatures


@dataclass(frozen=True)
class _StoryPlaces:
    """What one story settles: the places its claims resolved each name to, and the
    divisions (country and first-level division) of every place it settles."""

    named: Mapping[str, frozenset[str]]
    divisions: frozenset[tuple[str, ...]]


def settle_places(
    claims: Sequence[Claim],
    stories: Mapping[str, str],
    features: Mapping[str, StoryFeatures],
) -> list[Claim]:
    """The claims, with each place an article left unknown settled by its story."""
    settled: dict[str, set[str]] = defaultdict(set)  # story → place ids it settles
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article, found in features.items():
        if article in stories:
            settled[stories[article]].update(found.places)
    for claim in claims:
        story = stories.get(claim.article)
        value = claim.value
        if story is not None and isinstance(value, PlaceValue) and value.place:
            settled[story].add(value.place)
            for part in _parts(value.name)[:1]:  # the finest part names the place found
                named[story][gazetteer.fold(part)].add(value.place)
    by_story = {
        story: _StoryPlaces(
            {name: frozenset(ids) for name, ids in named[story].items()},
            frozenset(
                place.path[:2]
                for place_id in ids
                if (place := gazetteer.place(place_id)) is not None and place.level != "country"
            ),
        )
        for story, ids in settled.items()
    }
    return [_settled(claim, by_story.get(stories.get(claim.article, ""))) for claim in claims]


def _parts(name: str) -> list[str]:
    """The parts of a written chain, finest first ("Summit Avenue, Pasadena")."""
    return [part.strip() for part in name.split(",") if part.strip()]


def _settled(claim: Claim, story: _StoryPlaces | None) -> Claim:
    value = claim.value
    if story is None or not isinstance(value, PlaceValue) or value.place is not None:
        return claim
    for part in _parts(value.name):
        known = _one_place(part, story)
        if known is not None:
            resolved = value.model_copy(update={"place": known.id, "level": known.level})
            return claim.model_copy(update={"value": resolved})
    return claim


def _one_place(name: str, story: _StoryPlaces) -> gazetteer.Place | None:
    """The one place a name can be in this story, or None."""
    given = story.named.get(gazetteer.fold(name), frozenset())
    if len(given) == 1:
        return gazetteer.place(next(iter(given)))
    if given:
        return None  # the story's reports put it in two places
    inside = [p for p in gazetteer.candidates(name) if p.path[:2] in story.divisions]
    return inside[0] if len(inside) == 1 else None
