"""Flag where news articles disagree: dates, amounts, titles, places.

factcheck reads articles (files, folders, or - for stdin), extracts the
checkable claims in them and reports, one line each, the claims that
contradict each other, quoting both.

Exit codes: 0 nothing found at or above --fail-on; 1 findings at or above
--fail-on; 2 a usage, configuration or input error.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer

from factcheck import __version__
from factcheck.baseline import BaselineError, apply_baseline, baseline_json, read_baseline
from factcheck.config import ConfigError, check_codes, load_aliases, load_config
from factcheck.ingest.errors import error_line
from factcheck.models import Article, IngestError, Report
from factcheck.output import Locator, atomic_write, finding_line, wants_colour

if TYPE_CHECKING:
    from factcheck.pipeline import CheckOptions, FileSelection

EXIT_FOUND = 1
EXIT_USER_ERROR = 2
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
PROGRESS_MIN_ARTICLES = 20
MAX_QUOTED = 4

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help=__doc__,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class UserError(Exception):
    """Something the user must fix; exits 2 with the message, no traceback."""


def _fail(message: str) -> NoReturn:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(EXIT_USER_ERROR)


@contextmanager
def _user_errors() -> Iterator[None]:
    """User errors exit 2 with their message; a crash exits 2 with its traceback."""
    from factcheck.engine import RuleDefinitionError
    from factcheck.nlp import PipelineMissing
    from factcheck.store import StoreError

    try:
        yield
    except (UserError, ConfigError, BaselineError, StoreError, RuleDefinitionError) as error:
        _fail(str(error))
    except PipelineMissing as error:
        _fail(str(error))
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001 - a bug: say so, show where, still exit 2
        traceback.print_exc()
        _fail("internal error (a bug in factcheck: please report it with the traceback above)")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Flag where news articles disagree: dates, amounts, titles, places."""


# ── options shared by the commands ─────────────────────────────────────────

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Article files and folders (folders are read recursively); - reads stdin.",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: the nearest factcheck.toml or pyproject.toml "
        "with [tool.factcheck], upward from here).",
        show_default=False,
    ),
]
SelectOption = Annotated[
    list[str] | None,
    typer.Option(
        "--select", help="Only these rules: codes or prefixes, comma-separated (FC1,FC201)."
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Skip these rules: codes or prefixes, comma-separated."),
]
IncludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        help="Globs of the files to read in folders (default: *.txt *.md *.html *.htm "
        "*.json *.jsonl). Files named directly are always read.",
    ),
]
ExcludeOption = Annotated[
    list[str] | None, typer.Option("--exclude", help="Globs of files to leave out of folders.")
]
StdinName = Annotated[
    str,
    typer.Option("--stdin-name", help="The article id (a file name) for text read from stdin (-)."),
]
Quiet = Annotated[bool, typer.Option("-q", "--quiet", help="Print only errors.")]
Verbose = Annotated[
    bool, typer.Option("-v", "--verbose", help="Also print corroborations and what was read.")
]


def _split(values: list[str] | None) -> list[str] | None:
    """Comma lists, repeated options or both; None when not given."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _codes(values: list[str], known: set[str], option: str) -> list[str]:
    codes = [value.upper() for value in values]
    for code in codes:
        if not any(rule.startswith(code) for rule in known):
            raise UserError(
                f"{option} {code}: no rule code starts so; `factcheck rules` lists them"
            )
    return codes


@dataclass
class Settings:
    options: CheckOptions
    selection: FileSelection
    fail_on: str


def _settings(
    config: Path | None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    fail_on: str | None = None,
    suppress: bool = True,
) -> Settings:
    """The configuration file with the command line's options on top of it."""
    from factcheck.engine import available_rules
    from factcheck.pipeline import CheckOptions, FileSelection

    loaded = load_config(config)
    found = loaded.settings
    known = set(available_rules(found.rule_folders))
    check_codes(loaded, known)
    where = f"{loaded.source}: {loaded.table}" if loaded.source else ""
    chosen_select = _split(select)
    chosen_ignore = _split(ignore)
    options = CheckOptions(
        select=_codes(
            chosen_select if chosen_select is not None else found.select,
            known,
            "--select" if chosen_select is not None else f"{where}select:",
        ),
        ignore=_codes(
            chosen_ignore if chosen_ignore is not None else found.ignore,
            known,
            "--ignore" if chosen_ignore is not None else f"{where}ignore:",
        ),
        rule_folders=found.rule_folders,
        severities={code.upper(): level for code, level in found.severity.items()},
        rule_options={code.upper(): dict(opts) for code, opts in found.options.items()},
        aliases=load_aliases(found.aliases),
        suppress=suppress,
    )
    if fail_on is not None and fail_on.lower() not in SEVERITY_RANK:
        raise UserError(f"--fail-on {fail_on!r}: use error, warning or info")
    selection = FileSelection(
        include=tuple(_split(include) or found.include),
        exclude=tuple(_split(exclude) or found.exclude),
    )
    return Settings(options, selection, (fail_on or found.fail_on).lower())


