"""Readers for the text-like article formats: plain text, Markdown, HTML.

Each reader takes decoded text (UTF-8, `\\n` line endings) and returns a
`Parsed` record; `ingest` owns files, ids and errors. Text is normalised as
little as possible, because every finding quotes it: characters (typographic
quotes, dashes, non-breaking spaces) stay as they are, and only markers that
are not part of the article (a `date ...` line, a byline, front matter, HTML
tags) are taken out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from factcheck import lexicons

_MONTHS = {name: int(number) for name, number in lexicons.mapping("months").items()}
_MONTH = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# "September 20, 2024", "Sept. 17, 2025", "20 June 2023", "2024-09-20".
DATE = (
    rf"(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+{_MONTH},?[ \t]+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_DATE_PARTS = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z]*)?"
)


@dataclass(frozen=True)
class Parsed:
    """What a reader found in one article, before it gets an id and a path."""

    text: str
    title: str | None = None
    published: date | None = None
    published_from: str | None = None
    url: str | None = None
    format: str = "text"


def parse_date(value: str) -> date | None:
    """A calendar date written as ISO 8601 (date or timestamp) or in words; else None."""
    match = _DATE_PARTS.fullmatch(value.strip())
    if match is None:
        return None
    try:
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        month, day, year = (
            (match["m1"], match["d1"], match["y1"])
            if match["m1"]
            else (match["m2"], match["d2"], match["y2"])
        )
        return date(int(year), _MONTHS[month.lower().rstrip(".")], int(day))
    except ValueError:  # 30 February and the like: not a date, so no date
        return None


# ---- plain text ---------------------------------------------------------------

_DATE_LINE = re.compile(r"\Adate:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)
_PUBLISHED = re.compile(rf"\bPublished:?[ \t]+(?:on[ \t]+)?(?P<date>{DATE})")
_NAME = r"[^\W\d_][\w'’.-]*"
# A line that is only a byline: "Baqir Sajjad Syed Published September 20, 2024
# Updated September 20, 2024 08:15am". It says nothing about the news itself.
# Runs of spaces are possessive (`*+`): "[ \t]*[|]?[ \t]*" could otherwise split one
# long run in quadratically many ways before giving up on a line.
_BYLINE = re.compile(
    rf"(?:(?:By[ \t]++)?{_NAME}(?:[ \t]++{_NAME}){{0,5}}(?:[ \t]*+[|,·•–-])?[ \t]*+)?"
    rf"Published:?[ \t]++(?:on[ \t]++)?{DATE}"
    r"(?:(?:[ \t]*+[|,·•–-])?[ \t]*+Updated:?[ \t]++[^\n]*)?[ \t]*+"
)
_DATELINE = re.compile(
    rf"(?P<place>[A-Z][^\n,:;()]{{0,40}}(?:,[ \t]*[A-Z][^\n,:;()]{{0,40}})?),[ \t]+"
    rf"(?P<date>{DATE})[ \t]*(?:\([^()\n]{{1,80}}\))?[ \t]*(?::|--|—|–|-[ \t])"
)
_HEAD_LINES = 5  # a byline sits under the headline, not deep in the body


def parse_plain_text(text: str) -> Parsed:
    """Plain text, with a `date` line, a `Published` byline or a dateline if it has one."""
    text = text.strip()
    date_line = _DATE_LINE.match(text)
    if date_line and (published := parse_date(date_line[1])):
        text = text[date_line.end() :].lstrip()
        return Parsed(text, _headline(text), published, "date-line")
    published, text = _published_line(text)
    if published:
        return Parsed(text, _headline(text), published, "published-line")
    title = _headline(text)
    paragraphs = [line for line in text.split("\n") if line.strip()]
    for line in paragraphs[1:2] if title else paragraphs[:1]:
        if (dateline := _DATELINE.match(line.strip())) and (
            published := parse_date(dateline["date"])
        ):
            return Parsed(text, title, published, "dateline")
    return Parsed(text, title)


def _published_line(text: str) -> tuple[date | None, str]:
    """The date of a `Published <date>` line near the top, and the text without a byline."""
    lines = text.split("\n")
    head = [index for index, line in enumerate(lines) if line.strip()][:_HEAD_LINES]
    for index in head:
        match = _PUBLISHED.search(lines[index])
        published = parse_date(match["date"]) if match else None
        if published is None:
            continue
        if _BYLINE.fullmatch(lines[index].strip()):
            del lines[index]
            if 0 < index < len(lines) and not lines[index - 1].strip() and not lines[index].strip():
                del lines[index]  # keep one blank line between the paragraphs around it
        return published, "\n".join(lines)
    return None, text


def _headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, no closing period, text after it."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    closing = first.rstrip(" \"'”’)]")
    if (
        not rest.strip()
        or len(first) > 200
        or len(first.split()) > 25
        or closing.endswith((".", ":", ";", ","))
        or _DATELINE.match(first)
        or _PUBLISHED.search(first)
    ):
        return None
    return first


# ---- Markdown with YAML front matter -------------------------------------------

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<yaml>(?:.*?\n)??)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
_YAML_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*))?\Z")
_YAML_ITEM = re.compile(r"\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'|[^,]+)")
_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")


def front_matter(text: str) -> tuple[dict[str, str | list[str]], str] | None:
    """The `key: value` pairs of a leading YAML block and the body after it, or None.

    Only the flat subset news front matter uses: scalars, quoted strings and
    `[a, b]` lists. Nested keys are skipped rather than misread.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    fields: dict[str, str | list[str]] = {}
    for line in match["yaml"].split("\n"):
        pair = _YAML_KEY.match(line.rstrip())
        if pair is None or not pair["value"]:
            continue
        value = pair["value"].strip()
        if value.startswith("[") and value.endswith("]"):
            items = _YAML_ITEM.findall(value[1:-1])
            fields[pair["key"].lower()] = [_yaml_scalar(i) for i in items if i.strip()]
        else:
            fields[pair["key"].lower()] = _yaml_scalar(value)
    return (fields, text[match.end() :]) if fields else None


