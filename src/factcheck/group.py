"""Group claims by subject with a networkx graph (stories come from `factcheck.stories`).

Claims are nodes joined to their subject key; alias edges join keys that name
the same thing. A group is a connected set of claims about one subject and one
predicate, so a rule only ever compares claims that a path in the graph joins,
never all pairs. Keys that only make sense within one story ("the meeting in
Islamabad") are scoped to the story of their article; keys that name one thing
anywhere (a country's mission in another country, a named agreement, a
person) are global. An amount's owner ("airbus/passenger") joins the figure
without one when no other owner has that measure in the story, and an owner
named by given name joins the one named by surname ("atiku", "abubakar").
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from factcheck.extract.names import (
    consonant_skeleton,
    fold,
    one_letter_a_sound,
    similarity,
    transliteration_only,
)
from factcheck.extract.places import slug
from factcheck.extract.subjects import HOSTED_KINDS, aliases
from factcheck.models import Article, Claim, PersonValue, TimeInterval

# a node of the subject graph: ("claim", claim id) or ("subject", key)
Node = tuple[str, str]


@dataclass(frozen=True)
class Group:
    """Claims about one subject and predicate, with what is needed to judge them."""

    subject: str
    predicate: str
    claims: tuple[Claim, ...]
    articles: dict[str, Article]
    # the subject graph this group is a connected part of
    graph: nx.Graph = field(default_factory=nx.Graph, compare=False, repr=False)

    def path_between(self, first: Claim, second: Claim) -> tuple[str, ...]:
        """The subject-graph path that joined two claims, as readable node labels.

        Read off the graph's structure, not searched for: a claim hangs off its
        one subject key, and two keys are joined by a direct alias edge or, more
        rarely, through the group's tree of keys (built once per group).
        """
        start, end = self._subject_node(first), self._subject_node(second)
        if start is None or end is None:
            return ()
        if start == end:
            keys: list[Node] = [start]
        elif self.graph.has_edge(start, end):
            keys = [start, end]
        else:
            keys = self._tree_path(start, end)
            if not keys:
                return ()
        return (first.id, *(label for _, label in keys), second.id)

    def _subject_node(self, claim: Claim) -> Node | None:
        node: Node = ("claim", claim.id)
        if node not in self.graph:
            return None
        return next(iter(self.graph.adj[node]), None)

    @cached_property
    def _key_tree(self) -> dict[Node, Node | None]:
        """Each subject key's parent in a breadth-first tree over the group's keys."""
        parents: dict[Node, Node | None] = {}
        for root in self.graph.nodes:
            if root[0] != "subject" or root in parents:
                continue
            parents[root] = None
            frontier = deque([root])
            while frontier:
                node = frontier.popleft()
                for neighbour in self.graph.adj[node]:
                    if neighbour[0] == "subject" and neighbour not in parents:
                        parents[neighbour] = node
                        frontier.append(neighbour)
        return parents

    def _tree_path(self, start: Node, end: Node) -> list[Node]:
        """The path between two keys through the key tree; empty when they are not joined."""
        up_from_start = self._ancestors(start)
        up_from_end = self._ancestors(end)
        if up_from_start[-1] != up_from_end[-1]:
            return []
        while (
            len(up_from_start) > 1 and len(up_from_end) > 1 and up_from_start[-2] == up_from_end[-2]
        ):
            up_from_start.pop()
            up_from_end.pop()
        return [*up_from_start, *reversed(up_from_end[:-1])]

    def _ancestors(self, node: Node) -> list[Node]:
        chain = [node]
        parent = self._key_tree.get(node)
        while parent is not None:
            chain.append(parent)
            parent = self._key_tree.get(parent)
        return chain

    def article_of(self, claim: Claim) -> Article:
        return self.articles[claim.article]


def _node_key(claim: Claim, stories: dict[str, str], key: str) -> str:
    if claim.scope == "global":
        return key
    return f"{stories.get(claim.article, claim.article)}|{key}"


def build_graph(claims: Iterable[Claim], stories: dict[str, str]) -> nx.Graph:
    claims = list(claims)
    graph = nx.Graph()
    surnames = _surnames(claims, stories) | _acronyms(claims, stories)
    fuller = (
        _short_company_names(claims, stories)
        | _hosted_events(claims, stories)
        | _one_match(claims, stories)
        | _sole_qualified(claims, stories)
    )
    sole, contested = _sole_owners(claims, stories, surnames)
    people = _one_person_surnames(claims, stories)
    romanised = _romanised_alike(claims, stories)
    named_events = _sole_events(claims, stories, _named_by_a_noun)
    undergone = _sole_events(claims, stories, _named_by_what_it_befell)
    for claim in claims:
        subject_node = ("subject", _node_key(claim, stories, claim.subject))
        if claim.id in contested:  # whose "15 seats" are is unclear: compared with none
            subject_node = ("subject", _node_key(claim, stories, f"{claim.subject}#{claim.id}"))
        graph.add_edge(("claim", claim.id), subject_node, relation="about")
        event = named_events.get((stories.get(claim.article, claim.article), claim.predicate))
        if event is not None and _unnamed_event(claim) and _near(claim, event[1]):
            # "shook northwestern Nepal at 11:46" is the story's one earthquake
            graph.add_edge(
                subject_node, ("subject", _node_key(claim, stories, event[0])), relation="alias"
            )
        story = stories.get(claim.article, claim.article)
        only = undergone.get((story, claim.predicate))
        if (
            only is not None
            and claim.subject == f"event:{claim.predicate}"
            and _near(claim, only[1])
        ):
            # "a man was shot on Sunday" is the story's one shooting of a named person
            graph.add_edge(
                subject_node, ("subject", _node_key(claim, stories, only[0])), relation="alias"
            )
        person = _story_person(claim, people.get(story, {}))
        if person is not None:  # "Anura Dissanayake", "Kumara Dissanayake", "Dissanayake"
            graph.add_edge(subject_node, ("subject", f"{story}|{person}"), relation="alias")
            spelled = romanised.get((story, person.removeprefix("person:")))
            if spelled is not None:  # "Muhammadsobir Fayzov, 20" / "Mukhammadsobir Faizov, 19"
                graph.add_edge(
                    subject_node, ("subject", f"{story}|person:{spelled}"), relation="alias"
                )
        longer = fuller.get((story, claim.subject))
        if longer is not None:  # "acquisition:whole-foods" of "whole-foods-market", "final"
            graph.add_edge(
                subject_node, ("subject", _node_key(claim, stories, longer)), relation="alias"
            )
        for alias in aliases(claim.subject) if claim.id not in contested else ():
            graph.add_edge(
                subject_node, ("subject", _node_key(claim, stories, alias)), relation="alias"
            )
        owned = _owner_and_key(claim)
        if owned is None:
            continue
        owner, rest = owned
        named = surnames.get((stories.get(claim.article, claim.article), owner), owner)
        if named != owner:  # "Atiku" of "Atiku Abubakar": one owner
            graph.add_edge(
                subject_node,
                ("subject", _node_key(claim, stories, f"{named}/{rest}")),
                relation="alias",
            )
        if subject_node in sole:
            graph.add_edge(
                subject_node, ("subject", _node_key(claim, stories, rest)), relation="alias"
            )
    return graph


def _unnamed_event(claim: Claim) -> bool:
    """An event claim keyed by its verb alone or with what it struck ("event:strike",
    "event:strike:district"), not by a noun that names the event, a person who did it
    or an earlier year."""
    if claim.kind != "event" or not claim.subject.startswith("event:"):
        return False
    parts = claim.subject.split(":")
    return len(parts) <= 3 and "@" not in claim.subject and not parts[-1].count("-")


# an unnamed event this many days from every day the named one is given is another one
NEAR_DAYS = 30


def _near(claim: Claim, day: TimeInterval | None) -> bool:
    """The claim's day, if it gives one, lies near the day most reports give that kind
    of event in the story: "the region was last hit by a 7.6 quake in September 1999" is
    not the story's earthquake of 2024."""
    if claim.time is None or day is None:
        return True
    return (claim.time.start - day.end).days <= NEAR_DAYS and (
        day.start - claim.time.end
    ).days <= NEAR_DAYS


