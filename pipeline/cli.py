"""`claims`: the command line, a thin layer over the library API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import batch
from .api import process
from .evaluate import error_lines, evaluate, load_gold, load_records, table
from .ingest import InputError
from .inspect import render, structure

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Dated, cited claims from Chinese academic articles.")


@app.command()
def run(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (default: corpus/).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL output file ('-' for stdout).")] = Path("claims.jsonl"),
    explain: Annotated[Optional[Path], typer.Option(help="Also write every date-like string with its decision (TSV).")] = None,
) -> None:
    """Extract claims; write one JSONL record per claim plus a document or error record per file."""
    paths = inputs or [Path("corpus")]
    out_file = sys.stdout if str(out) == "-" else out.open("w", encoding="utf-8")
    explain_file = explain.open("w", encoding="utf-8") if explain else None
    try:
        if explain_file:
            explain_file.write("doc_id\traw_start\traw_end\ttext\tvalue\tdecision\treason\n")
        summary = batch.run(paths, out_file, explain_file, log=sys.stderr)
    finally:
        if out_file is not sys.stdout:
            out_file.close()
        if explain_file:
            explain_file.close()
    typer.echo(summary.line(), err=True)
    for path, error in summary.failures:
        typer.echo(f"  failed: {path}: {error}", err=True)
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="One article file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable structure.")] = False,
) -> None:
    """Show what the cleaner recovered: pages, notes, paragraphs, furniture, normalizations."""
    try:
        doc = process(file)
    except InputError as exc:
        typer.echo(f"error: {file}: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(structure(doc), ensure_ascii=False, indent=1) if as_json else render(doc))


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option(help="Gold folder (<doc_id>.jsonl) or file.")] = Path("annotations/gold"),
    pred: Annotated[Path, typer.Option(help="Predicted claims: a JSONL file or a folder of them.")] = Path("claims.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Metrics as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss, false alarm and wrong field.")] = False,
) -> None:
    """Score predicted claims against gold with the contract's metrics."""
    for path in (gold, pred):
        if not path.exists():
            typer.echo(f"error: {path} does not exist", err=True)
            raise typer.Exit(2)
    per_doc, overall = evaluate(load_gold(gold), load_records(pred))
    if as_json:
        report = {"documents": {d: r.metrics() for d, r in per_doc.items()}, "overall": overall.metrics()}
        typer.echo(json.dumps(report, indent=1))
    else:
        typer.echo(table(per_doc, overall))
    if errors:
        typer.echo("\n".join(error_lines(per_doc)))


if __name__ == "__main__":
    app()
