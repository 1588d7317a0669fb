"""FC901: a rule raised an exception; the run went on without it for that group."""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.models import Finding


class RuleCrashed(Rule):
    """A rule raised an exception on a group of claims.

    What it flags
        The runner reports, as a notice naming the rule and the exception, any
        rule that raised while checking a group. The run goes on with the other
        rules and groups.

    Why it matters
        A crashed rule means some claims were not checked; the report must say
        so rather than look clean.

    Flagged example
        A user rule that divides by zero on some group.

    Consistent example
        Every rule finishes on every group.

    Configuration
        None.
    """

    code = "FC901"
    name = "internal.rule-crashed"
    severity = "warning"
    kinds = ()
    expectation = "Every rule ran to the end"
    finding_kind = "notice"

    def check(self, group: Group) -> Iterator[Finding]:
        return iter(())

    def crashed(self, group: Group, rule: Rule, error: BaseException) -> Finding:
        where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
        place = f" at {where.filename}:{where.lineno}" if where else ""
        finding = self.finding(
            group,
            group.claims[:2],
            f"rule {rule.code} ({rule.name}) raised {type(error).__name__}: {error}{place}",
        )
        # one notice per crashed rule: the rule's code is part of what the notice is about
        fingerprint = hashlib.sha1(f"{finding.fingerprint}:{rule.code}".encode()).hexdigest()[:16]
        return finding.model_copy(update={"fingerprint": fingerprint})
