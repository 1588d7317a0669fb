"""Scores of a match: each side's number, whichever order the text writes them in."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.models import AmountClaimValue, Article
from factcheck.pipeline import check_articles, extract_all

PUBLISHED = date(2024, 3, 4)


def scores(text: str) -> dict[str, float]:
    article = Article(id="a.txt", path="a.txt", text=text, published=PUBLISHED)
    _, claims, _ = extract_all([article], jobs=1)
    return {
        c.subject: c.value.amount.value
        for c in claims
        if isinstance(c.value, AmountClaimValue) and "/score" in c.subject
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Liverpool beat Chelsea 2-1 at Anfield.",
            {"liverpool/score:chelsea": 2, "chelsea/score:liverpool": 1},
        ),
        (
            "Chelsea lost 1-2 to Liverpool.",
            {"chelsea/score:liverpool": 1, "liverpool/score:chelsea": 2},
        ),
        (
            "Chelsea lost 2-1 to Liverpool.",
            {"chelsea/score:liverpool": 1, "liverpool/score:chelsea": 2},
        ),
        (
            "France won 3-1 against Argentina.",
            {"france/score:argentina": 3, "argentina/score:france": 1},
        ),
        (
            "Arsenal's 4-0 victory over Spurs was their biggest.",
            {"arsenal/score:spurs": 4, "spurs/score:arsenal": 0},
        ),
        (
            "Barcelona drew 2-2 with Sevilla.",
            {"barcelona/score:sevilla": 2, "sevilla/score:barcelona": 2},
        ),
        # a result noun with no owner is its verb's subject's
        ("Spain secured a 2-1 victory in Berlin.", {"spain/score": 2}),
        (
            "Spain won the title with a 1-0 victory over England.",
            {"spain/score:england": 1, "england/score:spain": 0},
        ),
        ("Rain brought a 2-1 defeat for the hosts.", {}),  # no side named
        ("Kane started in a 2-1 defeat.", {}),  # a player in the match, not its side
    ],
)
def test_each_side_gets_its_own_number(sentence: str, expected: dict[str, float]) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters aged 18-24 backed him.",
        "The 2014-15 season was his best.",
        "The court ruled 5-4 in the case.",  # no match result word
        "Barcelona drew 2-1 with Sevilla.",  # a draw with unequal numbers is no score
    ],
)
def test_a_dash_between_numbers_without_a_result_is_no_score(sentence: str) -> None:
    assert scores(sentence) == {}


def test_two_reports_of_one_match_with_different_scores() -> None:
    def report(name: str, text: str) -> Article:
        return Article(id=name, path="-", text=text, published=PUBLISHED)

    story = "at Anfield on Sunday in the Premier League, with Salah scoring."
    first = report("a.txt", f"Liverpool beat Chelsea 2-1 {story}")
    same = report("b.txt", f"Chelsea lost 1-2 to Liverpool {story}")
    other = report("c.txt", f"Liverpool beat Chelsea 3-1 {story}")
    assert not [f for f in check_articles([first, same], []).findings if f.rule == "FC201"]
    assert [f.rule for f in check_articles([first, other], []).findings if f.rule == "FC201"] == [
        "FC201"
    ]


def test_a_year_in_a_tournaments_name_is_no_period_of_the_score() -> None:
    text = "Euro 2024 ended as Spain won the title with a 1-0 victory over England."
    article = Article(id="a.txt", path="a.txt", text=text, published=None)
    _, claims, _ = extract_all([article], jobs=1)
    keys = {c.subject for c in claims if "/score" in c.subject}
    assert keys == {"spain/score:england", "england/score:spain"}


def test_a_sides_scores_in_two_matches_are_two_figures() -> None:
    def report(name: str, text: str) -> Article:
        return Article(id=name, path="-", text=text, published=PUBLISHED)

    story = "in Berlin at Euro 2024, where Spain won the final with Oyarzabal scoring late."
    first = report("a.txt", f"England beat Serbia 1-0 and lost the final 2-1 to Spain {story}")
    second = report("b.txt", f"Spain beat England 2-1 after England beat Serbia 1-0 {story}")
    checked = check_articles([first, second], [])
    keys = {c.subject for c in checked.claims if "/score" in c.subject}
    assert {"england/score:serbia", "england/score:spain", "spain/score:england"} <= keys
    assert not [f for f in checked.findings if f.rule == "FC201"]


def test_a_score_said_with_no_opponent_is_the_sides_one_match() -> None:
    def report(name: str, text: str) -> Article:
        return Article(id=name, path="-", text=text, published=PUBLISHED)

    story = "in Berlin at Euro 2024, where Spain won the final with Oyarzabal scoring late."
    first = report("a.txt", f"Spain secured a 1-0 victory {story}")
    second = report("b.txt", f"Spain beat England 2-1 {story}")
    found = [f for f in check_articles([first, second], []).findings if f.rule == "FC201"]
    assert len(found) == 1 and found[0].subject.startswith("spain/score")
