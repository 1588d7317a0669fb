"""Ingest: every format, every kind of bad input, and the gold quotes of the seeds and corpus."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.ingest.errors import IngestNote, display_path, error_line, is_note, skipped_files
from factcheck.ingest.reader import read_paths
from factcheck.models import Article, IngestError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The shared folder sits next to the checkout (../shared) or, from a worktree, one further up.
SHARED = next(
    (
        folder
        for folder in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
        if folder.exists()
    ),
    ROOT.parent / "shared",
)
CORPUS = SHARED / "corpus"


def read_one(path: Path) -> Article:
    articles, errors = read_paths([path])
    assert errors == []
    assert len(articles) == 1
    return articles[0]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def reasons(errors: list[IngestError]) -> dict[str, str]:
    return {Path(error.path).name: error.reason for error in errors}


# ---- the seeds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "published", "published_from"),
    [
        ("000_bef8d57d03eac628.txt", date(2025, 4, 21), "date-line"),
        ("001_1b4de424bf2f34e4.txt", None, None),
        ("002_ddabb55194880429.txt", date(2026, 5, 10), "wordpress-json"),
        ("003_c628a8884a65bf52.txt", date(2024, 9, 20), "published-line"),
        ("004_5cf35de7a53bf458.txt", date(2023, 6, 20), "dateline"),
    ],
)
def test_seed_publication_dates(
    name: str, published: date | None, published_from: str | None
) -> None:
    article = read_one(SEEDS / name)
    assert (article.id, article.path) == (name, str(SEEDS / name))
    assert (article.published, article.published_from) == (published, published_from)


def test_seed_folder_gives_sorted_relative_ids() -> None:
    articles, errors = read_paths([SEEDS])
    assert errors == []
    assert [a.id for a in articles] == sorted(p.name for p in SEEDS.iterdir())


def test_date_line_on_the_same_line_as_the_text_is_removed() -> None:
    article = read_one(SEEDS / "000_bef8d57d03eac628.txt")
    assert article.text.startswith("Pakistan and Rwanda have agreed to deepen their cooperation")
    assert "2025-04-21" not in article.text
    assert article.title is None  # the first line is a sentence, not a headline


def test_plain_text_headline_is_the_title() -> None:
    article = read_one(SEEDS / "001_1b4de424bf2f34e4.txt")
    assert article.title == "Pakistan, Rwanda Vow to Boost Trade, Defence & Tech Ties"
    assert article.text.startswith(article.title + "\n\n")


def test_wordpress_post_in_a_txt_file() -> None:
    article = read_one(SEEDS / "002_ddabb55194880429.txt")
    assert article.format == "wordpress-json"
    assert article.title == "RWANDA AND PAKISTAN: TOWARDS MORE RESULTS – ORIENTED COOPERATION"
    assert article.url is not None and article.url.startswith("https://thedawnrwanda.com/")
    assert "<" not in article.text and "&#" not in article.text
    assert "High Commissioner to Rwanda</figcaption>" not in article.text
    assert "\n\nTRADE GROWTH\n\n" in article.text  # each block is its own paragraph


def test_byline_with_published_date_is_dropped_from_the_text() -> None:
    article = read_one(SEEDS / "003_c628a8884a65bf52.txt")
    assert article.title == "Pakistan, Russia sign MoU for cooperation in multiple sectors"
    assert "Baqir Sajjad Syed" not in article.text
    assert article.text.startswith(article.title + "\n\nRUSSIAN Deputy Prime Minister")


def test_dateline_stays_in_the_text() -> None:
    article = read_one(SEEDS / "004_5cf35de7a53bf458.txt")
    assert article.text.startswith("Islamabad, 20 June 2023 (TDI):")


# ---- gold quotes and dates ---------------------------------------------------------


def gold_checks(gold_file: Path, folder: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    articles, errors = read_paths([folder])
    assert errors == []
    by_id = {article.id: article for article in articles}
    for name, expected in gold["articles"].items():
        assert str(by_id[name].published) == str(expected["published"]), name
    for section in ("conflicts", "debatable", "traps", "corroborations"):
        for item in gold.get(section, []):
            for side in ("left", "right"):
                quote, name = item[side]["quote"], item[side]["article"]
                assert quote in by_id[name].text, f"{item['id']} {side}: {quote!r} not in {name}"


@pytest.mark.skipif(not (SHARED / "seeds.gold.json").exists(), reason="seed gold not present")
def test_seed_text_holds_every_gold_quote_and_date() -> None:
    gold_checks(SHARED / "seeds.gold.json", SEEDS)


@pytest.mark.skipif(not (CORPUS / "gold.json").exists(), reason="shared corpus not present")
def test_corpus_text_holds_every_gold_quote_and_date() -> None:
    gold_checks(CORPUS / "gold.json", CORPUS / "articles")


@pytest.mark.skipif(not (CORPUS / "articles").exists(), reason="shared corpus not present")
def test_corpus_html_keeps_the_article_and_drops_the_page_furniture() -> None:
    article = read_one(CORPUS / "articles" / "ludian-quake-2014_guardian_20140804.html")
    assert article.title == "China earthquake triggers huge search and rescue effort"
    assert article.text.startswith(article.title + "\n\n")
    assert article.text.endswith("had yet to be reached by rescue teams.")
    assert len(article.text.split("\n\n")) == 12  # h1, standfirst and 10 paragraphs
    for noise in ("Most viewed", "Transfer window", "Guardian News and Media", "Opinion"):
        assert noise not in article.text


# ---- folders and ids ---------------------------------------------------------------


def test_folder_is_read_recursively_in_order_and_hidden_entries_are_skipped(
    tmp_path: Path,
) -> None:
    write(tmp_path, "b.txt", "Second article text.")
    write(tmp_path, "a/z.txt", "Nested article text.")
    write(tmp_path, ".hidden.txt", "Hidden.")
    write(tmp_path, ".git/c.txt", "Hidden folder.")
    articles, errors = read_paths([tmp_path])
    assert errors == []
    assert [a.id for a in articles] == ["a/z.txt", "b.txt"]
    assert articles[0].path == str(tmp_path / "a" / "z.txt")


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Some text.")
    articles, errors = read_paths([path, str(path)])
    assert [a.id for a in articles] == ["a.txt"]
    assert "duplicate article id 'a.txt'" in errors[0].reason


# ---- text formats ------------------------------------------------------------------


def test_plain_text_without_date(tmp_path: Path) -> None:
    article = read_one(
        write(tmp_path, "a.txt", "A headline here\n\nThe body. It has two sentences.\n")
    )
    assert (article.title, article.published, article.published_from) == (
        "A headline here",
        None,
        None,
    )
    assert article.text == "A headline here\n\nThe body. It has two sentences."
    assert article.format == "text"


def test_first_line_ending_with_a_period_is_no_title(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "a.txt", "It rained today.\n\nMore text.\n"))
    assert article.title is None


def test_date_line_alone_then_title(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "a.txt", "date 2023-11-19\nA title\n\nBody text.\n"))
    assert (article.published, article.published_from) == (date(2023, 11, 19), "date-line")
    assert (article.title, article.text) == ("A title", "A title\n\nBody text.")


def test_published_line_inside_a_sentence_is_kept(tmp_path: Path) -> None:
    text = "Staff report. Published October 7, 2024.\n\nBody text."
    article = read_one(write(tmp_path, "a.txt", text))
    assert (article.published, article.published_from) == (date(2024, 10, 7), "published-line")
    assert article.text == text


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        (
            "DOHA, 15 October 2025 (The Washington Times): Saudi Arabia sealed a pact.",
            date(2025, 10, 15),
        ),
        ("AHMEDABAD, 19 November 2023 (Orissa Diary): Australia won.", date(2023, 11, 19)),
        ("Islamabad, June 20, 2023 - Talks were held.", date(2023, 6, 20)),
        (
            "A short headline\n\nBEIJING, 3 August 2014 (TribLive): A quake struck.",
            date(2014, 8, 3),
        ),
    ],
)
def test_dateline(tmp_path: Path, opening: str, published: date) -> None:
    article = read_one(write(tmp_path, "a.txt", opening + "\n\nMore text.\n"))
    assert (article.published, article.published_from) == (published, "dateline")
    assert article.text == opening + "\n\nMore text."


def test_bom_and_crlf_are_normalised_and_characters_kept(tmp_path: Path) -> None:
    content = "\ufeffTitle\r\n\r\nRwanda\u2019s \u201cpact\u201d\u00a0\u2013 done.\r\n".encode()
    article = read_one(write(tmp_path, "a.txt", content))
    assert article.text == "Title\n\nRwanda\u2019s \u201cpact\u201d\u00a0\u2013 done."


def test_text_starting_with_a_brace_that_is_not_json_is_text(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "a.txt", "{Editor's note: updated} The vote was held.\n"))
    assert article.text == "{Editor's note: updated} The vote was held."


# ---- Markdown ----------------------------------------------------------------------


def test_markdown_front_matter(tmp_path: Path) -> None:
    content = (
        '---\ntitle: "Summit \\"opens\\" today"\ndate: 2024-10-16\nsource: TRT World\n'
        "url: https://example.com/a\ntags: [SCO, 'Pakistan']\n---\n\n# Summit opens\n\n"
        "Leaders met on Wednesday.\n"
    )
    article = read_one(write(tmp_path, "a.md", content))
    assert article.title == 'Summit "opens" today'
    assert (article.published, article.published_from) == (date(2024, 10, 16), "front-matter")
    assert article.url == "https://example.com/a"
    assert article.text == "Summit opens\n\nLeaders met on Wednesday."
    assert article.format == "markdown"


def test_a_lone_surrogate_escape_in_front_matter_is_replaced(tmp_path: Path) -> None:
    content = '---\ntitle: "\\ud800 Summit"\ndate: 2024-10-16\n---\n\nLeaders met.\n'
    article = read_one(write(tmp_path, "a.md", content))
    assert article.title == "\ufffd Summit"
    article.model_dump_json().encode("utf-8")  # a report can be written with it


def test_markdown_without_front_matter_is_text(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "a.md", "# Heading\n\nBody text.\n"))
    assert (article.text, article.published) == ("# Heading\n\nBody text.", None)


# ---- HTML --------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Page title | Site</title>
<meta property="article:published_time" content="2025-09-18T14:59:00+08:00">
<link rel="canonical" href="https://example.com/story"></head><body>
<header><h1>Site name</h1><nav><a href="/">Home</a></nav></header>
<main><article><h1>The headline</h1>
<p>Islamabad&#8217;s first   paragraph.</p><figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>
<p>Second<br>line.</p><script>var x = 1;</script></article></main>
<aside>Most read</aside><footer>&copy; Site</footer></body></html>"""


