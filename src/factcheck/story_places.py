"""Place names an article leaves open, settled by the rest of its story.

An article resolves a place name against what it says itself (`event_places`):
"a shooting in Norfolk" is Norfolk, Virginia, only when the article names the
state, and a town that several states have stays unknown without it. Reports
of one event are about one place, so once articles are assigned to stories, a
name an article left open is resolved again against everything the story's
articles settle: the places their claims resolved ("Norfolk, Va."), and the
states, countries and large cities they name. A name stays open when the story
does not settle it either (two bearers in the states it names).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from factcheck import places_gazetteer as gazetteer
from factcheck.extract.event_places import locate
from factcheck.models import Claim, PlaceValue
from factcheck.stories import StoryFeatures


def settle_places(
    claims: Sequence[Claim],
    stories: Mapping[str, str],
    features: Mapping[str, StoryFeatures],
) -> list[Claim]:
    """The claims, with each place an article left unknown resolved against its story."""
    settled: dict[str, dict[str, None]] = defaultdict(dict)  # story → place ids, in order
    for article, found in features.items():
        if article in stories:
            settled[stories[article]].update(dict.fromkeys(found.places))
    for claim in claims:
        story = stories.get(claim.article)
        if story is not None and isinstance(claim.value, PlaceValue) and claim.value.place:
            settled[story][claim.value.place] = None
    context = {
        story: [place for place_id in ids if (place := gazetteer.place(place_id)) is not None]
        for story, ids in settled.items()
    }
    return [_settled(claim, context.get(stories.get(claim.article, ""), [])) for claim in claims]


def _settled(claim: Claim, context: list[gazetteer.Place]) -> Claim:
    value = claim.value
    if not context or not isinstance(value, PlaceValue) or value.place is not None:
        return claim
    known = locate([part.strip() for part in value.name.split(",") if part.strip()], context)
    if known is None:
        return claim
    resolved = value.model_copy(update={"place": known.id, "level": known.level})
    return claim.model_copy(update={"value": resolved})
