"""The pipeline: ingest → extract → group → rules → report, composed from plain stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.engine import Rule, available_rules, run_rules, select_rules
from factcheck.extract import extract_claims
from factcheck.extract.dating import infer_publication_date
from factcheck.group import group_claims
from factcheck.ingest.reader import read_paths
from factcheck.models import Article, Claim, IngestError, Report
from factcheck.nlp import parse_texts
from factcheck.stories import StoryFeatures, assign_stories, story_features


@dataclass
class CheckOptions:
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    rule_folders: Sequence[Path] = ()
    severities: dict[str, str] = field(default_factory=dict)


def extract_all(
    articles: list[Article],
) -> tuple[list[Article], list[Claim], dict[str, StoryFeatures]]:
    """Dated articles, their claims (ids c1, c2, … in article order) and their story features."""
    dated = [infer_publication_date(article) for article in articles]
    claims: list[Claim] = []
    features: dict[str, StoryFeatures] = {}
    for article, doc in zip(dated, parse_texts(a.text for a in dated), strict=True):
        features[article.id] = story_features(article, doc)
        for claim in extract_claims(article, doc):
            claims.append(claim.model_copy(update={"id": f"c{len(claims) + 1}"}))
    return dated, claims, features


def load_rules(options: CheckOptions) -> list[Rule]:
    chosen = select_rules(available_rules(options.rule_folders), options.select, options.ignore)
    return [rule(severity=options.severities.get(code)) for code, rule in chosen.items()]  # type: ignore[arg-type]


def check_articles(
    articles: list[Article], errors: list[IngestError], options: CheckOptions | None = None
) -> Report:
    options = options or CheckOptions()
    dated, claims, features = extract_all(articles)
    stories = assign_stories(dated, features)
    dated = [article.model_copy(update={"story": stories.get(article.id)}) for article in dated]
    groups = group_claims(claims, {article.id: article for article in dated}, stories)
    findings = run_rules(groups, load_rules(options))
    return Report(articles=dated, claims=claims, findings=findings, errors=errors)


def check_paths(paths: Sequence[str | Path], options: CheckOptions | None = None) -> Report:
    articles, errors = read_paths(paths)
    return check_articles(articles, errors, options)
