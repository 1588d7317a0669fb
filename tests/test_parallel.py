"""Parsing in pieces, and extraction in worker processes giving the report of one process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import nlp, parallel
from factcheck.pipeline import CheckOptions, check_paths
from factcheck.report import render

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# shared/ lies beside the repository (or beside the folder of work trees)
SHARED = next((p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), None)
CORPUS = SHARED / "corpus" / "articles" if SHARED else ROOT / "no-shared-corpus"

PARAGRAPH = (
    "The Rwandan High Commission in Islamabad opened in 2024, officials said on Monday. "
    "Trade between the two countries reached $127 million over the past two and a half years. "
    "The fifth round of talks is expected in Kigali next month.\n\n"
)


@pytest.fixture
def short_max_length() -> Iterator[int]:
    """Pretend spaCy's limit is small, so a long text costs a second, not a minute."""
    pipeline = nlp.load_pipeline()
    saved = pipeline.max_length
    pipeline.max_length = 1_000
    yield pipeline.max_length
    pipeline.max_length = saved


def annotations(doc: object) -> list[tuple[str, str, str, int, str, str, bool]]:
    return [
        (t.text, t.tag_, t.dep_, t.head.i - t.i, t.lemma_, t.ent_type_, bool(t.is_sent_start))
        for t in doc  # type: ignore[attr-defined]
    ]


def test_paragraphs_join_back_to_the_text() -> None:
    text = "Title\n\n  First para.\nSecond line \n \nThird.\n"
    assert "".join(nlp.paragraphs(text)) == text
    assert nlp.paragraphs("") == [""]


def test_a_text_past_max_length_is_parsed_in_pieces(short_max_length: int) -> None:
    text = PARAGRAPH * 12 + "word " * 400  # paragraphs, then one paragraph past the limit
    assert len(text) > short_max_length
    (doc,) = nlp.parse_texts([text])
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in nlp.load_pipeline().tokenizer(text)]
    assert len(list(doc.sents)) >= 12
    assert any(ent.label_ == "GPE" for ent in doc.ents)


def test_the_plan_for_a_million_characters_stays_under_the_limit() -> None:
    text = PARAGRAPH * (1_100_000 // len(PARAGRAPH))
    limit = nlp.load_pipeline().max_length
    plan = nlp._plan(text, limit)
    assert len(text) > limit
    assert len(plan.pieces) == 2
    assert all(len(piece) <= limit for piece in plan.pieces)
    assert "".join(plan.pieces) == text


def test_a_repeated_paragraph_is_parsed_once_with_offsets_of_the_whole_text() -> None:
    text = "Headline\n\n" + PARAGRAPH + "Another paragraph follows here.\n\n" + PARAGRAPH
    plan = nlp._plan(text, nlp.load_pipeline().max_length)
    assert plan.layout is not None and "".join(plan.pieces).count(PARAGRAPH) == 1
    (doc,) = nlp.parse_texts([text])
    assert doc.text == text
    first = doc.char_span(text.index(PARAGRAPH), text.index(PARAGRAPH) + len(PARAGRAPH))
    second = doc.char_span(text.rindex(PARAGRAPH), len(text))
    assert first is not None and second is not None
    assert annotations(first) == annotations(second)


def test_texts_come_back_in_order_whatever_their_plan(short_max_length: int) -> None:
    texts = ["Short one.", PARAGRAPH * 12, "", "Headline\n\n" + PARAGRAPH * 3, "Last."]
    docs = list(nlp.parse_texts(texts, batch_size=2))
    assert [doc.text for doc in docs] == texts


def json_report(path: Path, **options: object) -> str:
    return render(check_paths([path], CheckOptions(**options)), "json")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "folder",
    [
        SEEDS,
        pytest.param(
            CORPUS,
            marks=pytest.mark.skipif(not CORPUS.is_dir(), reason="shared dev corpus not present"),
        ),
    ],
    ids=["seeds", "dev-corpus"],
)
def test_two_worker_processes_write_the_report_of_one(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # small corpora normally stay in one process; make them use the pool
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(parallel, "MIN_CHUNK_ARTICLES", 1)
    assert len(parallel.chunked(list(range(len(list(folder.iterdir())))), 2)) > 1  # type: ignore[arg-type]
    assert json_report(folder, jobs=2) == json_report(folder, jobs=1)


def test_chunks_keep_every_article_in_order() -> None:
    items = list(range(1000))
    chunks = parallel.chunked(items, 2)  # type: ignore[arg-type]
    assert [x for chunk in chunks for x in chunk] == items
    assert all(len(chunk) <= parallel.MAX_CHUNK_ARTICLES for chunk in chunks)


def test_jobs_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        parallel.extract_in_processes([], 0)
