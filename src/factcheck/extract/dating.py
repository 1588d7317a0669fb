"""A publication date for an article that has none, inferred from its own words.

News reports date their events relative to the day they appear. An undated
article that names days without a year ("from April 21 to 22") and years
elsewhere ("in May 2025") most likely appeared in the latest year it names,
around the latest such day. The guess is marked `published_from="inferred"`.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.models import Article
from factcheck.normalise.timex import find_times

LATEST_PLAUSIBLE_YEAR = 2100
NAMED_DAY = re.compile(r"^(XXXX|\d{4})-\d\d-\d\d")


def infer_publication_date(article: Article) -> Article:
    if article.published is not None:
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
    return article.model_copy(update={"published": max(days), "published_from": "inferred"})
