"""Extraction as a map over articles: in this process, or in a pool of worker processes.

Parsing is nearly all of a run's time and each article is parsed on its own, so
the articles are cut into chunks and each worker process (the spaCy pipeline
loaded once in it) dates, parses and extracts a chunk. Results come back in
article order, so the parent gives claim ids, groups and runs the rules exactly
as after a run in one process: the report is the same byte for byte.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext

from factcheck import places_gazetteer
from factcheck.extract import extract_claims
from factcheck.extract.dating import infer_publication_date
from factcheck.models import Article, Claim
from factcheck.nlp import load_pipeline, parse_texts
from factcheck.stories import StoryFeatures, story_features

# Below this much text a worker's start-up costs more than it saves.
MIN_PARALLEL_CHARS = 100_000
# Chunks per worker: enough that one slow chunk does not leave a core idle at the end.
CHUNKS_PER_WORKER = 8
MIN_CHUNK_ARTICLES = 8
MAX_CHUNK_ARTICLES = 64


@dataclass(frozen=True)
class Extracted:
    """One article after extraction: dated, its claims (ids not yet given), its story features."""

    article: Article
    claims: list[Claim]
    features: StoryFeatures


def machine_cores() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


OnArticle = Callable[[Article], None]


def extract_articles(
    articles: Sequence[Article], on_article: OnArticle | None = None
) -> list[Extracted]:
    """Date, parse and extract each article, in order, in this process."""
    dated = [infer_publication_date(article) for article in articles]
    extracted: list[Extracted] = []
    for article, doc in zip(dated, parse_texts(a.text for a in dated), strict=True):
        features = story_features(article, doc)
        extracted.append(Extracted(article, extract_claims(article, doc), features))
        if on_article is not None:
            on_article(article)
    return extracted


def chunked(articles: Sequence[Article], workers: int) -> list[Sequence[Article]]:
    """Consecutive runs of articles, several per worker."""
    size = len(articles) // (workers * CHUNKS_PER_WORKER)
    size = max(MIN_CHUNK_ARTICLES, min(MAX_CHUNK_ARTICLES, size))
    return [articles[start : start + size] for start in range(0, len(articles), size)]


def _start_worker() -> None:
    load_pipeline()


def _extract_chunk(chunk: Sequence[Article]) -> list[Extracted]:
    return extract_articles(chunk)


def extract_in_processes(
    articles: Sequence[Article], jobs: int | None, on_article: OnArticle | None = None
) -> list[Extracted]:
    """`extract_articles` spread over `jobs` processes (None: the machine's cores);
    `on_article` hears of each article as its chunk comes back (for a progress bar)."""
    workers = machine_cores() if jobs is None else jobs
    if workers < 1:
        raise ValueError(f"jobs must be at least 1, not {workers}")
    chunks = chunked(articles, workers)
    workers = min(workers, len(chunks))
    if workers <= 1 or sum(len(a.text) for a in articles) < MIN_PARALLEL_CHARS:
        return extract_articles(articles, on_article)
    context: BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        # Forked workers share the parent's loaded pipeline and gazetteer instead of
        # each loading their own.
        load_pipeline()
        places_gazetteer.load()
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker) as pool:
        extracted: list[Extracted] = []
        for chunk_result in pool.map(_extract_chunk, chunks):
            extracted.extend(chunk_result)
            if on_article is not None:
                for each in chunk_result:
                    on_article(each.article)
        return extracted
