"""Every article in a report, from the API or the command line, carries its story."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

SEEDS = Path(__file__).parent.parent / "seeds"


def test_the_json_report_gives_every_article_its_story() -> None:
    result = CliRunner().invoke(app, ["check", str(SEEDS), "--format", "json", "--exit-zero"])
    report = json.loads(result.stdout)
    stories = {article["story"] for article in report["articles"]}
    assert stories and None not in stories
