"""The command line: parses arguments and calls library functions, nothing more."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.models import Report
from factcheck.report import format_for, render, summary_line

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

EXIT_USER_ERROR = 2
DEFAULT_REPORT_DIR = Path("reports")


def _fail(message: str) -> None:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(EXIT_USER_ERROR)


def _default_output(paths: list[Path], fmt: str) -> Path:
    stem = paths[0].resolve().name.removesuffix(paths[0].suffix) or "report"
    return DEFAULT_REPORT_DIR / f"{stem}.{fmt}"


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Article files and folders (recursively).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Report file.")] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="md, html or json (default: from -o, else md)."),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Only rules whose code starts so.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip rules whose code starts so.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: cores).")
    ] = None,
    dask: Annotated[str | None, typer.Option(help="Extract on this Dask scheduler.")] = None,
) -> None:
    """Check articles against each other and write a discrepancy report."""
    from factcheck.pipeline import CheckOptions, check_paths

    try:
        chosen = format_for(output, fmt) if (output or fmt) else "md"
    except ValueError as error:
        _fail(str(error))
    report: Report = check_paths(
        paths, CheckOptions(select=select or (), ignore=ignore or (), jobs=jobs, dask=dask)
    )
    for error in report.errors:
        typer.echo(f"factcheck: skipped {error.path}: {error.reason}", err=True)
    if not report.articles:
        _fail("no article could be read")
    target = output or _default_output(paths, chosen)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(report, chosen), encoding="utf-8")  # type: ignore[arg-type]
    typer.echo(summary_line(report))
    typer.echo(f"report written to {target}")


@app.command("rules")
def list_rules() -> None:
    """List the rule pack: code, name, severity and what each flags."""
    from factcheck.engine import available_rules

    for code, rule in available_rules().items():
        typer.echo(f"{code}  {rule.name:<32} {rule.severity:<8} {rule.summary()}")


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code, e.g. FC101.")]) -> None:
    """Print a rule's documentation page."""
    from factcheck.engine import available_rules

    rule = available_rules().get(code.upper())
    if rule is None:
        _fail(f"no rule {code!r}; `factcheck rules` lists them")
        return
    typer.echo(f"{rule.code} {rule.name} (default severity: {rule.severity})\n")
    typer.echo(rule.documentation())


@app.command()
def claims(
    paths: Annotated[list[Path], typer.Argument(help="Article files and folders.")],
) -> None:
    """Print the claims extracted from articles, one per line."""
    from factcheck.ingest.reader import read_paths
    from factcheck.pipeline import extract_all

    articles, errors = read_paths(paths)
    for error in errors:
        typer.echo(f"factcheck: skipped {error.path}: {error.reason}", err=True)
    if not articles:
        _fail("no article could be read")
    _, found, _ = extract_all(articles)
    for claim in found:
        value = claim.describe()
        typer.echo(
            f"{claim.id}\t{claim.article}\t{claim.kind}\t{claim.subject}\t{value}\t"
            f"{claim.status}\t\u201c{claim.text}\u201d"
        )
