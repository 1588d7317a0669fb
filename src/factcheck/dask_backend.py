"""Extraction on the workers of a Dask cluster: for corpora past one machine.

Needs the optional extra (`pip install factcheck[dask]`) here and on every
worker. The articles are cut into partitions, each worker dates, parses and
extracts a partition (the spaCy pipeline loaded once in each worker process),
and the results come back in article order; claim ids, grouping and the rules
then run here exactly as after a local run, so the report is the same.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from factcheck.models import Article
from factcheck.parallel import Extracted, chunked, extract_articles

# A worker may run several tasks at once in threads; they share one pipeline.
_PARSE_LOCK = threading.Lock()


class DaskMissing(RuntimeError):
    """The optional Dask extra is not installed."""


def _extract_partition(partition: Sequence[Article]) -> list[Extracted]:
    with _PARSE_LOCK:
        return extract_articles(partition)


def extract_on_dask(articles: Sequence[Article], address: str) -> list[Extracted]:
    """`extract_articles` mapped over partitions on the scheduler at `address`."""
    try:
        from distributed import Client
    except ImportError as error:
        raise DaskMissing(
            "--dask needs the optional extra: run `pip install 'factcheck[dask]'`"
        ) from error
    with Client(address) as client:
        workers = max(1, len(client.scheduler_info()["workers"]))
        partitions = chunked(articles, workers)
        futures = client.map(_extract_partition, partitions, pure=False)
        results: list[list[Extracted]] = client.gather(futures)
    return [extracted for partition in results for extracted in partition]
