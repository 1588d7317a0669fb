"""The claim store and the draft check, through the real command line on a real SQLite file."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.store import SCHEMA_VERSION, ClaimStore

DONE = (
    "date 2026-05-10\nRwanda reciprocated by opening its High Commission in Pakistan in 2024, "
    "marking a new phase in bilateral relations.\n"
)
KIGALI = (
    "date 2025-04-22\nPakistan established its High Commission in Kigali in 2021, Dar recalled.\n"
)
UNDER_WAY = (
    "date 2025-04-21\nHe said Rwandan High Commission in Islamabad is also being inaugurated "
    "during the visit of the Rwandan foreign minister.\n"
)
AGREES = (
    "date 2025-04-22\nA key milestone was reached in 2021 when Pakistan established a physical "
    "diplomatic mission in Kigali.\n"
)


def invoke(*args: object) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args])


def ingested(result: Result) -> tuple[int, int, int]:
    """(extracted, new, changed) from the ingest summary line."""
    match = re.search(r"(\d+) extracted \((\d+) new, (\d+) changed\)", result.stdout)
    assert match, result.output
    extracted, new, changed = (int(n) for n in match.groups())
    return extracted, new, changed


def stored_claims(store: Path, article: str) -> list[str]:
    with sqlite3.connect(store) as db:
        rows = db.execute(
            "SELECT claim_json FROM claims WHERE article_id = ? ORDER BY position", (article,)
        ).fetchall()
    claims = [json.loads(row[0]) for row in rows]
    return [claim["text"] for claim in claims if claim["kind"] != "placename"]  # names alone


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "done.txt").write_text(DONE, encoding="utf-8")
    (folder / "kigali.txt").write_text(KIGALI, encoding="utf-8")
    return folder


@pytest.fixture
def store(corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "claims.db"
    result = invoke("ingest", corpus, "--store", path)
    assert result.exit_code == 0, result.output
    assert ingested(result) == (2, 2, 0)
    return path


def test_ingest_writes_a_wal_store_with_a_schema_version(store: Path) -> None:
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert {"factcheck_version", "extractor", "rule_pack"} <= set(meta)
    assert stored_claims(store, "done.txt") == [
        "opening its High Commission in Pakistan in 2024",
        "High Commission",  # the name of the organisation, as written
    ]


def test_reingesting_unchanged_articles_extracts_nothing(corpus: Path, store: Path) -> None:
    result = invoke("ingest", corpus, "--store", store)
    assert ingested(result) == (0, 0, 0)
    assert "2 unchanged" in result.stdout


def test_a_changed_article_has_its_claims_replaced(corpus: Path, store: Path) -> None:
    (corpus / "kigali.txt").write_text(AGREES, encoding="utf-8")
    result = invoke("ingest", corpus, "--store", store)
    assert ingested(result) == (1, 0, 1)
    stored = stored_claims(store, "kigali.txt")
    assert "2021 when Pakistan established a physical diplomatic mission" in stored
    assert "established its High Commission in Kigali in 2021" not in " ".join(stored)
    assert stored_claims(store, "done.txt")  # untouched


def test_prune_drops_articles_no_longer_read(corpus: Path, store: Path) -> None:
    (corpus / "kigali.txt").unlink()
    kept = invoke("ingest", corpus, "--store", store)
    assert "1 unchanged, 0 removed" in kept.stdout
    pruned = invoke("ingest", corpus, "--store", store, "--prune")
    assert "1 removed" in pruned.stdout
    assert stored_claims(store, "kigali.txt") == []


def test_a_new_extractor_extracts_everything_again(corpus: Path, store: Path) -> None:
    with sqlite3.connect(store) as db:
        db.execute("UPDATE articles SET extractor = 'older'")
    assert ingested(invoke("ingest", corpus, "--store", store)) == (2, 0, 2)


def test_a_draft_that_conflicts_exits_1(store: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(UNDER_WAY, encoding="utf-8")
    result = invoke("check", draft, "--against", store, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    (finding,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert finding["rule"] == "FC102"
    articles = {claim["id"]: claim["article"] for claim in report["claims"]}
    assert [articles[c] for c in finding["claims"]] == ["draft.txt", "done.txt"]
    assert {a["id"] for a in report["articles"]} == {"draft.txt", "done.txt"}


def test_a_draft_that_agrees_exits_0(store: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(AGREES, encoding="utf-8")
    result = invoke("check", draft, "--against", store, "-v")
    assert result.exit_code == 0, result.output
    assert "FC401" in result.stdout  # it corroborates the stored Kigali claim
    assert "error" not in result.stdout.split("\n")[0]


def test_drafts_are_checked_against_each_other(store: Path, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_text(UNDER_WAY, encoding="utf-8")
    (drafts / "b.txt").write_text(DONE.replace("2026-05-10", "2026-05-11"), encoding="utf-8")
    result = invoke("check", drafts, "--against", store, "--format", "json")
    report = json.loads(result.stdout)
    article_of = {claim["id"]: claim["article"] for claim in report["claims"]}
    between_drafts = [
        f
        for f in report["findings"]
        if {"a.txt", "b.txt"} <= {article_of[c] for c in f["claims"]}  # a finding lists
    ]  # every claim of each value it compares, so stored ones may be there too
    assert [f["rule"] for f in between_drafts] == ["FC102"], result.output
    assert all(
        "a.txt" in {article_of[c] for c in f["claims"]}
        or "b.txt" in {article_of[c] for c in f["claims"]}
        for f in report["findings"]
    )


def test_checking_against_a_missing_store_exits_2(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(UNDER_WAY, encoding="utf-8")
    result = invoke("check", draft, "--against", tmp_path / "nope.db")
    assert result.exit_code == 2
    assert "nope.db" in result.stderr and "factcheck ingest" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_a_file_that_is_not_a_store_exits_2(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not sqlite " * 100, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(UNDER_WAY, encoding="utf-8")
    result = invoke("check", draft, "--against", bogus)
    assert result.exit_code == 2 and "not a factcheck store" in result.stderr


def test_kill_during_ingest_leaves_a_store_that_opens(tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    texts = [DONE, KIGALI, UNDER_WAY, AGREES]
    for number in range(400):
        (corpus / f"{number:03d}.txt").write_text(texts[number % 4], encoding="utf-8")
    path = tmp_path / "claims.db"
    child = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "ingest", str(corpus), "--store", str(path), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while _articles_in(path) < 3:
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with ClaimStore(path) as store:
        articles, claims = store.counts()
        assert 3 <= articles < 400
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = store.db.execute(
            "SELECT COUNT(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0 and claims > 0
        finished = {row[0] for row in store.db.execute("SELECT id FROM articles")}
    for file in corpus.iterdir():
        if file.name not in finished:
            file.unlink()
    result = invoke("ingest", corpus, "--store", path)  # what finished is not extracted again
    assert ingested(result) == (0, 0, 0) and f"{articles} unchanged" in result.stdout


def _articles_in(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as db:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
