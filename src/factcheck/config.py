"""Configuration: `[tool.factcheck]` in pyproject.toml, or a factcheck.toml.

The nearest one upward from the working directory is used (`--config FILE`
names one). In factcheck.toml the keys sit at the top level:

    select = ["FC1", "FC2"]          # rule codes or prefixes
    ignore = ["FC103"]
    include = ["*.txt", "*.md"]      # which files of a folder are articles
    exclude = ["drafts/**"]
    fail-on = "warning"              # error | warning | info
    rule-folders = ["our_rules"]     # extra rule modules
    aliases = ["names.tsv"]          # alias<TAB>canonical, one pair a line

    [severity]
    FC201 = "error"

    [options.FC201]
    tolerance = 0.05

Paths are relative to the configuration file. One pydantic model validates it;
an error names the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.models import Severity

PYPROJECT = "pyproject.toml"
FACTCHECK_TOML = "factcheck.toml"


class ConfigError(Exception):
    """A configuration the user must fix; the message names the file and key."""


class Config(BaseModel):
    """Everything `[tool.factcheck]` may hold."""

    model_config = ConfigDict(extra="forbid", alias_generator=lambda name: name.replace("_", "-"))

    select: list[str] = []
    ignore: list[str] = []
    include: list[str] = []
    exclude: list[str] = []
    fail_on: Literal["error", "warning", "info"] = "error"
    rule_folders: list[Path] = []
    aliases: list[Path] = []
    severity: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}


@dataclass(frozen=True)
class LoadedConfig:
    """The settings and where they came from (None: the defaults)."""

    settings: Config
    source: Path | None = None
    # the key prefix for messages: "tool.factcheck." in a pyproject.toml, else ""
    table: str = ""


def _table(path: Path) -> tuple[dict[str, Any] | None, str]:
    """The factcheck table of a file (None when a pyproject.toml has none)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        table = tool.get("factcheck") if isinstance(tool, dict) else None
        return (table if isinstance(table, dict) else None), "tool.factcheck."
    return data, ""


def find_config(start: Path) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table."""
    for folder in [start, *start.parents]:
        candidate = folder / FACTCHECK_TOML
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and _table(candidate)[0] is not None:
            return candidate
    return None


def _validate(table: dict[str, Any], path: Path, prefix: str) -> LoadedConfig:
    try:
        config = Config.model_validate(table)
    except ValidationError as error:
        problem = error.errors()[0]
        key = prefix + ".".join(str(part) for part in problem["loc"])
        if problem["type"] == "extra_forbidden":
            raise ConfigError(f"{path}: unknown key {key!r}") from error
        raise ConfigError(f"{path}: {key}: {problem['msg']}") from error
    base = path.parent
    settings = config.model_copy(
        update={
            "rule_folders": [base / folder for folder in config.rule_folders],
            "aliases": [base / file for file in config.aliases],
        }
    )
    return LoadedConfig(settings, path, prefix)


def load_config(explicit: Path | None = None, start: Path | None = None) -> LoadedConfig:
    """The configuration named by `--config`, else the nearest one, else the defaults."""
    path = explicit or find_config((start or Path.cwd()).resolve())
    if path is None:
        return LoadedConfig(Config())
    if explicit is not None and not explicit.is_file():
        raise ConfigError(f"{explicit}: no such configuration file")
    table, prefix = _table(path)
    if table is None:
        raise ConfigError(f"{path}: has no [tool.factcheck] table")
    return _validate(table, path, prefix)


def check_codes(config: LoadedConfig, known: set[str]) -> None:
    """Rule codes under `severity` and `options` must name rules that exist."""
    for key in ("severity", "options"):
        for code in getattr(config.settings, key):
            if code.upper() not in known:
                raise ConfigError(
                    f"{config.source}: {config.table}{key}.{code}: no rule {code!r}; "
                    "`factcheck rules` lists them"
                )


def load_aliases(files: list[Path]) -> dict[str, str]:
    """Alias files: `alias<TAB>canonical` a line; blank lines and `#` comments skipped."""
    aliases: dict[str, str] = {}
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise ConfigError(
                f"{file}: cannot read alias file: {error.strerror or error}"
            ) from error
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not all(part.strip() for part in parts):
                raise ConfigError(f"{file}:{number}: expected alias<TAB>canonical, got {line!r}")
            aliases[parts[0].strip()] = parts[1].strip()
    return aliases
