"""The seeds end to end: committed example reports are current, and the report scores.

One pipeline run over `seeds/` serves both checks. Article ids are relative to
the seeds folder, as with `factcheck check seeds/`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.models import Report
from factcheck.pipeline import check_paths
from factcheck.report import render

REPO = Path(__file__).parents[1]
SEEDS = REPO / "seeds"
REPORTS = REPO / "reports"
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "seeds.gold.json"
REGENERATE = (
    "factcheck check seeds/ -o reports/seeds.md && factcheck check seeds/ -o reports/seeds.html"
)


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return check_paths([SEEDS])


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_committed_example_report_is_current(seeds_report: Report, fmt: str) -> None:
    committed = REPORTS / f"seeds.{fmt}"
    assert committed.is_file(), f"{committed} is missing; run (from {REPO}): {REGENERATE}"
    current = render(seeds_report, fmt)  # type: ignore[arg-type]
    assert committed.read_text(encoding="utf-8") == current, (
        f"{committed.relative_to(REPO)} is stale; run (from {REPO}): {REGENERATE}"
    )


@pytest.mark.skipif(not SCORER.is_file() or not GOLD.is_file(), reason=f"no {SHARED} folder")
def test_seeds_report_meets_the_gold_scores(seeds_report: Report, tmp_path: Path) -> None:
    report_file = tmp_path / "seeds.json"
    report_file.write_text(render(seeds_report, "json"), encoding="utf-8")
    scored = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(report_file),
            str(GOLD),
            "--min-recall",
            "1",
            "--min-precision",
            "0.99",
            "--min-corroborated",
            "0.75",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert scored.returncode == 0, (
        f"seeds report misses the gold scores:\n{scored.stdout}{scored.stderr}"
    )
