"""A publication date for an article that has none, inferred from its own words.

News reports date their events relative to the day they appear. An undated
article that names days without a year ("from April 21 to 22") and years
elsewhere ("in May 2025") most likely appeared in the latest year it names,
around the latest such day. The guess is marked `published_from="inferred"`.

A report that recalls an old day ("killed on May 27 in 2000") is guessed to be
from then. Its story tells: a guess far from every dated report of the story it
joins is withdrawn (`published_from="guess-withdrawn"`), and the article is read
again undated, so its "on Sunday" stays a weekday instead of a day in 2000.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from factcheck.models import Article
from factcheck.normalise.timex import find_times

LATEST_PLAUSIBLE_YEAR = 2100
NAMED_DAY = re.compile(r"^(XXXX|\d{4})-\d\d-\d\d")
INFERRED = "inferred"
WITHDRAWN = "guess-withdrawn"
# how far from its story's dated reports a guessed date may lie and still stand: a
# follow-up may come months after the first report, a recalled day years before it
STORY_SLACK = timedelta(days=366)


def infer_publication_date(article: Article) -> Article:
    if article.published is not None or article.published_from == WITHDRAWN:
        return article
    unanchored = find_times(article.text, None)
    years = [
        expression.interval.start.year
        for expression in unanchored
        if expression.interval is not None
        and expression.interval.granularity in {"year", "month", "day"}
        and expression.interval.start.year <= LATEST_PLAUSIBLE_YEAR
    ]
    # Days the text names by month and day ("April 21 to 22"), not relative ones ("Monday").
    named_days = {(e.start, e.end) for e in unanchored if NAMED_DAY.match(e.value)}
    if not years or not named_days:
        return article
    anchor = date(max(years), 12, 31)
    days = [
        expression.interval.end
        for expression in find_times(article.text, anchor)
        if (expression.start, expression.end) in named_days
        and expression.interval is not None
        and expression.interval.end.year == anchor.year
    ]
    if not days:
        return article
    return article.model_copy(update={"published": max(days), "published_from": INFERRED})


def unlikely_guesses(articles: Sequence[Article], stories: Mapping[str, str]) -> list[Article]:
    """The articles whose guessed date lies more than a year from every dated report of
    their story, each undated again, its guess withdrawn."""
    stated: dict[str, list[date]] = defaultdict(list)
    for article in articles:
        if article.published is not None and article.published_from != INFERRED:
            stated[stories[article.id]].append(article.published)
    withdrawn = []
    for article in articles:
        days = stated.get(stories[article.id])
        if article.published_from != INFERRED or article.published is None or not days:
            continue
        if not min(days) - STORY_SLACK <= article.published <= max(days) + STORY_SLACK:
            update = {"published": None, "published_from": WITHDRAWN}
            withdrawn.append(article.model_copy(update=update))
    return withdrawn
