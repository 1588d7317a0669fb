"""Casualties said without a number, tolls said in parts, and totals reckoned from parts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.totals import combine
from factcheck.models import AmountClaimValue, AmountValue, Article
from factcheck.pipeline import check_articles, extract_all

PUBLISHED = date(2014, 5, 6)


def tolls(text: str) -> dict[str, tuple[float, float | None]]:
    """Each amount claim's key with its lowest and highest value."""
    article = Article(id="a.txt", path="a.txt", text=text, published=PUBLISHED)
    _, claims, _ = extract_all([article], jobs=1)
    found = {}
    for claim in claims:
        if isinstance(claim.value, AmountClaimValue):
            amount = claim.value.amount
            found[claim.subject] = (
                amount.low if amount.low is not None else amount.value,
                amount.high,
            )
    return found


@pytest.mark.parametrize(
    ("sentence", "key", "band"),
    [
        ("A 17-year-old boy died after the shooting on Friday.", "deaths", (1, None)),
        ("Smith, a high school student, was killed while riding his bicycle.", "deaths", (1, None)),
        ("The blast left a woman dead and three others injured.", "deaths", (1, None)),
        ("A teenager was fatally stabbed near the station.", "deaths", (1, None)),
        ("The gunman shot and killed a cashier before fleeing.", "deaths", (1, None)),
        ("A man and his son were wounded in the attack.", "injured", (2, None)),
        ("Police said the suspect shot a deputy.", "shot", (1, None)),
        ("No one was killed in the fire.", "deaths", (0, 0)),
        ("Nobody was injured.", "injured", (0, 0)),
        ("There were no injuries.", "injured", (0, 0)),
    ],
)
def test_people_a_casualty_verb_names_are_at_least_that_many(
    sentence: str, key: str, band: tuple[float, float | None]
) -> None:
    assert tolls(sentence).get(key) == band


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver was not injured.",
        "She could have been killed.",
        "He nearly died in the crash.",
        "No one inside the house was hurt.",  # others elsewhere may have been
        "No one else was hurt.",
        "There were no other fatalities.",
        "No arrests have been made.",  # a state of the inquiry, not a firm zero
        "The gunman killed himself.",
        "Residents said the men were killed.",  # several people, number unsaid
    ],
)
def test_clauses_that_name_no_definite_casualty_make_no_toll(sentence: str) -> None:
    assert not {k for k in tolls(sentence) if k in {"deaths", "injured", "shot", "arrested"}}


def test_a_figure_in_the_sentence_is_not_doubled_by_the_people_it_names() -> None:
    found = tolls("Two people were killed and a woman was wounded.")
    assert found["deaths"] == (1.5, 2.5)
    assert found["injured"] == (1, None)


def findings(texts: dict[str, str]) -> list[str]:
    articles = [
        Article(id=name, path=name, text=text, published=PUBLISHED) for name, text in texts.items()
    ]
    report = check_articles(articles, [])
    return [f.rule for f in report.findings if f.rule == "FC201"]


def test_a_named_victim_agrees_with_a_higher_toll_but_not_with_none() -> None:
    story = "shooting on Elm Street in Dayton on Sunday, police said."
    named = f"A 17-year-old boy was killed in a {story}"
    assert findings({"a.txt": named, "b.txt": f"Two people were killed in a {story}"}) == []
    assert findings({"a.txt": named, "b.txt": f"No one was killed in a {story}"}) == ["FC201"]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Three more students were shot on Friday.", "shot"),
        ("Eight other victims were also shot.", "shot"),
        ("Two additional people were wounded.", "injured"),
    ],
)
def test_a_count_added_to_others_is_no_toll(sentence: str, key: str) -> None:
    assert key not in tolls(sentence)


def test_other_people_after_a_death_are_the_whole_of_the_injured() -> None:
    assert tolls("A man was killed and three others were injured.")["injured"] == (2.5, 3.5)


