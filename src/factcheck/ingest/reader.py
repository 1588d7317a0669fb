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
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from factcheck.ingest.errors import NOTE_PREFIX, IngestNote, display_path, shorten
from factcheck.ingest.files import Entry, Unreadable, decode, walk
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
# Leading comments, then a tag that only opens an HTML page. The comment group is
# atomic and its repetition possessive: a comment ends at its first "-->", and a
# failed match is never retried with other comment boundaries (which took
# exponential time on a run of "<!---->").
_HTML_START = re.compile(
    r"\A(?:<!--(?>.*?-->)\s*)*+<(?:!doctype\s+html|html|head|body|article|main|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PROBLEMS_SHOWN = 3  # a file's line names its first few problems and counts the rest


@dataclass(frozen=True)
class _Part:
    """One article of a multi-article file, or a problem with one."""

    key: str | None  # the id suffix after "#"; None for a file that is one article
    parsed: Parsed | None = None
    problem: str | None = None  # a one-line reason, naming the part when there are several


def read_paths(
    paths: Sequence[str | Path], *, max_article_chars: int | None = None
) -> tuple[list[Article], list[IngestError]]:
    """Read every file and folder (recursively, hidden entries skipped) into articles.

    Each file that gives a problem gets one entry in the errors: an `IngestError`
    when nothing of it was read, an `IngestNote` when it was read but something in
    it was left out. `max_article_chars` skips longer articles (None: no limit).
    """
    articles: list[Article] = []
    errors: list[IngestError] = []
    seen: dict[str, str] = {}  # article id -> the path it was first read from
    for given in paths:
        for entry in walk(Path(given)):
            path = display_path(entry.path)
            if entry.problem is not None:
                errors.append(IngestError(path=path, reason=entry.problem))
                continue
            read, problems = _read_entry(entry, path, seen, max_article_chars)
            articles += read
            if problems:
                errors.append(_file_problem(path, bool(read), problems))
    return articles, errors


def _file_problem(path: str, read_any: bool, problems: list[str]) -> IngestError:
    reason = "; ".join(problems[:_PROBLEMS_SHOWN])
    if len(problems) > _PROBLEMS_SHOWN:
        reason += f"; and {len(problems) - _PROBLEMS_SHOWN} more problems"
    if read_any:
        return IngestNote(path=path, reason=NOTE_PREFIX + reason)
    return IngestError(path=path, reason=reason)


def _read_entry(
    entry: Entry, path: str, seen: dict[str, str], max_chars: int | None
) -> tuple[list[Article], list[str]]:
    """The articles of one file and its problems, each a one-line reason."""
    try:
        try:
            raw = entry.path.read_bytes()
        except OSError as error:
            raise Unreadable(f"cannot read file: {error.strerror or error}") from error
        parts = _parse(decode(raw), entry.path.suffix.lower())
    except Unreadable as problem:
        return [], [str(problem)]
    articles: list[Article] = []
    problems: list[str] = []
    for part in parts:
        article_id = display_path(entry.relative)
        if part.key is not None:
            article_id += "#" + display_path(part.key)
        if part.parsed is None or not part.parsed.text.strip():
            problems.append(part.problem or "no article text")
            continue
        if max_chars is not None and len(part.parsed.text) > max_chars:
            size = f"{len(part.parsed.text):,} characters, over the limit of {max_chars:,}"
            problems.append(f"{_naming('article', part.key)}article text is {size}; not read")
            continue
        if article_id in seen:
            first = seen[article_id]
            problems.append(f"duplicate article id {article_id!r} (first read from {first})")
            continue
        seen[article_id] = path
        fields = {  # any format's escapes: a Markdown front matter's title as JSON's
            name: _clean(value) if isinstance(value, str) else value
            for name, value in asdict(part.parsed).items()
        }
        articles.append(Article.model_validate({"id": article_id, "path": path, **fields}))
        if part.problem:  # read, but something in it was ignored
            problems.append(part.problem)
    return articles, problems


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
        data = _load_json(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _JSON_START.match(text):
            return _parse_json_lines(text)  # one object a line, in a .json or .txt
        raise Unreadable(f"malformed JSON: {_json_problem(error)}") from error
    except ValueError as error:
        raise Unreadable(str(error)) from error
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
            record = _load_json(line)
        except json.JSONDecodeError as error:
            problem = f"line {number}: malformed JSON: {_json_problem(error)}"
            parts.append(_Part(None, problem=problem))
            continue
        except ValueError as error:
            parts.append(_Part(None, problem=f"line {number}: {error}"))
            continue
        parts.append(_json_item(record, _item_key(record, number)))
    return parts


def _load_json(text: str) -> object:
    """`json.loads`, with the limits of Python's parser as `ValueError`s that say what they are."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError as error:
        raise ValueError("JSON nested too deeply to read") from error
    except ValueError as error:  # Python reads integers of up to 4,300 digits
        raise ValueError("JSON number too long to read (over 4,300 digits)") from error


def _item_key(item: object, number: int) -> str:
    """The id after "#": the item's own `id`, else its position (1-based)."""
    own = item.get("id") if isinstance(item, dict) else None
    if isinstance(own, str | int) and not isinstance(own, bool):
        return _clean(str(own))[:200]
    return str(number)


def _clean(text: str) -> str:
    """JSON's `\\ud800` escapes give lone surrogates, which no file can be written with."""
    return _LONE_SURROGATE.sub("\ufffd", text)


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
    return f"{kind} {display_path(key)}: " if key is not None else ""


def _rendered(field: object) -> str:
    """WordPress gives HTML as {"rendered": "..."}; plain strings are accepted too."""
    value = field.get("rendered") if isinstance(field, dict) else field
    return _clean(value) if isinstance(value, str) else ""


def _wordpress_post(post: dict[str, object], key: str | None) -> _Part:
    content = html_fragment_text(_rendered(post.get("content")))
    if not content.strip():
        return _Part(key, problem=_naming("post", key) + "WordPress post has no content")
    title = html_fragment_text(_rendered(post.get("title"))).replace("\n\n", " ") or None
    stamp = post.get("date") or post.get("date_gmt")
    published = parse_date(stamp) if isinstance(stamp, str) else None
    link = _string(post.get("link"))
    return _Part(
        key,
        Parsed(
            # The headline is part of what a reader sees, as with HTML's <h1>.
            text=f"{title}\n\n{content}" if title else content,
            title=title,
            published=published,
            published_from="wordpress-json" if published else None,
            url=link,
            format="wordpress-json",
        ),
        problem=_date_problem(_naming("post", key), stamp, published),
    )


def _article_record(record: dict[str, object], key: str | None) -> _Part:
    text, title, url = (_string(record.get(name)) for name in ("text", "title", "url"))
    if text is None or not text.strip():
        return _Part(key, problem=_naming("record", key) + "article record has no text")
    stamp = record.get("published")
    published = parse_date(stamp) if isinstance(stamp, str) else None
    return _Part(
        key,
        Parsed(
            text=text.replace("\r\n", "\n").replace("\r", "\n").strip(),
            title=title,
            published=published,
            published_from="jsonl" if published else None,
            url=url,
            format="jsonl",
        ),
        problem=_date_problem(_naming("record", key), stamp, published),
    )


def _string(value: object) -> str | None:
    """A non-empty string field of a JSON record, safe to write out; else None."""
    return _clean(value) if isinstance(value, str) and value else None


def _date_problem(naming: str, stamp: object, published: date | None) -> str | None:
    """The article is kept without a date, but the user should know the date was unusable."""
    if published or not stamp:
        return None
    return f"{naming}unreadable date {shorten(stamp)}; no date kept"
