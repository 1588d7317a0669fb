"""Property tests: no input crashes or stalls ingest, the normalisers or the pipeline.

The generators (mutated seed articles in every format ingest reads, odd
numbers and impossible dates) live in benchmarks/fuzz.py, which runs them at
scale; here hypothesis drives them at a modest count so the suite stays fast.
"""

from __future__ import annotations

import importlib.util
import random
import tempfile
import time
from datetime import date
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest.errors import error_line
from factcheck.ingest.reader import read_paths
from factcheck.normalise.amounts import find_amounts
from factcheck.normalise.timex import find_times

ROOT = Path(__file__).resolve().parent.parent


def _load_fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()
TEXTS: list[str] = fuzz.seed_texts()
SLOW_S = 2.0  # CPU seconds, so a busy machine does not fail the test
ANCHOR = date(2024, 5, 10)


def fast(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


mutated_texts = st.builds(
    lambda text, rng: fuzz.mutate(text, rng), st.sampled_from(TEXTS), st.randoms()
)
odd_words = st.sampled_from(fuzz.ODD_NUMBERS + fuzz.ODD_DATES + fuzz.NASTY)
word_soup = st.lists(
    odd_words | st.sampled_from(["about", "$", "million", "May", "2024", "to", "-", " ", "\n"]),
    max_size=40,
).map(" ".join)


def ingest(suffix: str, content: bytes) -> tuple[list[object], list[object], float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        started = time.process_time()
        articles, errors = read_paths([path])
        return list(articles), list(errors), time.process_time() - started


def check_ingested(articles: list[object], errors: list[object], seconds: float) -> None:
    assert articles or errors, "a file must give an article or say why not"
    assert len(errors) <= 1, "one line a file"
    for error in errors:
        line = error_line(error)  # type: ignore[arg-type]
        assert line.isprintable(), line
    for article in articles:
        article.model_dump_json().encode("utf-8")  # type: ignore[attr-defined]
    assert seconds < SLOW_S


@fast(40)
@given(text=mutated_texts, rng=st.randoms())
def test_mutated_articles_in_every_format_are_read_or_reported(
    text: str, rng: random.Random
) -> None:
    suffix, content = fuzz.wrap(text, rng)
    check_ingested(*ingest(suffix, content))


@fast(60)
@given(
    content=st.binary(max_size=300),
    prefix=st.sampled_from(
        [
            b"",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xfe\xff",
            b'{"',
            b"[{",
            b"---\n",
            b"<html>",
            b"date 2024-01-01\n",
            b"<!---->" * 20,
        ]
    ),
    suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".md", ".ndjson", ""]),
)
def test_any_bytes_in_any_format_are_read_or_reported(
    content: bytes, prefix: bytes, suffix: str
) -> None:
    check_ingested(*ingest(suffix, prefix + content))


def check_spans(text: str) -> None:
    started = time.process_time()
    for expression in find_times(text, ANCHOR):
        assert text[expression.start : expression.end] == expression.text
    for mention in find_amounts(text):
        assert text[mention.start : mention.end] == mention.text
    assert time.process_time() - started < SLOW_S


@fast(40)
@given(text=mutated_texts)
def test_normalisers_on_mutated_articles(text: str) -> None:
    check_spans(text)


@fast(100)
@given(text=word_soup | st.text(max_size=80))
def test_normalisers_on_odd_numbers_and_dates(text: str) -> None:
    check_spans(text)


@fast(2)
@given(texts=st.lists(mutated_texts, min_size=2, max_size=2), rng=st.randoms())
def test_whole_pipeline_on_mutated_articles(texts: list[str], rng: random.Random) -> None:
    from factcheck.pipeline import check_articles

    articles: list[object] = []
    errors: list[object] = []
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            suffix, content = fuzz.wrap(text, rng)
            (Path(folder) / f"{number}{suffix}").write_bytes(content)
        articles, errors = read_paths([folder])  # type: ignore[assignment]
    report = check_articles(articles, errors)  # type: ignore[arg-type]
    ids = {claim.id for claim in report.claims}
    for finding in report.findings:
        assert set(finding.claims) <= ids
