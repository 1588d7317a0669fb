"""Inputs that once crashed or stalled a run: each must now finish in well under a second.

Every case here is a regression from issue 10. The limit is on CPU time, so a
busy machine does not fail the tests; an alarm (SIGALRM, which interrupts even a
running regular expression) at ten times the limit turns a hang, or a block on
a pipe, into a failure instead of a stuck test run.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import markdown_it
import pytest

from factcheck.ingest.formats import front_matter, parse_markdown, parse_plain_text
from factcheck.ingest.reader import read_paths
from factcheck.models import Article, IngestError, Report
from factcheck.normalise.amounts import find_amounts, parse_amount
from factcheck.normalise.timex import find_times
from factcheck.report import markdown_escape, to_html, to_markdown

LIMIT_S = 1.0


class TooSlow(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: Any) -> None:
        raise TooSlow(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def quickly(call: Callable[[], object]) -> object:
    started = time.process_time()
    with time_limit(10 * LIMIT_S):
        result = call()
    assert time.process_time() - started < LIMIT_S
    return result


# ---- crashes in the normalisers ------------------------------------------------------


@pytest.mark.parametrize("text", ["5/²", "1/①", "3/⁴ of them", "²/5", "10/²/2024", "5 1/²"])
def test_digits_that_int_rejects_are_not_read_as_fractions(text: str) -> None:
    # str.isdigit() accepts superscript and circled digits; int() does not.
    mentions = find_amounts(text)
    assert all("²" not in m.number_text and "①" not in m.number_text for m in mentions)


def test_other_scripts_decimal_digits_are_read() -> None:
    (mention,) = find_amounts("٣ million dollars")
    assert (mention.amount.value, mention.amount.unit) == (3_000_000, "USD")
    assert parse_amount("١/٢") is not None


@pytest.mark.parametrize(
    "text",
    ["1e308 people", "9" * 400 + " people", "$" + "9" * 400, "year 99999", "February 30, 2024"],
)
def test_huge_numbers_and_impossible_dates_are_no_crash(text: str) -> None:
    quickly(lambda: find_amounts(text))
    quickly(lambda: find_times(text, date(2024, 1, 1)))


# ---- hangs in the normalisers --------------------------------------------------------


def test_many_time_expressions_in_one_text_take_linear_time() -> None:
    # Each chosen expression was checked against every earlier one: 3,000 took 1.3 s,
    # 10,000 took 11 s.
    found = quickly(lambda: find_times("Q1 " * 3000, date(2024, 1, 1)))
    assert len(found) == 3000  # type: ignore[arg-type]


@pytest.mark.parametrize("unit", ["May 5 ", "2024 ", "last year ", "Monday, ", "1 "])
def test_dense_time_expressions_finish(unit: str) -> None:
    quickly(lambda: find_times(unit * 1000, date(2024, 1, 1)))


@pytest.mark.parametrize(
    "text",
    [
        "1" + " " * 60_000 + "x",
        "$" + " " * 60_000 + "1",
        "about " * 10_000 + "5",
        "1-" * 2_000,
        "1,000," * 2_000,
        "1/" * 2_000,
    ],
)
def test_long_runs_in_amount_text_finish(text: str) -> None:
    quickly(lambda: find_amounts(text))


@pytest.mark.parametrize(
    "text",
    [
        "May" + " " * 60_000 + "5",
        "the " * 15_000 + "year",
        "early " * 10_000 + "2024",
        "1-" * 2_000 + "year",
        "past" + " " * 60_000 + "two years",
    ],
)
def test_long_runs_in_time_text_finish(text: str) -> None:
    quickly(lambda: find_times(text, date(2024, 1, 1)))


# ---- hangs in ingest -----------------------------------------------------------------


def test_leading_html_comments_in_a_text_file_are_no_hang(tmp_path: Path) -> None:
    # Took 65 s at 28 comments, doubling with each one more.
    path = tmp_path / "comments.txt"
    path.write_text("<!---->" * 60 + "x", encoding="utf-8")
    articles, errors = quickly(lambda: read_paths([path]))  # type: ignore[misc]
    assert [a.id for a in articles] == ["comments.txt"] and errors == []


def test_html_after_comments_is_still_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!-- a -->\n<!-- b -->\n<html><body><p>Body text.</p></body></html>")
    articles, _ = read_paths([path])
    assert (articles[0].format, articles[0].text) == ("html", "Body text.")


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("# Heading" + " " * 60_000 + "x", "Heading" + " " * 60_000 + "x"),
        ("# Heading" + " " * 60_000 + "#x", "Heading" + " " * 60_000 + "#x"),
        ("# Heading" + " " * 60_000, "Heading"),
    ],
)
def test_markdown_heading_with_a_long_run_of_spaces_is_no_hang(heading: str, words: str) -> None:
    # A run of 60,000 spaces in a heading line took 38 s (20,000: 28 s).
    parsed = front_matter("---\ntitle: T\n---\n" + heading + "\n\nBody.\n")
    assert parsed is not None
    markdown = quickly(lambda: parse_markdown(*parsed))
    assert markdown.text == words + "\n\nBody."  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "words"),
    [("## Title ##", "Title"), ("# a ## b ##  ", "a ## b"), ("# a##", "a##"), ("#   ##", "##")],
)
def test_markdown_heading_marks(line: str, words: str) -> None:
    assert parse_markdown({}, line + "\n\nBody.").text == words + "\n\nBody."


@pytest.mark.parametrize(
    "text",
    [
        "Name" + " " * 60_000 + "Published June 1, 2024 x\n\nBody.",
        "By A" + " \t" * 30_000 + "| Published June 1, 2024 Updated" + " " * 60_000 + "\n\nB.",
        "Islamabad, " + " " * 60_000 + "x\n\nBody.",
        "Title\n\nA, B" + " " * 60_000 + ", 20 June 2023" + " " * 60_000 + "x",
        "date " + " " * 60_000 + "2024-01-01",
    ],
)
def test_long_space_runs_in_plain_text_headers_finish(text: str) -> None:
    quickly(lambda: parse_plain_text(text))


def test_front_matter_with_long_runs_finishes() -> None:
    content = "---\ntags: [" + " " * 60_000 + '"' + "a" * 60_000 + "]\nkey" + " " * 60_000 + "\n"
    quickly(lambda: front_matter(content + "---\nBody."))


# ---- crashes in ingest ---------------------------------------------------------------

DEEP = '{"a": ' * 100_000 + "1" + "}" * 100_000


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", DEEP),
        ("deep.txt", DEEP),
        ("list.json", "[" * 100_000 + "]" * 100_000),
        ("deep.jsonl", DEEP + "\n"),
    ],
)
def test_deeply_nested_json_is_one_error_and_the_run_goes_on(
    tmp_path: Path, name: str, content: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    articles, errors = quickly(lambda: read_paths([tmp_path]))  # type: ignore[misc]
    assert [a.id for a in articles] == ["good.txt"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        (
            name,
            "line 1: JSON nested too deeply to read"
            if name.endswith("l")
            else "JSON nested too deeply to read",
        )
    ]


def test_json_number_too_long_for_python_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text('{"id": ' + "9" * 5000 + ', "text": "x"}', encoding="utf-8")
    articles, errors = read_paths([path])
    assert articles == []
    assert [e.reason for e in errors] == ["JSON number too long to read (over 4,300 digits)"]


def test_lone_surrogates_from_json_escapes_cannot_stop_writing_a_report(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"id": "\ud800", "title": "T\udfff", "text": "Bad \udc00 char.", "url": "\ud800"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, errors = read_paths([path])
    assert errors == []
    article = articles[0]
    # Every field can be written as UTF-8, as a report will.
    article.model_dump_json().encode("utf-8")
    assert article.text == "Bad \ufffd char."


# ---- the reports: no network, no script, no live links --------------------------------

HOSTILE = (
    'Evil <script>fetch("http://127.0.0.1:{port}/script")</script> '
    '<img src="http://127.0.0.1:{port}/img"> <link rel=stylesheet href=//127.0.0.1:{port}/css> '
    "see https://127.0.0.1:{port}/bare or www.example.com or example.org/page or a@b.co."
)


def hostile_report(port: int = 9) -> Report:
    text = HOSTILE.format(port=port)
    article = Article(id=f"evil{text[:20]}.txt", path="evil.txt", title=text, text=text)
    return Report(
        articles=[article],
        claims=[],
        findings=[],
        errors=[IngestError(path=f"bad <img src=x>{text}", reason=text)],
    )


def policy_of(page: str) -> dict[str, str]:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert match, "no Content-Security-Policy meta tag"
    pairs = (part.strip().split(" ", 1) for part in match[1].split(";"))
    return {name: value for name, value in pairs}


def test_html_report_has_a_policy_that_allows_only_its_own_style() -> None:
    page = to_html(hostile_report())
    policy = policy_of(page)
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'none'" and policy["connect-src"] == "'none'"
    assert policy["img-src"] == "'none'" and policy["base-uri"] == "'none'"
    # The only style allowed is the report's own <style> element, by its hash.
    (style,) = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert policy["style-src"] == f"'sha256-{digest}'"
    assert page.index("Content-Security-Policy") < page.index("<style>")
    # And the escaping is still there: no element comes from the article.
    assert "<script" not in page and "<img" not in page and "<link" not in page


def test_markdown_report_keeps_urls_and_domains_as_text() -> None:
    page = to_markdown(hostile_report())
    for link in ("https://127.0.0.1:9/bare", "www.example.com", "example.org/page", "a@b.co"):
        assert f"`{link}`" in page, link  # a code span: no renderer turns it into a link
    html = _markdown_renderer().render(markdown_escape(HOSTILE.format(port=9)))
    assert "<a " not in html and "<script" not in html and "<img" not in html
    assert "<code>www.example.com</code>" in html


def _markdown_renderer() -> markdown_it.MarkdownIt:
    """GitHub-like Markdown with linkify where linkify-it-py is installed, else CommonMark."""
    try:
        import linkify_it  # noqa: F401
    except ImportError:
        return markdown_it.MarkdownIt("commonmark")
    return markdown_it.MarkdownIt("gfm-like")


def _chromium() -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    return next((found for name in names if (found := shutil.which(name))), None)


@pytest.mark.skipif(
    _chromium() is None, reason="Chromium is not installed (checked chromium, google-chrome)"
)
def test_html_report_makes_no_request_in_headless_chromium(tmp_path: Path) -> None:
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = tmp_path / "report.html"
        page.write_text(to_html(hostile_report(server.server_port)), encoding="utf-8")
        subprocess.run(
            [str(_chromium()), "--headless", "--disable-gpu", "--no-sandbox",
             "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
            capture_output=True, timeout=60, check=True,
        )  # fmt: skip
    finally:
        server.shutdown()
    assert requests == []
