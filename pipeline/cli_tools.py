"""The operators' and developers' commands: dead letters, benchmarks, quality evaluations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pipeline.cli_common import (
    SHARED,
    F,
    broker_options,
    fail,
    guard,
    load_settings,
    quiet_clients,
)


@click.group()
def dlq() -> None:
    """Dead letters: list them, replay them after a fix."""


def _dlq_filters(func: F) -> F:
    func = click.option("--reason", help="Only letters whose stage, class or reason contains R")(func)
    func = click.option("--since", type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"]),
                        help="Only letters dead-lettered at or after T (UTC unless an offset)")(func)
    return func


def _utc(when: Any) -> Any:
    import datetime as dt

    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


@dlq.command("list")
@broker_options
@_dlq_filters
def dlq_list(broker_url: str | None, reason: str | None, since: Any) -> None:
    """Print the dead letters, one per line (where, status, attempts, stage, time, id, reason)."""
    from pipeline import replay

    quiet_clients()
    settings = load_settings(broker_url=broker_url)
    lines, bad = guard(lambda: replay.list_letters(settings, reason, _utc(since)))
    for line in lines:
        click.echo(line)
    for line in bad:
        click.echo(f"unreadable {line}", err=True)
    click.echo(f"{len(lines)} dead letters", err=True)


@dlq.command("replay")
@broker_options
@_dlq_filters
@click.option("--dry-run", is_flag=True, help="Say what would be replayed and parked")
def dlq_replay(broker_url: str | None, reason: str | None, since: Any, dry_run: bool) -> None:
    """Re-inject dead letters into the input topic; park those out of attempts."""
    from pipeline import replay

    quiet_clients()
    settings = load_settings(broker_url=broker_url)
    todo, bad, (replayed, parked) = guard(
        lambda: replay.replay(settings, reason, _utc(since), dry_run))
    for item, _ in todo.replay:
        click.echo(f"replay {item.where} attempt={item.letter.attempts + 1} "
                   f"{item.letter.article_id or '-'}")
    for item, _ in todo.park:
        click.echo(f"park {item.where} attempts={item.letter.attempts} "
                   f"{item.letter.article_id or '-'}")
    for line in bad:
        click.echo(f"unreadable {line}", err=True)
    verb = "would replay" if dry_run else "replayed"
    click.echo(f"{verb} {len(todo.replay) if dry_run else replayed}, "
               f"{'would park' if dry_run else 'parked'} {len(todo.park) if dry_run else parked}, "
               f"{len(todo.handled)} already handled, {todo.unmatched} not matching", err=True)


@click.command()
@click.option("--mode", "modes", multiple=True,
              type=click.Choice(["stages", "ceiling", "e2e", "scale", "profile", "all"]),
              default=["all"], show_default=True,
              help="all = stages, ceiling, e2e, scale; profile samples a worker with py-spy")
@click.option("--corpus", type=click.Path(path_type=Path),
              default=SHARED / "corpora" / "bbc.jsonl", show_default=True,
              help="JSONL with id, title, body; the bundled samples when absent")
@click.option("--limit", type=int, default=1000, show_default=True, help="Articles per run")
@click.option("--runs", type=int, default=3, show_default=True)
@click.option("--workdir", type=click.Path(path_type=Path), default=Path(".run/bench"),
              show_default=True)
def bench(modes: tuple[str, ...], corpus: Path, limit: int, runs: int, workdir: Path) -> None:
    """Benchmarks: stages alone, the transport's ceiling, end to end, one vs two workers."""
    from pipeline.bench import run_bench
    from pipeline.bench_corpus import format_figures
    from pipeline.compiled import build_state
    from pipeline.embedded import interrupt_on_sigterm

    quiet_clients()
    interrupt_on_sigterm()
    chosen = {"stages", "ceiling", "e2e", "scale"} if "all" in modes else set(modes)
    settings = load_settings()
    figures, source = guard(lambda: run_bench(chosen, corpus, limit, runs, settings, workdir,
                                               lambda line: click.echo(f"# {line}", err=True)))
    click.echo(format_figures(figures, source, limit, settings.topology,
                              build_state().describe()))


@click.group(name="eval")
def evaluate() -> None:
    """Quality evaluations on the labelled corpora in ../shared (not part of make test)."""


def _shared_option(func: F) -> F:
    return click.option("--shared", type=click.Path(path_type=Path), default=SHARED,
                        show_default=True, help="Folder holding corpora/ and seed/")(func)


@evaluate.command("topics")
@_shared_option
def eval_topics(shared: Path) -> None:
    """Topic classifier: P/R/F1, ROC AUC and calibration error on the held-out splits."""
    from pipeline.eval_topics import evaluate as run_eval
    from pipeline.eval_topics import format_report
    from pipeline.stages.topics_model import TopicModel

    if not (shared / "corpora").is_dir():
        fail(f"no corpora at {shared / 'corpora'}")
    click.echo(format_report(guard(lambda: run_eval(shared, TopicModel.load()))))


@evaluate.command("events")
@_shared_option
@click.option("--rows", help="Score a slice of the gold rows: ':99' (first batch), '99:' (second)")
@click.option("--show-dev", is_flag=True, help="Print the dev sentences scored wrong (never test ones)")
@click.option("--gold", type=click.Path(path_type=Path, exists=True, dir_okay=False), multiple=True,
              help="Another hand-coded file of the same format (default: tests/data/event_gold.jsonl);"
                   " repeat to pool several files into one figure")
def eval_events(shared: Path, rows: str | None, show_dev: bool, gold: tuple[Path, ...]) -> None:
    """Event coder: (actor, type, recipient) triples against the hand-coded gold set."""
    from pipeline.eval_events import GOLD, dev_mistakes, evaluate_gold, format_report, parse_rows

    if not (shared / "corpora").is_dir():
        fail(f"no corpora at {shared / 'corpora'}")
    try:
        chosen = parse_rows(rows)
    except ValueError as exc:
        fail(str(exc))
    report = guard(lambda: evaluate_gold(shared, gold or GOLD, rows_slice=chosen))
    if show_dev:
        click.echo(dev_mistakes(report), nl=False)
    click.echo(format_report(report))


@evaluate.command("ner")
@click.option("--conll", "path", type=click.Path(path_type=Path, exists=True),
              default=SHARED / "corpora" / "conll2003" / "test.txt", show_default=True,
              help="CoNLL-2003 file: token###TAG lines, or the 4-column eng.* format")
@click.option("--doc-size", type=int, default=20, show_default=True,
              help="Sentences per rebuilt document when the file has no -DOCSTART- lines")
@click.option("--limit", type=int, help="Only the first N sentences")
def eval_ner(path: Path, doc_size: int, limit: int | None) -> None:
    """Entities: the extraction stage on rebuilt CoNLL documents, scored as conlleval."""
    from pipeline.eval_ner import evaluate_conll, format_report, stage_extractor
    from pipeline.stages.ner import NerTagger

    extract = stage_extractor(NerTagger.load())
    click.echo(format_report(guard(lambda: evaluate_conll(path, extract, doc_size, limit))))