def test_html_page(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "a.html", PAGE))
    assert article.text == "The headline\n\nIslamabad\u2019s first paragraph.\n\nSecond\nline."
    assert (article.title, article.url) == ("The headline", "https://example.com/story")
    assert (article.published, article.published_from) == (date(2025, 9, 18), "html-meta")
    assert article.format == "html"


def test_html_is_sniffed_from_content_and_dated_by_htmldate(tmp_path: Path) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-03-05T10:00:00Z"}</script></head>'
        "<body><p>Only a body.</p><footer>Footer</footer></body></html>"
    )
    article = read_one(write(tmp_path, "page.txt", page))
    assert (article.text, article.title) == ("Only a body.", None)
    assert (article.published, article.published_from) == (date(2024, 3, 5), "html-meta")


# ---- JSON --------------------------------------------------------------------------


def post(post_id: int, content: str, title: str = "Title &#8211; here") -> dict[str, object]:
    return {
        "id": post_id,
        "date": "2023-10-13T00:00:00",
        "link": f"https://example.com/{post_id}",
        "title": {"rendered": title},
        "content": {"rendered": content},
    }


def test_wordpress_post(tmp_path: Path) -> None:
    content = "<p>Microsoft&#8217;s deal.</p>\n<p><strong>HEAD</strong></p><ul><li>One</li></ul>"
    article = read_one(write(tmp_path, "a.json", json.dumps(post(7, content))))
    assert article.id == "a.json"
    assert article.title == "Title \u2013 here"
    assert article.text == "Title \u2013 here\n\nMicrosoft\u2019s deal.\n\nHEAD\n\nOne"
    assert (article.published, article.published_from) == (date(2023, 10, 13), "wordpress-json")
    assert article.url == "https://example.com/7"


