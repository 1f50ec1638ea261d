"""`claims`: the command line, a thin layer over the library API."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from pipeline.api import process
from pipeline.document import Document
from pipeline.engine import Config, ConfigError, pipeline_for
from pipeline.resources import CONFIG_FILE
from pipeline.same_event import model as same_event_model
from pipeline.same_event import train as same_event_train
from pipeline.stages.actors import decision as actors_decision
from pipeline.stages.actors import train as actors_train
from pipeline.stages.events import model as events_model
from pipeline.stages.events import train as events_train
from pipeline.stages.ingest import InputError
from pipeline.stages.ingest import raised as raised_markers
from pipeline.stages.ingest import raised_train
from pipeline.stages.layout import debris as ocr_debris
from pipeline.stages.layout import debris_train
from pipeline.stages.layout import model as layout_model
from pipeline.stages.layout import train as layout_train

from . import batch
from .cluster import SchedulerError
from .evaluate import (
    error_lines,
    evaluate,
    load_gold,
    load_records,
    one_sided,
    predicted_documents,
    reviewed_only,
    table,
)
from .report import write_report
from .structure import render, structure

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Dated, cited claims from Chinese academic articles.")
ConfigFile = Annotated[Optional[Path], typer.Option("--config", help="Pipeline configuration (TOML; default: models/pipeline.toml).")]
Overrides = Annotated[Optional[list[str]], typer.Option(
    "--set", help="Override a setting, e.g. actors.backend=jieba or stages=layout,sentences (repeatable).")]


def _config(path: Path | None, overrides: list[str] | None, until: str | None = None) -> Config:
    """The configuration asked for, its pipeline built (and cached) now: a bad one stops here."""
    try:
        config = Config.load(path or CONFIG_FILE, overrides or [])
        config = config.until(until) if until else config
        pipeline_for(config)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    return config


@app.command()
def run(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (default: corpus/).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL output file ('-' for stdout).")] = Path("claims.jsonl"),
    explain: Annotated[Optional[Path], typer.Option(help="Also write every date-like string with its decision (TSV).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: the number of cores).")] = os.cpu_count() or 1,
    ordered: Annotated[bool, typer.Option("--ordered/--as-finished", help="Input order (byte-identical output) or as documents finish.")] = True,
    resume: Annotated[bool, typer.Option(help="Append to --out, skipping documents already in it.")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = sys.stderr.isatty(),
    engine: Annotated[str, typer.Option(help="local (worker processes) | dask (a Dask cluster: pip install 'claims-pipeline[cluster]').")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler (default: a local cluster of --workers processes).")] = None,
    text_dir: Annotated[Optional[Path], typer.Option(
        help="Where the text read from PDFs and web pages is written, as <doc_id>.txt (default: texts/ beside --out).")] = None,
    export_to: Annotated[Optional[str], typer.Option(
        "--export", help="Also write the claims as tables: parquet | csv | sqlite | duckdb (as `claims export`).")] = None,
    export_out: Annotated[Optional[Path], typer.Option(
        help="Where --export writes (default: beside --out, named after it: claims_tables/ or claims.sqlite).")] = None,
    events: Annotated[bool, typer.Option("--events", help="With --export, also the events across the articles "
                                         "(tables events and event_claims).")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="Read every PDF page by OCR, text layer or not (a garbled text "
                                      "layer); the same as --set ingest.ocr=always.")] = False,
    config_file: ConfigFile = None,
    overrides: Overrides = None,
) -> None:
    """Extract claims from .txt, .pdf, .html and page-image (.png, .jpg, .tif) files; write one JSONL
    record per claim plus a document or error record per file (and, with --export, as tables)."""
    from .export import FORMATS

    config = _config(config_file, [*(overrides or []), *(["ingest.ocr=always"] if ocr else [])])
    if engine not in ("local", "dask"):
        typer.echo(f"error: --engine {engine}: choose local or dask", err=True)
        raise typer.Exit(2)
    if export_to is not None and (export_to not in FORMATS or str(out) == "-"):
        why = f"choose one of {', '.join(FORMATS)}" if export_to not in FORMATS else "it reads --out, which cannot be '-'"
        typer.echo(f"error: --export {export_to}: {why}", err=True)
        raise typer.Exit(2)
    text_dir = text_dir or (Path("texts") if str(out) == "-" else out.parent / "texts")
    paths = inputs or [Path("corpus")]
    if str(out) != "-":
        out.parent.mkdir(parents=True, exist_ok=True)
    skip = batch.prepare_resume(out) if resume and str(out) != "-" else set()
    out_file = sys.stdout if str(out) == "-" else out.open("a" if resume else "w", encoding="utf-8")
    explain_file = explain.open("a" if resume else "w", encoding="utf-8") if explain else None
    try:
        if explain_file and explain_file.tell() == 0:
            explain_file.write("doc_id\traw_start\traw_end\ttext\tvalue\tdecision\treason\n")
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), disable=not progress) as bar:
            task = bar.add_task("documents", total=None)
            summary = batch.run(paths, out_file, explain_file, log=sys.stderr, workers=workers, ordered=ordered,
                                skip=skip, progress=lambda done, total: bar.update(task, completed=done, total=total),
                                config=config, text_dir=text_dir, engine=engine, scheduler=scheduler)
    except SchedulerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except ImportError as exc:
        typer.echo(f"error: --engine {engine} needs {exc.name}: pip install 'claims-pipeline[cluster]'", err=True)
        raise typer.Exit(2) from None
    finally:
        if out_file is not sys.stdout:
            out_file.close()
        if explain_file:
            explain_file.close()
    typer.echo(summary.line(), err=True)
    for path, error in summary.failures:
        typer.echo(f"  failed: {path}: {error}", err=True)
    if export_to is not None:
        typer.echo(_export([out], export_to, export_out or default_export_path(out, export_to), False, events), err=True)
    if summary.failures:
        raise typer.Exit(1)


def default_export_path(out: Path, to: str) -> Path:
    """Tables beside the JSONL, named after it: claims.jsonl → claims_tables/ (parquet, csv) or
    claims.sqlite, claims.duckdb."""
    return out.with_name(f"{out.stem}_tables") if to in ("parquet", "csv") else out.with_suffix(f".{to}")


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="One article file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable structure.")] = False,
    config_file: ConfigFile = None,
    overrides: Overrides = None,
) -> None:
    """Show what the cleaner recovered: pages, notes, paragraphs, furniture, normalizations."""
    config = _config(config_file, overrides, until="sentences")
    try:
        doc = process(file, config)
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
    rules: Annotated[bool, typer.Option("--rules", help="Also say, per actor candidate source (rule, pattern id, "
                                        "gazetteer, model), how often it fired in the gold sentences and was right.")] = False,
    articles: Annotated[Optional[Path], typer.Option(help="Raw articles of the gold, for --rules (default: the "
                                                     "project's folder for a known gold folder).")] = None,
    unreviewed: Annotated[bool, typer.Option("--include-unreviewed", help="Also score gold documents that `claims "
                                             "review` saved with claims still pending.")] = False,
    events: Annotated[bool, typer.Option("--events", help="Also score the grouping of the predicted claims into "
                                         "events across articles, for each scope of --events-gold whose articles "
                                         "are all predicted (pairwise P/R/F1).")] = False,
    events_gold: Annotated[Path, typer.Option(help="Cross-article event gold (a folder of scopes).")]
    = same_event_train.CLUSTER_GOLD,
) -> None:
    """Score predicted claims against gold with the contract's metrics."""
    for path in (gold, pred):
        if not path.exists():
            typer.echo(f"error: {path} does not exist", err=True)
            raise typer.Exit(2)
    gold_claims, records = load_gold(gold), load_records(pred)
    gold_claims, pending = (gold_claims, []) if unreviewed else reviewed_only(gold_claims)
    per_doc, overall = evaluate(gold_claims, records)
    left_out = "\n".join(filter(None, [one_sided(gold_claims, predicted_documents(records)), _pending_line(pending)]))
    if not per_doc:
        typer.echo(f"error: no document is both in the gold {gold} and in the predictions {pred}\n{left_out}", err=True)
        raise typer.Exit(1)
    scored = same_event_train.score_predictions(records, events_gold) if events else []
    if as_json:
        report = {"documents": {d: r.metrics() for d, r in per_doc.items()}, "overall": overall.metrics(),
                  "not_scored": left_out.splitlines()}
        if events:
            report["same_event"] = {scope: {kind: same_event_train.prf(*c) for kind, c in counts.items()}
                                    for scope, counts in scored}
        typer.echo(json.dumps(report, indent=1))
    else:
        typer.echo(table(per_doc, overall) + (f"\n{left_out}" if left_out else ""))
    if errors:
        typer.echo("\n".join(error_lines(per_doc)))
    if events and not as_json:
        typer.echo("\nSame event (pairs of claims put in one event; * the model was trained on that scope: "
                   "`claims train same-event --cross-validate` measures it leaving one article out):\n"
                   + (same_event_train.score_table(scored, same_event_model.load().scopes) if scored
                      else "no scope has all its articles predicted"))
    if rules:
        folder = articles or actors_train.GOLD_SETS.get(gold.resolve())
        if folder is None:
            typer.echo(f"error: --rules needs --articles for the gold {gold}", err=True)
            raise typer.Exit(2)
        data = actors_train.sentences([gold.resolve()], folder)
        typer.echo(actors_train.source_table(data, actors_decision.load()))


