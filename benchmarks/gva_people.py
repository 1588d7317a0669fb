"""How many GVA participants factcheck extracts as a person with their age and their fate.

    python benchmarks/gva_people.py ../shared/data/gva/incidents.jsonl --split dev [--limit 400]

Exports the split's incidents as article files with ../shared/eval/gva_export.py
into a temporary folder (the data is read by path, never copied into the
project), runs the checker through its Python API, and prints, over the
participants whose record gives both a name and an age and whose family name
appears in one of the incident's articles: the share named by a person claim,
and the share given that age by an age claim of the same person.

Fates are measured over the named participants whose record gives a status of
Killed, Injured or Unharmed and whose family name appears in the incident's
articles: the share given any fate claim (coverage), and among those the share
whose fate decides the record's status and agrees with it (accuracy; the
reports' last word counts, as FC307 reads a report: dead if any report says
dead; "alive" agrees with Injured or Unharmed, "unhurt" with Unharmed; "shot"
alone decides nothing and is counted apart).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from factcheck.rules.fc307_fate_conflict import last_word

from factcheck.extract.names import name_parts
from factcheck.models import AgeValue, FateValue, PersonValue
from factcheck.pipeline import check_paths

EXPORTER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "gva_export.py"


def export(incidents: Path, split: str, limit: int, folder: Path) -> None:
    command = [sys.executable, str(EXPORTER), str(incidents), str(folder), "--flat"]
    command += ["--split", split] + (["--limit", str(limit)] if limit else [])
    subprocess.run(command, check=True, capture_output=True)


def participants(
    incidents: Path, wanted: set[str]
) -> dict[str, list[tuple[str, str, int | None, str]]]:
    """Incident id → (first, last, age or None, status) of its named participants."""
    found: dict[str, list[tuple[str, str, int | None, str]]] = defaultdict(list)
    with incidents.open(encoding="utf-8") as lines:
        for line in lines:
            incident = json.loads(line)
            if incident["incident_id"] not in wanted:
                continue
            for person in (incident.get("gold") or {}).get("participants", []):
                name, age = person.get("Name"), person.get("Age")
                if not name:
                    continue
                first, last = name_parts(name)
                if last:
                    years = int(age) if age and str(age).isdigit() else None
                    status = str(person.get("Status") or "")
                    found[incident["incident_id"]].append((first, last, years, status))
    return found


# a record's status, and the fates that agree with it
AGREEING_FATES = {
    "Killed": {"dead"},
    "Injured": {"injured", "alive"},
    "Unharmed": {"unhurt", "alive"},
}
# "shot" says a person was harmed, not whether they lived: it decides no record


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
    fated: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for claim in report.claims:
        incident = incident_of.get(claim.article.rsplit("/", 1)[-1], "")
        if isinstance(claim.value, PersonValue):
            named[incident].add((claim.value.first, claim.value.last))
        elif isinstance(claim.value, AgeValue):
            first, last = name_parts(claim.value.person)
            aged[incident].add((first, last, claim.value.years))
        elif isinstance(claim.value, FateValue):
            fated[incident][name_parts(claim.value.person)].add(claim.value.fate)
    gold = participants(args.incidents, set(incident_of.values()))
    total = with_name = with_age = 0
    fate_total = fate_given = fate_right = only_shot = 0
    wrong: Counter[tuple[str, str]] = Counter()
    for incident, people in gold.items():
        articles = [text for name, text in texts.items() if incident_of[name] == incident]
        for first, last, age, status in people:
            if not any(last in text for text in articles):
                continue  # the articles never name this participant
            if age is not None:
                total += 1
                with_name += any(s == last and f == first for f, s in named[incident])
                with_age += any(
                    s == last and (not f or f == first) and a == age for f, s, a in aged[incident]
                )
            agreeing = AGREEING_FATES.get(status)
            if agreeing is None:
                continue
            fate_total += 1
            fates = {
                fate
                for (f, s), said in fated[incident].items()
                if s == last and (not f or f == first)
                for fate in said
            }
            if fates:
                fate_given += 1
                said = last_word(fates)
                if said == "shot":
                    only_shot += 1
                    continue
                fate_right += said in agreeing
                if said not in agreeing:
                    wrong[(status, said)] += 1
    print(
        f"gva {args.split}: {len(texts)} articles, {total} named participants with an age in the text"
    )
    print(
        f"  named as a person: {with_name / max(total, 1):.3f}; given that age: {with_age / max(total, 1):.3f}"
    )
    print(
        f"  {fate_total} named participants killed, injured or unharmed in the text:"
        f" given a fate {fate_given / max(fate_total, 1):.3f} ({only_shot} only 'shot');"
        f" the fate agrees with the record {fate_right / max(fate_given - only_shot, 1):.3f}"
        f" ({fate_right}/{fate_given - only_shot})"
    )
    if wrong:
        print(
            "  disagreements (record, fate): "
            + ", ".join(f"{k}: {n}" for k, n in wrong.most_common())
        )
    print(f"  run: {seconds:.1f} s")


if __name__ == "__main__":
    main()
