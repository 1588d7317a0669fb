"""How many GVA participants (name and age) factcheck extracts as a person with that age.

    python benchmarks/gva_people.py ../shared/data/gva/incidents.jsonl --split dev [--limit 400]

Exports the split's incidents as article files with ../shared/eval/gva_export.py
into a temporary folder (the data is read by path, never copied into the
project), runs the checker through its Python API, and prints, over the
participants whose record gives both a name and an age and whose family name
appears in one of the incident's articles: the share named by a person claim,
and the share given that age by an age claim of the same person.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from factcheck.extract.names import name_parts
from factcheck.models import AgeValue, PersonValue
from factcheck.pipeline import check_paths

EXPORTER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "gva_export.py"


def export(incidents: Path, split: str, limit: int, folder: Path) -> None:
    command = [sys.executable, str(EXPORTER), str(incidents), str(folder), "--flat"]
    command += ["--split", split] + (["--limit", str(limit)] if limit else [])
    subprocess.run(command, check=True, capture_output=True)


def participants(incidents: Path, wanted: set[str]) -> dict[str, list[tuple[str, str, int]]]:
    """Incident id → (first, last, age) of its named participants with an age."""
    found: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    with incidents.open(encoding="utf-8") as lines:
        for line in lines:
            incident = json.loads(line)
            if incident["incident_id"] not in wanted:
                continue
            for person in (incident.get("gold") or {}).get("participants", []):
                name, age = person.get("Name"), person.get("Age")
                if name and age and str(age).isdigit():
                    first, last = name_parts(name)
                    if last:
                        found[incident["incident_id"]].append((first, last, int(age)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("incidents", type=Path)
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--limit", type=int, default=0, help="at most this many incidents")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export(args.incidents, args.split, args.limit, folder)
        texts = {p.name: p.read_text(encoding="utf-8").lower() for p in folder.glob("*.txt")}
        started = time.perf_counter()
        report = check_paths([folder])
        seconds = time.perf_counter() - started
    incident_of = {name: name.split("_", 1)[0] for name in texts}
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)
    aged: dict[str, set[tuple[str, str, int]]] = defaultdict(set)
    for claim in report.claims:
        incident = incident_of.get(claim.article.rsplit("/", 1)[-1], "")
        if isinstance(claim.value, PersonValue):
            named[incident].add((claim.value.first, claim.value.last))
        elif isinstance(claim.value, AgeValue):
            first, last = name_parts(claim.value.person)
            aged[incident].add((first, last, claim.value.years))
    gold = participants(args.incidents, set(incident_of.values()))
    total = with_name = with_age = 0
    for incident, people in gold.items():
        articles = [text for name, text in texts.items() if incident_of[name] == incident]
        for first, last, age in people:
            if not any(last in text for text in articles):
                continue  # the articles never name this participant
            total += 1
            with_name += any(s == last and f == first for f, s in named[incident])
            with_age += any(
                s == last and (not f or f == first) and a == age for f, s, a in aged[incident]
            )
    print(
        f"gva {args.split}: {len(texts)} articles, {total} named participants with an age in the text"
    )
    print(
        f"  named as a person: {with_name / max(total, 1):.3f}; given that age: {with_age / max(total, 1):.3f}"
    )
    print(f"  run: {seconds:.1f} s")


if __name__ == "__main__":
    main()
