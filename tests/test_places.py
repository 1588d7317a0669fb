"""Places of events: unit tables for the gazetteer's containment and name resolution,
for the place claims read from sentences, and for the places distances are measured from."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import places_gazetteer as gazetteer
from factcheck.extract.places import country_of_name, country_of_place
from factcheck.models import AmountClaimValue, Article, PlaceValue
from factcheck.pipeline import check_articles, extract_all


def place(name: str, *context: str) -> gazetteer.Place:
    found = gazetteer.resolve(name, gazetteer.context_of(context))
    assert found is not None, f"the gazetteer does not know {name!r}"
    return found


@pytest.mark.parametrize(
    ("outer", "inner", "inside"),
    [
        (("Alabama",), ("Huntsville", "Alabama"), True),  # city in state
        (("United States",), ("Huntsville", "Alabama"), True),  # city in country
        (("Pakistan",), ("Karachi",), True),
        (("Washington", "Wash."), ("Pierce County", "Wash."), True),  # county in state
        (("United States",), ("Pierce County", "Wash."), True),
        (("Texas",), ("Huntsville", "Alabama"), False),  # another state
        (("Karachi",), ("Lahore",), False),  # two cities
        (("Lahore",), ("Pakistan",), False),  # the larger is not inside the smaller
        (("Karachi",), ("Karachi",), False),  # not inside itself
    ],
)
def test_containment(outer: tuple[str, ...], inner: tuple[str, ...], inside: bool) -> None:
    assert gazetteer.contains(place(*outer), place(*inner)) is inside


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        (("Karachi",), ("Lahore",), False),
        (("Huntsville", "Alabama"), ("Alabama",), True),
        (("Islamabad",), ("Rawalpindi",), True),  # twin cities, 14 km apart
        (("Isla Vista",), ("Goleta",), True),  # a town and its neighbour
        (("Pierce County", "Wash."), ("Puyallup",), True),  # which county: not known
        (("Pierce County", "Wash."), ("Houston",), False),  # a county of another state
        (("Huntsville", "Alabama"), ("Houston",), False),
        (("Pakistan",), ("Riyadh",), False),
    ],
)
def test_compatible(first: tuple[str, ...], second: tuple[str, ...], together: bool) -> None:
    assert gazetteer.compatible(place(*first), place(*second)) is together


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [
        ("Springfield", ("Missouri",), "us/mo/springfield"),
        ("Springfield", ("Ill.",), "us/il/springfield"),  # a dateline's state
        ("Springfield", ("Chicago",), "us/il/springfield"),  # a large city's state
        ("Springfield", (), None),  # several of a size: no guess
        ("Huntsville", ("Alabama",), "us/al/huntsville"),
        ("Huntsville", ("Texas",), "us/tx/huntsville"),
        ("Pierce County", ("Wash.",), "us/wa/pierce-county"),
        ("Georgia", (), "ge"),  # a country before a state
        ("Georgia", ("Atlanta",), "us/ga"),
        ("Georgia", ("Bartow County",), "us/ga"),
        ("Bartow", ("Georgia", "Bartow County"), None),  # not Bartow, Florida
        ("Las Vegas", ("Md.",), "us/nv/las-vegas"),  # a large city is no namesake
        # a mid-sized city abroad is a local namesake the gazetteer lacks; a world city is not
        ("Tempe", ("Greece", "Tempe"), None),
        ("London", ("Greece",), "gb/eng/london"),
        ("Paris", (), "fr/11/paris"),  # far larger than any other Paris
        ("Paris", ("Texas",), "us/tx/paris"),
        ("St. Louis", ("Mo.",), "us/mo/saint-louis"),
        ("Saint Louis", ("Missouri",), "us/mo/saint-louis"),
        ("Orleans Parish", (), "us/la/orleans-parish"),
        ("the US", (), "us"),
        ("Zhaotong City", (), "cn/29/zhaotong"),
        ("Malir", (), None),  # a district of Karachi: unknown
        # a large city's other names in the Latin alphabet
        ("Marrakech", (), "ma/07/marrakesh"),
        ("Bombay", (), "in/16/mumbai"),
        ("the Hill District", (), None),  # a neighbourhood, not a county
    ],
)
def test_resolution(name: str, context: tuple[str, ...], expected: str | None) -> None:
    found = gazetteer.resolve(name, gazetteer.context_of(context))
    assert (found.id if found else None) == expected


def test_country_table_unchanged() -> None:
    assert country_of_name("Rwandan") == "rwanda"
    assert country_of_place("Kigali") == "rwanda"
    assert country_of_place("Islamabad") == "pakistan"


def places_in(text: str) -> list[tuple[str, str, str | None, str]]:
    article = Article(id="a.txt", path="a.txt", text=text, published=date(2014, 5, 6))
    _, claims, _ = extract_all([article], jobs=1)
    found = []
    for claim in claims:
        if isinstance(claim.value, PlaceValue):
            value = claim.value
            found.append((claim.subject, value.name, value.place, value.relation))
    return found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A man was shot in Karachi on Sunday.",
            [("place:event:shoot", "Karachi", "pk/05/karachi", "in")],
        ),
        (
            "Police said the man was killed in Huntsville, Alabama.",
            [("place:event:kill", "Huntsville, Alabama", "us/al/huntsville", "in")],
        ),
        (
            "Gunmen opened fire in Malir, Karachi, killing two.",  # the finest known part
            [("place:event:shoot", "Malir, Karachi", "pk/05/karachi", "in")],
        ),
        (
            "The shooting occurred Feb. 6 at a home on 11th Street in Puyallup.",
            [("place:event:shoot", "Puyallup", "us/wa/puyallup", "in")],
        ),
        (
            "The Isla Vista shooting left six dead.",
            [("place:event:shoot", "Isla Vista", "us/ca/isla-vista", "in")],
        ),
        (
            "A woman was shot near Lahore on Friday.",
            [("place:event:shoot", "Lahore", "pk/04/lahore", "near")],
        ),
        (
            "The quake struck 277 miles northeast of Kunming.",
            [("place:event:strike", "Kunming", "cn/29/kunming", "distance")],
        ),
        (
            "Two people were shot in Liberty City on Sunday.",  # a neighbourhood: kept, unknown
            [("place:event:shoot", "Liberty City", None, "in")],
        ),
        (  # "close to" is near; an island "on" which it happened is a place
            "The ferry capsized close to the pier on Ukara Island.",
            [("place:event:incident", "Ukara Island", None, "near")],
        ),
        (
            "The ferry went down a few metres from the dock on Ukerewe.",
            [("place:event:incident", "Ukerewe", None, "distance")],
        ),
        ("He lives in Dallas.", []),  # a state, not an event
        ("The man was arrested in March.", []),  # a month, not the town of March
        ("He was not shot in Dallas.", []),  # negated
    ],
)
def test_place_claims(sentence: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert places_in(sentence) == expected


def test_same_event_in_story_keyed_alike() -> None:
    """A verb and the event noun of it give one key: "was shot" and "the shooting"."""
    verb = places_in("A man was shot in Gary on Sunday.")
    noun = places_in("The shooting in Gary left one man dead.")
    assert [key for key, *_ in verb] == [key for key, *_ in noun] == ["place:event:shoot"]


def distances_in(text: str) -> list[tuple[str, str]]:
    """(subject, words) of the distance claims of a one-sentence article."""
    article = Article(id="a.txt", path="-", text=text, published=date(2020, 1, 1))
    _, claims, _ = extract_all([article], jobs=1)
    return [
        (claim.subject, claim.text)
        for claim in claims
        if isinstance(claim.value, AmountClaimValue) and claim.subject.startswith("distance:")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The festival is held about 48 kilometres southeast of San Jose.",
            [("distance:san-jose", "about 48 kilometres southeast of San Jose")],
        ),
        (
            "The fire started 10 miles north of Los Angeles on Tuesday.",
            [("distance:los-angeles", "10 miles north of Los Angeles")],
        ),
        (  # "from", with no direction
            "The train derailed in Pukhraya, 60 km from Kanpur, while passengers slept.",
            [("distance:kanpur", "60 km from Kanpur")],
        ),
        (
            "The storm made landfall 30 km from New Orleans.",
            [("distance:new-orleans", "30 km from New Orleans")],
        ),
        (  # the common word after a name is not part of it
            "The coaches left the tracks in Pukhrayan, 65 km south of Kanpur city.",
            [("distance:kanpur", "65 km south of Kanpur")],
        ),
        ("The plane travelled 300 km from Delhi before it turned back.", []),  # a journey
        ("They drove 40 miles from Houston to Austin on Sunday.", []),  # a route
    ],
)
def test_a_distance_is_measured_from_the_whole_place_name(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert distances_in(sentence) == expected


def _distance_conflicts(first: str, second: str) -> list[str]:
    articles = [
        Article(id=name, path="-", text=text, published=date(2016, 11, 21))
        for name, text in (("a.txt", first), ("b.txt", second))
    ]
    report = check_articles(articles, [])
    return [f.subject for f in report.findings if f.rule == "FC201" and f.kind == "conflict"]


def test_two_distances_from_one_place_that_disagree_are_flagged() -> None:
    assert _distance_conflicts(
        "An express train derailed on Sunday in Pukhraya, 60 km from Kanpur, killing 120.",
        "An express train derailed on Sunday near Pukhraya, about 100 km from Kanpur city, "
        "killing 120.",
    ) == ["distance:kanpur"]


def test_distances_from_two_places_that_share_a_first_word_are_not_compared() -> None:
    assert not _distance_conflicts(
        "A gunman opened fire on Sunday at the garlic festival in Gilroy, about 48 kilometres "
        "southeast of San Jose.",
        "A gunman opened fire on Sunday at the garlic festival in Gilroy, about 80 miles "
        "southeast of San Francisco.",
    )


def _places_checked(*texts: str) -> dict[str, set[str | None]]:
    articles = [
        Article(id=f"{n}.txt", path=f"{n}.txt", text=text, published=date(2014, 11, 15))
        for n, text in enumerate(texts)
    ]
    report = check_articles(articles, [])
    found: dict[str, set[str | None]] = {}
    for claim in report.claims:
        if isinstance(claim.value, PlaceValue):
            found.setdefault(claim.article, set()).add(claim.value.place)
    return found


def test_a_town_an_article_leaves_open_is_settled_by_its_story() -> None:
    # two Norfolks: alone, "in Norfolk" is neither; the other report's dateline says which
    found = _places_checked(
        "A 26-year-old woman died after a shooting in Norfolk on Saturday afternoon. "
        "Police found Keshira Linnette suffering from a gunshot wound.",
        "NORFOLK, Va. - Keshira Linnette, 26, died after she was shot in Norfolk on "
        "Saturday. Police said Keshira Linnette was found at her home.",
    )
    assert found["0.txt"] == {"us/va/norfolk"}


def test_a_town_stays_open_when_its_story_gives_it_two_places() -> None:
    # one report's dateline says Illinois, another's own words Missouri: a third report's
    # bare "Springfield" is neither
    found = _places_checked(
        "SPRINGFIELD, Ill. - John Carter, 34, was shot and killed in Springfield on"
        " Saturday night, police said.",
        "John Carter, 34, was shot and killed in Springfield on Saturday night, police said.",
        "John Carter, 34, was shot and killed in Springfield on Saturday night. A suspect"
        " was arrested in Missouri on Sunday.",
    )
    assert found["0.txt"] == {"us/il/springfield"}
    assert found["1.txt"] == {None}


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("A man was shot in north-east England on Sunday.", 45.0),
        ("A man was shot in northwestern England on Sunday.", 315.0),
        ("A man was shot in eastern Valencia on Sunday.", 90.0),
        ("A man was shot in South Africa on Sunday.", None),  # the words are the name
        ("A man was shot in England on Sunday.", None),
        ("A man was shot in west Wales on Sunday.", 270.0),  # run into the name
        ("A man was shot in West Bengal on Sunday.", None),
    ],
)
def test_the_compass_part_of_a_place(sentence: str, part: float | None) -> None:
    article = Article(id="a.txt", path="a.txt", text=sentence, published=date(2014, 5, 6))
    _, claims, _ = extract_all([article], jobs=1)
    parts = [c.value.part for c in claims if isinstance(c.value, PlaceValue)]
    assert parts == [part]


@pytest.mark.parametrize(
    ("written", "known_as"),
    [
        ("Bartin", "Bartın"),  # dotless i, written without it
        ("Tromso", "Tromsø"),
        ("Lodz", "Łódź"),
        ("Bartın", "Bartın"),
    ],
)
def test_a_place_written_without_its_own_letters_is_the_same_place(
    written: str, known_as: str
) -> None:
    assert known_as in {found.name for found in gazetteer.candidates(written)}


def _town_parts(text: str) -> dict[str, tuple[str | None, float | None]]:
    article = Article(id="a.txt", path="a.txt", text=text, published=date(2022, 10, 15))
    _, claims, _ = extract_all([article], jobs=1)
    return {
        c.subject: (c.value.place, c.value.part)
        for c in claims
        if c.predicate == "lie" and isinstance(c.value, PlaceValue)
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a compass word on the noun a town is "of": the part of the town's country
        (
            "An explosion hit a mine in the northeastern town of Amasra.",
            {"where:tr/87/amasra": ("tr", 45.0)},
        ),
        # the region written beside the town, in apposition, after "in", or after "a town in"
        ("The mine is in Amasra, northwestern Turkey.", {"where:tr/87/amasra": ("tr", 315.0)}),
        ("Rescuers reached Amasra in northwestern Turkey.", {"where:tr/87/amasra": ("tr", 315.0)}),
        (
            "Amasra, a town in northwestern Turkey, was hit.",
            {"where:tr/87/amasra": ("tr", 315.0)},
        ),
        # a demonym names the country
        (
            "The quake struck the northern Indian city of Joshimath.",
            {"where:in/39/joshimath": ("in", 0.0)},
        ),
        # a place written with the compass word is the region
        (
            "A fire hit the northern California city of Redding.",
            {"where:us/ca/redding": ("us/ca", 0.0)},
        ),
        # a name the recogniser took for a person, which the gazetteer knows in that
        # region, and a region the parse hung on the verb
        (
            "The boat had set out from Türkiye's western port of Izmir.",
            {"where:tr/35/izmir": ("tr", 270.0)},
        ),
        ("The boat left Izmir in eastern Turkey on Thursday.", {"where:tr/35/izmir": ("tr", 90.0)}),
        # a compass word that is part of a name says nothing of where a place lies
        ("Troops were sent to South Sudan and North Korea.", {}),
        ("Troops were sent to Juba in South Sudan.", {}),
    ],
)
def test_the_part_of_its_country_a_town_is_said_to_lie_in(
    text: str, found: dict[str, tuple[str | None, float | None]]
) -> None:
    assert _town_parts(text) == found