# ── reading, progress, output ──────────────────────────────────────────────


def _read(
    paths: list[str], selection: FileSelection, stdin_name: str, quiet: bool
) -> tuple[list[Article], list[IngestError]]:
    from factcheck.pipeline import read_articles, read_texts

    files = [path for path in paths if path != "-"]
    articles, errors = read_articles(files, selection)
    if "-" in paths:
        from_stdin, problems = read_texts({stdin_name: sys.stdin.read()})
        articles += from_stdin
        errors += problems
    if not quiet:
        for error in errors:
            typer.echo(f"factcheck: {error_line(error)}", err=True)
    if not articles:
        raise UserError("no article could be read")
    return articles, errors


@contextmanager
def _progress(total: int, label: str, quiet: bool) -> Iterator[Callable[[Article], None] | None]:
    """A progress bar on stderr, only when it is a terminal and the run is long."""
    if quiet or total < PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (label, BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _article: bar.advance(task)


def _failures(report: Report, fail_on: str) -> int:
    threshold = SEVERITY_RANK[fail_on]
    return sum(
        1
        for f in report.findings
        if f.kind != "corroboration" and SEVERITY_RANK[f.severity] <= threshold
    )


def _print_findings(
    report: Report, stream: TextIO, verbose: bool, prefer: set[str] | None = None
) -> None:
    locator = Locator(report)
    colour = wants_colour(stream)
    for finding in report.findings:
        if finding.kind == "corroboration" and not verbose:
            continue
        line = finding_line(finding, locator, colour, prefer, MAX_QUOTED)
        typer.echo(line, file=stream)


def _write_report(report: Report, fmt: str, output: str | None) -> None:
    from factcheck.report import render

    text = render(report, fmt)  # type: ignore[arg-type]
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise UserError(f"-o {output}: is a folder; name a file")
    if not target.parent.is_dir():
        raise UserError(f"-o {output}: no folder {str(target.parent)!r}")
    atomic_write(target, text)


def _report_format(output: str | None, fmt: str | None) -> str | None:
    """The report's format, or None for findings on the terminal only."""
    from factcheck.report import format_for

    if fmt is None and output is None:
        return None
    try:
        return format_for(None if output in (None, "-") else Path(output), fmt)
    except ValueError as error:
        raise UserError(str(error)) from error


# ── commands ───────────────────────────────────────────────────────────────


@app.command()
def check(
    paths: Paths,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            help="Write the report to this file (replaced atomically); - for stdout.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Report format: json, md, html, sarif or github. Without -o the report "
            "goes to stdout; with -o the format can come from the file's extension.",
            show_default=False,
        ),
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="A claim store (see `factcheck ingest`): report only findings that "
            "involve these articles, against the store and among themselves.",
            show_default=False,
        ),
    ] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding is at least this severe: error, warning or info "
            "(default: error).",
            show_default=False,
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when findings are reported.")
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="Hide the findings accepted in this file (see `factcheck baseline`) and "
            "list the accepted ones that are gone as fixed.",
            show_default=False,
        ),
    ] = None,
    no_suppress: Annotated[
        bool,
        typer.Option(
            "--no-suppress", help="Ignore `factcheck: ignore` directives in the articles."
        ),
    ] = False,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    stdin_name: StdinName = "stdin",
    config: ConfigOption = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    jobs: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: cores).")
    ] = None,
    dask: Annotated[str | None, typer.Option(help="Extract on this Dask scheduler.")] = None,
) -> None:
    """Check articles against each other (or drafts against a claim store).

    Findings are printed one a line: file:line:column, severity, rule and the
    quoted words of each side, then a summary. With --format or -o a report is
    written too (to stdout without -o; the summary then goes to stderr).

    Exit codes: 0 no finding at or above --fail-on, 1 findings at or above
    --fail-on, 2 usage, configuration or input error (--exit-zero: 0 unless 2).
    """
    with _user_errors():
        settings = _settings(config, select, ignore, include, exclude, fail_on, not no_suppress)
        settings.options.jobs, settings.options.dask = jobs, dask
        chosen = _report_format(output, fmt)
        accepted = read_baseline(baseline) if baseline is not None else None
        articles, errors = _read(paths, settings.selection, stdin_name, quiet)
        report = _run(articles, errors, settings.options, against, quiet)
        fixed = []
        if accepted is not None:
            split = apply_baseline(report.findings, accepted)
            report = report.model_copy(update={"findings": split.new})
            fixed = split.fixed
        to_stdout = chosen is not None and output in (None, "-")
        terminal = sys.stderr if to_stdout else sys.stdout
        if chosen is not None:
            _write_report(report, chosen, output)
        if not quiet:
            if not to_stdout:
                drafts = {a.id for a in articles} if against is not None else None
                _print_findings(report, terminal, verbose, drafts)
            for gone in fixed:
                typer.echo(f"fixed: {gone.rule} {gone.subject} ({gone.fingerprint})", file=terminal)
            from factcheck.report import summary_line

            summary = summary_line(report)
            if fixed:
                summary += f"; {len(fixed)} fixed since the baseline"
            typer.echo(summary, file=terminal)
            if chosen is not None and not to_stdout:
                typer.echo(f"report written to {output}", file=terminal)
        failed = _failures(report, settings.fail_on)
    if failed and not exit_zero:
        raise typer.Exit(EXIT_FOUND)