def test_list_of_posts_gives_one_article_per_post(tmp_path: Path) -> None:
    posts = [post(1, "<p>First.</p>"), post(2, ""), post(3, "<p>Third.</p>")]
    articles, errors = read_paths([write(tmp_path, "posts.json", json.dumps(posts))])
    assert [a.id for a in articles] == ["posts.json#1", "posts.json#3"]
    # The file was read, so its one line is a note, not a skipped file.
    assert [(e.path, e.reason) for e in errors] == [
        (str(tmp_path / "posts.json"), "read, but post 2: WordPress post has no content")
    ]
    assert isinstance(errors[0], IngestNote)


def test_json_lines(tmp_path: Path) -> None:
    lines = [
        {"id": "x1", "title": "T", "text": "First text.", "published": "2024-01-02", "url": "u"},
        {"id": "x2", "text": "Second text.", "published": "soon"},
        {"id": "x3", "text": ""},
    ]
    content = "\n".join(json.dumps(line) for line in lines) + '\n{"id": "x4", oops}\n'
    articles, errors = read_paths([write(tmp_path, "feed.jsonl", content)])
    assert [a.id for a in articles] == ["feed.jsonl#x1", "feed.jsonl#x2"]
    first = articles[0]
    assert (first.title, first.text, first.url) == ("T", "First text.", "u")
    assert (first.published, first.published_from) == (date(2024, 1, 2), "jsonl")
    assert first.format == "jsonl"
    assert (articles[1].published, articles[1].published_from) == (None, None)
    # One line for the file, naming each problem in it.
    assert [error.reason for error in errors] == [
        (
            "read, but record x2: unreadable date 'soon'; no date kept; "
            "record x3: article record has no text; "
            "line 4: malformed JSON: Expecting property name enclosed in double quotes"
            " at line 1 column 14"
        )
    ]


