"""What became of a named person: the fate claims read from the parse."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.models import Article, FateValue
from factcheck.pipeline import extract_all

PUBLISHED = date(2014, 5, 6)


def fates(text: str) -> set[tuple[str, str]]:
    """Each fate claim as (person's subject key, fate)."""
    article = Article(id="a.txt", path="a.txt", text=text, published=PUBLISHED)
    _, claims, _ = extract_all([article], jobs=1)
    return {
        (claim.subject.removeprefix("person:"), claim.value.fate)
        for claim in claims
        if isinstance(claim.value, FateValue)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan Baker, 21, was killed in the shooting.", {("jordan-baker", "dead")}),
        ("John Brewer was wounded on Friday.", {("john-brewer", "injured")}),
        ("A third man, Craig Shelnut, survived the attack.", {("craig-shelnut", "alive")}),
        ("Police said Mark Doyle was not injured.", {("mark-doyle", "unhurt")}),
        ("Lisa Grant was pronounced dead at the scene.", {("lisa-grant", "dead")}),
        ("Officers shot Tony Marsh outside the store.", {("tony-marsh", "shot")}),
        ("Sam Ortiz is alive and in hospital.", {("sam-ortiz", "alive")}),
        ("Dana Ross was among the dead.", {("dana-ross", "dead")}),
        # a second verb of the same subject says how it ended
        (
            "A 3-year-old girl, Dalis Cox, was shot and killed Wednesday night.",
            {("dalis-cox", "dead")},
        ),
        # a pronoun stands for the person named before
        (
            "Ann Lowe was shot on Friday. She died in hospital.",
            {("ann-lowe", "shot"), ("ann-lowe", "dead")},
        ),
        # hurt, said by what they suffered or were treated for, or by their condition
        ("John Walker suffered a gunshot wound to the leg.", {("john-walker", "injured")}),
        ("Mary Lee was taken to hospital in critical condition.", {("mary-lee", "injured")}),
        ("Tom Ray was jailed for the injuries.", set()),  # he caused them
        # a death with its wound is a death
        ("Dana Ross died at the scene with a gunshot wound.", {("dana-ross", "dead")}),
        # two people joined
        (
            "Tom Hill and Ray Diaz were injured in the crash.",
            {("tom-hill", "injured"), ("ray-diaz", "injured")},
        ),
    ],
)
def test_fates_read_from_the_clause(text: str, expected: set[tuple[str, str]]) -> None:
    assert fates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mark Doyle nearly died in the fire.",  # a near miss
        "Mark Doyle could have been killed.",  # a modal
        "Ed Burns tried to kill Mark Doyle.",  # meant, not done
        "Mark Doyle was not seriously injured.",  # hurt, if not badly
        "Mark Doyle is expected to survive.",  # not yet so
        # the subject of "killed" killed: the student is the one who died, and unnamed
        "Ed Burns shot the gunman. Police have not named the student he killed.",
        # the pronoun is the unnamed officer, not the man named before
        "Mark Doyle called police. A former officer shot his wife before he died.",
    ],
)
def test_no_fate_where_none_is_said(text: str) -> None:
    assert not {fate for person, fate in fates(text) if person == "mark-doyle"} - {"shot"}
    assert ("ed-burns", "dead") not in fates(text)


def test_a_family_name_two_people_share_is_nobody_in_particular() -> None:
    text = "Alan Pitts and Judith Pitts were at home. Police fired back, killing Pitts."
    assert not any(fate == "dead" for _, fate in fates(text))


def test_the_name_given_later_to_one_unnamed_person_takes_their_fate() -> None:
    text = (
        "A man was shot and killed on Main Street on Friday night. Police identified him as"
        " John Walker, 23. A woman was wounded in the leg. She was later identified as Mary"
        " Lee. Police identified the suspect as Tom Ray."
    )
    assert fates(text) == {("john-walker", "dead"), ("mary-lee", "injured")}


def test_a_pronoun_far_from_any_name_gives_no_one_a_fate() -> None:
    text = (
        "Joe Pullam owns the farm. The family moved there in 2001. The rifle was old."
        " She is currently in stable condition."
    )
    assert fates(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lowe, whose son died in the crash, spoke to reporters.",  # her son died
        "Ann Lowe was shot but not killed.",  # the death is denied
        "Ann Lowe was not among the dead.",
        "It was not immediately clear whether Ann Lowe survived.",  # a question
        "Ann Lowe, 45, is survived by her husband.",  # she died; he is not named
        "Officer Ann Lowe suffered no injuries.",
        "Ann Lowe was shot at but escaped.",  # aimed at, may have missed
        "Ann Lowe was feared dead.",  # believed, not known
    ],
)
def test_words_of_fate_that_give_ann_lowe_no_fate_of_theirs(text: str) -> None:
    assert {fate for person, fate in fates(text) if person == "ann-lowe"} <= {"shot"} - {
        "shot" if "shot at" in text else ""
    }


def test_a_pronoun_between_two_people_just_named_gives_neither_a_fate() -> None:
    text = "Ann Lowe was wounded. Police said the gunman was her neighbour, Tom Reed. She survived."
    assert ("tom-reed", "alive") not in fates(text)


def test_a_name_given_after_someone_else_came_in_is_not_the_victims() -> None:
    text = (
        "A woman was shot and killed. A 25-year-old man was arrested at the scene."
        " Police identified him as John Smith."
    )
    assert ("john-smith", "dead") not in fates(text)
