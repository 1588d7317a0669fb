"""Reporters: the canonical JSON report and its Markdown and HTML views.

JSON (`factcheck.report/1`) is the result; Markdown and HTML are Jinja
templates rendered over a view of that same JSON-able dict (results first,
rendering after). All output is deterministic: the same `Report` always gives
the same bytes, so committed example reports can be checked for staleness.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import jinja2
from markupsafe import Markup

from factcheck.ingest.errors import skipped_files
from factcheck.models import Claim, Report

Format = Literal["json", "md", "html", "sarif", "github"]

SCHEMA = "factcheck.report/1"

# Characters that would break a Markdown table or start emphasis, code, a link
# inline HTML, strikethrough or (on GitHub) math when they come from an article.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_|<>\[\]$~])")
# What renderers with linkify on turn into links: URLs with a scheme or "www.",
# e-mail addresses, and bare domains under a top-level domain linkify-it knows
# (the generic ones below or any two-letter country code). Each start is pinned
# by a lookbehind so a long run of word characters is scanned once, not per position.
_LINK_TLDS = (
    "com|net|org|edu|gov|int|mil|info|biz|name|pro|aero|asia|coop|museum|shop|xxx|web"
    "|app|dev|io|news|online|site|blog|xyz|[a-z]{2}"
)
_LINKABLE = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>`|]+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|(?<![\w.@/-])(?:[a-z0-9-]{{1,63}}\.)+(?:{_LINK_TLDS})\b(?:/[^\s<>`|]*)?",
    re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?)'\"]"


# ── JSON ────────────────────────────────────────────────────────────────────


def report_dict(report: Report) -> dict[str, Any]:
    """The JSON-able `factcheck.report/1` dict.

    Articles leave out their full `text`: claims carry the sentences that are
    evidence, and a corpus report would otherwise hold every article twice.
    """
    data = report.model_dump(mode="json", by_alias=True)
    data["schema"] = data.get("schema") or SCHEMA
    for article in data["articles"]:
        article.pop("text", None)
    return data


def to_json(report: Report) -> str:
    """The canonical report: stable key order, 2-space indent, UTF-8 text."""
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


# ── Views for the templates ────────────────────────────────────────────────


def _mark_start(claim: Claim, article_text: str | None) -> int:
    """Where `claim.text` starts in `claim.sentence`, or -1.

    When the words occur more than once in the sentence, the claim's span in
    the article tells which occurrence is meant.
    """
    starts = [m.start() for m in re.finditer(re.escape(claim.text), claim.sentence)]
    if not starts or not claim.text:
        return -1
    if len(starts) > 1 and article_text:
        for start in starts:
            sentence_at = claim.span[0] - start
            if article_text[sentence_at : sentence_at + len(claim.sentence)] == claim.sentence:
                return start
    return starts[0]


def quote_parts(claim: Claim, article_text: str | None = None) -> dict[str, str]:
    """The sentence split into before / mark / after, so each is escaped alone."""
    start = _mark_start(claim, article_text)
    if start < 0:
        return {"before": claim.sentence, "mark": "", "after": "", "found": ""}
    end = start + len(claim.text)
    return {
        "before": claim.sentence[:start],
        "mark": claim.sentence[start:end],
        "after": claim.sentence[end:],
        "found": "yes",
    }


def _view(report: Report) -> dict[str, Any]:
    """The JSON dict plus the editor's layout of it (see `factcheck.report.view`)."""
    from factcheck.report.view import report_view

    data = report_dict(report)
    return {
        **data,
        **report_view(report, quote_parts),
        "counts": _counts(report),
        "summary": summary_line(report),
    }


def _counts(report: Report) -> dict[str, int]:
    conflicts = Counter(f.severity for f in report.findings if f.kind == "conflict")
    kinds = Counter(f.kind for f in report.findings)
    return {
        "articles": len(report.articles),
        "claims": len(report.claims),
        "errors": conflicts["error"],
        "warnings": conflicts["warning"],
        "info": conflicts["info"],
        "conflicts": kinds["conflict"],
        "corroborations": kinds["corroboration"],
        "notices": kinds["notice"],
        "skipped": skipped_files(report.errors),
    }


# ── Markdown and HTML ──────────────────────────────────────────────────────


def markdown_escape(text: object) -> str:
    """Escape article text for Markdown: one line, no table or emphasis breaks, no links.

    URLs, e-mail addresses and bare domains become code spans, which no renderer
    linkifies; everything else has its Markdown characters backslash-escaped.
    """
    if text is None:
        return ""
    one_line = re.sub(r"\s*[\r\n]+\s*", " ", str(text))
    pieces: list[str] = []
    done = 0
    for link in _LINKABLE.finditer(one_line):
        end = len(link[0].rstrip(_TRAILING_PUNCTUATION)) + link.start()
        pieces.append(_MARKDOWN_SPECIAL.sub(r"\\\1", one_line[done : link.start()]))
        pieces.append(_code_span(one_line[link.start() : end]))
        done = end
    pieces.append(_MARKDOWN_SPECIAL.sub(r"\\\1", one_line[done:]))
    return "".join(pieces)


