"""Draft-check latency against claim stores of 100 and 10,000 articles.

    python benchmarks/draft.py [--corpus ../shared/corpus/articles] [--runs 15]

The store is built from real articles: the seeds and the development corpus
are extracted once; the seeds go into every store as they are (the draft
contradicts one of them), and the rest of the store is synthetic articles made
from the corpus articles' real sentences and claims, each copy given its own
id, date (a few weeks apart, going back in time) and its own subject keys and
named entities, as unrelated news would have. A draft built from seed
sentences is then checked against each store (`factcheck check DRAFT
--against STORE` without the process start) and the medians are printed with
their ratio, which must stay near-flat (at most 1.5x) as the store grows: the
draft check reads only what the draft touches.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from factcheck.draft import check_against, read_related
from factcheck.models import Article, Claim
from factcheck.pipeline import extract_each, extract_numbered, read_articles, read_texts
from factcheck.store import ClaimStore

REPO = Path(__file__).parents[1]
SIZES = (100, 10_000)
MAX_RATIO = 1.5
DRAFT = (
    "date 2025-04-21\n"
    "Pakistan and Rwanda have agreed to deepen their cooperation in areas of trade, investment, "
    "defense, diplomacy, and people to people exchanges.\n\n"
    "He said Rwandan High Commission in Islamabad is also being inaugurated during the visit "
    "of the Rwandan foreign minister.\n\n"
    "Deputy Prime Minister Ishaq Dar said the two sides have also signed an MOU in the field "
    "of diplomatic training.\n"
)

Extracted = tuple[Article, list[Claim], set[str]]


def synthetic(pool: list[Extracted], count: int) -> Iterator[Extracted]:
    """`count` unrelated articles made from the pool's real sentences and claims."""
    for number in range(count):
        article, claims, entities = pool[number % len(pool)]
        tag = f"~{number}"
        published = article.published and article.published - timedelta(days=21 * (number + 1))
        copy = article.model_copy(
            update={"id": f"synthetic/{number:05d}/{article.id}", "published": published}
        )
        yield (
            copy,
            [
                claim.model_copy(update={"article": copy.id, "subject": claim.subject + tag})
                for claim in claims
            ],
            {entity + tag for entity in entities},
        )


def build(path: Path, seeds: list[Extracted], pool: list[Extracted], size: int) -> None:
    with ClaimStore(path, create=True) as store:
        store.put(seeds)
        store.put(synthetic(pool, size - len(seeds)))
        articles, claims = store.counts()
    print(f"store of {articles} articles, {claims} claims: {path.stat().st_size // 1024} KiB")


def measure(path: Path, drafts: list[Article], runs: int) -> tuple[float, float, int]:
    """Medians (ms) of the whole draft check and of the store read alone, and findings."""
    totals, reads, findings = [], [], 0
    dated, claims, entities = extract_numbered(drafts)
    for _ in range(runs):
        start = time.perf_counter()
        with ClaimStore(path) as store:
            report = check_against(store, drafts, [])
        totals.append(time.perf_counter() - start)
        findings = sum(1 for f in report.findings if f.kind == "conflict")
        start = time.perf_counter()
        with ClaimStore(path) as store:
            read_related(store, dated, claims, entities)
        reads.append(time.perf_counter() - start)
    return statistics.median(totals) * 1000, statistics.median(reads) * 1000, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpus/articles")
    parser.add_argument("--runs", type=int, default=15)
    arguments = parser.parse_args()

    seed_articles, _ = read_articles([REPO / "seeds"])
    corpus_articles, _ = (
        read_articles([arguments.corpus]) if arguments.corpus.is_dir() else ([], [])
    )
    print(f"extracting {len(seed_articles)} seeds and {len(corpus_articles)} corpus articles once")
    seeds = list(extract_each(seed_articles))
    pool = list(extract_each(corpus_articles)) or seeds
    drafts, _ = read_texts({"draft.txt": DRAFT})

    medians: dict[int, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as folder:
        for size in SIZES:
            path = Path(folder, f"store-{size}.db")
            build(path, seeds, pool, size)
            check_against(ClaimStore(path), drafts, [])  # warm: spaCy loaded, caches filled
            medians[size] = measure(path, drafts, arguments.runs)
    print(f"\n{'store':>8} {'draft check':>12} {'store read':>11} {'conflicts':>9}")
    for size, (total, read, findings) in medians.items():
        print(f"{size:>8} {total:>9.1f} ms {read:>8.2f} ms {findings:>9}")
    small, large = medians[SIZES[0]], medians[SIZES[-1]]
    ratio = large[0] / small[0]
    print(
        f"ratio of medians ({SIZES[-1]} / {SIZES[0]}): {ratio:.2f}x (store read alone: "
        f"{large[1] / small[1]:.2f}x); limit {MAX_RATIO}x"
    )
    if small[2] != large[2]:
        print("the draft found different conflicts in the two stores", file=sys.stderr)
        return 1
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
