"""factcheck: a fact-consistency checker for news articles.

    import factcheck

    report = factcheck.check_paths(["articles/"])
    for finding in report.findings:
        print(finding.rule, finding.severity, finding.message)

    report = factcheck.check_texts({"draft.md": "date 2025-04-21\\nThe mission opened ..."})

`Report`, `Finding`, `Claim` and `Article` are the pydantic models of the
`factcheck.report/1` JSON contract; `CheckOptions` selects rules and sets their
severities and options.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.models import Article, Claim, Finding, Report

if TYPE_CHECKING:
    from factcheck.pipeline import CheckOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "CheckOptions",
    "Claim",
    "Finding",
    "Report",
    "__version__",
    "check_paths",
    "check_texts",
]


def check_paths(
    paths: Sequence[str | Path],
    options: CheckOptions | None = None,
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    on_article: Callable[[Article], None] | None = None,
) -> Report:
    """Check files and folders against each other.

    Folders are walked for the article extensions (.txt .md .html .htm .json
    .jsonl) unless `include` globs say otherwise; `exclude` globs leave files
    out; a file named directly is always read. `on_article` is called after each
    article is extracted (for a progress bar).
    """
    from factcheck.pipeline import (
        CheckOptions,
        FileSelection,
        check_claims,
        extract_numbered,
        read_articles,
    )

    articles, errors = read_articles(paths, FileSelection(tuple(include), tuple(exclude)))
    options = options or CheckOptions()
    dated, claims, entities = extract_numbered(articles, on_article, options.jobs, options.dask)
    return check_claims(dated, claims, entities, errors, options)


def check_texts(texts: Mapping[str, str], options: CheckOptions | None = None) -> Report:
    """Check texts in memory against each other; `texts` maps an article id (a file
    name: its extension is a hint to the format) to its text."""
    from factcheck.pipeline import CheckOptions, check_claims, extract_numbered, read_texts

    articles, errors = read_texts(texts)
    options = options or CheckOptions()
    dated, claims, entities = extract_numbered(articles, None, options.jobs, options.dask)
    return check_claims(dated, claims, entities, errors, options)


def __getattr__(name: str) -> object:
    # CheckOptions lives with the pipeline, which imports spaCy: load it on first use.
    if name == "CheckOptions":
        from factcheck.pipeline import CheckOptions

        return CheckOptions
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