def _sole_events(
    claims: list[Claim], stories: dict[str, str], names_it: Callable[[Claim], bool]
) -> dict[tuple[str, str], tuple[str, TimeInterval | None]]:
    """Per story and kind of event, the one key of those `names_it` accepts, when the
    story has only one, with the day most reports give that kind of event (ties to the
    earliest, so the result is not set order's)."""
    found: dict[tuple[str, str], set[str]] = {}
    days: dict[tuple[str, str], Counter[TimeInterval]] = {}
    for claim in claims:
        if claim.kind != "event" or "@" in claim.subject:
            continue
        key = (stories.get(claim.article, claim.article), claim.predicate)
        if claim.time is not None and claim.time.start == claim.time.end:
            days.setdefault(key, Counter())[claim.time] += 1
        if names_it(claim):
            found.setdefault(key, set()).add(claim.subject)
    return {
        key: (next(iter(names)), _most_given(days.get(key)))
        for key, names in found.items()
        if len(names) == 1
    }


def _named_by_a_noun(claim: Claim) -> bool:
    """The key names the event by a noun ("earthquake" for "the quake struck at 11:47
    pm"): when a story names only one, the same kind of event told by its verb alone
    ("the M6.4 quake … shook northwestern Nepal", "struck the Jajarkot and Rukum West
    districts") is that one. A story that names two ("the earthquake", "an aftershock")
    leaves each unnamed report on its own."""
    return not claim.subject.startswith("event:")