def _run(
    articles: list[Article],
    errors: list[IngestError],
    options: CheckOptions,
    against: Path | None,
    quiet: bool,
) -> Report:
    from factcheck.pipeline import check_claims, extract_numbered

    if against is not None:
        from factcheck.draft import check_against
        from factcheck.store import ClaimStore

        with ClaimStore(against) as store:
            warn = None if quiet else (lambda text: typer.echo(f"factcheck: {text}", err=True))
            return check_against(store, articles, errors, options, warn)
    with _progress(len(articles), "checking", quiet) as tick:
        dated, claims, entities = extract_numbered(articles, tick, options.jobs, options.dask)
    return check_claims(dated, claims, entities, errors, options)


@app.command("baseline")
def write_baseline(
    paths: Paths,
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="The baseline file to write.", show_default=False),
    ],
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    stdin_name: StdinName = "stdin",
    config: ConfigOption = None,
    quiet: Quiet = False,
) -> None:
    """Accept today's findings: write them to a baseline file for --baseline.

    `factcheck check PATHS --baseline FILE` then reports only findings that are
    not in FILE, and lists those in FILE that are gone as fixed.
    """
    with _user_errors():
        settings = _settings(config, select, ignore, include, exclude)
        articles, errors = _read(paths, settings.selection, stdin_name, quiet)
        report = _run(articles, errors, settings.options, None, quiet)
        if output.parent and not output.parent.is_dir():
            raise UserError(f"-o {output}: no folder {str(output.parent)!r}")
        atomic_write(output, baseline_json(report.findings))
        if not quiet:
            typer.echo(f"{len(report.findings)} findings accepted in {output}")


@app.command()
def ingest(
    paths: Paths,
    store: Annotated[
        Path,
        typer.Option("--store", help="The claim store (an SQLite file; created if missing)."),
    ],
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop stored articles that were not read this time.")
    ] = False,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    stdin_name: StdinName = "stdin",
    config: ConfigOption = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract articles into a claim store, for `check DRAFT --against STORE`.

    Only new and changed articles are extracted (and all of them when the
    extractor changed); a changed article's claims are replaced in one
    transaction. An interrupted ingest keeps every article that finished.
    """
    from factcheck.store import ClaimStore

    with _user_errors():
        settings = _settings(config, include=include, exclude=exclude)
        articles, _ = _read(paths, settings.selection, stdin_name, quiet)
        with ClaimStore(store, create=True) as claim_store:
            with _progress(len(articles), "ingesting", quiet) as tick:
                summary = claim_store.ingest(articles, prune=prune, on_article=tick)
            total_articles, total_claims = claim_store.counts()
        if verbose:
            for article_id in summary.extracted:
                typer.echo(f"extracted {article_id}")
        if not quiet:
            typer.echo(
                f"{len(summary.extracted)} extracted ({summary.added} new, "
                f"{summary.updated} changed), {summary.unchanged} unchanged, "
                f"{summary.removed} removed; {store} holds {total_articles} articles, "
                f"{total_claims} claims"
            )


@app.command("rules")
def list_rules() -> None:
    """List the rule pack: code, name, default severity and what each flags."""
    from factcheck.engine import available_rules

    for code, rule in available_rules().items():
        typer.echo(f"{code}  {rule.name:<32} {rule.severity:<8} {rule.summary()}")


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code, e.g. FC101.")]) -> None:
    """Print a rule's documentation: what it flags, why, examples, configuration."""
    from factcheck.engine import available_rules

    rule = available_rules().get(code.upper())
    if rule is None:
        _fail(f"no rule {code!r}; `factcheck rules` lists them")
    typer.echo(f"{rule.code} {rule.name} (default severity: {rule.severity})\n")
    typer.echo(rule.documentation())


@app.command()
def claims(
    paths: Paths,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    stdin_name: StdinName = "stdin",
) -> None:
    """Print the claims found in articles, one a line (shows why a finding happened).

    Columns: id, article, kind, subject, value, status and the quoted words.
    """
    from factcheck.pipeline import FileSelection, extract_all

    with _user_errors():
        selection = FileSelection(tuple(_split(include) or ()), tuple(_split(exclude) or ()))
        articles, _ = _read(paths, selection, stdin_name, False)
        _, found, _ = extract_all(articles)
    for claim in found:
        typer.echo(
            f"{claim.id}\t{claim.article}\t{claim.kind}\t{claim.subject}\t{claim.describe()}\t"
            f"{claim.status}\t\u201c{claim.text}\u201d"
        )
