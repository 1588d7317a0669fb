"""Story assignment: which small articles are one story, and that it never scores all pairs."""

from __future__ import annotations

import functools
import pickle
import random
from datetime import date, timedelta

import pytest

from factcheck import check_texts
from factcheck.extract.dating import unlikely_guesses
from factcheck.models import Article, EventValue
from factcheck.nlp import parse_texts
from factcheck.pipeline import CheckOptions, check_articles
from factcheck.stories import (
    StoryFeatures,
    StoryStats,
    assign_stories,
    lookup_keys,
    story_features,
)

FOOTER = (
    "\n\nMore from Channel 9 News: Weather | Traffic | Contact Us. Copyright Gannett Company, "
    "Associated Press. Follow WSB-TV on Facebook and Twitter."
)


def _article(number: int, published: date, text: str) -> Article:
    title = text.partition("\n")[0]
    return Article(
        id=f"a{number:02d}.txt",
        path=f"a{number:02d}.txt",
        title=title,
        text=text,
        published=published,
    )


# How rare a name is depends on the corpus: the articles under test sit among
# other local crime news that names the same city and police and words, on
# pages with the same footer.
@functools.cache
def _background() -> dict[str, StoryFeatures]:
    footer_article = _article(99, date(2024, 1, 1), f"Crime news\n{FOOTER}")
    footer = story_features(footer_article, next(parse_texts([footer_article.text])))
    return {
        f"background{number:02d}": StoryFeatures(
            published=date(2024, 1, 1) + timedelta(days=7 * number),
            keys={
                **footer.keys,
                "word:dayton": 1.0,
                "word:ohio": 1.0,
                f"name:victim number{number}": 1.0,
            },
            people=(f"victim number{number}",),
            terms=footer.terms | {"police", "shoot", "kill", "man", "home", "street", "say"},
        )
        for number in range(30)
    }


def _stories(*articles: Article) -> list[set[str]]:
    """The stories of some articles, as sets of their ids, in order of first article."""
    docs = parse_texts(article.text for article in articles)
    features = {
        article.id: story_features(article, doc)
        for article, doc in zip(articles, docs, strict=True)
    }
    background = _background()
    others = [Article(id=name, path=name, text="") for name in background]
    assigned = assign_stories([*articles, *others], {**features, **background})
    stories: dict[str, set[str]] = {}
    for article in articles:
        stories.setdefault(assigned[article.id], set()).add(article.id)
    return list(stories.values())


SHOOTING = (
    "Man killed in Elm Street shooting\n"
    "DAYTON, Ohio — Marcus Whitfield, 24, was shot and killed on Sunday night outside a "
    "home on Elm Street, police said. Officers found Whitfield with several gunshot wounds."
)
SAME_SHOOTING = (
    "Police identify victim of weekend shooting\n"
    "Police on Tuesday identified the man killed Sunday as Marcus Whitfield of Dayton. "
    "Whitfield's family said he was a father of two. No arrests have been made."
)
OTHER_SHOOTING = (
    "Woman wounded in drive-by shooting\n"
    "DAYTON, Ohio — A woman was wounded in a drive-by shooting on Third Street early "
    "Thursday, police said. Keisha Barlow, 31, was taken to Miami Valley Hospital."
)
FOLLOW_UP = (
    "Man sentenced for Elm Street killing\n"
    "A Montgomery County judge sentenced Darnell Okafor to 25 years to life on Friday for "
    "the killing of Marcus Whitfield, who was shot outside a home on Elm Street in March. "
    "Okafor pleaded guilty last month. Whitfield's mother spoke at the hearing."
)
FIRST_REPORT_WITH_SUSPECT = SHOOTING + " Police later arrested Darnell Okafor, 27, in the case."
# one place named alone in one report and inside a longer name in the other
FERRY = (
    "Ferry capsizes near Mwanza\n"
    "A ferry carrying more than 200 passengers capsized near Ukara on Thursday afternoon, "
    "killing at least 40 people, officials in Mwanza said. Survivors swam to the shore."
)
FERRY_SEARCH = (
    "Rescuers recover more bodies\n"
    "Divers searching the water off Ukara Island recovered more bodies on Friday, the "
    "Mwanza Region commissioner said. The capsized ferry had been overloaded, he added."
)
OTHER_MWANZA_CRASH = (
    "Bus crash kills 12\n"
    "A bus overturned on a highway outside Mwanza City on Tuesday, killing 12 people, police "
    "said. The driver fled the scene."
)


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        pytest.param(
            (date(2024, 3, 11), SHOOTING),
            (date(2024, 3, 12), SAME_SHOOTING),
            True,
            id="shared-victim-same-day",
        ),
        pytest.param(
            (date(2024, 3, 11), SHOOTING),
            (date(2024, 3, 29), OTHER_SHOOTING),
            False,
            id="same-city-other-day-other-names",
        ),
        pytest.param(
            (date(2024, 3, 12), FIRST_REPORT_WITH_SUSPECT),
            (date(2024, 11, 8), FOLLOW_UP),
            True,
            id="follow-up-months-later-same-names",
        ),
        pytest.param(
            (date(2018, 9, 20), FERRY),
            (date(2018, 9, 21), FERRY_SEARCH),
            True,
            id="places-named-inside-longer-names",
        ),
        pytest.param(
            (date(2018, 9, 20), FERRY),
            (date(2018, 10, 30), OTHER_MWANZA_CRASH),
            False,
            id="same-town-inside-a-longer-name-other-event",
        ),
    ],
)
def test_pairs_of_articles(
    first: tuple[date, str], second: tuple[date, str], together: bool
) -> None:
    stories = _stories(_article(1, *first), _article(2, *second))
    assert (len(stories) == 1) is together, stories