def _named_by_what_it_befell(claim: Claim) -> bool:
    """The key names whom or what the event happened to ("event:shoot:marcus-whitfield",
    "event:rescue:worker"): when a story names only one, the same event told with no one
    named ("a man was shot on Sunday") is that one. A story with two victims leaves each
    unnamed report on its own."""
    parts = claim.subject.split(":")
    return len(parts) == 3 and parts[:2] == ["event", claim.predicate]


def _most_given(days: Counter[TimeInterval] | None) -> TimeInterval | None:
    if not days:
        return None
    return min(days, key=lambda day: (-days[day], day.start))


def _people_named(
    claims: list[Claim], stories: dict[str, str]
) -> Iterator[tuple[str, PersonValue]]:
    """Each person a claim names with a given and a family name, with its story."""
    for claim in claims:
        value = claim.value
        if isinstance(value, PersonValue) and value.first and value.last:
            yield stories.get(claim.article, claim.article), value


def _surnames(claims: list[Claim], stories: dict[str, str]) -> dict[tuple[str, str], str]:
    """A story's people by any one of their names: the given name "atiku" is the
    person "Atiku Abubakar", keyed by the surname as owners are; a name two people of
    the story share is left alone."""
    found: dict[tuple[str, str], set[str]] = {}
    for story, value in _people_named(claims, stories):
        last = slug(value.last)
        for name in (slug(value.first), last):
            found.setdefault((story, name), set()).add(last)
    return {key: next(iter(lasts)) for key, lasts in found.items() if len(lasts) == 1}


def _hosted_events(claims: list[Claim], stories: dict[str, str]) -> dict[tuple[str, str], str]:
    """A story's gathering said with no host, with the one hosted key of its kind."""
    hosted: dict[tuple[str, str], set[str]] = {}
    for claim in claims:
        kind, at, _ = claim.subject.partition("@")
        if at and kind in HOSTED_KINDS:
            story = stories.get(claim.article, claim.article)
            hosted.setdefault((story, kind), set()).add(claim.subject)
    return {key: next(iter(keys)) for key, keys in hosted.items() if len(keys) == 1}


def _one_match(claims: list[Claim], stories: dict[str, str]) -> dict[tuple[str, str], str]:
    """A side's score said with no opponent ("Spain secured a 2-1 victory"), with the one
    match of the story the side has a score in ("spain/score:england"); and a score
    against an opponent named short ("liverpool/score:man-utd", ":united"), with the
    key that names the opponent as most reports do ("...:manchester-united")."""
    written: Counter[tuple[str, str, str]] = Counter()  # (story, side and rest, opponent)
    for claim in claims:
        base, at, period = claim.subject.partition("@")
        side, _, against = base.partition("/score:")
        if against and "/" not in side:
            story = stories.get(claim.article, claim.article)
            written[(story, f"{side}/score{at}{period}", against)] += 1
    opponents: dict[tuple[str, str], list[str]] = {}
    for story, plain, against in written:
        opponents.setdefault((story, plain), []).append(against)
    found: dict[tuple[str, str], str] = {}
    for (story, plain), named in opponents.items():
        side, _, rest = plain.partition("/score")
        usual = max(named, key=lambda name: (written[(story, plain, name)], len(name), name))
        if all(_one_side(name, usual) for name in named):
            found[(story, plain)] = f"{side}/score:{usual}{rest}"
            for name in named:
                if name != usual:
                    found[(story, f"{side}/score:{name}{rest}")] = found[(story, plain)]
    return found


