"""Ingest: files and folders become `Article`s, unreadable ones `IngestError`s.

    articles, errors = read_paths(["articles/", "draft.md"])

The format is sniffed from the content, with the extension as a hint (a `.txt`
may hold a WordPress post): JSON (WordPress REST posts, `{id,title,text,...}`
records, JSON Lines), Markdown with front matter, HTML, and plain text with or
without a `date` line, a `Published` byline or a dateline. User input never
raises: each problem becomes an `IngestError` naming the path, and the other
files go on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from factcheck.ingest.formats import (
    Parsed,
    front_matter,
    html_fragment_text,
    parse_date,
    parse_html,
    parse_markdown,
    parse_plain_text,
)
from factcheck.models import Article, IngestError

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
# Prose may open with "{" or "[", but not with `{"` or `[{`: that is JSON.
_JSON_START = re.compile(r"\A(?:\{\s*\"|\[\s*[{\]])")
_HTML_START = re.compile(
    r"\A(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)


class Unreadable(Exception):
    """A whole file cannot be read; the message is the one-line reason."""


@dataclass(frozen=True)
class _Part:
    """One article of a multi-article file, or a problem with one."""

    key: str | None  # the id suffix after "#"; None for a file that is one article
    parsed: Parsed | None = None
    problem: str | None = None  # a one-line reason, naming the part when there are several


@dataclass(frozen=True)
class _Source:
    file: Path
    article_id: str
    path: str


def read_paths(paths: Sequence[str | Path]) -> tuple[list[Article], list[IngestError]]:
    """Read every file and folder (recursively, hidden entries skipped) into articles."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    seen: dict[str, str] = {}
    for given in paths:
        sources = _sources(Path(given), errors)
        loaded = len(articles)
        for source in sources:
            for article in _read_source(source, errors):
                if article.id in seen:
                    reason = (
                        f"duplicate article id {article.id!r} (first read from {seen[article.id]})"
                    )
                    errors.append(IngestError(path=source.path, reason=reason + "; skipped"))
                    continue
                seen[article.id] = article.path
                articles.append(article)
        if sources and len(articles) == loaded and Path(given).is_dir():
            errors.append(IngestError(path=str(given), reason="no readable articles in directory"))
    return articles, errors


def _sources(given: Path, errors: list[IngestError]) -> list[_Source]:
    if given.is_dir():
        files = sorted(_visible_files(given, errors), key=lambda rel: rel.as_posix())
        if not files:
            errors.append(
                IngestError(
                    path=str(given),
                    reason="no files in directory (hidden files and folders are skipped)",
                )
            )
        return [_Source(given / rel, rel.as_posix(), str(given / rel)) for rel in files]
    if not given.exists():
        errors.append(IngestError(path=str(given), reason="no such file or directory"))
    elif not given.is_file():
        errors.append(IngestError(path=str(given), reason="not a regular file"))
    else:
        return [_Source(given, given.name, str(given))]
    return []


def _visible_files(folder: Path, errors: list[IngestError]) -> Iterator[Path]:
    def report(error: OSError) -> None:
        errors.append(
            IngestError(
                path=str(error.filename), reason=f"cannot read directory: {error.strerror or error}"
            )
        )

    for root, dirs, files in os.walk(folder, onerror=report):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            full = Path(root, name)
            # Regular files only: reading a FIFO or socket would block.
            if not name.startswith(".") and full.is_file():
                yield full.relative_to(folder)


def _read_source(source: _Source, errors: list[IngestError]) -> Iterator[Article]:
    try:
        parts = _parse(_decode(source.file), source.file.suffix.lower())
    except Unreadable as problem:
        errors.append(IngestError(path=source.path, reason=str(problem)))
        return
    for part in parts:
        if part.parsed is None or not part.parsed.text.strip():
            reason = part.problem or "no article text"
            errors.append(IngestError(path=source.path, reason=reason))
            continue
        yield Article(
            id=source.article_id if part.key is None else f"{source.article_id}#{part.key}",
            path=source.path,
            **asdict(part.parsed),
        )
        if part.problem:  # read, but something in it was ignored
            errors.append(IngestError(path=source.path, reason=part.problem))


