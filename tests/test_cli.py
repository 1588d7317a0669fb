"""The command line: what a user types, what they see, and the exit codes.

Each full `check` loads spaCy and runs the pipeline, so the articles are tiny
and the seeds are read once for the module.
"""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import get_args

import pytest
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.engine import available_rules
from factcheck.models import ClaimKind
from factcheck.output import atomic_write, wants_colour

SEEDS = Path(__file__).parent.parent / "seeds"
ARTICLE = (
    "date 2025-04-21\nRwanda reciprocated by opening its High Commission in Pakistan in 2024.\n"
)
# Two seed sentences that conflict (FC102): done in 2024, yet under way in April 2025.
DONE = (
    "date 2026-05-10\nRwanda reciprocated by opening its High Commission in Pakistan in 2024, "
    "marking a new phase in bilateral relations.\n"
)
UNDER_WAY = (
    "date 2025-04-21\nHe said Rwandan High Commission in Islamabad is also being inaugurated "
    "during the visit of the Rwandan foreign minister.\n"
)


def invoke(*args: object, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args], input=stdin)


@pytest.fixture
def conflicting(tmp_path: Path) -> Path:
    folder = tmp_path / "conflicting"
    folder.mkdir()
    (folder / "done.txt").write_text(DONE, encoding="utf-8")
    (folder / "under-way.txt").write_text(UNDER_WAY, encoding="utf-8")
    return folder


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


