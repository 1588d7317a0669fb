"""How often the truth estimate (`facts`) gives a GVA incident's recorded figures.

    python benchmarks/truth.py ../shared/data/gva/incidents.jsonl --split dev --limit 60

Exports the split's incidents as article files (`<incident>_<n>.txt`) with
../shared/eval/gva_export.py into a temporary folder, runs the pipeline through
`factcheck.pipeline.check_paths`, and prints, per field, the share of incidents
whose supported value equals the record: killed (`gold.num_killed`) and injured
(`gold.num_injured`) from the facts about "deaths" and "injured", the date from
the best-supported dated event, the city from the best-supported place of an
event that the gazetteer knows as a city or county ("us/al/huntsville"). "answered" is the share of incidents that have such a
fact at all; "correct" counts over all incidents (no fact is a miss).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from factcheck.models import Claim, Fact, PlaceValue
from factcheck.pipeline import check_paths

# ../shared beside the checkout (or beside the folder of worktrees the checkout is in)
EXPORTER = next(
    (
        found
        for folder in Path(__file__).resolve().parents[1:4]
        if (found := folder / "shared" / "eval" / "gva_export.py").is_file()
    ),
    Path("../shared/eval/gva_export.py"),
)
FIELDS = ("killed", "injured", "date", "city")


def export(incidents: Path, split: str, limit: int, folder: Path) -> None:
    command = [sys.executable, str(EXPORTER), str(incidents), str(folder), "--flat"]
    command += ["--split", split] + (["--limit", str(limit)] if limit else [])
    subprocess.run(command, check=True, capture_output=True)


def records(incidents: Path, wanted: set[str]) -> dict[str, dict[str, object]]:
    """Incident id → the recorded killed, injured, date and city."""
    found: dict[str, dict[str, object]] = {}
    with incidents.open(encoding="utf-8") as lines:
        for line in lines:
            incident = json.loads(line)
            if incident["incident_id"] not in wanted:
                continue
            gold = incident.get("gold") or {}
            found[incident["incident_id"]] = {
                "killed": gold.get("num_killed"),
                "injured": gold.get("num_injured"),
                "date": _date(gold.get("date")),
                "city": _key(gold.get("city_or_county") or ""),
            }
    return found


def _date(text: str | None) -> date | None:
    try:
        return datetime.strptime(text or "", "%B %d, %Y").date()
    except ValueError:
        return None


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().split("(")[0]).strip("-")


def incident_of(article_id: str) -> str:
    return article_id.split("/")[-1].split("_")[0]


def supported(facts: list[Fact], claims: dict[str, Claim]) -> dict[str, dict[str, object]]:
    """Incident id → the supported value of each field, from the facts about it."""
    best: dict[str, dict[str, tuple[int, object]]] = defaultdict(dict)

    def offer(incident: str, field: str, weight: int, value: object) -> None:
        if field not in best[incident] or best[incident][field][0] < weight:
            best[incident][field] = (weight, value)

    for fact in facts:
        claim = claims[fact.support[0]]
        incidents = [incident_of(claims[c].article) for c in fact.support]
        measure = fact.subject.split("|")[-1].split("/")[-1].split("@")[0]
        for incident in set(incidents):
            weight = incidents.count(incident)
            if claim.amount is not None and measure in ("deaths", "injured"):
                field = "killed" if measure == "deaths" else "injured"
                offer(incident, field, weight, claim.amount.value)
            time = claim.time
            if claim.kind == "event" and time is not None and time.start == time.end:
                offer(incident, "date", weight, time.start)
            value = claim.value
            if isinstance(value, PlaceValue) and value.level in {"city", "county"} and value.place:
                # "us/al/huntsville": the gazetteer's city (or county) of the event
                name = value.place.rsplit("/", 1)[1]
                offer(incident, "city", weight, re.sub(r"-(county|parish)$", "", name))
    return {incident: {f: v for f, (_, v) in fields.items()} for incident, fields in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("incidents", type=Path)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=60, help="incidents to export (0: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-truth-") as folder:
        export(args.incidents, args.split, args.limit, Path(folder))
        files = sorted(Path(folder).glob("*.txt"))
        started = time.perf_counter()
        report = check_paths([Path(folder)])
        seconds = time.perf_counter() - started
    claims = {claim.id: claim for claim in report.claims}
    wanted = {incident_of(path.name) for path in files}
    gold = records(args.incidents, wanted)
    estimates = supported(report.facts, claims)
    print(
        f"{args.split}: {len(gold)} incidents, {len(files)} articles, "
        f"{len(report.facts)} facts, {seconds:.0f} s"
    )
    for field in FIELDS:
        known = [i for i in gold if gold[i][field] is not None]
        answered = [i for i in known if field in estimates.get(i, {})]
        correct = [i for i in answered if _equal(estimates[i][field], gold[i][field])]
        share = len(correct) / len(known) if known else 0.0
        print(
            f"  {field:8} correct {len(correct):3}/{len(known):3} = {share:5.1%}"
            f"   answered {len(answered):3}   correct when answered "
            f"{len(correct) / len(answered) if answered else 0.0:5.1%}"
        )


def _equal(estimate: object, record: object) -> bool:
    if isinstance(estimate, float) and isinstance(record, int):
        return estimate == record
    return estimate == record


if __name__ == "__main__":
    main()