@app.command()
def report(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Article files or folders (default: corpus/).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the HTML site.")] = Path("report"),
    claims: Annotated[Optional[Path], typer.Option(help="Use the claims of this JSONL instead of extracting them again.")] = None,
    gold: Annotated[Optional[Path], typer.Option(help="Gold folder: marks misses and false alarms.")] = Path("annotations/gold"),
    config_file: ConfigFile = None,
    overrides: Overrides = None,
) -> None:
    """Write a static review site: each article's claims against its source, timelines, the eval table."""
    documents, errors = _documents(inputs, _config(config_file, overrides), claims)
    gold_claims, pending = reviewed_only(load_gold(gold)) if gold and gold.exists() else (None, [])
    table_text = None
    if gold_claims:
        reported = {doc.doc_id for doc, _ in documents} | ({doc_id for doc_id, _ in errors} & set(gold_claims))
        per_doc, overall = evaluate(gold_claims, [c for _, cs in documents for c in cs], reported)
        left_out = "\n".join(filter(None, [one_sided(gold_claims, reported), _pending_line(pending)]))
        table_text = (table(per_doc, overall) + (f"\n{left_out}" if left_out else "") if per_doc
                      else f"No article of this report has gold in {gold}.")
    files = write_report(out, documents, errors, gold_claims, table_text)
    typer.echo(f"wrote {len(files)} pages to {out}/ (open {files[0]})")


