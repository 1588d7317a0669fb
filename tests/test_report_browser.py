"""The HTML report as an editor uses it: stories, verdicts, links, filters, the policy.

The last test opens the page in headless Chromium where one is installed.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from factcheck.facts import estimate_facts
from factcheck.group import Group
from factcheck.models import (
    AmountClaimValue,
    AmountValue,
    Article,
    Claim,
    Finding,
    FindingValue,
    Report,
)
from factcheck.report import to_html, to_markdown


def _claim(claim_id: str, article: Article, value: float, hedge: str | None = None) -> Claim:
    sentence = f"Officials said {hedge or ''} {value:g} people <b>died</b> in Ludian."
    text = f"{value:g} people"
    amount = AmountValue(
        value=value, low=value * 0.9 if hedge else value, high=value * 1.1 if hedge else value,
        hedge=hedge,
    )  # fmt: skip
    start = sentence.index(text)
    return Claim(
        id=claim_id,
        article=article.id,
        kind="amount",
        subject="deaths",
        predicate="amount",
        value=AmountClaimValue(amount=amount, measure="deaths"),
        text=text,
        sentence=sentence,
        span=(start, start + len(text)),
    )


@pytest.fixture
def report() -> Report:
    articles = [
        Article(id="a.txt", path="in/a.txt", text="", title="Quake kills 398",
                url="https://news.example.com/quake", published=date(2014, 8, 4), story="s1"),
        Article(id="b.txt", path="in/b.txt", text="", title="Toll rises",
                url="javascript:alert(1)", published=date(2014, 8, 4), story="s1"),
        Article(id="c.txt", path="in/c.txt", text="", title=None, published=date(2014, 8, 4),
                story="s1"),
    ]  # fmt: skip
    claims = [_claim("c1", articles[0], 398), _claim("c2", articles[1], 400, "about")]
    claims.append(_claim("c3", articles[2], 150, "about"))
    group = Group(
        subject="deaths",
        predicate="amount",
        claims=tuple(claims),
        articles={a.id: a for a in articles},
    )
    finding = Finding(
        id="f1",
        rule="FC201",
        name="amount.band-conflict",
        severity="warning",
        kind="conflict",
        subject="deaths",
        message="deaths: 398 vs about 150",
        claims=("c1", "c2", "c3"),
        fingerprint="x",
        expectation="All reports of a figure agree within their stated precision",
        values=(
            FindingValue(value="398", claims=("c1",)),
            FindingValue(value="about 400", claims=("c2",)),
            FindingValue(value="about 150", claims=("c3",)),
        ),
    )
    return Report(
        articles=articles, claims=claims, findings=[finding], facts=estimate_facts([group])
    )


def test_the_headline_states_the_problem_and_the_verdict_the_majority(report: Report) -> None:
    html = to_html(report)
    assert "Death toll: 398 vs about 400 vs about 150" in html
    assert "Most sources (2 of 3) give 398." in html
    markdown = to_markdown(report)
    assert "### Death toll: 398 vs about 400 vs about 150 s1" in markdown
    assert "Most sources (2 of 3) give 398." in markdown


def test_outlets_are_named_and_linked_only_over_http(report: Report) -> None:
    html = to_html(report)
    assert '<a class="source" href="https://news.example.com/quake"' in html
    assert "javascript:" not in html
    assert ">Toll rises</span>" in html  # named by its title, not linked
    assert ">c.txt</span>" in html  # no title: the file
    assert "[Quake kills 398](<https://news.example.com/quake>)" in to_markdown(report)


def test_article_text_stays_escaped(report: Report) -> None:
    html = to_html(report)
    assert "<b>died</b>" not in html and "&lt;b&gt;died&lt;/b&gt;" in html
    assert "<b>died</b>" not in to_markdown(report)


def test_the_policy_allows_the_inline_script_by_its_hash(report: Report) -> None:
    html = to_html(report)
    (script,) = re.findall(r"<script>(.*?)</script>", html, re.DOTALL)
    (style,) = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert policy is not None

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src 'sha256-{digest(script)}'" in policy[1]
    assert f"style-src 'sha256-{digest(style)}'" in policy[1]
    assert "connect-src 'none'" in policy[1] and "default-src 'none'" in policy[1]


def test_filters_are_there_and_hidden_until_the_script_runs(report: Report) -> None:
    html = to_html(report)
    assert '<div id="controls" class="controls" hidden>' in html
    for name in ("severity", "rule", "story", "sort", "search"):
        assert f'name="{name}"' in html
    assert re.search(r'<article class="finding[^"]*"[^>]*data-severity="warning"', html)
    assert 'data-rule="FC201"' in html and 'data-story="s1"' in html
    assert "prefers-color-scheme: dark" in html and "@media print" in html


def test_rule_pages_are_in_the_report_and_findings_link_to_them(report: Report) -> None:
    html = to_html(report)
    anchor = re.search(r'<a class="rule" href="#([^"]+)"', html)
    assert anchor is not None
    assert f'id="{anchor[1]}"' in html
    assert "Flagged example" in html and "Consistent example" in html


def test_internal_keys_are_tucked_away(report: Report) -> None:
    html = to_html(report)
    keys = html.index('<details class="keys">')
    assert html.index("<code>deaths</code>", keys) > keys
    assert html.rindex("<code>a.txt</code>") > html.index('id="articles"')


def _chromium() -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    return next((found for name in names if (found := shutil.which(name))), None)


@pytest.mark.skipif(
    _chromium() is None,
    reason="Chromium is not installed (checked chromium, chromium-browser, google-chrome)",
)
def test_the_script_runs_in_headless_chromium(report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(to_html(report), encoding="utf-8")
    shown = subprocess.run(
        [str(_chromium()), "--headless", "--disable-gpu", "--no-sandbox",
         "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    # the script ran (the CSP allowed it): the controls are shown and count the findings
    assert '<div id="controls" class="controls">' in shown.stdout
    assert "1 of 1 findings shown" in shown.stdout
    subprocess.run(
        [str(_chromium()), "--headless", "--disable-gpu", "--no-sandbox",
         f"--screenshot={tmp_path / 'report.png'}", "--window-size=1200,1600", page.as_uri()],
        capture_output=True, timeout=60, check=True,
    )  # fmt: skip
    assert (tmp_path / "report.png").stat().st_size > 0