def test_a_guessed_date_its_story_belies_is_withdrawn_and_the_article_read_undated() -> None:
    recalled = (
        "Police identify victim of weekend shooting\n"
        "Marcus Whitfield was shot and killed on Sunday night outside a home on Elm Street "
        "in Dayton. Whitfield's father was killed on Elm Street on May 27 in 2000, the "
        "family said."
    )
    dated = _article(1, date(2024, 3, 11), SHOOTING)
    undated = Article(id="a02.txt", path="a02.txt", text=recalled)
    report = check_articles([dated, undated], [], CheckOptions(jobs=1))
    read = {article.id: article for article in report.articles}
    assert (read["a02.txt"].published, read["a02.txt"].published_from) == (
        None,
        "guess-withdrawn",
    )
    assert read["a01.txt"].story == read["a02.txt"].story
    # "on Sunday" stays a Sunday, not a day in the week of May 27, 2000
    assert [
        (claim.value.time, claim.value.weekday)
        for claim in report.claims
        if claim.article == "a02.txt" and isinstance(claim.value, EventValue)
    ] == [(None, 6)]


def test_the_library_and_command_line_path_withdraws_the_guess_too() -> None:
    recalled = (
        "Marcus Whitfield was shot and killed on Sunday night outside a home on Elm Street "
        "in Dayton. Whitfield's father was killed on Elm Street on May 27 in 2000."
    )
    report = check_texts(
        {"a01.txt": f"date 2024-03-11\n{SHOOTING}", "a02.txt": recalled},
        CheckOptions(jobs=1),
    )
    read = {article.id: article for article in report.articles}
    assert (read["a02.txt"].published, read["a02.txt"].published_from) == (
        None,
        "guess-withdrawn",
    )


def test_a_guessed_date_near_its_storys_dates_stands() -> None:
    guessed = Article(
        id="a02.txt",
        path="a02.txt",
        text="Marcus Whitfield was killed on Elm Street on March 10, 2024, police said.",
        published=date(2024, 3, 10),
        published_from="inferred",
    )
    dated = _article(1, date(2024, 3, 11), SHOOTING)
    stories = {"a01.txt": "s1", "a02.txt": "s1"}
    assert unlikely_guesses([dated, guessed], stories) == []
    # a follow-up weeks later is the story's only dated report: the guess still stands
    follow_up = _article(1, date(2024, 4, 2), FOLLOW_UP)
    assert unlikely_guesses([follow_up, guessed], stories) == []
    far = guessed.model_copy(update={"published": date(2000, 5, 27)})
    assert unlikely_guesses([dated, far], stories) == [
        far.model_copy(update={"published": None, "published_from": "guess-withdrawn"})
    ]