def _yaml_scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:  # YAML's double-quoted escapes are JSON's for everything news uses
            return str(json.loads(raw))
        except ValueError:
            return raw[1:-1]
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return re.split(r"[ \t]#", raw, maxsplit=1)[0].rstrip()


def _heading_text(line: str) -> str | None:
    """The words of an ATX heading line ("## Title ##" gives "Title"), else None.

    String methods, not one regex: a lazy `(.*?)` before optional closing marks
    and trailing spaces took quadratic time on a heading ending in many spaces.
    """
    mark = _HEADING_MARK.match(line)
    if mark is None:
        return None
    words = line[mark.end() :].rstrip(" \t")
    unclosed = words.rstrip("#")
    if unclosed != words and unclosed[-1:] in (" ", "\t"):  # closing marks after a space
        words = unclosed.rstrip(" \t")
    return words


def parse_markdown(fields: dict[str, str | list[str]], body: str) -> Parsed:
    """The body after front matter; heading lines lose their `#` marks, nothing else changes."""
    lines = body.split("\n")
    headings = [_heading_text(line) for line in lines]
    text = "\n".join(
        line if heading is None else heading for line, heading in zip(lines, headings, strict=True)
    )
    heading = next((found for found in headings if found is not None), None) or None
    title, day, url = (fields.get(key) for key in ("title", "date", "url"))
    published = parse_date(day) if isinstance(day, str) else None
    return Parsed(
        text=text.strip(),
        title=title if isinstance(title, str) and title else heading,
        published=published,
        published_from="front-matter" if published else None,
        url=url if isinstance(url, str) and url else None,
        format="markdown",
    )


# ---- HTML ------------------------------------------------------------------------

# fmt: off
_SKIPPED = frozenset({"head", "nav", "aside", "footer", "header", "script", "style", "noscript",
                      "template", "form", "button", "select", "svg", "iframe", "figcaption"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                     "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
                     "tbody", "tr", "td", "th", "figure", "hr", "address", "header", "body",
                     "center", "details", "summary", "caption"})
_DATE_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "date",
              "dc.date.issued", "dc.date")
# fmt: on
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: a non-breaking space is text