def test_json_lines_are_sniffed_in_a_json_file_without_ids(tmp_path: Path) -> None:
    content = '{"text": "One."}\n{"text": "Two."}\n'
    articles, errors = read_paths([write(tmp_path, "feed.json", content)])
    assert errors == []
    assert [(a.id, a.text) for a in articles] == [("feed.json#1", "One."), ("feed.json#2", "Two.")]


# ---- bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file (whitespace only)"),
        ("nul.txt", b"abc\x00def", "binary file, not text: contains NUL bytes"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image), not text"),
        (
            "bad.json",
            b'{"id": 1,\n "date": "x"\n "title": 2}',
            "malformed JSON: Expecting ',' delimiter at line 3 column 2",
        ),
        ("broken.txt", b'{"id": 1, "content": {"rendered": "<p>x', "malformed JSON:"),
        (
            "nocontent.json",
            b'{"id": 4, "title": {"rendered": "T"}, "content": {"rendered": ""}}',
            "WordPress post has no content",
        ),
        ("other.json", b'{"name": "not an article"}', "JSON is neither a WordPress post"),
        ("onlydate.txt", b"date 2024-01-01\n", "no article text"),
    ],
)
def test_bad_file_is_reported_and_good_files_still_load(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    write(tmp_path, name, content)
    write(tmp_path, "good.txt", "A good article.")
    articles, errors = read_paths([tmp_path])
    assert [a.id for a in articles] == ["good.txt"]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / name)
    assert errors[0].reason.startswith(reason)


def test_missing_path(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "A good article.")
    articles, errors = read_paths([tmp_path / "nope.txt", good])
    assert [a.id for a in articles] == ["good.txt"]
    assert reasons(errors) == {"nope.txt": "no such file or directory"}


def test_folder_without_files(tmp_path: Path) -> None:
    write(tmp_path, "empty/.hidden", "Hidden.")
    articles, errors = read_paths([tmp_path / "empty"])
    assert articles == []
    assert reasons(errors) == {
        "empty": "no files in directory (hidden files and folders are skipped)"
    }