def _decode(file: Path) -> str:
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise Unreadable(f"cannot read file: {error.strerror or error}") from error
    if b"\x00" in raw:
        raise Unreadable("not UTF-8 text (binary?): contains NUL bytes")
    try:
        text = raw.decode("utf-8-sig")  # also drops a byte-order mark
    except UnicodeDecodeError as error:
        raise Unreadable(
            f"not UTF-8 text (binary?): byte 0x{raw[error.start]:02x} at offset {error.start}"
        ) from error
    if not text.strip():
        raise Unreadable("empty file" if not text else "empty file (whitespace only)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse(text: str, suffix: str) -> list[_Part]:
    """Sniff the format from the content (the suffix only breaks ties) and read it."""
    start = text.lstrip()
    if suffix in _JSON_SUFFIXES or _JSON_START.match(start):
        return _parse_json(start, suffix)
    if (markdown := front_matter(text)) is not None:
        return [_Part(None, parse_markdown(*markdown))]
    if suffix in _HTML_SUFFIXES or _HTML_START.match(start):
        return [_Part(None, parse_html(text))]
    return [_Part(None, parse_plain_text(text))]


def _parse_json(text: str, suffix: str) -> list[_Part]:
    if suffix in {".jsonl", ".ndjson"}:
        return _parse_json_lines(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _JSON_START.match(text):
            return _parse_json_lines(text)  # one object a line, in a .json or .txt
        raise Unreadable(f"malformed JSON: {_json_problem(error)}") from error
    if isinstance(data, list):
        if not data:
            raise Unreadable("JSON list holds no posts")
        return [_json_item(item, _item_key(item, n)) for n, item in enumerate(data, 1)]
    part = _json_item(data, None)
    if part.parsed is None:
        raise Unreadable(part.problem or "unreadable JSON")
    return [part]


def _parse_json_lines(text: str) -> list[_Part]:
    parts: list[_Part] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problem = f"line {number}: malformed JSON: {_json_problem(error)}"
            parts.append(_Part(None, problem=problem))
            continue
        parts.append(_json_item(record, _item_key(record, number)))
    return parts


def _item_key(item: object, number: int) -> str:
    """The id after "#": the item's own `id`, else its position (1-based)."""
    own = item.get("id") if isinstance(item, dict) else None
    return str(own) if isinstance(own, str | int) and not isinstance(own, bool) else str(number)


def _json_problem(error: json.JSONDecodeError) -> str:
    return f"{error.msg} at line {error.lineno} column {error.colno}"


def _json_item(item: object, key: str | None) -> _Part:
    """A WordPress REST post (has `content`) or an article record (has `text`)."""
    if isinstance(item, dict) and "content" in item:
        return _wordpress_post(item, key)
    if isinstance(item, dict) and "text" in item:
        return _article_record(item, key)
    problem = "JSON is neither a WordPress post (content.rendered) nor an article record (text)"
    return _Part(key, problem=_naming("item", key) + problem)


def _naming(kind: str, key: str | None) -> str:
    """ "post 1742: " before a problem with one part of a multi-article file."""
    return f"{kind} {key}: " if key is not None else ""


def _rendered(field: object) -> str:
    """WordPress gives HTML as {"rendered": "..."}; plain strings are accepted too."""
    value = field.get("rendered") if isinstance(field, dict) else field
    return value if isinstance(value, str) else ""


def _wordpress_post(post: dict[str, object], key: str | None) -> _Part:
    content = html_fragment_text(_rendered(post.get("content")))
    if not content.strip():
        return _Part(key, problem=_naming("post", key) + "WordPress post has no content")
    title = html_fragment_text(_rendered(post.get("title"))).replace("\n\n", " ") or None
    stamp = post.get("date") or post.get("date_gmt")
    published = parse_date(stamp) if isinstance(stamp, str) else None
    link = post.get("link")
    return _Part(
        key,
        Parsed(
            # The headline is part of what a reader sees, as with HTML's <h1>.
            text=f"{title}\n\n{content}" if title else content,
            title=title,
            published=published,
            published_from="wordpress-json" if published else None,
            url=link if isinstance(link, str) and link else None,
            format="wordpress-json",
        ),
        problem=_date_problem(_naming("post", key), stamp, published),
    )


def _article_record(record: dict[str, object], key: str | None) -> _Part:
    text, title, stamp, url = (record.get(name) for name in ("text", "title", "published", "url"))
    if not isinstance(text, str) or not text.strip():
        return _Part(key, problem=_naming("record", key) + "article record has no text")
    published = parse_date(stamp) if isinstance(stamp, str) else None
    return _Part(
        key,
        Parsed(
            text=text.replace("\r\n", "\n").replace("\r", "\n").strip(),
            title=title if isinstance(title, str) and title else None,
            published=published,
            published_from="jsonl" if published else None,
            url=url if isinstance(url, str) and url else None,
            format="jsonl",
        ),
        problem=_date_problem(_naming("record", key), stamp, published),
    )


def _date_problem(naming: str, stamp: object, published: date | None) -> str | None:
    """The article is kept without a date, but the user should know the date was unusable."""
    return None if published or not stamp else f"{naming}unreadable date {stamp!r}; no date kept"
