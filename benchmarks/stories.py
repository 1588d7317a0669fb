"""Measure story assignment on the GVA incidents (B-cubed against the incidents).

    python benchmarks/stories.py dev|test [--incidents PATH] [--report PATH] [--keep DIR]

Exports the split's incidents as article files with ../shared/eval/gva_export.py
(every incident, single-article ones too: they are where false merges show),
runs factcheck on the folder through the Python API (`check_paths`), writes the
JSON report and prints ../shared/eval/stories.py's figures and the wall time of
the run. Tune on dev; test is for measuring.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.pipeline import check_paths
from factcheck.report import render

REPO = Path(__file__).resolve().parents[1]
# ../shared beside a checkout; ../../shared beside a worktree under wt/
SHARED = next(
    (folder for folder in (REPO.parent / "shared", REPO.parents[1] / "shared") if folder.is_dir()),
    REPO.parent / "shared",
)


def export(split: str, incidents: Path, folder: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "gva_export.py"),
            str(incidents),
            str(folder),
            "--flat",
            "--split",
            split,
            "--min-articles",
            "1",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=["dev", "test"])
    parser.add_argument(
        "--incidents", type=Path, default=SHARED / "data" / "gva" / "incidents.jsonl"
    )
    parser.add_argument("--report", type=Path, help="where to write the JSON report")
    parser.add_argument("--keep", type=Path, help="export into this folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gva_") as scratch:
        folder = args.keep or Path(scratch) / args.split
        export(args.split, args.incidents, folder)
        started = time.perf_counter()
        report = check_paths([folder])
        elapsed = time.perf_counter() - started
        report_file = args.report or Path(scratch) / "report.json"
        report_file.write_text(render(report, "json"), encoding="utf-8")
        scored = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "stories.py"), str(report_file)],
            capture_output=True,
            text=True,
            check=False,
        )
    print(scored.stdout, end="")
    print(f"{len(report.articles)} articles checked in {elapsed:.1f} s (factcheck.check_paths)")
    return scored.returncode


if __name__ == "__main__":
    sys.exit(main())
