"""GitHub Actions workflow commands: one annotation a finding, on the pull request's files.

    ::error file=articles/a.txt,line=3,col=5,title=FC101 date.event-conflict::message

Conflicts and notices are annotated (info as `notice`); corroborations are not.
"""

from __future__ import annotations

from factcheck.models import Finding, Report
from factcheck.output import Locator

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, locator: Locator) -> str:
    properties = []
    claim = locator.primary_claim(finding)
    if claim is not None:
        line, column = locator.position(claim)
        properties += [f"file={locator.path_of(claim)}", f"line={line}", f"col={column}"]
    properties.append(f"title={finding.rule} {finding.name}")
    quotes = [
        f"\u201c{locator.claims[c].text}\u201d ({locator.claims[c].article})"
        for c in finding.claims
        if c in locator.claims
    ]
    message = finding.message + (f"\n{' vs '.join(quotes)}" if quotes else "")
    rendered = ",".join(_escape_property(p) for p in properties)
    return f"::{_COMMANDS[finding.severity]} {rendered}::{_escape_data(message)}"


def to_github(report: Report) -> str:
    locator = Locator(report)
    lines = [annotation(f, locator) for f in report.findings if f.kind != "corroboration"]
    return "".join(line + "\n" for line in lines)
