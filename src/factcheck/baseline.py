"""The baseline: findings accepted once, hidden afterwards by their fingerprint.

    factcheck baseline articles/ -o factcheck-baseline.json
    factcheck check articles/ --baseline factcheck-baseline.json

A fingerprint is stable across runs and unaffected by unrelated articles, so a
finding accepted once stays accepted; a finding in the baseline that no longer
appears is reported as fixed (and can be dropped by writing the baseline anew).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from factcheck.models import Finding

SCHEMA = "factcheck.baseline/1"


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file."""


class AcceptedFinding(BaseModel):
    fingerprint: str
    rule: str
    subject: str
    message: str = ""


class Baseline(BaseModel):
    schema_: str = SCHEMA
    findings: list[AcceptedFinding]

    model_config = {"populate_by_name": True}


@dataclass(frozen=True)
class BaselineResult:
    """Findings still to report, the ones the baseline accepted, and the fixed ones."""

    new: list[Finding]
    accepted: list[Finding]
    fixed: list[AcceptedFinding]


def baseline_json(findings: Sequence[Finding]) -> str:
    """The baseline file for `findings`, sorted so that it diffs well."""
    accepted = sorted(
        {f.fingerprint: f for f in findings}.values(), key=lambda f: (f.rule, f.fingerprint)
    )
    data = {
        "schema": SCHEMA,
        "findings": [
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "subject": f.subject,
                "message": f.message,
            }
            for f in accepted
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def read_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BaselineError(f"{path}: cannot read baseline: {error.strerror or error}") from error
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}: baseline is not JSON: {error.msg}") from error
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not a factcheck baseline (schema {SCHEMA!r} expected)")
    try:
        return Baseline.model_validate({"findings": data.get("findings", [])})
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise BaselineError(f"{path}: {where}: {problem['msg']}") from error


def apply_baseline(findings: Sequence[Finding], baseline: Baseline) -> BaselineResult:
    known = {accepted.fingerprint for accepted in baseline.findings}
    current = {finding.fingerprint for finding in findings}
    return BaselineResult(
        new=[f for f in findings if f.fingerprint not in known],
        accepted=[f for f in findings if f.fingerprint in known],
        fixed=[a for a in baseline.findings if a.fingerprint not in current],
    )
