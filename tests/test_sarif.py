"""SARIF 2.1.0 (checked against the OASIS schema shipped beside this file) and GitHub annotations."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

# The OASIS SARIF 2.1.0 schema (errata 01), from
# https://github.com/oasis-tcs/sarif-spec/blob/main/sarif-2.1/schema/sarif-schema-2.1.0.json
SCHEMA = Path(__file__).parent / "sarif-schema-2.1.0.json"
DONE = (
    "date 2026-05-10\nIntro line.\n\nRwanda reciprocated by opening its High Commission in "
    "Pakistan in 2024, marking a new phase in bilateral relations.\n"
)
UNDER_WAY = (
    "date 2025-04-21\nHe said Rwandan High Commission in Islamabad is also being inaugurated "
    "during the visit of the Rwandan foreign minister.\n"
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("sarif") / "articles"
    folder.mkdir()
    (folder / "done.txt").write_text(DONE, encoding="utf-8")
    (folder / "under-way.txt").write_text(UNDER_WAY, encoding="utf-8")
    found = {}
    for fmt in ("sarif", "github"):
        result = CliRunner().invoke(app, ["check", str(folder), "--format", fmt])
        assert result.exit_code == 1, result.output
        found[fmt] = result.stdout
    return found


def test_sarif_validates_against_the_2_1_0_schema(outputs: dict[str, str]) -> None:
    log = json.loads(outputs["sarif"])
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    assert log["version"] == "2.1.0"


def test_sarif_results_have_file_line_column_and_rule_help(outputs: dict[str, str]) -> None:
    run = json.loads(outputs["sarif"])["runs"][0]
    (rule,) = run["tool"]["driver"]["rules"]
    assert rule["id"] == "FC102" and "What it flags" in rule["help"]["text"]
    assert rule["defaultConfiguration"]["level"] == "error"
    (result,) = run["results"]
    assert result["ruleId"] == "FC102" and result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("articles/done.txt")
    # line 4 of the file: the date line, "Intro line.", a blank line, then the sentence
    assert location["region"]["startLine"] == 4
    assert location["region"]["startColumn"] == DONE.split("\n")[3].index("opening") + 1
    assert result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert result["partialFingerprints"]["factcheck/v1"]


def test_github_annotations_are_workflow_commands(outputs: dict[str, str]) -> None:
    (line,) = outputs["github"].splitlines()
    assert line.startswith("::error file=")
    assert ",line=4,col=" in line and "title=FC102 status.expected-after-done::" in line
    assert "\n" not in line and "%0A" in line  # the quotes go on a second line of the message