def _code_span(text: str) -> str:
    """`text` as inline code, fenced by more backticks than any run inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _is_html(template_name: str | None) -> bool:
    return bool(template_name and template_name.endswith(".html.j2"))


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=_is_html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    env.filters["plural"] = _plural
    return env


@cache
def _asset(name: str) -> str:
    return files("factcheck.report.templates").joinpath(name).read_text(encoding="utf-8")


def to_markdown(report: Report) -> str:
    return _environment().get_template("report.md.j2").render(_view(report))


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(style: str, script: str | None = None) -> str:
    """The HTML report's policy: nothing may load or run but the inline `style` and
    `script` themselves, each allowed by the hash of its exact text."""
    scripts = f"'sha256-{_sha256(script)}'" if script else "'none'"
    return (
        f"default-src 'none'; style-src 'sha256-{_sha256(style)}'; img-src 'none'; "
        f"font-src 'none'; connect-src 'none'; script-src {scripts}; object-src 'none'; "
        "frame-src 'none'; base-uri 'none'; form-action 'none'"
    )


def to_html(report: Report) -> str:
    # The stylesheet and script are ours, not article text, so they go in unescaped;
    # the policy allows exactly these bytes between <style> and </style> (and
    # <script> and </script>). A report with no findings has nothing to filter: no script.
    style = "\n" + _asset("report.css")
    script = "\n" + _asset("report.js") if report.findings else None
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            _view(report),
            css=Markup(style),
            script=Markup(script) if script else None,
            content_security_policy=Markup(content_security_policy(style, script)),
        )
    )


@dataclass(frozen=True)
class ReportFormat:
    """One output format: its name, the other names and file extensions it answers
    to, and the function that renders a report in it."""

    name: Format
    render: Callable[[Report], str]
    names: tuple[str, ...] = ()
    extensions: tuple[str, ...] = ()


def _to_sarif(report: Report) -> str:
    from factcheck.report.sarif import to_sarif

    return to_sarif(report)


def _to_github(report: Report) -> str:
    from factcheck.report.github import to_github

    return to_github(report)


FORMATS: dict[str, ReportFormat] = {
    fmt.name: fmt
    for fmt in (
        ReportFormat("json", to_json, extensions=(".json",)),
        ReportFormat("md", to_markdown, ("markdown",), (".md", ".markdown")),
        ReportFormat("html", to_html, ("htm",), (".html", ".htm")),
        ReportFormat("sarif", _to_sarif, extensions=(".sarif",)),
        ReportFormat("github", _to_github),
    )
}
_FORMAT_LIST = "json, md or html (or sarif, github for CI)"


def _lookup(name: str) -> ReportFormat | None:
    name = name.strip().lower()
    return next((f for f in FORMATS.values() if name == f.name or name in f.names), None)


def render(report: Report, fmt: Format) -> str:
    chosen = _lookup(fmt)
    if chosen is None:
        raise ValueError(f"unknown report format {fmt!r}: use {_FORMAT_LIST}")
    return chosen.render(report)


def format_for(path: Path | None, explicit: str | None) -> Format:
    """The report format from `--format`, else from the output file's extension.

    With neither, the canonical JSON.
    """
    if explicit:
        chosen = _lookup(explicit)
        if chosen is None:
            raise ValueError(f"unknown report format {explicit!r}: use {_FORMAT_LIST}")
        return chosen.name
    if path is None:
        return "json"
    suffix = Path(path).suffix.lower()
    by_extension = next((f for f in FORMATS.values() if suffix in f.extensions), None)
    if by_extension is None:
        raise ValueError(
            f"cannot tell the report format from {str(path)!r}: name the file "
            "*.json, *.md, *.html or *.sarif, or pass --format json|md|html|sarif|github"
        )
    return by_extension.name


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    """`3 errors`, `1 error`, `0 info` (with plural="info")."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def summary_line(report: Report) -> str:
    """One line for the terminal, e.g.
    "5 articles, 143 claims; conflicts: 2 errors, 0 warnings, 0 info;
    4 corroborations; 1 notice; 0 files skipped"."""
    counts = _counts(report)
    return (
        f"{_plural(counts['articles'], 'article')}, {_plural(counts['claims'], 'claim')}; "
        f"conflicts: {_plural(counts['errors'], 'error')}, "
        f"{_plural(counts['warnings'], 'warning')}, {_plural(counts['info'], 'info', 'info')}; "
        f"{_plural(counts['corroborations'], 'corroboration')}; "
        f"{_plural(counts['notices'], 'notice')}; "
        f"{_plural(counts['skipped'], 'file')} skipped"
    )