def test_a_share_of_a_group_said_in_words_is_a_share_not_a_toll_under_one() -> None:
    assert tolls("Half of the 40 workers were injured.") == {
        "share:injured": (45.0, pytest.approx(55.0)),
        "worker": (39.5, 40.5),
    }
    # a decimal is no share: "a fertility rate of 0.72" is that rate
    assert tolls("South Korea's fertility rate fell to 0.72.") == {
        "south-korea/fertility-rate": (pytest.approx(0.715), pytest.approx(0.725))
    }
    assert tolls("A third of the passengers were injured.") == {
        "share:injured": (pytest.approx(28.33, abs=0.01), pytest.approx(38.33, abs=0.01))
    }


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Wounded were four patrons.", {"injured": (3.5, 4.5)}),
        ("Also wounded were four patrons.", {"patron": (3.5, 4.5)}),  # some besides others
        ("Half a dozen people were injured.", {"injured": (pytest.approx(5.4), 6.6)}),
        ("Among the dead were three children.", {"child:deaths": (2.5, 3.5)}),
        ("Among the dead were 12 nationals.", {"national": (11.5, 12.5)}),
        ("Fourteen people lost their lives in the blaze.", {"deaths": (13.5, 14.5)}),
        # not their lives: people counted by what they lost
        ("Two people lost their homes.", {"homeless": (1.5, 2.5)}),
        ("At least 17 people remain unaccounted for.", {"missing": (17.0, None)}),
    ],
)
def test_a_toll_said_verb_first_or_with_the_verbs_object(
    sentence: str, found: dict[str, tuple[float, float | None]]
) -> None:
    assert tolls(sentence) == found


def test_shots_fired_are_not_people_shot() -> None:
    found = tolls("At least 10 shots were fired and two men were shot.")
    assert found["shot"] == (1.5, 2.5)
    assert "gunshot:fire" in found


def test_parts_said_together_give_the_total() -> None:
    found = tolls("Two people were killed and three wounded in the shooting.")
    assert found["shot"] == (4.0, 6.0)  # 2 + 3, each within its precision
    assert found["casualty"] == (4.0, 6.0)


def test_a_total_applies_only_where_the_sentence_speaks_of_it() -> None:
    assert "shot" not in tolls("Two people were killed and three injured in the earthquake.")


def test_a_missing_part_is_the_total_less_the_others() -> None:
    assert tolls("Seven people were shot, two of whom died.")["injured"] == (4.0, 6.0)


def test_a_total_against_parts_another_report_gives() -> None:
    story = "in the shooting on Elm Street in Dayton on Sunday, police said."
    parts = f"Two people were killed and three wounded {story}"
    assert findings({"a.txt": f"Seven people were shot {story}", "b.txt": parts}) == ["FC201"]
    assert findings({"a.txt": f"Five people were shot {story}", "b.txt": parts}) == []


bands = st.tuples(
    st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=50)
).map(lambda pair: AmountValue(value=pair[0], low=pair[0] - pair[1], high=pair[0] + pair[1]))


@given(st.lists(bands, min_size=2, max_size=4), st.data())
def test_a_sum_band_holds_every_sum_of_values_in_the_parts(
    parts: list[AmountValue], data: st.DataObject
) -> None:
    total = combine(parts, add=True)
    picked = [data.draw(st.floats(min_value=p.low, max_value=p.high)) for p in parts]  # type: ignore[arg-type]
    assert total.low is not None and total.high is not None
    assert total.low - 1e-6 <= sum(picked) <= total.high + 1e-6
    assert total.low <= total.value <= total.high


@given(bands, bands, st.data())
def test_a_difference_band_holds_every_difference_of_values_in_the_bands(
    whole: AmountValue, part: AmountValue, data: st.DataObject
) -> None:
    rest = combine([whole, part], add=False)
    a = data.draw(st.floats(min_value=whole.low, max_value=whole.high))  # type: ignore[arg-type]
    b = data.draw(st.floats(min_value=part.low, max_value=part.high))  # type: ignore[arg-type]
    assert rest.low is not None and rest.high is not None
    assert rest.low - 1e-6 <= a - b <= rest.high + 1e-6


def test_a_lower_bound_part_makes_the_sum_a_lower_bound() -> None:
    at_least_one = AmountValue(value=1, low=1, high=None, hedge="at least")
    total = combine([at_least_one, AmountValue(value=3, low=2.5, high=3.5)], add=True)
    assert (total.low, total.high, total.hedge) == (3.5, None, "at least")


def test_a_share_of_another_figure_is_not_added_to_it() -> None:
    found = tolls("One of four women wounded in a shooting downtown has died.")
    assert "shot" not in found


