"""What a rule is, how the pack is found, and how a rule's findings are made.

A rule is a class in its own module with a stable code, a dotted name, a
default severity, the kinds of claim it looks at, a one-line expectation and a
docstring that is its documentation page. It is validated when the class is
defined, so a bad rule fails at import with its file's name.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from factcheck.group import Group
from factcheck.models import Claim, ClaimKind, Finding, FindingKind, FindingValue, Severity

DOC_SECTIONS = (
    "What it flags",
    "Why it matters",
    "Flagged example",
    "Consistent example",
    "Configuration",
)
CODE_PATTERN = re.compile(r"^FC[1-9]\d{2}$")


class RuleDefinitionError(Exception):
    """A rule class that breaks the rule contract (raised at import)."""


REGISTRY: dict[str, type[Rule]] = {}


class Rule:
    """Base class of every rule; subclasses are registered when defined."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    kinds: ClassVar[tuple[ClaimKind, ...]]
    expectation: ClassVar[str]
    finding_kind: ClassVar[FindingKind] = "conflict"
    # a disagreement is between articles: two values of a story's subject that one
    # article alone gives are two things it tells apart (two shootings, two suspects'
    # bonds), not a conflict (a global subject, one thing anywhere, is still checked);
    # a rule that checks a single statement ("Monday, 22 April": a Tuesday) says False
    between_articles: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        where = inspect.getsourcefile(cls) or cls.__module__
        for attribute in ("code", "name", "severity", "kinds", "expectation"):
            if not hasattr(cls, attribute):
                raise RuleDefinitionError(f"{where}: rule {cls.__name__} has no `{attribute}`")
        if not CODE_PATTERN.match(cls.code):
            raise RuleDefinitionError(f"{where}: rule code {cls.code!r} is not FCnnn")
        doc = inspect.getdoc(cls) or ""
        missing = [section for section in DOC_SECTIONS if f"{section}\n" not in doc + "\n"]
        if missing:
            raise RuleDefinitionError(
                f"{where}: rule {cls.code} docstring lacks section(s): {', '.join(missing)}"
            )
        known = REGISTRY.get(cls.code)
        same_class = known is not None and (known.__module__, known.__qualname__) == (
            cls.__module__,
            cls.__qualname__,
        )
        if known is not None and not same_class:
            raise RuleDefinitionError(
                f"{where}: rule code {cls.code} is already used by {known.__module__}"
            )
        REGISTRY[cls.code] = cls

    def __init__(self, severity: Severity | None = None, options: dict[str, object] | None = None):
        self.effective_severity: Severity = severity or self.severity
        self.options = options or {}

    def check(self, group: Group) -> Iterator[Finding]:
        raise NotImplementedError

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    @classmethod
    def summary(cls) -> str:
        return cls.documentation().splitlines()[0]

    def finding(
        self,
        group: Group,
        claims: Sequence[Claim],
        message: str,
        values: Sequence[tuple[str, Sequence[Claim]]] = (),
        context: Sequence[str] = (),
    ) -> Finding:
        """A finding over `claims`, with a fingerprint that ignores run-specific ids.

        Given `values` (each distinct value with the claims that state it), the
        fingerprint is made of the values alone, so more articles repeating a
        value leave it as it is; `context` adds what else tells two such findings
        of one subject apart (the predicate).
        """
        # a disagreement given by its values is the same finding whoever else repeats them
        evidence = (
            [*context, *sorted(value for value, _ in values)]
            if values
            else sorted(f"{c.article}\x1f{c.text}\x1f{c.sentence}" for c in claims)
        )
        digest = hashlib.sha1(
            "\x1e".join([self.code, group.subject, *evidence]).encode("utf-8")
        ).hexdigest()[:16]
        # the path is shown for two claims that differ: the first of the first two values
        ends = [stating[0] for _, stating in values if stating][:2] if values else claims[:2]
        path = group.path_between(ends[0], ends[1]) if len(ends) == 2 else ()
        return Finding(
            id="",
            rule=self.code,
            name=self.name,
            severity=self.effective_severity,
            kind=self.finding_kind,
            subject=group.subject,
            message=message,
            claims=tuple(c.id for c in claims),
            fingerprint=digest,
            path=path,
            expectation=self.expectation,
            values=tuple(
                FindingValue(value=value, claims=tuple(c.id for c in stating))
                for value, stating in values
            ),
        )