def test_boilerplate_names_shared_by_every_article_do_not_link_them() -> None:
    """A site's footer names the same outlets on every page; that is not an event."""
    victims = ["Marcus Whitfield", "Keisha Barlow", "Tomas Reyes", "Linda Osei", "Carl Pruitt"]
    victims += ["Nadia Haddad", "Brian Kowalski", "Aisha Mbeki", "Derek Lund", "Rosa Quintero"]
    streets = ["Elm", "Oak", "Pine", "Main", "Cedar", "Maple", "Ash", "Birch", "Walnut", "Spruce"]
    articles = [
        _article(
            number,
            date(2024, 3, 1) + timedelta(days=3 * number),
            f"Shooting on {street} Street\n{victim} was shot on {street} Street on Monday, "
            f"police said. {victim.split()[-1]} was taken to a hospital.{FOOTER}",
        )
        for number, (victim, street) in enumerate(zip(victims, streets, strict=True))
    ]
    assert len(_stories(*articles)) == len(articles)


def test_story_ids_are_numbered_by_first_article_and_features_pickle() -> None:
    articles = [
        _article(3, date(2024, 3, 29), OTHER_SHOOTING),
        _article(1, date(2024, 3, 11), SHOOTING),
        _article(2, date(2024, 3, 12), SAME_SHOOTING),
    ]
    docs = parse_texts(article.text for article in articles)
    features = {
        article.id: story_features(article, doc)
        for article, doc in zip(articles, docs, strict=True)
    }
    assert pickle.loads(pickle.dumps(features)) == features
    assert assign_stories(articles, features) == {"a01.txt": "s1", "a02.txt": "s1", "a03.txt": "s2"}


def test_candidate_pairs_grow_near_linearly() -> None:
    """2,000 articles in 500 stories: only pairs sharing a rare key are scored, not 2 million."""
    generator = random.Random(7)
    surnames = ["".join(generator.choices("abcdefghijklmnopqrstuvwxyz", k=8)) for _ in range(6000)]
    cities = [f"city{number}" for number in range(40)]
    articles: list[Article] = []
    features: dict[str, StoryFeatures] = {}
    for story in range(500):
        people = generator.sample(surnames, 3)
        city = generator.choice(cities)
        day = date(2020, 1, 1) + timedelta(days=generator.randrange(1500))
        for copy in range(4):
            article = Article(
                id=f"{story:04d}_{copy}", path="x", text="", published=day + timedelta(copy)
            )
            articles.append(article)
            features[article.id] = StoryFeatures(
                published=article.published,
                keys={
                    **{f"name:{name} {name}": 1.0 for name in people},
                    f"word:{city}": 1.0,
                    "name:associated press": 0.3,
                },
                people=tuple(f"{name} {name}" for name in people),
                event_days=(day,),
            )
    stats = StoryStats()
    assigned = assign_stories(articles, features, stats=stats)
    all_pairs = len(articles) * (len(articles) - 1) // 2
    assert stats.pairs_scored < 10 * len(articles) < all_pairs / 50
    stories: dict[str, set[str]] = {}
    for article in articles:
        stories.setdefault(assigned[article.id], set()).add(article.id[:4])
    assert len(stories) == 500
    assert all(len(members) == 1 for members in stories.values())


def test_features_survive_the_claim_store_round_trip() -> None:
    from datetime import date

    from factcheck.stories import StoryFeatures, features_from_json, features_to_json

    features = StoryFeatures(
        published=date(2014, 5, 4),
        keys={"name:sherie miller": 1.0, "word:miller": 0.5},
        people=("Sherie Miller",),
        event_days=(date(2014, 5, 3),),
        terms=frozenset({"shoot", "police"}),
    )
    assert features_from_json(features_to_json(features)) == features


def test_copies_of_one_text_are_one_story_however_many() -> None:
    from factcheck.models import Article
    from factcheck.stories import StoryFeatures, assign_stories

    text = "Sherie Miller, 44, was shot on Sunday in Springfield, police said. " * 4
    articles = [Article(id=f"{n:03}.txt", path="-", text=text) for n in range(60)]
    features = {
        a.id: StoryFeatures(published=None, keys={"name:sherie miller": 1.0}) for a in articles
    }
    assert set(assign_stories(articles, features).values()) == {"s1"}


def test_a_store_looks_stories_up_by_whole_names_not_by_their_words() -> None:
    """Each word of "Miami Gardens Police" helps tell stories apart, but a store of
    thousands of articles has too many with "police" in a name to search by it."""
    text = SHOOTING + " A spokesman for the Miami Gardens Police said the case was open."
    article = _article(1, date(2016, 2, 27), text)
    features = story_features(article, next(parse_texts([article.text])))
    assert "part:gardens" in features.keys
    assert "name:miami gardens police" in lookup_keys(features)
    assert not [key for key in lookup_keys(features) if key.startswith("part:")]