class _PageReader(HTMLParser):
    """Paragraphs of an HTML page, each tagged with the container it sits in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (container, paragraph)
        self.headings: list[tuple[str, str]] = []  # <h1>s, same shape
        self.meta: dict[str, str] = {}
        self.title_tag = ""
        self._lines: list[list[str]] = [[]]
        self._skip_depth = self._article_depth = self._main_depth = self._articles = 0
        self._in_title = self._in_h1 = False

    def container(self) -> str:
        if self._article_depth:
            return f"article {self._articles}"
        return "main" if self._main_depth else "page"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and values.get("content"):
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            self.meta.setdefault(key.lower(), values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        if tag == "title" and not self.title_tag:
            self._in_title = True  # the page's own <title>, not one inside an <svg>
        # A <header> inside the story holds its headline; elsewhere it is the site's.
        story_header = tag == "header" and (self._article_depth or self._main_depth)
        if self._skip_depth or (tag in _SKIPPED and not story_header):
            if tag in _SKIPPED:
                self._skip_depth += 1
            return
        if tag in _BLOCKS:
            self._flush()
        elif tag == "br":
            self._lines.append([])
        if tag == "article":
            self._article_depth += 1
            if self._article_depth == 1:
                self._articles += 1
        elif tag == "main":
            self._main_depth += 1
        elif tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._skip_depth:
            if tag in _SKIPPED:
                self._skip_depth -= 1
            return
        if tag in _BLOCKS:
            self._flush()  # before leaving the container, so the text stays tagged with it
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        elif tag == "main" and self._main_depth:
            self._main_depth -= 1
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_tag += data
        elif not self._skip_depth:
            self._lines[-1].append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        lines = (_HTML_SPACE.sub(" ", "".join(parts)).strip() for parts in self._lines)
        paragraph = "\n".join(line for line in lines if line)
        self._lines = [[]]
        if paragraph:
            self.blocks.append((self.container(), paragraph))
            if self._in_h1:
                self.headings.append((self.container(), paragraph))


# a declaration that is not a comment or a doctype ("<![if !IE]>", "<![ "): Python's
# parser stops on the malformed ones with an AssertionError, so they are read as text
_ODD_DECLARATION = re.compile(r"<!(?!--|doctype)", re.IGNORECASE)


def _read(markup: str) -> _PageReader:
    """The page read; a malformed declaration is read as text, not as a crash."""
    reader = _PageReader()
    try:
        reader.feed(markup)
        reader.close()
    except AssertionError:
        reader = _PageReader()
        reader.feed(_ODD_DECLARATION.sub("&lt;!", markup))
        reader.close()
    return reader


def html_fragment_text(markup: str) -> str:
    """Text of an HTML fragment: blocks become paragraphs, entities are unescaped."""
    reader = _read(markup)
    return "\n\n".join(paragraph for _, paragraph in reader.blocks)


def parse_html(markup: str) -> Parsed:
    """The article's paragraphs, its <h1>, and the publication date from the page's metadata."""
    reader = _read(markup)
    container = _main_container(reader.blocks)
    paragraphs = [text for where, text in reader.blocks if container in (where, "all")]
    h1s = [text for where, text in reader.headings if where == container] or [
        text for _, text in reader.headings
    ]
    title = h1s[0] if h1s else _HTML_SPACE.sub(" ", reader.title_tag).strip() or None
    if h1s and h1s[0] not in paragraphs:
        paragraphs.insert(0, h1s[0])  # the headline sat outside the article element
    url = reader.meta.get("canonical") or reader.meta.get("og:url") or None
    published = _html_publication_date(markup, reader.meta, url)
    return Parsed(
        text="\n\n".join(paragraphs),
        title=title,
        published=published,
        published_from="html-meta" if published else None,
        url=url,
        format="html",
    )


def _main_container(blocks: list[tuple[str, str]]) -> str:
    """The <article> with the most text, else <main>, else the whole page ("all")."""
    sizes: dict[str, int] = {}
    for where, text in blocks:
        sizes[where] = sizes.get(where, 0) + len(text)
    articles = [where for where in sizes if where.startswith("article")]
    best = (
        max(articles, key=sizes.__getitem__) if articles else "main" if "main" in sizes else "all"
    )
    # Pages that wrap teasers in <article> but the story in <div>: a container
    # holding under a third of the page's text is not the story.
    if best != "all" and sizes[best] * 3 < sum(sizes.values()):
        return "all"
    return best


def _html_publication_date(markup: str, meta: dict[str, str], url: str | None) -> date | None:
    for key in _DATE_META:
        if key in meta and (published := parse_date(meta[key])):
            return published
    from htmldate import find_date  # lazy: lxml is slow to import and only HTML needs it

    try:
        # Bytes, not str: htmldate downloads a str that looks like a URL.
        found = find_date(
            markup.encode("utf-8"), extensive_search=False, original_date=True, url=url
        )
    except Exception:  # noqa: BLE001 - a heuristic guess must never stop ingestion
        return None
    return parse_date(found) if found else None
