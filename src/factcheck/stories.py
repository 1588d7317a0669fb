"""Stories: which articles report one real-world event, found by blocking, never all pairs.

Each article is reduced once, right after its parse, to a small picklable
`StoryFeatures`: the distinctive names it gives (people by full name and by
surname, places, organisations and facilities, and each proper word of a
longer name, since reports cut and qualify one name differently: "Patna",
"the Indore-Patna Express"; "Kanpur", "Kanpur Dehat"), how prominent each is
in the article, and the days it gives for what happened ("Sunday night",
"Feb. 6"), resolved against its publication date.

`assign_stories` then works on the corpus as a whole:
1. document frequency of every key; a key in many articles ("New York", a
   site's footer, "Associated Press") is not distinctive and is dropped, the
   rest weigh by rarity;
2. an inverted index from keys to articles gives the candidate pairs (only
   pairs sharing a key are ever scored, and very frequent keys are capped, so
   the work grows with the corpus, not with its square);
3. a candidate pair scores its shared names by rarity and prominence, plus
   agreement (or disagreement) of the event days and the overlap of rare
   content words, minus a little for time between publications (weights
   fitted on the GVA dev split);
4. average-linkage clustering over the scored pairs: two stories merge while
   their articles are, on average, linked strongly enough, so one shared name
   between two large stories does not chain them together.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from factcheck.extract.names import human_name, proper_name
from factcheck.models import Article
from factcheck.normalise.timex import find_times

PERSON, PLACE, THING = "PERSON", "PLACE", "THING"
LABEL_KINDS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "ORG": THING, "FAC": THING}
# shorter lines are headings, menus and credits rather than sentences
PROSE_TOKENS = 6
TERM_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
# a name this far into the article is probably page furniture (related stories, footers)
LEAD_CHARACTERS = 1500
# how far back an article may date its event, and how far ahead of publication
EVENT_LOOKBACK = timedelta(days=3 * 366)
EVENT_LOOKAHEAD = timedelta(days=1)
TOKEN = re.compile(r"[a-z0-9]+")
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
POSSESSIVE = re.compile(r"['’]s?$")
HOUSE_NUMBER = re.compile(r"^\d+\s+")
# an article's event days are compared (and blocked on) in the order it names them
EVENT_DAYS_COMPARED = 3


@dataclass(frozen=True)
class StoryFeatures:
    """What identifies the event an article reports: weighted name keys and event days.

    `keys` maps "name:…" (names of more than one word: people, places,
    organisations), "word:…" (one-word names and surnames), "part:…" (each
    proper word of a place's or organisation's name, however long) and
    "at:place@day" to the key's prominence in the article (0..1]; `people` are
    the full names the tagger calls people; `event_days` the days the article
    gives for what happened, in order of first mention; `terms` the lemmas of
    its content words; `places` the gazetteer ids of the places it settles (its
    states, countries, large cities), which settle the place names its story's
    other articles leave open (`factcheck.story_places`).
    """

    published: date | None
    keys: Mapping[str, float] = field(default_factory=dict)
    people: tuple[str, ...] = ()
    event_days: tuple[date, ...] = ()
    terms: frozenset[str] = frozenset()
    places: tuple[str, ...] = ()


def _fold(words: str) -> str:
    """Lower case, accents and punctuation dropped, one space between words."""
    decomposed = unicodedata.normalize("NFKD", words)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    text = " ".join(TOKEN.findall(plain.lower()))
    return LEADING_ARTICLE.sub("", text)


def _person_name(words: str) -> tuple[str, str] | None:
    """(first name, surname) of a person mention, either possibly empty; None if not a name."""
    cleaned = POSSESSIVE.sub("", words.strip())
    given, family = human_name(cleaned)
    first, last = _fold(given), _fold(family)
    if not last and first and " " not in first:
        # a lone word is more often a surname ("Gomez was arrested") than a first name
        first, last = "", first
    if not last or len(last) < 2:
        return None
    return first, last


def _name_words(name: Span) -> list[str]:
    """The proper words of a place's or organisation's name, each of which may be how
    another article names it: the tagger cuts one name differently from one article to
    the next ("Patna", "Patna Express", "the Indore-Patna Express"), and a place is
    named with or without the wider name it belongs to ("Kanpur", "Kanpur Dehat")."""
    return [
        _fold(token.text)
        for token in name
        if token.pos_ == "PROPN" and token.is_alpha and len(token) >= 3 and not token.is_stop
    ]


def _in_prose(sentence: Span) -> bool:
    """A sentence with a verb, not a line of navigation, a footer or a photo credit."""
    return len(sentence) >= PROSE_TOKENS and any(
        token.pos_ in {"VERB", "AUX"} for token in sentence
    )


def _prominence(mentions: int, first_offset: int, in_title: bool) -> float:
    """1 for a name in the title or the lead or said more than once; less for a passing one."""
    if in_title or mentions >= 2:
        return 1.0
    return 0.6 if first_offset < LEAD_CHARACTERS else 0.3


def _event_days(article: Article) -> tuple[date, ...]:
    if article.published is None:
        return ()
    earliest = article.published - EVENT_LOOKBACK
    latest = article.published + EVENT_LOOKAHEAD
    days: list[date] = []
    for expression in find_times(article.text, article.published):
        interval = expression.interval
        if interval is None or interval.granularity != "day" or interval.start != interval.end:
            continue
        if earliest <= interval.start <= latest and interval.start not in days:
            days.append(interval.start)
    return tuple(days)


def without_dates(features: StoryFeatures) -> StoryFeatures:
    """The features with nothing that rests on the article's date: for an article whose
    date is a guess, to see which story it joins on its names and words alone."""
    keys = {key: weight for key, weight in features.keys.items() if not key.startswith("at:")}
    return replace(features, published=None, event_days=(), keys=keys)


def _terms(doc: Doc) -> frozenset[str]:
    """The content words of the article's sentences (lemmas), for what the event was."""
    return frozenset(
        token.lemma_.lower()
        for sentence in doc.sents
        if _in_prose(sentence)
        for token in sentence
        if token.pos_ in TERM_POS and not token.is_stop and len(token.text) > 2
    )


