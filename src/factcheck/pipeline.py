"""The pipeline: ingest → extract → group → rules → report, composed from plain stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.extract.dating import infer_publication_date
from factcheck.extract import extract_claims
from factcheck.group import assign_stories, group_claims
from factcheck.ingest.reader import read_paths
from factcheck.models import Article, Claim, IngestError, Report
from factcheck.nlp import parse_texts
from factcheck.engine import Rule, available_rules, run_rules, select_rules

SALIENT_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "EVENT", "FAC", "NORP", "LOC"}


@dataclass
class CheckOptions:
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    rule_folders: Sequence[Path] = ()
    severities: dict[str, str] = field(default_factory=dict)


def extract_all(articles: list[Article]) -> tuple[list[Article], list[Claim], dict[str, set[str]]]:
    """Dated articles, their claims (ids c1, c2, … in article order) and their named entities."""
    dated = [infer_publication_date(article) for article in articles]
    claims: list[Claim] = []
    entities: dict[str, set[str]] = {}
    for article, doc in zip(dated, parse_texts(a.text for a in dated), strict=True):
        entities[article.id] = {
            entity.text.lower() for entity in doc.ents if entity.label_ in SALIENT_ENTITY_LABELS
        }
        for claim in extract_claims(article, doc):
            claims.append(claim.model_copy(update={"id": f"c{len(claims) + 1}"}))
    return dated, claims, entities


def load_rules(options: CheckOptions) -> list[Rule]:
    chosen = select_rules(available_rules(options.rule_folders), options.select, options.ignore)
    return [rule(severity=options.severities.get(code)) for code, rule in chosen.items()]  # type: ignore[arg-type]


def check_articles(
    articles: list[Article], errors: list[IngestError], options: CheckOptions | None = None
) -> Report:
    options = options or CheckOptions()
    dated, claims, entities = extract_all(articles)
    stories = assign_stories(dated, entities)
    dated = [article.model_copy(update={"story": stories.get(article.id)}) for article in dated]
    groups = group_claims(claims, {article.id: article for article in dated}, stories)
    findings = run_rules(groups, load_rules(options))
    return Report(articles=dated, claims=claims, findings=findings, errors=errors)


def check_paths(paths: Sequence[str | Path], options: CheckOptions | None = None) -> Report:
    articles, errors = read_paths(paths)
    return check_articles(articles, errors, options)
