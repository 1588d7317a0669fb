"""The reporters: JSON contract, escaping, self-contained HTML, determinism."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import (
    Article,
    Claim,
    EventValue,
    Finding,
    IngestError,
    Report,
    Status,
    TimeInterval,
)
from factcheck.report import (
    _asset,
    format_for,
    markdown_escape,
    quote_parts,
    render,
    summary_line,
    to_html,
    to_json,
    to_markdown,
)

HOSTILE_TITLE = 'Rwanda <script>alert(1)</script> opens "mission" & more'
SENTENCE_A = (
    "Rwanda opened its High Commission in Pakistan in 2024, a |pipes| and *stars* "
    "moment <script>alert(1)</script>."
)
TEXT_A = "opened its High Commission in Pakistan in 2024"
SENTENCE_B = (
    'The inauguration of the "High Commission" & chancery in Islamabad is expected '
    "during the current visit_now."
)
TEXT_B = 'inauguration of the "High Commission" & chancery in Islamabad is expected'
ARTICLE_A_TEXT = f"Intro line.\n{SENTENCE_A} More text."
ARTICLE_B_TEXT = f"{SENTENCE_B}\nOther."


def _claim(
    claim_id: str,
    article: Article,
    text: str,
    sentence: str,
    time: TimeInterval | None = None,
    status: Status = "done",
) -> Claim:
    start = article.text.index(sentence) + sentence.index(text)
    return Claim(
        id=claim_id,
        article=article.id,
        kind="event",
        subject="rwanda/high-commission@pakistan",
        predicate="open",
        text=text,
        sentence=sentence,
        span=(start, start + len(text)),
        status=status,
        value=EventValue(time=time),
    )


@pytest.fixture
def report() -> Report:
    article_a = Article(
        id="001_a.txt",
        path="seeds/001_a.txt",
        title=HOSTILE_TITLE,
        text=ARTICLE_A_TEXT,
        published=date(2025, 4, 21),
        published_from="date-line",
    )
    article_b = Article(id="002_b.json#7", path="seeds/002_b.json", title=None, text=ARTICLE_B_TEXT)
    article_c = Article(
        id="003_c.md",
        path="seeds/003_c.md",
        title="Trade | figures",
        text="Trade was about $126 million in 2024.",
        published=date(2025, 1, 2),
        published_from="front-matter",
    )
    year_2024 = TimeInterval(start=date(2024, 1, 1), end=date(2024, 12, 31), granularity="year")
    c1 = _claim("c1", article_a, TEXT_A, SENTENCE_A, time=year_2024)
    c2 = _claim("c2", article_b, TEXT_B, SENTENCE_B, status="expected")
    c3 = _claim("c3", article_c, "in 2024", "Trade was about $126 million in 2024.", time=year_2024)
    conflict = Finding(
        id="f1",
        rule="FC102",
        name="status.expected-after-done",
        severity="error",
        kind="conflict",
        subject="rwanda/high-commission@pakistan",
        message="002_b.json#7 calls the opening <b>expected</b>; 001_a.txt says it was done in 2024",
        claims=("c1", "c2"),
        fingerprint="abc123",
        path=("rwanda/high-commission@pakistan", "rwanda/high-commission@islamabad"),
        expectation="An event already done is not reported as expected later",
    )
    corroboration = Finding(
        id="f2",
        rule="FC101",
        name="date.event-conflict",
        severity="info",
        kind="corroboration",
        subject="rwanda/high-commission@pakistan",
        message="Two articles date the opening to 2024",
        claims=("c1", "c3"),
        fingerprint="def456",
    )
    return Report(
        articles=[article_a, article_b, article_c],
        claims=[c1, c2, c3],
        findings=[corroboration, conflict],
        errors=[IngestError(path="seeds/bad <file>.html", reason="not UTF-8 | binary?")],
    )


# ── JSON ────────────────────────────────────────────────────────────────────


def test_json_follows_the_contract(report: Report) -> None:
    out = to_json(report)
    assert out.endswith("}\n")
    data = json.loads(out)
    assert list(data)[:1] == ["schema"]
    assert data["schema"] == "factcheck.report/1"
    article = data["articles"][0]
    for key in ("id", "path", "title", "published", "published_from"):
        assert key in article
    assert article["published"] == "2025-04-21"
    assert data["articles"][1]["published"] is None
    assert "text" not in article  # claims carry the evidence; no full article text
    claim = data["claims"][0]
    for key in (
        "id",
        "article",
        "kind",
        "subject",
        "predicate",
        "status",
        "value",
        "text",
        "sentence",
        "span",
    ):
        assert key in claim
    assert claim["span"] == [
        ARTICLE_A_TEXT.index(TEXT_A),
        ARTICLE_A_TEXT.index(TEXT_A) + len(TEXT_A),
    ]
    assert claim["value"]["time"] == {
        "start": "2024-01-01",
        "end": "2024-12-31",
        "granularity": "year",
        "inferred": False,
    }
    assert claim["text"] in claim["sentence"]
    finding = data["findings"][1]
    for key in (
        "id",
        "rule",
        "name",
        "severity",
        "kind",
        "subject",
        "message",
        "claims",
        "fingerprint",
        "path",
        "expectation",
    ):
        assert key in finding
    assert finding["claims"] == ["c1", "c2"]
    assert isinstance(finding["path"], list)
    assert data["errors"] == [{"path": "seeds/bad <file>.html", "reason": "not UTF-8 | binary?"}]


def test_json_keeps_non_ascii_and_indent(report: Report) -> None:
    report.articles[0].title = "Kigali — Islamabad"
    out = to_json(report)
    assert "Kigali — Islamabad" in out
    assert out.startswith('{\n  "schema": "factcheck.report/1",\n')


# ── HTML ────────────────────────────────────────────────────────────────────


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("href", "src", "srcset", "action", "poster", "data"):
                self.urls.append((tag, name, value or ""))
            if name == "id" and value:
                self.ids.add(value)


def _without_own_script(html: str) -> str:
    """The page with the report's own inline script (and only it) taken out."""
    own = "<script>\n" + _asset("report.js") + "</script>"
    assert html.count(own) == 1
    return html.replace(own, "")