def _pending_line(pending: list[str]) -> str:
    return f"review pending, not gold yet (not scored): {', '.join(pending)}" if pending else ""


def _documents(inputs: list[Path] | None, config: Config, claims: Path | None
               ) -> tuple[list[tuple[Document, list[dict]]], list[tuple[str, str]]]:
    """Each input processed, with its claims (from `claims`, a JSONL, when given), and the inputs
    that failed with their messages."""
    given = load_records(claims) if claims else None
    documents, errors = [], []
    found = list(batch.discover(inputs or [Path("corpus")]))
    for (path, problem), doc_id in zip(found, batch.doc_ids([p for p, _ in found])):
        try:
            if problem:
                raise InputError(problem)
            doc = process(path, config, doc_id)
        except InputError as exc:
            errors.append((doc_id, str(exc)))
            continue
        doc_claims = [r for r in given if r.get("doc_id") == doc.doc_id and "date" in r] if given is not None else doc.claims
        documents.append((doc, doc_claims))
    return documents, errors


@app.command()
def review(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Article files or folders (default: corpus/).")] = None,
    pred: Annotated[Optional[Path], typer.Option(help="Start from the claims of this JSONL instead of extracting them.")] = None,
    gold: Annotated[Path, typer.Option(help="Gold folder: saves go to <gold>/<doc_id>.jsonl; an article with gold "
                                       "there starts from it.")] = Path("annotations/gold"),
    host: Annotated[str, typer.Option(help="Address to serve on (this machine only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0: any free one).")] = 8765,
    static: Annotated[bool, typer.Option("--static", help="Write the site without a server, as `claims report` does "
                                         "(no editing).")] = False,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for --static.")] = Path("report"),
    config_file: ConfigFile = None,
    overrides: Overrides = None,
) -> None:
    """Review claims in the browser: accept, reject, edit and add them, and save the result as gold."""
    from .review import GoldStore, ReviewedDocument, ReviewSite, make_server

    documents, errors = _documents(inputs, _config(config_file, overrides), pred)
    if static:
        files = write_report(out, documents, errors, None, None)
        typer.echo(f"wrote {len(files)} pages to {out}/ (open {files[0]})")
        return
    store = GoldStore(gold)
    reviewed = []
    for doc, claims in documents:
        saved = store.load(doc.doc_id)
        reviewed.append(ReviewedDocument(doc, saved if saved is not None else claims, from_gold=saved is not None))
    try:
        server = make_server(ReviewSite(reviewed, store, errors), host, port)
    except OSError as exc:
        typer.echo(f"error: cannot serve on {host}:{port}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    address = f"http://{host}:{server.server_address[1]}/"
    typer.echo(f"reviewing {len(reviewed)} articles at {address} (saves go to {gold}/); Ctrl+C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("export")
def export_command(
    claims: Annotated[list[Path], typer.Argument(help="Claims JSONL files (as `claims run` writes them).")],
    to: Annotated[str, typer.Option(help="parquet | csv (a folder of files) | sqlite | duckdb (a database file).")] = "parquet",
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder (parquet, csv) or database file (sqlite, duckdb).")] = Path("claims_tables"),
    excel: Annotated[bool, typer.Option(help="CSV with a byte-order mark, for Excel.")] = False,
    events: Annotated[bool, typer.Option("--events", help="Also group the claims that date one event, across "
                                         "the files and within each: tables events and event_claims.")] = False,
) -> None:
    """Write the claims as tables: documents, claims (with earliest/latest dates), actors,
    citations, references, errors, and with --events the events across articles (schemas in the README)."""
    from .export import FORMATS

    missing = [str(p) for p in claims if not p.is_file()]
    if missing or to not in FORMATS:
        typer.echo(f"error: {'no such file: ' + ', '.join(missing) if missing else f'--to {to}: choose one of ' + ', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    typer.echo(_export(claims, to, out, excel, events))


def _export(claims: list[Path], to: str, out: Path, excel: bool, events: bool) -> str:
    """Write the tables; the line that says what was written."""
    from .export import export

    try:
        counts = export(claims, to, out, excel, events)
    except ImportError as exc:
        typer.echo(f"error: --to {to} needs {exc.name}: pip install 'claims-pipeline[export]'", err=True)
        raise typer.Exit(2) from None
    return f"wrote {out}: " + ", ".join(f"{n} {table}" for table, n in counts.items())


@app.command()
def stages(config_file: ConfigFile = None, overrides: Overrides = None) -> None:
    """List the pipeline's stages in order: what each reads and writes on the document, its settings."""
    pipeline = pipeline_for(_config(config_file, overrides))
    for stage in pipeline.stages:
        settings = ", ".join(f"{k}={v!r}" for k, v in stage.config.items())
        typer.echo(f"{stage.name:<10} {', '.join(stage.needs()):<45} → {', '.join(stage.assigns)}"
                   + (f"  [{settings}]" if settings else ""))


train_app = typer.Typer(no_args_is_help=True, help="Rebuild a trained model under models/ (fixed seeds).")
app.add_typer(train_app, name="train")
# the options every `claims train` command takes
ModelOut = Annotated[Path, typer.Option(help="Where the model is written.")]
Seed = Annotated[int, typer.Option(help="Seed of the solver.")]


@train_app.command("layout")
def train_layout(
    data: Annotated[list[Path], typer.Option(help="Labelled renderings (python -m tools.factory.build); "
                                             "repeat for several files.")] = list(layout_train.TRAINING_DATA),
    text_layer_only: Annotated[list[Path], typer.Option(help="Data files whose OCR readings are not taught; "
                                                        "repeat for several.")] = list(layout_train.TEXT_LAYER_ONLY),
    out: ModelOut = layout_model.MODEL_FILE,
    seed: Seed = 0,
    cross_validate: Annotated[bool, typer.Option(help="Also print leave-one-source-out line-role scores.")] = False,
) -> None:
    """The line-role model of the layout stage, from the article factory's labelled lines. Sources in
    HELD_OUT never reach it: they are the end-to-end held-out measure."""
    for path in data:
        if not path.exists():
            typer.echo(f"error: {path} does not exist (build it: python -m tools.factory.build --out {path})", err=True)
            raise typer.Exit(2)
    examples = layout_train.examples(data, text_layer_only)
    if cross_validate:
        models = layout_train.leave_one_source_out(examples, seed)
        typer.echo(layout_train.cross_validation_table(examples, models))
    kept = [e for e in examples if e.source not in layout_train.HELD_OUT]
    model = layout_train.train(kept, seed)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}: {len(model.vocabulary)} features, trained on {len(kept)} renderings "
               f"of {len({e.source for e in kept})} sources ({', '.join(layout_train.HELD_OUT)} held out)")


@train_app.command("ocr-debris")
def train_ocr_debris(
    data: Annotated[Path, typer.Option(help="OCR readings and their clean copies (python -m tools.factory.build "
                                      "--ocr --ocr-styles 3 --only tesseract,web).")] = debris_train.DEFAULT_DATA,
    out: ModelOut = ocr_debris.MODEL_FILE,
    seed: Seed = 0,
) -> None:
    """Which characters of an OCR text are a note call's debris (`。9同年`, `。?次年`), from the
    factory's OCR readings and their clean copies, and for bracketed footnotes (`。03`, `。B21`)
    from the bracketed readings (debris_train.BRACKETED_DATA); prints their leave-one-source-out
    scores. The layout's held-out and pending sources never reach them."""
    if not data.exists():
        typer.echo(f"error: {data} does not exist (build it: python -m tools.factory.build --ocr --ocr-styles 3 "
                   f"--only tesseract,web --out {data})", err=True)
        raise typer.Exit(2)
    sources = debris_train.training_sources(data)
    examples, counts = debris_train.examples(data, sources)
    pairs = debris_train.note_pairs(data, sources)
    bracketed, bracketed_counts, numbers = debris_train.bracketed()
    typer.echo("calls' debris, leave one source out:\n"
               + debris_train.table(examples, debris_train.leave_one_source_out(examples, seed), counts))
    typer.echo("a call's own note among its neighbours', leave one source out:\n"
               + debris_train.choice_table(pairs, debris_train.leave_one_source_out(pairs, seed)))
    typer.echo("bracketed calls' debris, leave one source out:\n" + debris_train.table(
        bracketed, debris_train.leave_one_source_out(bracketed, seed), bracketed_counts))
    typer.echo("a bracketed call's own number among its neighbours', leave one source out:\n"
               + debris_train.choice_table(numbers, debris_train.leave_one_source_out(numbers, seed)))
    model = debris_train.fit(examples, pairs, bracketed, numbers, seed)
    trained_on = debris_train.trained_on(examples, pairs, bracketed, numbers)
    out.write_text(json.dumps(model.to_json(trained_on), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}: {len(examples)} candidates ({sum(e.call for e in examples)} calls), "
               f"{len(pairs)} call-note pairs, of {len(sources)} sources; bracketed: {len(bracketed)} candidates "
               f"({sum(e.call for e in bracketed)} calls), {len(numbers)} call-number pairs")


@train_app.command("raised-markers")
def train_raised_markers(
    data: Annotated[Path, typer.Option(help="Labelled ink clusters (python -m tools.factory.raised).")]
    = raised_train.DEFAULT_DATA,
    out: ModelOut = raised_markers.MODEL_FILE,
    seed: Seed = 0,
) -> None:
    """The OCR route's marks on the page image (calls, notes' numbers), from the factory's scanned
    pages; prints their leave-one-source-out scores, whose best F1 sets each threshold. The
    layout's held-out and pending sources never reach it."""
    try:
        rows = raised_train.rows(data)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    kept = [row for row in rows if row["source"] not in raised_train.HELD_OUT]
    model, scores = raised_train.train(kept, seed)
    typer.echo(scores)
    trained_on = {"sources": sorted({row["source"] for row in kept}), "clusters": len(kept),
                  "calls": sum(row["marker"] for row in kept if row["kind"] == "call"),
                  "note_numbers": sum(row["marker"] for row in kept if row["kind"] == "note_number")}
    out.write_text(json.dumps(model.to_json(trained_on), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}: trained on {trained_on['clusters']} clusters ({trained_on['calls']} calls, "
               f"{trained_on['note_numbers']} notes' numbers) of {len(trained_on['sources'])} sources")


@train_app.command("actors")
def train_actors(
    out: ModelOut = actors_decision.MODEL_FILE,
    seed: Seed = 0,
    cross_validate: Annotated[bool, typer.Option(help="Also print leave-one-article-out actor scores.")] = False,
) -> None:
    """The actor decision, from the gold actors of the corpus and the constructed articles and the
    labelled sentences (annotations/actors); the held-out articles (annotations/heldout) never reach it."""
    gold_dirs = [d for d in actors_train.GOLD_SETS if d != actors_train.HELD_OUT_SET and d.exists()]
    data = actors_train.sentences(gold_dirs) + actors_train.labelled_sentences()
    if cross_validate:
        typer.echo(actors_train.table(actors_train.leave_one_article_out(data, seed)))
    model = actors_train.fit(data, seed)
    trained_on = {"articles": sorted({s.article for s in data}), "sentences": len(data),
                  "candidates": sum(len(s.candidates) for s in data)}
    out.write_text(json.dumps(model.to_json(trained_on), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}: {len(model.vocabulary)} features, trained on {trained_on['candidates']} candidates "
               f"of {len(data)} sentences in {len(trained_on['articles'])} articles")


@train_app.command("events")
def train_events(
    gold: Annotated[Path, typer.Option(help="Gold claims with their events (tools/merge_events.py).")] = events_train.EVENT_GOLD,
    out: ModelOut = events_model.MODEL_FILE,
    seed: Seed = 0,
    cross_validate: Annotated[bool, typer.Option(help="Also print leave-one-article-out event scores.")] = False,
) -> None:
    """The event-type model, from the gold claims' events."""
    try:
        data = events_train.examples(gold)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if cross_validate:
        typer.echo(events_train.table(events_train.leave_one_article_out(data, seed)))
    model = events_train.fit(data, seed)
    trained_on = {"articles": sorted({e.article for e in data}), "claims": len(data)}
    out.write_text(json.dumps(model.to_json(trained_on), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}: {len(model.types)} types, {len(model.vocabulary)} features, trained on {len(data)} "
               f"claims of {len(trained_on['articles'])} articles")


@train_app.command("same-event")
def train_same_event(
    gold: Annotated[Path, typer.Option(help="Cross-article event gold: a folder of scopes (scope.json, gold.jsonl).")]
    = same_event_train.CLUSTER_GOLD,
    out: ModelOut = same_event_model.MODEL_FILE,
    seed: Seed = 0,
    cross_validate: Annotated[bool, typer.Option(help="Also print leave-one-article-out pairwise scores.")] = False,
) -> None:
    """The same-event pair model, from the cross-article event gold; its threshold is the one of
    the best leave-one-article-out F1 over pairs across articles."""
    model, trained_on, rows = same_event_train.train(seed, gold)
    if cross_validate:
        typer.echo(f"leave one article out, threshold {model.threshold}:\n{same_event_train.table(rows)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(trained_on), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}: threshold {model.threshold}, trained on {trained_on['pairs']} pairs "
               f"({trained_on['same_event_pairs']} of one event) of {len(trained_on['scopes'])} scopes")


if __name__ == "__main__":
    app()
