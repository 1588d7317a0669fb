"""What a rule is, how the pack is found, and how a rule's findings are made.

A rule is a class in its own module with a stable code, a dotted name, a
default severity, the kinds of claim it looks at, a one-line expectation and a
docstring that is its documentation page. It is validated when the class is
defined, so a bad rule fails at import with its file's name.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import ClassVar

import networkx as nx

from factcheck.models import Article, Claim, ClaimKind, Finding, FindingKind, Severity

DOC_SECTIONS = (
    "What it flags",
    "Why it matters",
    "Flagged example",
    "Consistent example",
    "Configuration",
)
CODE_PATTERN = re.compile(r"^FC[1-9]\d{2}$")
ENTRY_POINT_GROUP = "factcheck.rules"


class RuleDefinitionError(Exception):
    """A rule class that breaks the rule contract (raised at import)."""


@dataclass(frozen=True)
class Group:
    """Claims about one subject and predicate, with what is needed to judge them."""

    subject: str
    predicate: str
    claims: tuple[Claim, ...]
    articles: dict[str, Article]
    # the subject graph this group is a connected part of
    graph: nx.Graph = field(default_factory=nx.Graph, compare=False, repr=False)

    def path_between(self, first: Claim, second: Claim) -> tuple[str, ...]:
        """The subject-graph path that joined two claims, as readable node labels."""
        try:
            nodes = nx.shortest_path(self.graph, ("claim", first.id), ("claim", second.id))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            return ()
        return tuple(label for kind, label in nodes)

    def article_of(self, claim: Claim) -> Article:
        return self.articles[claim.article]


_REGISTRY: dict[str, type[Rule]] = {}


class Rule:
    """Base class of every rule; subclasses are registered when defined."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    kinds: ClassVar[tuple[ClaimKind, ...]]
    expectation: ClassVar[str]
    finding_kind: ClassVar[FindingKind] = "conflict"

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
        known = _REGISTRY.get(cls.code)
        same_class = known is not None and (known.__module__, known.__qualname__) == (
            cls.__module__,
            cls.__qualname__,
        )
        if known is not None and not same_class:
            raise RuleDefinitionError(
                f"{where}: rule code {cls.code} is already used by {known.__module__}"
            )
        _REGISTRY[cls.code] = cls

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

    def finding(self, group: Group, claims: Sequence[Claim], message: str) -> Finding:
        """A finding over `claims`, with a fingerprint that ignores run-specific ids."""
        evidence = sorted(f"{c.article}\x1f{c.text}\x1f{c.sentence}" for c in claims)
        digest = hashlib.sha1(
            "\x1e".join([self.code, group.subject, *evidence]).encode("utf-8")
        ).hexdigest()[:16]
        path: tuple[str, ...] = ()
        if len(claims) >= 2:
            path = group.path_between(claims[0], claims[1])
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
        )


def _import_package_rules(package: str) -> None:
    module = importlib.import_module(package)
    for info in pkgutil.iter_modules(module.__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{package}.{info.name}")


def _import_folder_rules(folder: Path) -> None:
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = f"factcheck_user_rules.{folder.name}.{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise RuleDefinitionError(f"{path}: cannot be imported as a rule module")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


def available_rules(extra_folders: Sequence[Path] = ()) -> dict[str, type[Rule]]:
    """The rule pack, user rule folders and rules from installed packages, by code."""
    _import_package_rules("factcheck.rules")
    for folder in extra_folders:
        _import_folder_rules(folder)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        entry.load()
    return dict(sorted(_REGISTRY.items()))


def select_rules(
    rules: dict[str, type[Rule]],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> dict[str, type[Rule]]:
    """Keep rules whose code starts with a `select` prefix and none of `ignore`."""
    return {
        code: rule
        for code, rule in rules.items()
        if (not select or any(code.startswith(prefix) for prefix in select))
        and not any(code.startswith(prefix) for prefix in ignore)
    }