def story_features(article: Article, doc: Doc) -> StoryFeatures:
    """The story features of one article, from its text and its spaCy parse."""
    title = _fold(article.title or "")
    mentions: dict[str, list[int]] = defaultdict(list)
    full_names: dict[str, tuple[str, str]] = {}
    lone_words: dict[str, list[int]] = defaultdict(list)
    part_words: dict[str, list[int]] = defaultdict(list)
    places: list[str] = []
    for entity in doc.ents:
        kind = LABEL_KINDS.get(entity.label_)
        if kind is None or not _in_prose(entity.sent):
            continue
        if kind == PERSON:
            parsed = _person_name(entity.text)
            if parsed is None:
                continue
            first, last = parsed
            if first:
                full_names[f"{first} {last}"] = parsed
                mentions[f"name:{first} {last}"].append(entity.start_char)
            else:
                lone_words[last].append(entity.start_char)
            continue
        written = proper_name(entity)
        name = HOUSE_NUMBER.sub("", _fold(POSSESSIVE.sub("", written.text)))
        if len(name) < 3:
            continue
        if " " not in name:
            lone_words[name].append(entity.start_char)  # may be a surname the tagger missed
        else:
            mentions[f"name:{name}"].append(entity.start_char)
        for word in _name_words(written):
            part_words[word].append(entity.start_char)
        if kind == PLACE and name not in places:
            places.append(name)
    # A lone "Gomez" or "Eddie" is a later mention of a person named in full.
    by_part: dict[str, str] = {}
    for full, (first, last) in sorted(full_names.items()):
        by_part.setdefault(last, full)
        by_part.setdefault(first, full)
    for word, offsets in lone_words.items():
        owner = by_part.get(word)
        mentions[f"name:{owner}" if owner else f"word:{word}"].extend(offsets)
    for word, offsets in part_words.items():
        if word not in by_part:
            mentions[f"part:{word}"].extend(offsets)
    keys: dict[str, float] = {}
    for key, offsets in mentions.items():
        words = key.split(":", 1)[1]
        keys[key] = _prominence(len(offsets), min(offsets), words in title)
    for full, (_, last) in full_names.items():
        surname_key = f"word:{last}"
        keys[surname_key] = max(keys.get(surname_key, 0.0), keys[f"name:{full}"])
    event_days = _event_days(article)
    for place in places:
        if place in by_part:
            continue
        prominence = keys.get(f"name:{place}", keys.get(f"word:{place}", 0.0))
        for day in event_days[:EVENT_DAYS_COMPARED]:
            keys[f"at:{place}@{day.isoformat()}"] = prominence
    return StoryFeatures(
        published=article.published,
        keys=keys,
        people=tuple(sorted(full_names)),
        event_days=event_days,
        terms=_terms(doc),
        places=_settled_places(doc),
    )