def test_one_candidates_share_of_the_vote_is_compared_not_two_candidates() -> None:
    story = "in the runoff for mayor of Dayton on Sunday, officials said."
    smith = f"Smith took 48% of the vote {story}"
    assert findings({"a.txt": smith, "b.txt": f"Smith won 52 percent of the vote {story}"}) == [
        "FC201"
    ]
    assert findings({"a.txt": smith, "b.txt": f"Jones won 52 percent of the vote {story}"}) == []


def test_everyone_on_board_is_compared_but_not_with_one_kind_of_them() -> None:
    story = "when the plane crashed near Lahore on Sunday, officials said."
    total = f"There were 107 people on board {story}"
    parts = f"The plane was carrying 91 passengers and eight crew members {story}"
    assert findings({"a.txt": total, "b.txt": parts}) == ["FC201"]  # 107 vs 99
    passengers = f"Police said 99 passengers were on board {story}"
    assert findings({"a.txt": total, "b.txt": passengers}) == []


def test_an_owner_nobody_else_has_is_the_storys_figure() -> None:
    story = "when it crashed near Karachi on Friday, officials said."
    owned = f"The A320 Airbus had been flying with 90 passengers {story}"
    plain = f"The plane was carrying 91 passengers and a crew of eight {story}"
    assert findings({"a.txt": owned, "b.txt": plain}) == ["FC201"]


def test_two_owners_of_one_measure_keep_their_own_figures() -> None:
    story = "in the runoff for mayor of Dayton on Sunday, officials said."
    found = findings(
        {
            "a.txt": f"Smith took 48% of the vote {story}",
            "b.txt": f"Jones won 52 percent of the vote {story}",
            "c.txt": f"Smith won 48 percent of the vote {story}",
        }
    )
    assert found == []


def test_figures_credited_to_two_sources_in_one_report_are_two_measurements() -> None:
    text = (
        "The IOM said only five bodies had been found after the landslide in Enga on Friday. "
        "The UN's Papua New Guinea office said three bodies had been found after the landslide."
    )
    assert findings({"a.txt": text}) == []


def test_an_agency_and_its_initials_are_one_source() -> None:
    story = "the quake that struck Herat on Saturday."
    found = findings(
        {
            "a.txt": f"According to the USGS, the epicentre was 40 kilometers from Herat in {story}",
            "b.txt": "According to the US Geological Survey, the epicentre was 35 kilometres "
            f"north-west of the city of Herat in {story}",
        }
    )
    assert found == ["FC201"]


def test_an_owner_named_by_given_name_is_the_person_named_in_full() -> None:
    story = "in Nigeria's presidential election on Saturday, officials said."
    found = findings(
        {
            "a.txt": f"Atiku Abubakar got 6,984,520 votes {story}",
            "b.txt": f"Atiku Abubakar came second. Atiku won 6,984,290 votes {story}",
        }
    )
    assert found == ["FC201"]


def test_a_first_count_of_votes_is_not_the_final_count() -> None:
    first = Article(
        id="a.txt",
        path="a.txt",
        text="Dissanayake won 5,634,915 votes in the first count in Sri Lanka's election.",
        published=date(2024, 9, 22),
    )
    final = Article(
        id="b.txt",
        path="b.txt",
        text="Dissanayake won 5,740,179 votes in Sri Lanka's election.",
        published=date(2024, 9, 24),
    )
    report = check_articles([first, final], [])
    assert [f.rule for f in report.findings if f.rule == "FC201"] == []


def test_a_measure_named_with_more_words_is_the_one_its_last_two_name() -> None:
    story = " Finance Minister Ishaq Dar presented the budget in Islamabad on Friday."
    found = findings(
        {
            "a.txt": "The government set a GDP growth target of 6 per cent." + story,
            "b.txt": "Dar said the 3.5% growth target could be reached easily." + story,
        }
    )
    assert found == ["FC201"]


def test_counts_of_different_charges_are_not_one_measure() -> None:
    story = " Holmes was sentenced in San Jose on Friday."
    found = findings(
        {
            "a.txt": "A jury convicted her on four counts of conspiracy and fraud." + story,
            "b.txt": "She was convicted on one felony count of conspiracy." + story,
        }
    )
    assert found == []
