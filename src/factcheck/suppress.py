"""Inline suppression: `factcheck: ignore FC101` in an article hides findings there.

A directive is an HTML/Markdown comment (`<!-- factcheck: ignore FC101 -->`) or
a line of its own in text (`factcheck: ignore FC101, FC2`). It names rule codes
or code prefixes (case-insensitive); with none, it names every rule. It covers
the next paragraph: the lines after it up to the next blank line. A finding is
hidden when one of its claims lies, by its span, in a paragraph covered for
the finding's rule.

HTML loses its comments when the main text is extracted, so for HTML articles
the directives are read from the file itself and matched to the text by the
words that follow them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from factcheck.models import Article, Finding, Report

_CODES = r"(?P<codes>(?:[ \t]*,?[ \t]*[A-Za-z]{2}\d{0,3})*)"
_COMMENT = re.compile(r"<!--\s*factcheck:\s*ignore\b" + _CODES + r"\s*-->", re.IGNORECASE)
_LINE = re.compile(
    r"^[ \t]*factcheck:[ \t]*ignore\b" + _CODES + r"[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TAG = re.compile(r"<[^>]*>")
_HTML_FORMATS = {"html"}
_ANCHOR_CHARS = 40


@dataclass(frozen=True)
class Suppression:
    """Rule prefixes hidden in text[start:end]; no prefixes means every rule."""

    prefixes: tuple[str, ...]
    start: int
    end: int

    def covers(self, rule: str, span: tuple[int, int]) -> bool:
        inside = self.start <= span[0] and span[1] <= self.end
        return inside and (not self.prefixes or rule.upper().startswith(self.prefixes))


def _prefixes(codes: str) -> tuple[str, ...]:
    return tuple(code.upper() for code in re.findall(r"[A-Za-z]{2}\d{0,3}", codes))


def _next_paragraph(text: str, after: int) -> tuple[int, int]:
    """The paragraph that starts after `after`: skip blank lines, stop at the next one."""
    start = after
    while start < len(text) and text[start] in " \t\n":
        start += 1
    blank = _BLANK_LINE.search(text, start)
    return start, blank.start() if blank else len(text)


def _html_directives(article: Article) -> Iterable[Suppression]:
    """Directives in an HTML file, placed in the text by the words after each."""
    try:
        raw = Path(article.path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    for match in _COMMENT.finditer(raw):
        following = " ".join(unescape(_TAG.sub(" ", raw[match.end() :])).split())
        anchor = following[:_ANCHOR_CHARS]
        where = article.text.find(anchor) if anchor else -1
        if where >= 0:
            start, end = _next_paragraph(article.text, where)
            yield Suppression(_prefixes(match["codes"]), start, end)


def directives(article: Article) -> list[Suppression]:
    """Every suppression an article declares, with the stretch of text it covers."""
    found = []
    for pattern in (_COMMENT, _LINE):
        for match in pattern.finditer(article.text):
            start, end = _next_paragraph(article.text, match.end())
            found.append(Suppression(_prefixes(match["codes"]), start, end))
    if article.format in _HTML_FORMATS:
        found.extend(_html_directives(article))
    return found


def suppressed(
    finding: Finding,
    claim_spans: dict[str, tuple[str, tuple[int, int]]],
    by_article: dict[str, list[Suppression]],
) -> bool:
    """True when one of the finding's claims lies where its rule is suppressed."""
    for claim_id in finding.claims:
        article_id, span = claim_spans.get(claim_id, ("", (0, 0)))
        if any(s.covers(finding.rule, span) for s in by_article.get(article_id, ())):
            return True
    return False


def apply_suppressions(report: Report) -> Report:
    """The report without the findings its articles suppress."""
    by_article = {article.id: directives(article) for article in report.articles}
    if not any(by_article.values()):
        return report
    spans = {claim.id: (claim.article, claim.span) for claim in report.claims}
    kept = [f for f in report.findings if not suppressed(f, spans, by_article)]
    return report.model_copy(update={"findings": kept})
