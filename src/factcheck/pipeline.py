"""The pipeline: ingest → extract → group → rules → report, composed from plain stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.engine import Rule, available_rules, run_rules, select_rules
from factcheck.group import assign_stories, group_claims
from factcheck.ingest.reader import read_paths
from factcheck.models import Article, Claim, IngestError, Report
from factcheck.parallel import Extracted, extract_in_processes

SALIENT_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "EVENT", "FAC", "NORP", "LOC"}


@dataclass
class CheckOptions:
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    rule_folders: Sequence[Path] = ()
    severities: dict[str, str] = field(default_factory=dict)
    jobs: int | None = None  # worker processes for extraction; None: the machine's cores
    dask: str | None = None  # a Dask scheduler's address: extract on its workers instead


def extract_all(
    articles: list[Article], jobs: int | None = None, dask: str | None = None
) -> tuple[list[Article], list[Claim], dict[str, set[str]]]:
    """Dated articles, their claims (ids c1, c2, … in article order) and their named entities.

    Extraction runs in `jobs` worker processes (None: the machine's cores), or on
    the workers of the Dask scheduler at `dask`; the result is the same.
    """
    extracted: list[Extracted]
    if dask:
        from factcheck.dask_backend import extract_on_dask

        extracted = extract_on_dask(articles, dask, SALIENT_ENTITY_LABELS)
    else:
        extracted = extract_in_processes(articles, jobs, SALIENT_ENTITY_LABELS)
    claims: list[Claim] = []
    for each in extracted:
        for claim in each.claims:
            claims.append(claim.model_copy(update={"id": f"c{len(claims) + 1}"}))
    entities = {each.article.id: each.entities for each in extracted}
    return [each.article for each in extracted], claims, entities


def load_rules(options: CheckOptions) -> list[Rule]:
    chosen = select_rules(available_rules(options.rule_folders), options.select, options.ignore)
    return [rule(severity=options.severities.get(code)) for code, rule in chosen.items()]  # type: ignore[arg-type]


def check_articles(
    articles: list[Article], errors: list[IngestError], options: CheckOptions | None = None
) -> Report:
    options = options or CheckOptions()
    dated, claims, entities = extract_all(articles, options.jobs, options.dask)
    stories = assign_stories(dated, entities)
    groups = group_claims(claims, {article.id: article for article in dated}, stories)
    findings = run_rules(groups, load_rules(options))
    return Report(articles=dated, claims=claims, findings=findings, errors=errors)


def check_paths(paths: Sequence[str | Path], options: CheckOptions | None = None) -> Report:
    articles, errors = read_paths(paths)
    return check_articles(articles, errors, options)