def _sole_qualified(claims: list[Claim], stories: dict[str, str]) -> dict[tuple[str, str], str]:
    """An owner's amount key whose measure one word qualifies ("labour/landslide-
    majority"), with the bare key ("labour/majority") when the story gives that too and
    no other word qualifies that owner's measure: "a landslide majority of 174" and "a majority of 176" are one
    figure, while "course-record" and "world-record" beside "record" are two records."""
    keys: dict[str, set[str]] = {}
    for claim in claims:
        if claim.predicate == "amount" and claim.scope == "story":
            keys.setdefault(stories.get(claim.article, claim.article), set()).add(claim.subject)
    found: dict[tuple[str, str], str] = {}
    for story, subjects in keys.items():
        qualified: dict[str, list[str]] = {}
        for subject in subjects:
            owner, slash, measure = subject.rpartition("/")
            if not owner or any(mark in measure for mark in ":@+") or measure.count("-") != 1:
                continue  # an owner's measure qualified by one word: "labour/landslide-majority"
            bare = f"{owner}{slash}{measure.split('-')[1]}"
            if bare in subjects:
                qualified.setdefault(bare, []).append(subject)
        for bare, variants in qualified.items():
            if len(variants) == 1:
                found[(story, variants[0])] = bare
    return found


def _one_side(short: str, full: str) -> bool:
    """Two names of one side: each word of the shorter written within a word of the
    longer ("man-utd", "united" and "manchester-united"); "serbia" is not "spain"."""
    fewer, more = sorted((short.split("-"), full.split("-")), key=len)
    return all(
        any(word[:1] == other[:1] and _within(word, other) for other in more) for word in fewer
    )


def _within(word: str, other: str) -> bool:
    """The letters of `word` in order inside `other`: "utd" in "united"."""
    letters = iter(other)
    return all(letter in letters for letter in word)


def _short_company_names(
    claims: list[Claim], stories: dict[str, str]
) -> dict[tuple[str, str], str]:
    """A story's acquisitions of a company named short and in full ("acquisition:whole-
    foods" and "acquisition:whole-foods-market"): the short key, with the one full key
    whose name begins with its words."""
    keys: dict[str, set[str]] = {}
    for claim in claims:
        if claim.subject.startswith("acquisition:"):
            keys.setdefault(stories.get(claim.article, claim.article), set()).add(claim.subject)
    found: dict[tuple[str, str], str] = {}
    for story, subjects in keys.items():
        longer: dict[str, set[str]] = {}  # each key's shorter forms, word by word
        for key in subjects:
            words = key.split("-")
            for cut in range(1, len(words)):
                longer.setdefault("-".join(words[:cut]), set()).add(key)
        for short in subjects:
            fuller = longer.get(short, set())
            if len(fuller) == 1:
                found[(story, short)] = next(iter(fuller))
    return found


# words an acronym leaves out: "SNP" is the Scottish National Party
ACRONYM_SKIPS = frozenset({"the", "of", "and", "for", "&"})


def _acronyms(claims: list[Claim], stories: dict[str, str]) -> dict[tuple[str, str], str]:
    """A story's owners written as the initials of another owner's name: "snp" is "the
    scottish-national-party", "anc" the "african-national-congress"; an acronym two
    names of the story share is left alone."""
    owners: dict[str, set[str]] = {}
    for claim in claims:
        owned = _owner_and_key(claim)
        if owned is not None:
            owners.setdefault(stories.get(claim.article, claim.article), set()).add(owned[0])
    found: dict[tuple[str, str], str] = {}
    for story, names in owners.items():
        spelled: dict[str, set[str]] = {}
        for name in names:
            words = [w for w in name.split("-") if w and w not in ACRONYM_SKIPS]
            if len(words) >= 2:
                spelled.setdefault("".join(w[0] for w in words), set()).add(name)
        for name in names:
            full = spelled.get(name, set())
            if len(full) == 1:
                found[(story, name)] = next(iter(full))
    return found


def _one_person_surnames(
    claims: list[Claim], stories: dict[str, str]
) -> dict[str, dict[str, set[str]]]:
    """A story's family names that name one person only, with the given names written
    with them: "Anura Kumara Dissanayake", "Kumara Dissanayake" and "Anura Dissanayake"
    are one man, while "Alex Murdaugh" and "Maggie Murdaugh" are two people, so their
    family name alone is no one's."""
    given: dict[tuple[str, str], set[frozenset[str]]] = {}
    for story, value in _people_named(claims, stories):
        family = set(slug(value.last).split("-"))
        written = frozenset(slug(fold(value.name)).split("-")) - family
        if written:
            given.setdefault((story, slug(value.last)), set()).add(written)
    people: dict[str, dict[str, set[str]]] = {}
    for (story, last), names in given.items():
        widest = [name for name in names if not any(name < other for other in names)]
        # one man whose given name is romanised two ways ("Muhammadsobir" / "Muhammadsober")
        if all(_alike_given(set(widest[0]), set(other)) for other in widest[1:]):
            people.setdefault(story, {})[last] = set().union(*widest)
    return people


