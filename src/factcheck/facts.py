"""The value most independent sources support, per subject: a small truth estimate.

Truth discovery in the manner of TruthFinder and CRH, kept simple enough to
explain in a paragraph:

1. **Sources.** A claim's source is its outlet (the host of its article's URL,
   else the article itself). Articles that share a long sentence (compared by a
   hash of the sentence lower-cased with punctuation and spacing folded) are
   copies of one story, a wire report reprinted, and become one source. This is
   a union-find over hashes: linear in claims, no pairs of articles compared.
2. **Values.** The claims of a subject group are split into sets that can be
   compared (amounts in one base unit over one period; dates of what happened
   apart from dates of what is to come; ages; places the gazetteer knows, one
   agreeing with another that holds it) and grouped by value. The values
   stated by the most sources are the candidates (at most `MAX_CANDIDATES`).
3. **Votes.** Each source votes once for each candidate, with its best claim: 1
   when the claim agrees with the candidate (amount bands overlap, so hedges
   and stated precision decide "the same value"; one date interval contains
   the other), only 0.5 when the candidate is broader than the claim ("19
   November" backs "2023" only half, so a vague value cannot win by being
   vague). For a moving tally (deaths, injured…) a claim's vote drops to a
   tenth for each day its article is older than the group's newest report: a
   later figure outweighs an earlier one unless ten times as many sources
   repeat the earlier one.
4. **Choice.** The candidate with the most votes; ties go to the narrower
   value, then the one more sources state exactly, then (for a tally) the larger:
   a bound ("at least one died") fits every larger figure and makes none of them
   more likely.
   `support` is the claims that agree with it, `dissent` the rest, and
   `confidence` its votes over the weight of all the group's sources.

The cost is (candidates × claims) per group, so linear in claims.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from factcheck import places_gazetteer as gazetteer
from factcheck.group import Group
from factcheck.models import AmountValue, Article, Claim, Fact, PlaceValue
from factcheck.normalise.amounts.units import to_base
from factcheck.report.readable import claim_value, day

MAX_CANDIDATES = 20
TALLY_DECAY = 0.1  # a running count's weight per day older than the newest report
# Counts that grow as news comes in: the latest report is the best one.
MOVING_TALLIES = frozenset(
    {"deaths", "injured", "missing", "evacuated", "shot", "arrested", "displaced", "rescued"}
)
# A shared sentence this long (after folding) is a copy, not a coincidence.
COPY_MIN_CHARACTERS = 60
NOT_A_VALUE = frozenset({"negated"})
FACTUAL = frozenset({"done", "ongoing"})


# ── Sources ─────────────────────────────────────────────────────────────────


def outlet(article: Article) -> str | None:
    """The host of an article's http(s) URL without "www.", or None."""
    if not article.url:
        return None
    parts = urlsplit(article.url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    return host[4:] if host.startswith("www.") else host


def sentence_hash(sentence: str) -> str | None:
    """A hash of the sentence's words, or None when it is too short to mark a copy."""
    folded = " ".join(re.findall(r"\w+", sentence.lower()))
    if len(folded) < COPY_MIN_CHARACTERS:
        return None
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def independent_sources(articles: Iterable[Article], claims: Iterable[Claim]) -> dict[str, str]:
    """Each article id → the id of its source (the first article of its outlet or copy set)."""
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(first: str, second: str) -> None:
        roots = sorted({find(first), find(second)})
        if len(roots) == 2:
            parent[roots[1]] = roots[0]

    first_with: dict[str, str] = {}
    for article in articles:
        find(article.id)
        host = outlet(article)
        if host is not None:
            union(article.id, first_with.setdefault("outlet:" + host, article.id))
    for claim in claims:
        digest = sentence_hash(claim.sentence)
        if digest is not None:
            union(claim.article, first_with.setdefault("copy:" + digest, claim.article))
    return {item: find(item) for item in list(parent)}


# ── Values ──────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _Value:
    """What the estimate needs of a claim: a value key, an interval, a way to agree."""

    claim: Claim
    key: tuple[object, ...]
    low: float
    high: float
    agrees: Callable[[_Value], bool]
    band: AmountValue | None = None  # an amount in its base unit
    place: gazetteer.Place | None = None  # a place the gazetteer knows

    def vote_for(self, candidate: _Value) -> float:
        if not self.agrees(candidate):
            return 0.0
        broader = candidate.low <= self.low and self.high <= candidate.high
        return 0.5 if broader and (candidate.low, candidate.high) != (self.low, self.high) else 1.0


def _amount_value(claim: Claim) -> tuple[tuple[object, ...], _Value] | None:
    amount = claim.amount
    if amount is None:
        return None
    value, low, high, unit = to_base(amount)
    base = amount.model_copy(update={"value": value, "low": low, "high": high, "unit": unit})
    period = (claim.time.start, claim.time.end) if claim.time else None

    def agrees(other: _Value) -> bool:
        return other.band is not None and base.overlaps(other.band)

    low_number = float("-inf") if low is None else low
    high_number = float("inf") if high is None else high
    key = (value, low_number, high_number)
    return ("amount", unit, period), _Value(claim, key, low_number, high_number, agrees, base)


def _event_value(claim: Claim) -> tuple[tuple[object, ...], _Value] | None:
    time = claim.time
    if time is None:
        return None
    low, high = float(time.start.toordinal()), float(time.end.toordinal())

    def agrees(other: _Value) -> bool:
        return (other.low <= low and high <= other.high) or (
            low <= other.low and other.high <= high
        )

    factual = claim.status in FACTUAL
    return ("event", factual), _Value(claim, (low, high), low, high, agrees)


def _age_value(claim: Claim) -> tuple[tuple[object, ...], _Value] | None:
    if claim.value.type != "age":
        return None
    years = float(claim.value.years)
    return ("age",), _Value(claim, (years,), years, years, lambda other: other.key == (years,))


# a fate as an interval on one line from dead to unhurt: "shot" reaches from dead to
# injured and "alive" from injured to unhurt, so each agrees with what it leaves open
_FATE_REACH = {
    "dead": (0.0, 0.0),
    "shot": (0.0, 1.0),
    "injured": (1.0, 1.0),
    "alive": (1.0, 2.0),
    "unhurt": (2.0, 2.0),
}


def _fate_value(claim: Claim) -> tuple[tuple[object, ...], _Value] | None:
    if claim.value.type != "fate":
        return None
    low, high = _FATE_REACH[claim.value.fate]

    def agrees(other: _Value) -> bool:
        return other.low <= high and low <= other.high

    return ("fate",), _Value(claim, (low, high), low, high, agrees)


# how far a place of each level reaches, as an interval: a country holds its states
# and cities, so it is "broader" than they are and gets only half a vote from them
_PLACE_REACH = {"country": 3.0, "admin1": 2.0, "county": 1.0, "city": 1.0}


def _place_value(claim: Claim) -> tuple[tuple[object, ...], _Value] | None:
    value = claim.value
    if not isinstance(value, PlaceValue) or value.relation != "in" or value.place is None:
        return None  # "near X", "20 miles from X" and unknown places are not compared
    found = gazetteer.place(value.place)
    if found is None:
        return None
    reach = _PLACE_REACH.get(found.level, 1.0)

    def agrees(other: _Value) -> bool:
        other_place = other.place
        return other_place is not None and (
            other_place.id == found.id
            or gazetteer.contains(other_place, found)
            or gazetteer.contains(found, other_place)
        )

    return ("place",), _Value(claim, (found.id,), -reach, reach, agrees, place=found)


_VALUES = {
    "amount": _amount_value,
    "event": _event_value,
    "age": _age_value,
    "fate": _fate_value,
    "place": _place_value,
}


# ── The estimate ────────────────────────────────────────────────────────────


def estimate_facts(groups: Iterable[Group]) -> list[Fact]:
    """Per subject group (and comparable set within it), the value most sources support."""
    groups = list(groups)
    articles: dict[str, Article] = {}
    for group in groups:
        articles.update(group.articles)
    every_claim = [claim for group in groups for claim in group.claims]
    sources = independent_sources(articles.values(), every_claim)
    facts: list[Fact] = []
    for group in groups:
        comparable: dict[tuple[object, ...], list[_Value]] = defaultdict(list)
        for claim in group.claims:
            read = _VALUES.get(claim.kind)
            found = read(claim) if read and claim.status not in NOT_A_VALUE else None
            if found is not None:
                comparable[found[0]].append(found[1])
        for values in comparable.values():
            facts.append(_choose(group, values, sources))
    return facts


def _tally_weights(group: Group, values: list[_Value]) -> dict[str, float]:
    """Per claim: 1 for the newest report of a moving tally, a tenth per day older."""
    published = {v.claim.id: group.articles[v.claim.article].published for v in values}
    dated = [when for when in published.values() if when is not None]
    if not _is_tally(group) or not dated:
        return {claim_id: 1.0 for claim_id in published}
    newest, oldest = max(dated), min(dated)

    def weight(when: date | None) -> float:
        return TALLY_DECAY ** min((newest - (when or oldest)).days, 30)

    return {claim_id: weight(when) for claim_id, when in published.items()}


def _choose(group: Group, values: list[_Value], sources: Mapping[str, str]) -> Fact:
    weights = _tally_weights(group, values)
    source_of = {v.claim.id: sources.get(v.claim.article, v.claim.article) for v in values}
    # one entry per source and value: a source repeating itself is one voice
    voices: dict[tuple[str, tuple[object, ...]], tuple[_Value, float]] = {}
    stated_by: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for value in values:
        source, weight = source_of[value.claim.id], weights[value.claim.id]
        entry = (source, value.key)
        if entry not in voices or voices[entry][1] < weight:
            voices[entry] = (value, weight)
        stated_by[value.key].add(source)
    first_of: dict[tuple[object, ...], _Value] = {}
    for value in values:
        first_of.setdefault(value.key, value)
    candidates = sorted(first_of, key=lambda key: (-len(stated_by[key]), _order(first_of[key])))
    candidates = candidates[:MAX_CANDIDATES]
    source_weight: dict[str, float] = defaultdict(float)
    for (source, _), (_, weight) in voices.items():
        source_weight[source] = max(source_weight[source], weight)
    total = sum(source_weight.values())
    tally = _is_tally(group)

    def score(key: tuple[object, ...]) -> tuple[float, float, int, float, int]:
        candidate = first_of[key]
        best: dict[str, float] = defaultdict(float)
        for (source, _), (value, weight) in voices.items():
            best[source] = max(best[source], weight * value.vote_for(candidate))
        votes = round(sum(best.values()), 9)
        width = candidate.high - candidate.low
        larger = candidate.low if tally and candidate.low != float("-inf") else 0.0
        return votes, -width, len(stated_by[key]), larger, -_order(candidate)

    scores = {key: score(key) for key in candidates}
    chosen = first_of[max(candidates, key=scores.__getitem__)]
    support = [v.claim.id for v in values if chosen.agrees(v) or v is chosen]
    support.remove(chosen.claim.id)
    dissent = [v.claim.id for v in values if v.claim.id not in support and v is not chosen]
    supporting_sources = {source_of[chosen.claim.id], *(source_of[c] for c in support)}
    return Fact(
        subject=group.subject,
        predicate=group.predicate,
        kind=chosen.claim.kind,
        story=_story(group, [chosen.claim.id, *support], values),
        value=_readable(chosen.claim),
        support=(chosen.claim.id, *support),
        dissent=tuple(dissent),
        sources=len(supporting_sources),
        confidence=round(scores[chosen.key][0] / total, 2) if total else 0.0,
    )


def _is_tally(group: Group) -> bool:
    return group.subject.split("|")[-1].split("/")[-1].split("@")[0] in MOVING_TALLIES


def _order(value: _Value) -> int:
    digits = value.claim.id[1:]
    return int(digits) if digits.isdigit() else 0


def _story(group: Group, claim_ids: list[str], values: list[_Value]) -> str | None:
    by_id = {v.claim.id: v.claim for v in values}
    stories = Counter(group.articles[by_id[c].article].story for c in claim_ids)
    stories.pop(None, None)
    return min(stories, key=lambda story: (-stories[story], story)) if stories else None


def _readable(claim: Claim) -> str:
    text = claim_value(claim)
    if claim.kind == "amount" and claim.time is not None:
        return f"{text} ({day(claim.time)})"
    return text