def test_html_escapes_article_text(report: Report) -> None:
    html = _without_own_script(to_html(report))
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>expected</b>" not in html  # messages are escaped too
    assert "seeds/bad &lt;file&gt;.html" in html
    assert "&#34;High Commission&#34; &amp; chancery" in html


def test_html_marks_exactly_the_claim_text(report: Report) -> None:
    html = to_html(report)
    marks = re.findall(r"<mark>(.*?)</mark>", html, flags=re.DOTALL)
    assert TEXT_A in marks
    assert (
        "inauguration of the &#34;High Commission&#34; &amp; chancery in Islamabad is expected"
        in marks
    )


def test_html_quotes_both_claims_sentences(report: Report) -> None:
    html = to_html(report)
    plain = re.sub(r"</?mark>", "", html)
    assert "Rwanda opened its High Commission in Pakistan in 2024, a |pipes| and *stars*" in plain
    assert (
        "The inauguration of the &#34;High Commission&#34; &amp; chancery in Islamabad is "
        "expected during the current visit_now."
    ) in plain


def test_html_is_self_contained(report: Report) -> None:
    html = to_html(report)
    parser = _Links()
    parser.feed(html)
    assert parser.urls, "rule codes should link to the rules section"
    for tag, attribute, url in parser.urls:
        assert attribute == "href" and url.startswith("#"), (tag, attribute, url)
        assert url[1:] in parser.ids, f"dangling anchor {url}"
    assert "http://" not in html and "https://" not in html
    assert "@import" not in html and "url(" not in html
    assert "<style>" in html
    assert parser.tags.count("script") == 1  # the report's own, allowed by its hash
    assert not {"link", "img", "iframe"} & set(parser.tags)


def test_html_lists_conflicts_before_corroborations(report: Report) -> None:
    html = to_html(report)
    assert html.index("An event already done is not reported") < html.index(
        "Two articles date the opening"
    )
    assert "no date" in html
    # the headline states the problem and its values, not the rule's expectation
    assert "High commission of Rwanda (Pakistan): 2024 vs expected" in html


# ── Markdown ────────────────────────────────────────────────────────────────


def _table_rows(markdown: str) -> list[list[str]]:
    """Cells of every table row, split on unescaped pipes."""
    rows = []
    for line in markdown.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)
            rows.append(cells[1:-1])
    return rows


def test_markdown_tables_survive_pipes(report: Report) -> None:
    markdown = to_markdown(report)
    blocks = [b for b in markdown.split("\n\n") if b.startswith("|")]
    assert len(blocks) >= 2  # articles, files not read
    for block in blocks:
        widths = {len(re.split(r"(?<!\\)\|", line)) for line in block.splitlines()}
        assert len(widths) == 1, block
    assert any(r"Trade \| figures" in cell for row in _table_rows(markdown) for cell in row)


