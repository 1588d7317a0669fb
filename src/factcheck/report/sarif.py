"""SARIF 2.1.0: findings as static-analysis results, for code-scanning dashboards.

Conflicts and notices become results (error → `error`, warning → `warning`, info
→ `note`) at the first claim's file, line and column, with the other claims as
related locations. Corroborations are not problems and are left out. Each rule
the results use is described with its one-line summary and its documentation
page as help text. `partialFingerprints` carries the finding's stable
fingerprint, so dashboards track a finding across runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.models import Claim, Finding, Report
from factcheck.output import Locator

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/factcheck/factcheck"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A relative path as a relative URI; an absolute one as a file: URI."""
    as_path = Path(path)
    return as_path.as_uri() if as_path.is_absolute() else as_path.as_posix()


def _location(claim: Claim, locator: Locator, number: int | None = None) -> dict[str, Any]:
    line, column = locator.position(claim)
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(locator.path_of(claim))},
            "region": {
                "startLine": line,
                "startColumn": column,
                "endColumn": column + len(claim.text) if "\n" not in claim.text else column,
                "snippet": {"text": claim.text},
            },
        },
        "message": {"text": f"{claim.article}: \u201c{claim.text}\u201d"},
    }
    if number is not None:
        location["id"] = number
    return location


def _rule_descriptor(code: str, name: str) -> dict[str, Any]:
    from factcheck.engine import available_rules

    rule = available_rules().get(code)
    descriptor: dict[str, Any] = {"id": code, "name": name}
    if rule is not None:
        descriptor |= {
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": rule.expectation},
            "help": {"text": rule.documentation()},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        }
    return descriptor


def _result(finding: Finding, locator: Locator, rule_index: int) -> dict[str, Any]:
    claims = [locator.claims[c] for c in finding.claims if c in locator.claims]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "partialFingerprints": {"factcheck/v1": finding.fingerprint},
        "properties": {"kind": finding.kind, "subject": finding.subject},
    }
    if claims:
        result["locations"] = [_location(claims[0], locator)]
        related = [_location(claim, locator, n) for n, claim in enumerate(claims[1:], 1)]
        if related:
            result["relatedLocations"] = related
    return result


def sarif_dict(report: Report) -> dict[str, Any]:
    locator = Locator(report)
    findings = [f for f in report.findings if f.kind != "corroboration"]
    rules: dict[str, int] = {}
    descriptors: list[dict[str, Any]] = []
    for finding in sorted(findings, key=lambda f: f.rule):
        if finding.rule not in rules:
            rules[finding.rule] = len(descriptors)
            descriptors.append(_rule_descriptor(finding.rule, finding.name))
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, locator, rules[f.rule]) for f in findings],
            }
        ],
    }


def to_sarif(report: Report) -> str:
    return json.dumps(sarif_dict(report), indent=2, ensure_ascii=False) + "\n"
