"""The truth estimate: the value most independent sources support, per subject."""

from __future__ import annotations

from datetime import date

from factcheck.facts import estimate_facts, independent_sources, outlet
from factcheck.group import Group
from factcheck.models import (
    AmountClaimValue,
    AmountValue,
    Article,
    Claim,
    EventValue,
    Fact,
    PlaceValue,
    TimeInterval,
)


def _article(name: str, day: int = 4, url: str | None = None) -> Article:
    return Article(id=name, path=name, text="", published=date(2014, 8, day), url=url, story="s1")


def _deaths(claim_id: str, article: Article, value: float, hedge: str | None = None,
            sentence: str | None = None) -> Claim:  # fmt: skip
    low, high = value, value
    if hedge == "about":
        low, high = value * 0.9, value * 1.1
    elif hedge == "at least":
        high = None  # type: ignore[assignment]
    amount = AmountValue(value=value, low=low, high=high, hedge=hedge)
    sentence = sentence or f"{article.id} says {value:g} people died."
    return Claim(
        id=claim_id,
        article=article.id,
        kind="amount",
        subject="deaths",
        predicate="amount",
        value=AmountClaimValue(amount=amount, measure="deaths"),
        text=f"{value:g}",
        sentence=sentence,
        span=(0, 3),
    )


def _dated(claim_id: str, article: Article, day: int) -> Claim:
    when = date(2023, 11, day)
    return Claim(
        id=claim_id,
        article=article.id,
        kind="event",
        subject="final@ahmedabad",
        predicate="win",
        value=EventValue(time=TimeInterval(start=when, end=when)),
        text=f"on {day} November",
        sentence=f"{article.id}: the final was won on {day} November.",
        span=(0, 3),
    )


def _facts(claims: list[Claim], articles: list[Article], subject: str = "deaths") -> list[Fact]:
    group = Group(
        subject=subject,
        predicate=claims[0].predicate,
        claims=tuple(claims),
        articles={a.id: a for a in articles},
    )
    return estimate_facts([group])


def test_the_value_most_independent_sources_give_is_chosen() -> None:
    articles = [_article(name) for name in "abcd"]
    claims = [_dated("c1", articles[0], 19), _dated("c2", articles[1], 19)]
    claims += [_dated("c3", articles[2], 19), _dated("c4", articles[3], 15)]
    (fact,) = _facts(claims, articles, "final@ahmedabad")
    assert fact.value == "19 November 2023"
    assert fact.support == ("c1", "c2", "c3") and fact.dissent == ("c4",)
    assert fact.sources == 3 and fact.confidence == 0.75
    assert fact.story == "s1"


def test_a_wire_story_reprinted_counts_once() -> None:
    wire = "Rescuers said on Monday that 150 people had died in the earthquake in Ludian county."
    articles = [_article(name) for name in ("wire1", "wire2", "wire3", "own1", "own2")]
    claims = [_deaths(f"c{i}", articles[i], 150, sentence=wire) for i in range(3)]
    claims += [_deaths("c4", articles[3], 398), _deaths("c5", articles[4], 398)]
    (fact,) = _facts(claims, articles)
    assert fact.value == "398"
    assert fact.sources == 2
    assert set(fact.dissent) == {"c0", "c1", "c2"}


def test_one_outlet_is_one_source() -> None:
    articles = [
        _article("x1", url="https://www.example.com/a"),
        _article("x2", url="http://example.com/b"),
        _article("y", url="https://other.org/c"),
    ]
    sources = independent_sources(articles, [])
    assert sources["x1"] == sources["x2"] != sources["y"]
    assert outlet(_article("z", url="javascript:alert(1)")) is None


def test_a_later_figure_of_a_running_tally_outweighs_earlier_ones() -> None:
    early = [_article(name, day=3) for name in ("e1", "e2")]
    late = _article("late", day=4)
    claims = [_deaths("c1", early[0], 150), _deaths("c2", early[1], 150), _deaths("c3", late, 398)]
    (fact,) = _facts(claims, [*early, late])
    assert fact.value == "398" and fact.dissent == ("c1", "c2")


def test_hedges_decide_what_the_same_value_is() -> None:
    articles = [_article(name) for name in "abc"]
    claims = [
        _deaths("c1", articles[0], 400, hedge="about"),
        _deaths("c2", articles[1], 398),
        _deaths("c3", articles[2], 150),
    ]
    (fact,) = _facts(claims, articles)
    assert fact.value == "398"  # "about 400" agrees, and the exact figure is the narrower
    assert set(fact.support) == {"c1", "c2"} and fact.dissent == ("c3",)


def test_a_bound_from_one_death_does_not_make_the_largest_figure_win() -> None:
    # same-day reports: one recalls an older shooting's "8", both give this one's "2",
    # and each names a victim who died ("at least 1"), which fits any figure
    articles = [_article(name) for name in "ab"]
    claims = [
        _deaths("c1", articles[0], 8),
        _deaths("c2", articles[0], 2),
        _deaths("c3", articles[0], 1, hedge="at least"),
        _deaths("c4", articles[1], 2),
        _deaths("c5", articles[1], 1, hedge="at least"),
    ]
    (fact,) = _facts(claims, articles)
    assert fact.value == "2" and fact.sources == 2
    assert "c1" in fact.dissent


def test_a_vague_date_does_not_win_by_being_vague() -> None:
    articles = [_article(name) for name in "abc"]
    year = Claim(
        id="c3",
        article="c",
        kind="event",
        subject="final@ahmedabad",
        predicate="win",
        value=EventValue(
            time=TimeInterval(start=date(2023, 1, 1), end=date(2023, 12, 31), granularity="year")
        ),
        text="in 2023",
        sentence="The final was won in 2023.",
        span=(0, 3),
    )
    claims = [_dated("c1", articles[0], 19), _dated("c2", articles[1], 19), year]
    (fact,) = _facts(claims, articles, "final@ahmedabad")
    assert fact.value == "19 November 2023" and fact.dissent == ()


def _place(claim_id: str, article: Article, name: str, place: str, level: str) -> Claim:
    return Claim(
        id=claim_id,
        article=article.id,
        kind="place",
        subject="place:event:shoot",
        predicate="place",
        value=PlaceValue(name=name, place=place, level=level),  # type: ignore[arg-type]
        text=f"in {name}",
        sentence=f"{article.id}: the man was shot in {name}.",
        span=(0, 3),
    )


def test_the_place_most_sources_give_and_the_places_that_hold_it_agree() -> None:
    articles = [_article(name, url=f"https://{name}.example/x") for name in "abcd"]
    claims = [
        _place("c1", articles[0], "Huntsville", "us/al/huntsville", "city"),
        _place("c2", articles[1], "Huntsville", "us/al/huntsville", "city"),
        _place("c3", articles[2], "Alabama", "us/al", "admin1"),  # holds it: agrees
        _place("c4", articles[3], "Birmingham", "us/al/birmingham", "city"),
    ]
    (fact,) = _facts(claims, articles, "place:event:shoot")
    assert fact.kind == "place"
    assert set(fact.support) == {"c1", "c2", "c3"}
    assert fact.dissent == ("c4",)
