"""What reaches the user's files and terminal: atomic writes, finding lines, colour."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from factcheck.models import Article, Claim, Finding, Report

_COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[36m"}
_DIM = "\033[2m"
_RESET = "\033[0m"


def atomic_write(target: Path, content: str | Iterable[str]) -> None:
    """Write `content` to a temporary file beside `target`, then rename it into place,
    so that an interrupted run leaves the previous file whole."""
    target = Path(target)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, before the rename
        "w",
        encoding="utf-8",
        dir=target.parent,
        prefix=f".{target.name}.",
        suffix=".tmp",
        delete=False,
    )
    try:
        with handle:
            for chunk in [content] if isinstance(content, str) else content:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def wants_colour(stream: TextIO) -> bool:
    """Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Locator:
    """Line and column (1-based) of a claim in the file it was read from.

    Where the claim's words are found in the file they give the place; otherwise
    (a JSON file with escapes, a file gone) the place in the article's text does.
    """

    def __init__(self, report: Report) -> None:
        self.articles: dict[str, Article] = {article.id: article for article in report.articles}
        self.claims: dict[str, Claim] = {claim.id: claim for claim in report.claims}
        self._raw: dict[str, str | None] = {}

    def _file_text(self, path: str) -> str | None:
        if path not in self._raw:
            try:
                self._raw[path] = Path(path).read_text(encoding="utf-8-sig", errors="replace")
            except OSError:
                self._raw[path] = None
        return self._raw[path]

    def position(self, claim: Claim) -> tuple[int, int]:
        article = self.articles.get(claim.article)
        if article is None:
            return 1, 1
        text, offset = article.text, claim.span[0]
        raw = self._file_text(article.path)
        if raw is not None and claim.text:
            raw = raw.replace("\r\n", "\n")
            occurrence = article.text.count(claim.text, 0, claim.span[0])
            where = -1
            for _ in range(occurrence + 1):
                where = raw.find(claim.text, where + 1)
                if where < 0:
                    break
            if where >= 0:
                text, offset = raw, where
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return line, column

    def primary_claim(self, finding: Finding, prefer: set[str] | None = None) -> Claim | None:
        """The claim a finding is reported at: the first in a preferred article, else the first."""
        claims = [self.claims[c] for c in finding.claims if c in self.claims]
        if prefer:
            claims.sort(key=lambda claim: claim.article not in prefer)
        return claims[0] if claims else None

    def path_of(self, claim: Claim) -> str:
        article = self.articles.get(claim.article)
        return article.path if article else claim.article


def _quote(claim: Claim) -> str:
    return f"\u201c{claim.text}\u201d ({claim.article})"


def finding_line(
    finding: Finding,
    locator: Locator,
    colour: bool = False,
    prefer: set[str] | None = None,
    max_quoted: int = 4,
) -> str:
    """`path:line:col: severity CODE message: “words” (article) vs “words” (article)`."""
    primary = locator.primary_claim(finding, prefer)
    if primary is None:
        where = finding.subject
    else:
        line, column = locator.position(primary)
        where = f"{locator.path_of(primary)}:{line}:{column}"
    severity: str = finding.severity
    code = finding.rule
    if colour:
        severity = f"{_COLOURS.get(severity, '')}{severity}{_RESET}"
        code = f"{_DIM}{code}{_RESET}"
    quotes = [_quote(locator.claims[c]) for c in finding.claims if c in locator.claims]
    if len(quotes) > max_quoted:
        quotes = [*quotes[:max_quoted], f"{len(quotes) - max_quoted} more"]
    evidence = f": {' vs '.join(quotes)}" if quotes else ""
    return f"{where}: {severity} {code} {finding.message}{evidence}"