def _romanised_alike(claims: list[Claim], stories: dict[str, str]) -> dict[tuple[str, str], str]:
    """A story's family names written as romanisations of one name, with given names
    alike too ("Muhammadsobir Fayzov" / "Mukhammadsobir Faizov"): each spelling with the
    one most of the story's names give, so what one report says of him meets what
    another says. Names are blocked by their consonants, so only look-alikes are
    compared."""
    written: Counter[tuple[str, str]] = Counter()
    given: dict[tuple[str, str], set[str]] = {}
    reports: set[tuple[str, str, str]] = set()  # a spelling counts once per report
    for claim in claims:
        value = claim.value
        if not isinstance(value, PersonValue) or not value.first or not value.last:
            continue
        story, last = stories.get(claim.article, claim.article), slug(value.last)
        if (story, last, claim.article) not in reports:
            reports.add((story, last, claim.article))
            written[(story, last)] += 1
        given.setdefault((story, last), set()).add(value.first)
    blocks: dict[tuple[str, str], list[str]] = {}
    for story, last in written:
        blocks.setdefault((story, consonant_skeleton(last)), []).append(last)
    found: dict[tuple[str, str], str] = {}
    for (story, _), names in blocks.items():
        if len(names) < 2:
            continue
        usual = max(names, key=lambda name: (written[(story, name)], name))
        for name in names:
            if (
                name != usual
                and _romanised(name, usual)
                and _alike_given(given[(story, name)], given[(story, usual)])
            ):
                found[(story, name)] = usual
    return found


def _alike_given(first: set[str], second: set[str]) -> bool:
    """Every word of the shorter given name has a romanisation of it in the other
    ("Muhammadsobir" / "Muhammadsober"); brothers who share a middle name ("Ali Ahmed",
    "Omar Ahmed") do not."""
    fewer, more = sorted((first, second), key=len)
    return bool(fewer) and all(any(_given_alike(a, b) for b in more) for a in fewer)


# a given name shorter than this, written otherwise, may be another name ("Jamil" /
# "Jamal", "Ahmed" / "Ahmad"): only longer ones are taken as one name romanised two ways
ROMANISED_GIVEN_LETTERS = 6


def _given_alike(first: str, second: str) -> bool:
    shorter = min(len(one_letter_a_sound(first.lower())), len(one_letter_a_sound(second.lower())))
    if shorter < ROMANISED_GIVEN_LETTERS and fold(first) != fold(second):
        return False
    return _romanised(first, second)


def _romanised(first: str, second: str) -> bool:
    """One name romanised two ways: the same consonants and nearly the same letters
    ("fayzov" / "faizov"); not two names that share their consonants ("hassan" /
    "hussein")."""
    return first == second or (
        transliteration_only(first, second)
        and similarity(one_letter_a_sound(first), one_letter_a_sound(second))
        >= ROMANISED_SIMILARITY
    )


# how alike two romanisations of one name are written at least (optimal string alignment)
ROMANISED_SIMILARITY = 0.8


def _story_person(claim: Claim, people: dict[str, set[str]]) -> str | None:
    """The story's one person a person key names ("person:kumara-dissanayake" or
    "person:dissanayake"), as a key of their family name; None for a key that names a
    generation ("…-jr") or a given name the story never wrote with that family name."""
    if not claim.subject.startswith("person:") or not people:
        return None
    key = claim.subject.removeprefix("person:")
    if key in people:
        return f"person:{key}"
    words = key.split("-")
    for cut in range(1, len(words)):  # "kumara" + "dissanayake", and so on: a few cuts
        first, last = "-".join(words[:cut]), "-".join(words[cut:])
        if last in people and first in people[last]:
            return f"person:{last}"
    return None


def _owner_and_key(claim: Claim) -> tuple[str, str] | None:
    """An owned amount key's owner and the rest of the key ("vote" of "obi/vote")."""
    if claim.predicate != "amount" or claim.scope == "global" or claim.subject.count("/") != 1:
        return None
    owner, rest = claim.subject.split("/")
    return owner, rest


