"""The pipeline: ingest → extract → group → rules → report, composed from plain stages."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from factcheck.engine import Rule, available_rules, run_rules, select_rules
from factcheck.extract.dating import INFERRED, unlikely_guesses
from factcheck.facts import estimate_facts
from factcheck.group import group_claims
from factcheck.ingest.reader import read_paths
from factcheck.models import Article, Claim, IngestError, Report
from factcheck.parallel import Extracted, OnArticle, extract_in_processes
from factcheck.stories import StoryFeatures, assign_stories, without_dates


@dataclass
class CheckOptions:
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    rule_folders: Sequence[Path] = ()
    severities: dict[str, str] = field(default_factory=dict)
    # per-rule options from the configuration, by rule code
    rule_options: dict[str, dict[str, object]] = field(default_factory=dict)
    # a newsroom's own names (alias → canonical), carried for the extractors
    aliases: dict[str, str] = field(default_factory=dict)
    # honour `factcheck: ignore` directives in articles
    suppress: bool = True
    jobs: int | None = None  # worker processes for extraction; None: the machine's cores
    dask: str | None = None  # a Dask scheduler's address: extract on its workers instead


def extract_all(
    articles: list[Article],
    jobs: int | None = None,
    dask: str | None = None,
    on_article: OnArticle | None = None,
    withdraw_guesses: bool = False,
) -> tuple[list[Article], list[Claim], dict[str, StoryFeatures]]:
    """Dated articles, their claims (ids c1, c2, … in article order) and their story features.

    With `withdraw_guesses` (a whole corpus at once, as `check_articles` reads it), an
    undated article whose guessed date its story belies is read again undated
    (`dating.unlikely_guesses`); the claim store ingests in batches, and keeps each
    article's own guess, so that what it holds does not depend on the order of ingest.

    Extraction runs in `jobs` worker processes (None: the machine's cores), or on
    the workers of the Dask scheduler at `dask`; the result is the same.
    `on_article` hears of each article once it is extracted (for a progress bar).
    """
    extracted: list[Extracted]
    if dask:
        from factcheck.dask_backend import extract_on_dask

        extracted = extract_on_dask(articles, dask)
        if on_article is not None:
            for each in extracted:
                on_article(each.article)
    else:
        extracted = extract_in_processes(articles, jobs, on_article)
    if withdraw_guesses:
        extracted = _without_unlikely_guesses(extracted, jobs)
    claims: list[Claim] = []
    for each in extracted:
        for claim in each.claims:
            claims.append(claim.model_copy(update={"id": f"c{len(claims) + 1}"}))
    features = {each.article.id: each.features for each in extracted}
    return [each.article for each in extracted], claims, features


def _without_unlikely_guesses(extracted: list[Extracted], jobs: int | None) -> list[Extracted]:
    """Articles whose guessed publication date their story belies, read again undated."""
    if not any(each.article.published_from == INFERRED for each in extracted):
        return extracted
    articles = [each.article for each in extracted]
    # the story a guessed article joins on its names and words, its guess aside
    features = {
        each.article.id: (
            without_dates(each.features)
            if each.article.published_from == INFERRED
            else each.features
        )
        for each in extracted
    }
    stories = assign_stories(articles, features)
    withdrawn = unlikely_guesses(articles, stories)
    if not withdrawn:
        return extracted
    again = {each.article.id: each for each in extract_in_processes(withdrawn, jobs)}
    return [again.get(each.article.id, each) for each in extracted]


def load_rules(options: CheckOptions) -> list[Rule]:
    chosen = select_rules(available_rules(options.rule_folders), options.select, options.ignore)
    return [
        rule(severity=options.severities.get(code), options=options.rule_options.get(code))  # type: ignore[arg-type]
        for code, rule in chosen.items()
    ]


def check_articles(
    articles: list[Article], errors: list[IngestError], options: CheckOptions | None = None
) -> Report:
    options = options or CheckOptions()
    dated, claims, features = extract_all(
        articles, options.jobs, options.dask, withdraw_guesses=True
    )
    return check_claims(dated, claims, features, errors, options)


def check_paths(paths: Sequence[str | Path], options: CheckOptions | None = None) -> Report:
    articles, errors = read_paths(paths)
    return check_articles(articles, errors, options)


# ── Additions for the command line, the claim store and the draft check ────

# What a folder's walk reads unless `include` globs say otherwise.
DEFAULT_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")


@dataclass(frozen=True)
class FileSelection:
    """Which files of a folder are articles: `include` globs (default: the article
    extensions), minus `exclude` globs. Globs match the path relative to the folder
    or the file's name."""

    include: Sequence[str] = ()
    exclude: Sequence[str] = ()

    def wants(self, relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1]

        def matches(globs: Sequence[str]) -> bool:
            return any(fnmatch(relative, g) or fnmatch(name, g) for g in globs)

        if self.include:
            chosen = matches(self.include)
        else:
            chosen = name.lower().endswith(DEFAULT_EXTENSIONS)
        return chosen and not matches(self.exclude)


def _walk(folder: Path) -> Iterator[str]:
    """Visible regular files under `folder`, as sorted posix paths relative to it."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in names:
            full = Path(root, name)
            if not name.startswith(".") and full.is_file():
                found.append(full.relative_to(folder).as_posix())
    yield from sorted(found)


def read_articles(
    paths: Sequence[str | Path], selection: FileSelection | None = None
) -> tuple[list[Article], list[IngestError]]:
    """`read_paths`, but a folder gives only the files `selection` wants; a file named
    directly is always read. Ids stay relative to the folder given."""
    selection = selection or FileSelection()
    articles: list[Article] = []
    errors: list[IngestError] = []
    seen: dict[str, str] = {}

    def add(found: list[Article], relative: str | None) -> None:
        for article in found:
            if relative is not None:
                name = relative.rsplit("/", 1)[-1]
                article = article.model_copy(update={"id": relative + article.id[len(name) :]})
            if article.id in seen:
                reason = f"duplicate article id {article.id!r} (first read from {seen[article.id]})"
                errors.append(IngestError(path=article.path, reason=reason + "; skipped"))
                continue
            seen[article.id] = article.path
            articles.append(article)

    for given in map(Path, paths):
        if not given.is_dir():
            found, problems = read_paths([given])
            errors.extend(problems)
            add(found, None)
            continue
        chosen = [relative for relative in _walk(given) if selection.wants(relative)]
        if not chosen:
            reason = "no article files in directory (see --include for other extensions)"
            errors.append(IngestError(path=str(given), reason=reason))
        for relative in chosen:
            found, problems = read_paths([given / relative])
            errors.extend(problems)
            add(found, relative)
    return articles, errors


def extract_each(
    articles: Sequence[Article], batch_size: int = 32
) -> Iterator[tuple[Article, list[Claim], StoryFeatures]]:
    """Each article dated, with its claims and named entities, a batch at a time
    (claim ids are local to the batch: callers number them)."""
    for start in range(0, len(articles), batch_size):
        dated, claims, entities = extract_all(list(articles[start : start + batch_size]))
        for article in dated:
            own = [claim for claim in claims if claim.article == article.id]
            yield article, own, entities[article.id]


def extract_numbered(
    articles: Sequence[Article],
    on_article: OnArticle | None = None,
    jobs: int | None = None,
    dask: str | None = None,
) -> tuple[list[Article], list[Claim], dict[str, StoryFeatures]]:
    """`extract_all` of a whole corpus, with a callback per article (for a progress bar)."""
    return extract_all(list(articles), jobs, dask, on_article, withdraw_guesses=True)


def check_claims(
    dated: list[Article],
    claims: list[Claim],
    entities: dict[str, StoryFeatures],
    errors: list[IngestError],
    options: CheckOptions | None = None,
) -> Report:
    """Stories, groups, rules and inline suppressions over claims already extracted
    (from this run or from the claim store)."""
    from factcheck.story_places import settle_places
    from factcheck.suppress import apply_suppressions

    options = options or CheckOptions()
    stories = assign_stories(dated, entities)
    dated = [article.model_copy(update={"story": stories.get(article.id)}) for article in dated]
    claims = settle_places(claims, stories, entities)
    groups = group_claims(claims, {article.id: article for article in dated}, stories)
    findings = run_rules(groups, load_rules(options))
    facts = estimate_facts(groups)
    report = Report(articles=dated, claims=claims, findings=findings, errors=errors, facts=facts)
    return apply_suppressions(report) if options.suppress else report


def read_texts(texts: Mapping[str, str]) -> tuple[list[Article], list[IngestError]]:
    """Articles from texts in memory, by name; the format is sniffed as for files
    (the name's extension is a hint). Their path is "-": they have no file."""
    with tempfile.TemporaryDirectory(prefix="factcheck-") as folder:
        articles: list[Article] = []
        errors: list[IngestError] = []
        for name, text in texts.items():
            file = Path(folder, Path(name).name or "stdin")
            file.write_text(text, encoding="utf-8")
            found, problems = read_paths([file])
            articles += [
                a.model_copy(update={"id": name + a.id[len(file.name) :], "path": "-"})
                for a in found
            ]
            errors += [e.model_copy(update={"path": name}) for e in problems]
            file.unlink()
    return articles, errors
