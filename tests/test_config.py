"""Configuration: found upward, validated by one model, errors that name the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.config import ConfigError, find_config, load_aliases, load_config

DONE = (
    "date 2026-05-10\nRwanda reciprocated by opening its High Commission in Pakistan in 2024, "
    "marking a new phase in bilateral relations.\n"
)
UNDER_WAY = (
    "date 2025-04-21\nHe said Rwandan High Commission in Islamabad is also being inaugurated "
    "during the visit of the Rwandan foreign minister.\n"
)


def invoke(*args: object) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with two conflicting articles; the working directory is below it."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "done.txt").write_text(DONE, encoding="utf-8")
    (articles / "under-way.txt").write_text(UNDER_WAY, encoding="utf-8")
    monkeypatch.chdir(articles)
    return tmp_path


def test_a_bad_key_exits_2_naming_the_file_and_key(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nselekt = ["FC1"]\n', encoding="utf-8"
    )
    result = invoke("check", ".")
    assert result.exit_code == 2
    assert str(project / "pyproject.toml") in result.stderr
    assert "tool.factcheck.selekt" in result.stderr
    assert "Traceback" not in result.output


def test_a_bad_value_names_the_key(project: Path) -> None:
    (project / "factcheck.toml").write_text('[severity]\nFC102 = "fatal"\n', encoding="utf-8")
    result = invoke("check", ".")
    assert result.exit_code == 2
    assert "severity.FC102" in result.stderr and "factcheck.toml" in result.stderr


def test_an_unknown_rule_in_the_config_exits_2(project: Path) -> None:
    (project / "factcheck.toml").write_text("[options.FC999]\ntolerance = 1\n", encoding="utf-8")
    result = invoke("check", ".")
    assert result.exit_code == 2 and "options.FC999" in result.stderr


def test_invalid_toml_exits_2(project: Path) -> None:
    (project / "factcheck.toml").write_text("select = [\n", encoding="utf-8")
    result = invoke("check", ".")
    assert result.exit_code == 2 and "not valid TOML" in result.stderr


def test_the_nearest_config_applies_and_the_command_line_wins(project: Path) -> None:
    assert invoke("check", ".").exit_code == 1
    (project / "pyproject.toml").write_text(
        '[tool.factcheck]\nignore = ["fc102"]\n', encoding="utf-8"
    )
    assert invoke("check", ".").exit_code == 0
    assert invoke("check", ".", "--ignore", "FC201").exit_code == 1


def test_severity_and_fail_on_from_the_config(project: Path) -> None:
    (project / "factcheck.toml").write_text('[severity]\nfc102 = "warning"\n', encoding="utf-8")
    result = invoke("check", ".")
    assert result.exit_code == 0 and " warning FC102 " in result.stdout
    (project / "factcheck.toml").write_text(
        'fail-on = "warning"\n[severity]\nFC102 = "warning"\n', encoding="utf-8"
    )
    assert invoke("check", ".").exit_code == 1


def test_include_and_exclude_from_the_config(project: Path) -> None:
    (project / "factcheck.toml").write_text('exclude = ["done.*"]\n', encoding="utf-8")
    result = invoke("check", ".")
    assert result.exit_code == 0 and "1 article," in result.stdout


def test_config_names_a_file_explicitly(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text('select = ["FC2"]\n', encoding="utf-8")
    assert invoke("check", ".", "--config", other).exit_code == 0
    missing = invoke("check", ".", "--config", tmp_path / "missing.toml")
    assert missing.exit_code == 2 and "missing.toml" in missing.stderr


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('select = ["FC1"]\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(inner) == tmp_path / "factcheck.toml"
    loaded = load_config(start=inner)
    assert loaded.settings.select == ["FC1"] and loaded.table == ""


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "names.tsv").write_text(
        "# newsroom names\nFM Dar\tIshaq Dar\n\nDPM Dar\tIshaq Dar\n", encoding="utf-8"
    )
    (tmp_path / "factcheck.toml").write_text(
        'aliases = ["names.tsv"]\nrule-folders = ["our_rules"]\n', encoding="utf-8"
    )
    loaded = load_config(start=tmp_path)
    assert loaded.settings.aliases == [tmp_path / "names.tsv"]
    assert loaded.settings.rule_folders == [tmp_path / "our_rules"]
    assert load_aliases(loaded.settings.aliases) == {"FM Dar": "Ishaq Dar", "DPM Dar": "Ishaq Dar"}


def test_a_bad_alias_line_names_the_file_and_line(tmp_path: Path) -> None:
    names = tmp_path / "names.tsv"
    names.write_text("FM Dar\tIshaq Dar\nno tab here\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"names\.tsv:2: expected alias<TAB>canonical"):
        load_aliases([names])
