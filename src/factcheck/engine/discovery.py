"""Where rules come from: the pack, user rule folders and installed packages."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path

from factcheck.engine.base import REGISTRY, Rule, RuleDefinitionError

ENTRY_POINT_GROUP = "factcheck.rules"


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
    return dict(sorted(REGISTRY.items()))


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