def _sole_owners(
    claims: list[Claim], stories: dict[str, str], surnames: dict[tuple[str, str], str]
) -> tuple[set[Node], set[str]]:
    """Owned amount keys ("airbus/passenger") whose measure no other owner has in the
    story: the owner tells that figure from nobody else's, so it is the story's figure
    that other reports give without an owner ("90 passengers" flying, "91 passengers"
    aboard). Where two owners have one measure ("Saudi Arabia's $3 billion", "the UAE's
    $1 billion") each keeps its own, and a figure of that measure given with no owner
    is anyone's: the ids of those claims come second ("15 seats" in a story of
    Labour's, the SNP's and the Conservatives' seats)."""
    owners: dict[tuple[str, str], set[str]] = {}
    unowned: set[tuple[str, str]] = set()  # (article, measure) said without an owner
    for claim in claims:
        owner = _owner_and_measure(claim)
        if owner is not None:
            story = stories.get(claim.article, claim.article)
            named = surnames.get((story, owner[0]), owner[0])
            owners.setdefault((story, owner[1]), set()).add(named)
        elif claim.predicate == "amount" and "/" not in claim.subject:
            unowned.add((claim.article, _measure_name(claim.subject)))
    sole: set[Node] = set()
    contested: set[str] = set()
    for claim in claims:
        owner = _owner_and_measure(claim)
        story = stories.get(claim.article, claim.article)
        if owner is None:
            if claim.predicate == "amount" and "/" not in claim.subject and not _a_toll(claim):
                name = _measure_name(claim.subject)  # "seat", "seat:tally", "share:vote"
                kinds = ("share:", "duration:")
                bases = {name} if name.startswith(kinds) else {name, name.split(":")[0]}
                if any(len(owners.get((story, base), ())) > 1 for base in bases):
                    contested.add(claim.id)
            continue
        if (claim.article, owner[1]) in unowned:
            continue  # a report that names an owner for one figure and none for another
        if len(owners[(story, owner[1])]) == 1:
            sole.add(("subject", _node_key(claim, stories, claim.subject)))
    return sole, contested


# tolls a story gives in all as well as by place: "killed 41,000 in Turkey and Syria"
# is the whole, not anyone's share
STORY_TOLLS = frozenset({"deaths", "injured", "missing", "displaced", "evacuated", "shot"})


def _a_toll(claim: Claim) -> bool:
    return _measure_name(claim.subject).split(":")[0] in STORY_TOLLS


def _owner_and_measure(claim: Claim) -> tuple[str, str] | None:
    """An owned amount key's owner and its measure's name ("vote" of "x/vote:margin@y")."""
    owned = _owner_and_key(claim)
    return (owned[0], _measure_name(owned[1])) if owned is not None else None


def _measure_name(key: str) -> str:
    """What a key measures, without its kind, state, qualifiers and target: "share:vote"
    of "share:vote:receive+ppp@x" is "share:vote", "passenger" of "passenger:on-board"."""
    kind, _, rest = key.partition(":")
    if kind not in {"share", "duration"}:
        kind, rest = "", key
    name = rest.split("@")[0].split(":")[0].split("+")[0]
    return f"{kind}:{name}" if kind else name


def group_claims(
    claims: list[Claim], articles: dict[str, Article], stories: dict[str, str]
) -> list[Group]:
    """Connected sets of claims about one subject, split by kind and predicate."""
    graph = build_graph(claims, stories)
    by_id = {claim.id: claim for claim in claims}
    groups: list[Group] = []
    for component in nx.connected_components(graph):
        members = [by_id[label] for kind, label in component if kind == "claim"]
        by_predicate: dict[tuple[str, str], list[Claim]] = {}
        for claim in members:
            by_predicate.setdefault((claim.kind, claim.predicate), []).append(claim)
        for (_, predicate), group_members in sorted(by_predicate.items()):
            counts = Counter(claim.subject for claim in group_members)
            # the most used key names the group; ties go to the first in sort order, so
            # the name (and the fingerprints made from it) never depend on set order
            subject = min(counts, key=lambda key: (-counts[key], key))
            groups.append(
                Group(
                    subject=subject,
                    predicate=predicate,
                    claims=tuple(sorted(group_members, key=lambda c: int(c.id[1:]))),
                    articles=articles,
                    graph=graph.subgraph(component),
                )
            )
    return sorted(groups, key=lambda g: (g.subject, g.predicate))
