"""How factcheck's time compares with the spaCy parse alone, on real and one-event corpora.

    python benchmarks/speed.py ../shared/data/gva/incidents.jsonl [--articles 300] [--runs 3]

Every figure is a whole child process (start-up, imports and the pipeline's load
included), timed from outside with os.wait4: CPU is user + system seconds of the
child and the workers it waited for, peak memory its largest resident set.
Commands of one comparison run in turn (A B A B …) and ratios are taken within
one round; the medians over rounds are printed.

- floor: the spaCy English pipeline alone (`nlp.pipe`, the same batch size) over
  exactly the texts factcheck parses (the articles as ingested);
- real: the first N articles of the GVA dev split (written with
  `../shared/eval/gva_export.py --flat --split dev` into a temporary folder; the
  data is read by path, never copied into the project);
- one event: N copies of one real incident's articles with small variations
  (a byline, some counts and a date changed), as a newsroom holds many reports
  of one event.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCH_SIZE = 16  # factcheck.nlp.parse_texts' default

FLOOR_SCRIPT = """
import json, sys
from factcheck.nlp import PIPELINE_PACKAGES
import importlib
for name in PIPELINE_PACKAGES:
    try:
        nlp = importlib.import_module(name).load()
        break
    except ImportError:
        continue
texts = json.load(open(sys.argv[1], encoding="utf-8"))
for doc in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
"""

TEXTS_SCRIPT = """
import json, sys
from factcheck.ingest.reader import read_paths
articles, _ = read_paths([sys.argv[1]])
json.dump([a.text for a in articles], open(sys.argv[2], "w", encoding="utf-8"))
"""


@dataclass
class Run:
    cpu: float
    wall: float
    peak_mb: float
    ok: bool


def run(command: list[str], timeout: float) -> Run:
    """One child process, timed from outside; killed past `timeout` seconds."""
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            return Run(usage.ru_utime + usage.ru_stime, time.monotonic() - start, 0.0, False)
        time.sleep(0.05)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, status == 0)


def factcheck_command(folder: Path, report: Path, jobs: int) -> list[str]:
    return [
        *(str(Path(sys.executable).with_name("factcheck")), "check", str(folder)),
        *("--format", "json", "-o", str(report), "--jobs", str(jobs)),
    ]


def floor_command(texts: Path) -> list[str]:
    return [sys.executable, "-c", FLOOR_SCRIPT, str(texts), str(BATCH_SIZE)]


def ingested_texts(folder: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-c", TEXTS_SCRIPT, str(folder), str(out)], check=True)
    return out


def export_dev(incidents: Path, export: Path, work: Path) -> Path:
    out = work / "gva-dev"
    subprocess.run(
        [sys.executable, str(export), str(incidents), str(out), "--flat", "--split", "dev"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def first_articles(source: Path, count: int, out: Path) -> Path:
    out.mkdir()
    for path in sorted(source.iterdir())[:count]:
        (out / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return out


NUMBER = re.compile(r"(?<![\d,.])\b([2-9]|1[0-9])\b(?![\d,.])")
DATE_LINE = re.compile(r"^date (\d{4})-(\d{2})-(\d{2})")


def varied(text: str, copy: int) -> str:
    """A copy of an article with a byline and, in some copies, a count or a date changed."""
    if copy % 4 == 1:
        text = NUMBER.sub(lambda m: str(int(m.group(1)) + 1), text, count=1)
    if copy % 7 == 3:
        text = DATE_LINE.sub(lambda m: f"date {m[1]}-{m[2]}-{int(m[3]) % 28 + 1:02d}", text)
    lines = text.split("\n", 2)
    head, rest = ("\n".join(lines[:2]), lines[2]) if len(lines) == 3 else (text, "")
    return f"{head}\nBy Reporter {copy}\n{rest}"


def one_event(source: Path, incident: str, copies: int, out: Path) -> Path:
    out.mkdir()
    originals = sorted(source.glob(f"{incident}_*.txt"))
    for copy in range(copies):
        original = originals[copy % len(originals)]
        target = out / f"{incident}_{copy:04d}.txt"
        target.write_text(varied(original.read_text(encoding="utf-8"), copy), encoding="utf-8")
    return out


def pick_incident(source: Path) -> str:
    """The first incident of the dev split with two to three articles of some length."""
    by_incident: dict[str, list[Path]] = {}
    for path in sorted(source.iterdir()):
        by_incident.setdefault(path.name.split("_")[0], []).append(path)
    for incident, paths in by_incident.items():
        sizes = [len(p.read_text(encoding="utf-8").split()) for p in paths]
        if 2 <= len(paths) <= 3 and all(300 <= s <= 800 for s in sizes):
            return incident
    raise SystemExit("no suitable incident in the dev split")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def bytes_in(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir())


def real_corpus(folder: Path, work: Path, runs: int, timeout: float) -> None:
    texts = ingested_texts(folder, work / "real-texts.json")
    floor, one, two = [], [], []
    for round_ in range(runs):
        order = ["floor", "j1", "j2"]
        order = order[round_ % 3 :] + order[: round_ % 3]  # no command always goes first
        results: dict[str, Run] = {}
        for name in order:
            if name == "floor":
                results[name] = run(floor_command(texts), timeout)
            else:
                jobs = 1 if name == "j1" else 2
                report = work / f"real-{name}.json"
                results[name] = run(factcheck_command(folder, report, jobs), timeout)
        floor.append(results["floor"])
        one.append(results["j1"])
        two.append(results["j2"])
    same = (work / "real-j1.json").read_bytes() == (work / "real-j2.json").read_bytes()
    words = sum(len(t.split()) for t in json.loads(texts.read_text(encoding="utf-8")))
    print(f"\n## {len(list(folder.iterdir()))} real GVA articles ({words:,} words), {runs} rounds")
    print(f"floor (spaCy alone) CPU s      {median([r.cpu for r in floor]):8.1f}")
    print(f"factcheck --jobs 1 CPU s       {median([r.cpu for r in one]):8.1f}")
    ratio = median([a.cpu / b.cpu for a, b in zip(one, floor, strict=True)])
    print(f"factcheck / floor, CPU         {ratio:8.2f}x   (target <= 1.2)")
    print(f"--jobs 1 wall s                {median([r.wall for r in one]):8.1f}")
    print(f"--jobs 2 wall s                {median([r.wall for r in two]):8.1f}")
    speedup = median([a.wall / b.wall for a, b in zip(one, two, strict=True)])
    print(f"--jobs 2 speed-up, wall        {speedup:8.2f}x   (target >= 1.6)")
    print(
        f"--jobs 2 / --jobs 1, CPU       {median([b.cpu / a.cpu for a, b in zip(one, two, strict=True)]):8.2f}x"
    )
    print(
        f"peak MB floor / j1 / j2        {median([r.peak_mb for r in floor]):.0f} / "
        f"{median([r.peak_mb for r in one]):.0f} / {median([r.peak_mb for r in two]):.0f}"
    )
    print(f"--jobs 2 report identical to --jobs 1: {same}")


def one_event_corpus(source: Path, work: Path, sizes: list[int], runs: int, timeout: float) -> None:
    incident = pick_incident(source)
    print(f"\n## one event: copies of incident {incident}'s articles, {runs} rounds")
    print("    N  floor CPU s  factcheck CPU s  ratio  report/input bytes  peak MB")
    for size in sizes:
        folder = one_event(source, incident, size, work / f"one-event-{size}")
        texts = ingested_texts(folder, work / f"one-event-{size}.json")
        report = work / f"one-event-{size}-report.json"
        pairs: list[tuple[Run, Run]] = []
        for round_ in range(runs):
            commands = [factcheck_command(folder, report, 1), floor_command(texts)]
            if round_ % 2:
                commands.reverse()
            first, second = (run(command, timeout) for command in commands)
            fc, floor = (second, first) if round_ % 2 else (first, second)
            pairs.append((fc, floor))
            if not fc.ok:
                break
        finished = [(fc, floor) for fc, floor in pairs if fc.ok]
        if not finished:
            print(
                f"{size:5d}  {median([f.cpu for _, f in pairs]):11.1f}  "
                f"over the {timeout:.0f} s bound"
            )
            continue
        ratio = median([fc.cpu / floor.cpu for fc, floor in finished])
        per_byte = report.stat().st_size / bytes_in(folder)
        print(
            f"{size:5d}  {median([f.cpu for _, f in finished]):11.1f}  "
            f"{median([fc.cpu for fc, _ in finished]):15.1f}  {ratio:5.2f}  "
            f"{per_byte:18.1f}  {median([fc.peak_mb for fc, _ in finished]):7.0f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("incidents", type=Path, help="the GVA incidents.jsonl")
    parser.add_argument(
        "--export", type=Path, help="gva_export.py (default: shared/eval/ beside the data)"
    )
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3, help="interleaved rounds (medians)")
    parser.add_argument("--sizes", default="100,200,400,800", help="one-event corpus sizes")
    parser.add_argument("--timeout", type=float, default=900, help="bound on one run, seconds")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-one-event", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-speed-") as tmp:
        work = Path(tmp)
        export = args.export or args.incidents.resolve().parents[2] / "eval" / "gva_export.py"
        dev = export_dev(args.incidents, export, work)
        if not args.skip_real:
            real = first_articles(dev, args.articles, work / "real")
            real_corpus(real, work, args.runs, args.timeout)
        if not args.skip_one_event:
            sizes = [int(s) for s in args.sizes.split(",")]
            one_event_corpus(dev, work, sizes, args.runs, args.timeout)


if __name__ == "__main__":
    main()