def test_check_skips_an_empty_file_and_writes_no_report(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (articles / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", articles)
    assert result.exit_code == 0, result.output
    assert re.search(r"skipped .*empty\.txt", result.stderr), result.output
    assert "1 article," in result.stdout
    assert "1 file skipped" in result.stdout
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles"]


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


# ── exit codes ─────────────────────────────────────────────────────────────


def test_a_conflict_is_printed_one_line_and_exits_1(conflicting: Path) -> None:
    result = invoke("check", conflicting)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stdout.splitlines() if " FC102 " in line]
    assert len(lines) == 1
    line = lines[0]
    assert re.match(r".*done\.txt:2:\d+: error FC102 ", line), line
    assert "\u201copening its High Commission in Pakistan in 2024\u201d (done.txt)" in line
    assert "(under-way.txt)" in line
    assert "\033[" not in result.stdout  # not a terminal: no colour
    assert "1 error" in result.stdout.splitlines()[-1]


def test_exit_zero_and_fail_on(conflicting: Path) -> None:
    assert invoke("check", conflicting, "--exit-zero").exit_code == 0
    assert invoke("check", conflicting, "--fail-on", "warning").exit_code == 1
    assert invoke("check", conflicting, "--select", "FC2").exit_code == 0
    bad = invoke("check", conflicting, "--fail-on", "fatal")
    assert bad.exit_code == 2 and "--fail-on" in bad.stderr


def test_help_documents_the_exit_codes() -> None:
    result = invoke("check", "--help")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "Exit codes: 0" in text and "1 findings at or above --fail-on" in text
    assert "2 usage" in text


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("factcheck ")


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("factcheck ")


# ── --select / --ignore ────────────────────────────────────────────────────


def test_select_takes_comma_lists_in_any_case(conflicting: Path) -> None:
    assert invoke("check", conflicting, "--select", "fc101,fc102").exit_code == 1
    assert invoke("check", conflicting, "--select", "fc101", "--select", "Fc102").exit_code == 1
    assert invoke("check", conflicting, "--ignore", "fc10").exit_code == 0


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_an_unknown_code_or_prefix_is_a_usage_error(conflicting: Path, option: str) -> None:
    result = invoke("check", conflicting, option, "FC101,FC999")
    assert result.exit_code == 2
    assert "FC999" in result.stderr and "factcheck rules" in result.stderr


# ── formats and where the report goes ──────────────────────────────────────


def test_json_goes_to_stdout_and_the_summary_to_stderr(conflicting: Path) -> None:
    result = invoke("check", conflicting, "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["schema"] == "factcheck.report/1"
    assert [f["rule"] for f in report["findings"] if f["kind"] == "conflict"] == ["FC102"]
    assert "1 error" in result.stderr


def test_dash_o_dash_is_stdout(conflicting: Path, tmp_path: Path) -> None:
    result = invoke("check", conflicting, "-o", "-", "--format", "github")
    assert result.stdout.startswith("::error file=")
    assert not (tmp_path / "-").exists()


def test_o_replaces_the_report_and_prints_findings(conflicting: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report", encoding="utf-8")
    result = invoke("check", conflicting, "-o", target)
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert " FC102 " in result.stdout and f"report written to {target}" in result.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_kill_while_writing_leaves_the_previous_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous", encoding="utf-8")
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from factcheck.output import atomic_write\n"
        "def chunks():\n"
        "    for _ in range(1000):\n"
        "        yield 'x' * 1000\n"
        "        time.sleep(0.01)\n"
        "atomic_write(Path(sys.argv[1]), chunks())\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(target)])
    try:
        deadline = time.monotonic() + 30
        while not list(tmp_path.glob(".report.json.*.tmp")):
            assert time.monotonic() < deadline, "the temporary file never appeared"
            time.sleep(0.01)
        time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert target.read_text(encoding="utf-8") == "previous"
    atomic_write(target, "new")  # and the next run replaces it
    assert target.read_text(encoding="utf-8") == "new"


def test_colour_only_on_a_terminal_and_never_with_no_color(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert wants_colour(Terminal())
    assert not wants_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Terminal())


# ── which files are articles ───────────────────────────────────────────────


def test_folders_are_walked_for_article_extensions_only(articles: Path) -> None:
    (articles / "script.py").write_text("print('not news')\n", encoding="utf-8")
    result = invoke("check", articles, "--format", "json")
    ids = [a["id"] for a in json.loads(result.stdout)["articles"]]
    assert ids == ["good.txt"]
    result = invoke("check", articles, "--format", "json", "--include", "*.py,*.txt")
    assert sorted(a["id"] for a in json.loads(result.stdout)["articles"]) == [
        "good.txt",
        "script.py",
    ]
    result = invoke("check", articles, articles / "script.py", "--exclude", "good*")
    assert "1 article," in result.stdout  # named directly: read; good.txt excluded


def test_stdin_is_one_article(conflicting: Path) -> None:
    result = invoke(
        "check", conflicting / "done.txt", "-", "--stdin-name", "draft.txt", stdin=UNDER_WAY
    )
    assert result.exit_code == 1, result.output
    assert "(draft.txt)" in result.stdout


# ── inline suppression ─────────────────────────────────────────────────────


def test_an_ignore_comment_hides_the_finding_in_the_next_paragraph(conflicting: Path) -> None:
    lines = UNDER_WAY.split("\n", 1)
    (conflicting / "under-way.txt").write_text(
        f"{lines[0]}\n<!-- factcheck: ignore fc102 -->\n{lines[1]}", encoding="utf-8"
    )
    assert invoke("check", conflicting).exit_code == 0
    assert invoke("check", conflicting, "--no-suppress").exit_code == 1
    (conflicting / "under-way.txt").write_text(
        f"{lines[0]}\nfactcheck: ignore FC101\n{lines[1]}", encoding="utf-8"
    )
    assert invoke("check", conflicting).exit_code == 1  # another rule: still reported


def test_an_ignore_line_covers_only_the_next_paragraph(conflicting: Path) -> None:
    lines = UNDER_WAY.split("\n", 1)
    (conflicting / "under-way.txt").write_text(
        f"{lines[0]}\nfactcheck: ignore FC102\nAn unrelated paragraph.\n\n{lines[1]}",
        encoding="utf-8",
    )
    assert invoke("check", conflicting).exit_code == 1


# ── baseline ───────────────────────────────────────────────────────────────


def test_baseline_accepts_findings_then_a_new_one_fails(conflicting: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    written = invoke("baseline", conflicting, "-o", baseline)
    assert written.exit_code == 0, written.output
    accepted = json.loads(baseline.read_text(encoding="utf-8"))
    assert accepted["schema"] == "factcheck.baseline/1"
    assert "FC102" in {f["rule"] for f in accepted["findings"]}

    assert invoke("check", conflicting, "--baseline", baseline).exit_code == 0

    lines = UNDER_WAY.split("\n", 1)
    (conflicting / "expected.txt").write_text(
        "date 2025-04-22\nThe inauguration of Rwanda\u2019s High Commission in Islamabad was "
        "expected during the current visit.\n",
        encoding="utf-8",
    )
    result = invoke("check", conflicting, "--baseline", baseline)
    assert result.exit_code == 1, result.output
    assert "(expected.txt)" in result.stdout
    assert "(under-way.txt)" not in result.stdout  # the accepted one stays hidden

    (conflicting / "under-way.txt").unlink()
    (conflicting / "expected.txt").unlink()
    result = invoke("check", conflicting, "--baseline", baseline)
    assert result.exit_code == 0
    assert "fixed: FC102" in result.stdout and "fixed since the baseline" in result.stdout
    assert lines


def test_a_broken_baseline_exits_2(conflicting: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{}", encoding="utf-8")
    result = invoke("check", conflicting, "--baseline", baseline)
    assert result.exit_code == 2 and str(baseline) in result.stderr