def test_markdown_quotes_both_sentences_with_the_claim_in_bold(report: Report) -> None:
    markdown = to_markdown(report)
    assert (
        r"Rwanda **opened its High Commission in Pakistan in 2024**, a \|pipes\| and "
        r"\*stars\* moment \<script\>alert(1)\</script\>."
    ) in markdown
    assert (
        'The **inauguration of the "High Commission" & chancery in Islamabad is expected** '
        r"during the current visit\_now."
    ) in markdown
    assert "<script>" not in markdown
    assert "no date" in markdown


def test_markdown_escape() -> None:
    assert markdown_escape("a|b*c_d`e<f\ng") == r"a\|b\*c\_d\`e\<f g"
    assert markdown_escape(None) == ""


# ── Shared ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_output_is_deterministic(report: Report, fmt: str) -> None:
    first = render(report, fmt)  # type: ignore[arg-type]
    again = render(Report.model_validate(report.model_dump()), fmt)  # type: ignore[arg-type]
    assert first == again
    assert first.endswith("\n")


def test_render_rejects_unknown_format(report: Report) -> None:
    with pytest.raises(ValueError, match="json, md or html"):
        render(report, "pdf")  # type: ignore[arg-type]


def test_quote_parts_picks_the_occurrence_at_the_span() -> None:
    sentence = "In 2024 it said it would open in 2024."
    text = "In 2024 it said it would open in 2024. Next."
    second = sentence.rindex("2024")
    claim = Claim(
        id="c",
        article="a",
        kind="event",
        subject="s",
        predicate="p",
        value=EventValue(),
        text="2024",
        sentence=sentence,
        span=(second, second + 4),
    )
    parts = quote_parts(claim, text)
    assert parts["before"] == sentence[:second] and parts["mark"] == "2024"
    assert quote_parts(claim)["before"] == "In "  # without the article text: the first


def test_quote_parts_without_the_text_in_the_sentence() -> None:
    claim = Claim(
        id="c",
        article="a",
        kind="event",
        subject="s",
        predicate="p",
        value=EventValue(),
        text="elsewhere",
        sentence="A sentence.",
        span=(0, 9),
    )
    assert quote_parts(claim) == {"before": "A sentence.", "mark": "", "after": "", "found": ""}


@pytest.mark.parametrize(
    ("path", "explicit", "expected"),
    [
        (Path("out/report.json"), None, "json"),
        (Path("report.MD"), None, "md"),
        (Path("report.markdown"), None, "md"),
        (Path("report.html"), None, "html"),
        (Path("report.htm"), None, "html"),
        (Path("report.txt"), "html", "html"),
        (Path("report.html"), "json", "json"),
        (None, "Markdown", "md"),
        (None, None, "json"),
    ],
)
def test_format_for(path: Path | None, explicit: str | None, expected: str) -> None:
    assert format_for(path, explicit) == expected


def test_format_for_unknown() -> None:
    with pytest.raises(ValueError, match=r"report\.txt.*--format"):
        format_for(Path("report.txt"), None)
    with pytest.raises(ValueError, match="'pdf'"):
        format_for(Path("report.html"), "pdf")


def test_summary_line(report: Report) -> None:
    assert summary_line(report) == (
        "3 articles, 3 claims; conflicts: 1 error, 0 warnings, 0 info; "
        "1 corroboration; 0 notices; 1 file skipped"
    )


@given(st.text())
def test_markdown_escape_keeps_one_cell(text: str) -> None:
    escaped = markdown_escape(text)
    assert "\n" not in escaped and "\r" not in escaped
    # what looks like a link ("0.AA", a bare domain) becomes a code span, which no
    # renderer linkifies and whose own characters are literal; nothing else is special
    outside = re.sub(r"(?<!\\)(`+).*?(?<!`)\1(?!`)", "", escaped.replace("\\\\", ""))
    assert "|" not in re.sub(r"\\\|", "", escaped)
    assert not re.search(r"(?<!\\)[|*_`<]", outside)


def test_a_conflict_of_two_spellings_is_headed_by_both() -> None:
    from factcheck.pipeline import CheckOptions, check_articles

    story = " Police in Springfield said the shooting happened on Harlan Street on Sunday."
    articles = [
        Article(id="a.txt", path="a.txt", text="Sherie Miller, 44, died." + story),
        Article(id="b.txt", path="b.txt", text="Cherie Miller was pronounced dead." + story),
    ]
    checked = check_articles(articles, [], CheckOptions(select=["FC302"]))
    assert [(f.kind, f.severity) for f in checked.findings] == [("conflict", "error")]
    markdown = to_markdown(checked)
    assert (
        "Sherie Miller vs Cherie Miller" in markdown or "Cherie Miller vs Sherie Miller" in markdown
    )
    assert "Conflicts:** 1 error · 0 warnings" in markdown