def test_folder_without_readable_files(tmp_path: Path) -> None:
    write(tmp_path, "junk/a.bin", b"\x00\x01")
    articles, errors = read_paths([tmp_path / "junk"])
    assert articles == []
    assert [e.reason for e in errors] == ["binary file, not text: contains NUL bytes"]


@settings(max_examples=200, deadline=None)
@given(
    content=st.binary(max_size=200) | st.text(max_size=200).map(str.encode),
    suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".md"]),
)
def test_any_file_content_gives_an_article_or_an_error_never_an_exception(
    content: bytes, suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "input" + suffix, content)
        articles, errors = read_paths([path])
    assert articles or errors
    assert all(article.text.strip() for article in articles)


# ---- entries that are not articles: one line each, the run goes on ------------------


def problems_beside_a_good_file(folder: Path) -> dict[str, str]:
    """Read the folder (which holds good.txt); the good file must load, the rest be lines."""
    write(folder, "good.txt", "A good article.")
    articles, errors = read_paths([folder])
    assert [a.id for a in articles] == ["good.txt"]
    assert len({e.path for e in errors}) == len(errors)  # one line a path
    return reasons(errors)


def test_symlink_loops_are_named_in_a_folder_and_given_directly(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    loop = "symbolic link loop (following the link leads back to it)"
    assert problems_beside_a_good_file(tmp_path) == {"loop.txt": loop, "a.txt": loop, "b.txt": loop}
    assert reasons(read_paths([tmp_path / "loop.txt"])[1]) == {"loop.txt": loop}


def test_fifo_in_a_folder_is_a_line_not_a_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert problems_beside_a_good_file(tmp_path) == {
        "pipe.txt": "not a regular file: a FIFO (named pipe); not read"
    }


def test_empty_folder_named_like_a_file_is_a_line(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    assert problems_beside_a_good_file(tmp_path) == {"x.txt": "empty directory; nothing to read"}


def test_broken_symlink_and_linked_folder_are_lines(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    write(tmp_path / "elsewhere", "other.txt", "Another article.")
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    found = problems_beside_a_good_file(tmp_path / "inner")
    assert found == {
        "link": "symbolic link to a directory; not followed (give the directory itself)"
    }
    articles, errors = read_paths([tmp_path / "gone.txt"])
    assert articles == [] and errors[0].reason.startswith("broken symbolic link (its target ")


def test_a_symlink_to_a_file_is_read(tmp_path: Path) -> None:
    target = write(tmp_path, "real.txt", "The real article.")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "link.txt").symlink_to(target)
    articles, errors = read_paths([tmp_path / "folder"])
    assert ([a.id for a in articles], errors) == (["link.txt"], [])


# ---- encodings ---------------------------------------------------------------------

ACCENTED = "Caf\u00e9 na\u00efve \u2013 \u201cS\u00e3o Paulo\u201d r\u00e9sum\u00e9.\n\nM\u00fcller said so."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_files_with_a_byte_order_mark_are_read(tmp_path: Path, codec: str) -> None:
    content = ACCENTED.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # these codecs write no mark; add it
        content = ("\ufeff" + ACCENTED).encode(codec)
    assert read_one(write(tmp_path, "a.txt", content)).text == ACCENTED


def test_utf16_without_a_mark_is_read(tmp_path: Path) -> None:
    assert read_one(write(tmp_path, "a.txt", ACCENTED.encode("utf-16-le"))).text == ACCENTED


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("latin-1", "caf\u00e9 au lait"),
        ("latin-1", "Title\n\nThe caf\u00e9 in Z\u00fcrich opened on 5 May, na\u00efvely."),
        ("cp1252", "Rwanda\u2019s \u201cpact\u201d \u2013 done for \u20ac5 million."),
    ],
)
def test_latin1_and_windows_1252_files_are_read(tmp_path: Path, codec: str, text: str) -> None:
    assert read_one(write(tmp_path, "a.txt", text.encode(codec))).text == text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document), not text"),
        (
            b"PK\x03\x04\x14\x00\x06\x00",
            "binary file (a ZIP archive (or a .docx/.xlsx/.epub)), not text",
        ),
        (bytes(range(256)) * 4, "binary file, not text: contains NUL bytes"),
        (
            b"\x01\x02\x03\x04\x05\x06 some \x07\x08",
            "binary file, not text: full of control characters",
        ),
    ],
)
def test_binary_files_are_named_as_binary(tmp_path: Path, content: bytes, reason: str) -> None:
    articles, errors = read_paths([write(tmp_path, "a.txt", content)])
    assert (articles, [e.reason for e in errors]) == ([], [reason])


