"""A run whose extraction is mapped over Dask workers writes the report of a local run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.pipeline import CheckOptions, check_paths
from factcheck.report import render

distributed = pytest.importorskip(
    "distributed", reason="the optional dask extra is not installed: pip install -e '.[dask]'"
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = next((p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), None)
CORPUS = SHARED / "corpus" / "articles" if SHARED else ROOT / "no-shared-corpus"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Two worker processes of one thread each, as two machines would be."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


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
def test_dask_run_writes_the_local_report(folder: Path, scheduler: str) -> None:
    assert json_report(folder, dask=scheduler) == json_report(folder, jobs=1)