def _settled_places(doc: Doc) -> tuple[str, ...]:
    from factcheck.extract.event_places import article_places  # the parse's own module

    return tuple(place.id for place in article_places(doc))


EVIDENCE = (
    "person", "word", "name", "part", "at", "fuzzy", "same_day", "other_day", "other_day_late",
    "gap", "count", "terms",
)  # fmt: skip
# articles published this close together that give different event days report different events
NEAR_DAYS = 7


@dataclass(frozen=True)
class StoryParameters:
    """The knobs of story assignment (tuned on the GVA dev split)."""

    # keys in more articles than this are not distinctive; the others weigh
    # log(rarity_scale / number of articles with the key)
    max_key_articles: int = 40
    rarity_scale: float = 30.0
    unseen_articles: int = 4
    # weight of each kind of evidence (see `pair_evidence`) in a pair's score
    weights: Mapping[str, float] = field(
        default_factory=lambda: {
            "person": 1.0,
            "word": 0.58,
            "name": 0.46,
            "part": 0.2,
            "at": 0.16,
            "fuzzy": 0.19,
            "same_day": 0.73,
            "other_day": -0.34,
            "other_day_late": -0.89,
            "gap": -0.44,
            "count": 0.26,
            "terms": 3.0,
        }
    )
    fuzzy_ratio: float = 90.0
    link_threshold: float = 1.1
    linkage_exponent: float = 1.0


@dataclass
class StoryStats:
    """What one assignment did: how many candidate pairs it scored and linked."""

    articles: int = 0
    pairs_scored: int = 0
    pairs_linked: int = 0


@dataclass(frozen=True)
class KeyCounts:
    """In how many of the corpus's articles each key (and each term, as "term:…") occurs."""

    frequency: Mapping[str, int]
    articles: int
    # caches for one run's parameters: a term's squared rarity, an article's norm
    _term_weights: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    _term_norms: dict[int, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, features: Sequence[StoryFeatures]) -> KeyCounts:
        frequency: dict[str, int] = defaultdict(int)
        for feature in features:
            for key in feature.keys:
                frequency[key] += 1
            for term in feature.terms:
                frequency[f"term:{term}"] += 1
        return cls(frequency=dict(frequency), articles=len(features))

    def rarity(self, key: str, parameters: StoryParameters) -> float:
        """What sharing the key says: log(N / frequency), N capped, and nothing when most have it.

        N counts a few unseen articles besides the corpus, so that in a corpus of
        two articles a name they share still counts for something.
        """
        scale = min(parameters.rarity_scale, self.articles + parameters.unseen_articles)
        return max(0.0, math.log(scale / self.frequency.get(key, 1)))

    def term_similarity(
        self, first: StoryFeatures, second: StoryFeatures, parameters: StoryParameters
    ) -> float:
        """Cosine of the two articles' content words, each weighted by its rarity."""
        shared = sum(self._term_weight(term, parameters) for term in first.terms & second.terms)
        if not shared:
            return 0.0
        norms = self._term_norm(first, parameters) * self._term_norm(second, parameters)
        return shared / math.sqrt(norms)

    def _term_weight(self, term: str, parameters: StoryParameters) -> float:
        weight = self._term_weights.get(term)
        if weight is None:
            weight = self.rarity(f"term:{term}", parameters) ** 2
            self._term_weights[term] = weight
        return weight

    def _term_norm(self, feature: StoryFeatures, parameters: StoryParameters) -> float:
        norm = self._term_norms.get(id(feature))
        if norm is None:
            norm = sum(self._term_weight(term, parameters) for term in feature.terms)
            self._term_norms[id(feature)] = norm
        return norm