# ---- notes, counts and safe names --------------------------------------------------


def test_wordpress_post_with_a_bad_date_is_read_and_the_date_is_a_note(tmp_path: Path) -> None:
    body = {**post(5, "<p>Body text.</p>"), "date": "2024-02-30T10:00:00"}
    path = write(tmp_path, "wp.txt", json.dumps(body))
    articles, errors = read_paths([path])
    assert [(a.id, a.published) for a in articles] == [("wp.txt", None)]
    assert [(e.reason, is_note(e)) for e in errors] == [
        ("read, but unreadable date '2024-02-30T10:00:00'; no date kept", True)
    ]
    assert error_line(errors[0]).startswith("note ")
    assert skipped_files(errors) == 0


def test_skipped_counts_files_not_problems(tmp_path: Path) -> None:
    lines = ["{bad", '{"text": ""}', "{worse"] + [json.dumps({"text": "ok", "id": 1})]
    write(tmp_path, "feed.jsonl", "\n".join(lines))
    write(tmp_path, "all-bad.jsonl", "{bad\n{worse\n{bad\n{worst\n")
    write(tmp_path, "empty.txt", "")
    articles, errors = read_paths([tmp_path])
    assert [a.id for a in articles] == ["feed.jsonl#1"]
    assert len(errors) == 3 and skipped_files(errors) == 2  # feed.jsonl was read: a note
    all_bad = reasons(errors)["all-bad.jsonl"]
    assert all_bad.startswith("line 1: malformed JSON") and all_bad.endswith(
        "; and 1 more problems"
    )


def test_file_names_with_newlines_and_escapes_are_printed_escaped(tmp_path: Path) -> None:
    bad = write(tmp_path, "evil\nfactcheck: skipped forged\x1b[31m.txt", b"")
    write(tmp_path, "name\u202e\x07.txt", "An article with a strange name.")
    articles, errors = read_paths([tmp_path])
    assert [a.id for a in articles] == ["name\\u202e\\x07.txt"]
    line = error_line(errors[0])
    assert "\n" not in line and "\x1b" not in line
    assert line == f"skipped {display_path(bad)}: empty file"
    assert display_path(bad).endswith("evil\\nfactcheck: skipped forged\\x1b[31m.txt")


def test_undecodable_bytes_in_a_file_name_are_shown_as_hex(tmp_path: Path) -> None:
    (Path(os.fsdecode(bytes(tmp_path))) / os.fsdecode(b"caf\xe9.txt")).write_text("Text here.")
    articles, errors = read_paths([tmp_path])
    assert ([a.id for a in articles], errors) == (["caf\\xe9.txt"], [])
    articles[0].model_dump_json().encode("utf-8")  # a report can be written


def test_display_path_keeps_printable_names() -> None:
    assert display_path("seeds/Zürich café 北京 عربي.txt") == "seeds/Zürich café 北京 عربي.txt"
    assert display_path("a\tb\rc\x7fd\u2028e") == "a\\tb\\rc\\x7fd\\u2028e"


def test_articles_over_the_size_limit_are_a_line(tmp_path: Path) -> None:
    write(tmp_path, "long.txt", "word " * 1000)
    write(tmp_path, "short.txt", "A short article.")
    articles, errors = read_paths([tmp_path], max_article_chars=100)
    assert [a.id for a in articles] == ["short.txt"]
    assert reasons(errors) == {
        "long.txt": "article text is 4,999 characters, over the limit of 100; not read"
    }


@pytest.mark.parametrize("markup", ["<p>Hello <![ A world</p>", "<p>Text</p><![ bad"])
def test_a_malformed_declaration_in_html_is_text_not_a_crash(tmp_path: Path, markup: str) -> None:
    path = write(tmp_path, "page.html", markup.encode())
    articles, errors = read_paths([path])
    assert articles or errors
