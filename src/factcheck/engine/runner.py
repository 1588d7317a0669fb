"""The rule runner: every selected rule over every group whose claims it looks at.

A rule that raises never stops the run: the crash becomes an FC901 notice
naming the rule, whatever rules were selected, so `--select FC1` cannot hide
a crash. A conflict is between articles: a rule's finding whose claims all
come from one article is dropped when its subject is the story's (read from the
parse, where one article tells of two shootings), unless the rule checks single
statements (`between_articles = False`). Findings are de-duplicated by
fingerprint and numbered f1, f2, … in a stable order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, cast

from factcheck.engine.base import Rule
from factcheck.engine.discovery import available_rules
from factcheck.group import Group
from factcheck.models import Finding

CRASH_RULE = "FC901"


class CrashReporter(Protocol):
    def crashed(self, group: Group, rule: Rule, error: BaseException) -> Finding: ...


def _crash_reporter(rules: Sequence[Rule]) -> CrashReporter:
    chosen = next((rule for rule in rules if rule.code == CRASH_RULE), None)
    return cast(CrashReporter, chosen or available_rules()[CRASH_RULE]())


def found_conflicts(rule: Rule) -> bool:
    return getattr(rule, "finding_kind", "conflict") == "conflict"


def _between_articles(findings: Iterable[Finding], group: Group) -> Iterator[Finding]:
    """The findings whose claims come from more than one article or name one thing anywhere.

    A story's subject is read from the parse ("the shooting", "the bond"), and one
    article often tells of two of them: two values it gives alone are two things.
    A global subject (a named mission, a person) is one thing, so one article that
    gives it two values contradicts itself.
    """
    by_id = {claim.id: claim for claim in group.claims}
    for finding in findings:
        claims = [by_id[c] for c in finding.claims if c in by_id]
        if len({c.article for c in claims}) > 1 or any(c.scope == "global" for c in claims):
            yield finding


def run_rules(groups: Sequence[Group], rules: Sequence[Rule]) -> list[Finding]:
    """Every rule over every group it looks at; a rule that raises becomes an FC901 notice."""
    crash_reporter = _crash_reporter(rules)
    findings: list[Finding] = []
    for group in groups:
        kinds = {claim.kind for claim in group.claims}
        for rule in rules:
            if not kinds & set(rule.kinds):
                continue
            try:
                found = rule.check(group)
                if getattr(rule, "between_articles", True) and found_conflicts(rule):
                    found = _between_articles(found, group)
                findings.extend(found)
            except Exception as error:  # noqa: BLE001 - one rule's bug must not stop the run
                findings.append(crash_reporter.crashed(group, rule, error))
    unique = {finding.fingerprint: finding for finding in findings}
    ordered = sorted(unique.values(), key=lambda f: (f.rule, f.subject, f.fingerprint))
    return [finding.model_copy(update={"id": f"f{n}"}) for n, finding in enumerate(ordered, 1)]