def candidate_pairs(
    keys: Sequence[Iterable[str]], frequency: Mapping[str, int], max_key_articles: int
) -> set[tuple[int, int]]:
    """Pairs of article indexes that share a distinctive key (an inverted index, not all pairs)."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, article_keys in enumerate(keys):
        for key in article_keys:
            if 1 < frequency[key] <= max_key_articles:
                index[key].append(position)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        for offset, first in enumerate(postings):
            for second in postings[offset + 1 :]:
                pairs.add((first, second))
    return pairs


def _days_agree(first: Sequence[date], second: Sequence[date]) -> bool | None:
    """Whether two articles date their event alike: None when either gives no day."""
    if not first or not second:
        return None
    return any(
        abs((one - other).days) <= 1
        for one in first[:EVENT_DAYS_COMPARED]
        for other in second[:EVENT_DAYS_COMPARED]
    )


def pair_evidence(
    first: StoryFeatures,
    second: StoryFeatures,
    counts: KeyCounts,
    parameters: StoryParameters,
) -> dict[str, float]:
    """What two articles share, by kind: rarity-weighted names, their event days, time apart."""
    evidence = dict.fromkeys(EVIDENCE, 0.0)
    shared = first.keys.keys() & second.keys.keys()
    # a name is a person's when either article's tagger says so
    people = set(first.people) | set(second.people)
    shared_people = {key[5:] for key in shared if key.startswith("name:") and key[5:] in people}
    surnames = {name.split(" ")[-1] for name in shared_people}
    # words of names both give already count with the name
    named = {word for key in shared if key[:5] in {"name:", "word:"} for word in key[5:].split()}
    for key in shared:
        kind, words = key.split(":", 1)
        if kind == "word" and words in surnames:
            continue  # the person's full name already counts
        if kind == "part" and words in named:
            continue
        if kind == "name" and words in people:
            kind = "person"
        prominence = min(first.keys[key], second.keys[key])
        rarity = counts.rarity(key, parameters)
        evidence[kind] += prominence * rarity
        evidence["count"] += rarity > 0
    for name in first.people:
        if name in shared_people:
            continue
        for other in second.people:
            if other in shared_people or fuzz.ratio(name, other) < parameters.fuzzy_ratio:
                continue
            prominence = min(first.keys[f"name:{name}"], second.keys[f"name:{other}"])
            rarity = max(
                counts.rarity(f"name:{name}", parameters),
                counts.rarity(f"name:{other}", parameters),
            )
            evidence["fuzzy"] += prominence * rarity
            break
    gap = None
    if first.published and second.published:
        gap = abs((first.published - second.published).days)
        evidence["gap"] = math.log1p(gap)
    evidence["terms"] = counts.term_similarity(first, second, parameters)
    agree = _days_agree(first.event_days, second.event_days)
    if agree is True:
        evidence["same_day"] = 1.0
    elif agree is False:
        evidence["other_day" if gap is not None and gap <= NEAR_DAYS else "other_day_late"] = 1.0
    return evidence


def score_pair(
    first: StoryFeatures,
    second: StoryFeatures,
    counts: KeyCounts,
    parameters: StoryParameters,
) -> float:
    """How strongly two articles look like one story: the weighted sum of their evidence."""
    evidence = pair_evidence(first, second, counts, parameters)
    return sum(parameters.weights[kind] * value for kind, value in evidence.items())


def _average_linkage(
    size: int, scores: Mapping[tuple[int, int], float], threshold: float, exponent: float
) -> list[list[int]]:
    """Merge clusters while the mean score over all their article pairs is at least `threshold`.

    Pairs that were never candidates count as 0, so a story only takes in
    another when most of their articles are linked, not just one pair.
    """
    members: dict[int, list[int]] = {index: [index] for index in range(size)}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (first, second), score in scores.items():
        links[first][second] = links[first].get(second, 0.0) + score
        links[second][first] = links[second].get(first, 0.0) + score
    heap = [
        (-total, first, second) for (first, second), total in scores.items() if total >= threshold
    ]
    heapq.heapify(heap)
    while heap:
        negative_mean, first, second = heapq.heappop(heap)
        if first not in members or second not in members:
            continue
        total = links[first].get(second, 0.0)
        mean = total / (len(members[first]) * len(members[second])) ** exponent
        if abs(mean + negative_mean) > 1e-9:
            continue  # stale: one side has grown since this entry was pushed
        members[first].extend(members.pop(second))
        for other, other_total in links.pop(second).items():
            del links[other][second]
            if other == first:
                continue
            combined = links[first].get(other, 0.0) + other_total
            links[first][other] = combined
            links[other][first] = combined
        for other, combined in links[first].items():
            mean = combined / (len(members[first]) * len(members[other])) ** exponent
            if mean >= threshold:
                low, high = min(first, other), max(first, other)
                heapq.heappush(heap, (-mean, low, high))
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def cluster_stories(
    features: Sequence[StoryFeatures],
    parameters: StoryParameters | None = None,
    stats: StoryStats | None = None,
) -> list[list[int]]:
    """Clusters of article indexes, each one story, ordered by their first index."""
    parameters = parameters or StoryParameters()
    counts = KeyCounts.of(features)
    pairs = candidate_pairs(
        [feature.keys for feature in features], counts.frequency, parameters.max_key_articles
    )
    scores = {
        pair: score_pair(features[pair[0]], features[pair[1]], counts, parameters)
        for pair in sorted(pairs)
    }
    if stats is not None:
        stats.articles = len(features)
        stats.pairs_scored = len(scores)
        stats.pairs_linked = sum(score >= parameters.link_threshold for score in scores.values())
    return _average_linkage(
        len(features), scores, parameters.link_threshold, parameters.linkage_exponent
    )


# texts shorter than this are too slight to call two articles copies of one story
MIN_COPY_CHARS = 200


def assign_stories(
    articles: Sequence[Article],
    features: Mapping[str, StoryFeatures],
    parameters: StoryParameters | None = None,
    stats: StoryStats | None = None,
) -> dict[str, str]:
    """Article id → story id ("s1", "s2", … numbered in the order of their first article)."""
    ordered = sorted(articles, key=lambda article: article.id)
    # copies of one text (a wire story run by many sites) are one story, and count once
    # when telling how common a name is
    first_copy: dict[str, int] = {}
    copies: list[list[int]] = []
    for index, article in enumerate(ordered):
        text = " ".join(article.text.split())
        if len(text) >= MIN_COPY_CHARS and text in first_copy:
            copies[first_copy[text]].append(index)
        else:
            first_copy[text] = len(copies)
            copies.append([index])
    empty = StoryFeatures(published=None)
    clusters = cluster_stories(
        [features.get(ordered[group[0]].id, empty) for group in copies], parameters, stats
    )
    numbered = sorted(
        sorted(i for member in cluster for i in copies[member]) for cluster in clusters
    )
    return {
        ordered[index].id: f"s{number}"
        for number, cluster in enumerate(numbered, start=1)
        for index in cluster
    }


def lookup_keys(features: StoryFeatures) -> list[str]:
    """The keys a claim store finds an article's possible stories by.

    A word of a longer name ("part:police", "part:county") is left out: in a
    large store one word is shared by too many articles to narrow the search
    for a draft's story, and what it adds comes from the story assignment.
    """
    return sorted(key for key in features.keys if not key.startswith("part:"))


def features_to_json(features: StoryFeatures) -> str:
    """Story features as JSON, for the claim store."""
    return json.dumps(
        {
            "published": features.published.isoformat() if features.published else None,
            "keys": dict(sorted(features.keys.items())),
            "people": list(features.people),
            "event_days": [day.isoformat() for day in features.event_days],
            "terms": sorted(features.terms),
            "places": list(features.places),
        }
    )


def features_from_json(text: str) -> StoryFeatures:
    data = json.loads(text)
    return StoryFeatures(
        published=date.fromisoformat(data["published"]) if data["published"] else None,
        keys=dict(data["keys"]),
        people=tuple(data["people"]),
        event_days=tuple(date.fromisoformat(day) for day in data["event_days"]),
        terms=frozenset(data.get("terms", ())),
        places=tuple(data.get("places", ())),
    )
