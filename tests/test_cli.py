"""The command line: what a user types, what they see, and the exit codes.

Each full `check` loads spaCy and runs the pipeline, so the articles are tiny
and the seeds are read once for the module.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

import pytest
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.engine import available_rules
from factcheck.models import ClaimKind

SEEDS = Path(__file__).parent.parent / "seeds"
ARTICLE = (
    "date 2025-04-21\nRwanda reciprocated by opening its High Commission in Pakistan in 2024.\n"
)


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_rules_lists_every_code() -> None:
    result = invoke("rules")
    assert result.exit_code == 0, result.output
    listed = {line.split()[0] for line in result.output.splitlines() if line.strip()}
    assert listed == set(available_rules())


def test_explain_prints_the_rule_page() -> None:
    result = invoke("explain", "FC102")
    assert result.exit_code == 0, result.output
    assert "FC102" in result.output
    assert "What it flags" in result.output
    assert "Configuration" in result.output


def test_explain_an_unknown_code_exits_2_with_a_message() -> None:
    result = invoke("explain", "FC999")
    assert result.exit_code == 2
    assert "no rule 'FC999'" in result.output
    assert "factcheck rules" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_check_a_missing_path_exits_2_with_the_path_and_reason(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-article.txt"
    result = invoke("check", missing, "-o", tmp_path / "report.md")
    assert result.exit_code == 2
    assert str(missing) in result.output
    assert "no such file or directory" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    assert not (tmp_path / "report.md").exists()


def test_check_skips_an_empty_file_and_writes_the_default_report(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (articles / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", articles)
    assert result.exit_code == 0, result.output
    assert re.search(r"skipped .*empty\.txt", result.output), result.output
    report = tmp_path / "reports" / "articles.md"
    assert report.is_file()
    assert f"report written to {Path('reports') / 'articles.md'}" in result.output
    assert "1 article," in result.output
    assert "1 file skipped" in result.output


def test_check_writes_html_from_the_extension(articles: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.html"
    result = invoke("check", articles, "-o", target)
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "</html>" in html


def test_check_writes_the_json_contract(articles: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.out"
    result = invoke("check", articles, "--format", "json", "-o", target)
    assert result.exit_code == 0, result.output
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["schema"] == "factcheck.report/1"
    assert [article["id"] for article in report["articles"]] == ["good.txt"]


def test_check_with_an_unknown_extension_and_no_format_exits_2(
    articles: Path, tmp_path: Path
) -> None:
    result = invoke("check", articles, "-o", tmp_path / "report.txt")
    assert result.exit_code == 2
    assert "report.txt" in result.output
    assert "--format" in result.output
    assert not (tmp_path / "report.txt").exists()


@pytest.fixture(scope="module")
def seed_claims() -> Result:
    return invoke("claims", SEEDS)


def test_claims_prints_one_line_a_claim_with_article_and_quoted_words(
    seed_claims: Result,
) -> None:
    assert seed_claims.exit_code == 0, seed_claims.output
    lines = seed_claims.output.splitlines()
    assert lines
    seed_ids = {path.name for path in SEEDS.iterdir() if path.is_file()}
    seen = set()
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == 7, line
        claim_id, article, kind, *_, quoted = fields
        assert re.fullmatch(r"c\d+", claim_id), line
        assert article in seed_ids, line
        assert kind in get_args(ClaimKind), line
        assert re.fullmatch(r"\u201c.+\u201d", quoted), line
        seen.add(article)
    assert seen == seed_ids
