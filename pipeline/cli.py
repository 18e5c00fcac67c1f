"""The `newsevents` command line."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import orjson
from pydantic import ValidationError

from pipeline.errors import NewsEventsError
from pipeline.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def fail(message: str) -> None:
    """Print one clear line and exit non-zero."""
    click.echo(f"newsevents: {message}", err=True)
    sys.exit(2)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment plus command-line overrides; one line on error."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        name = ".".join(str(p) for p in first["loc"])
        fail(f"configuration error: NEWSEVENTS_{name.upper()} ({name}): {first['msg']}")
        raise  # unreachable: fail() exits


def broker_options(func: F) -> F:
    """The options every broker-facing command shares."""
    func = click.option("--broker-url", help="kafka://host:port (NEWSEVENTS_BROKER_URL)")(func)
    return func


def quiet_clients() -> None:
    """Client commands report broker trouble in one line of their own, not aiokafka's logs."""
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)


def _guard(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except NewsEventsError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(130)


@click.group()
@click.version_option(package_name="newsevents")
def main() -> None:
    """newsevents: news articles in, structured event records out, on Kafka."""


def parse_sets(pairs: tuple[str, ...]) -> dict[str, str]:
    """`name=value` overrides of settings, as given on the command line."""
    parsed = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in Settings.model_fields:
            fail(f"configuration error: --set {pair!r}: expected NAME=VALUE with a setting name")
        parsed[name] = value
    return parsed


@main.command()
@broker_options
@click.option("--web-port", type=int)
@click.option("--set", "sets", multiple=True, metavar="NAME=VALUE",
              help="Override any setting, e.g. --set topic_partitions=8")
def worker(broker_url: str | None, web_port: int | None, sets: tuple[str, ...]) -> None:
    """Run a faust worker against the configured broker."""
    from pipeline import app
    from pipeline.preflight import preflight

    given = {"broker_url": broker_url, "web_port": web_port}
    settings = load_settings(**(parse_sets(sets) | {k: v for k, v in given.items() if v}))
    quiet_clients()
    resources = _guard(lambda: preflight(settings))
    logging.getLogger("aiokafka").setLevel(logging.NOTSET)
    sys.argv = [sys.argv[0], "worker"]
    _guard(lambda: app.main(settings, resources))


@main.command()
@broker_options
def topics(broker_url: str | None) -> None:
    """Create every pipeline topic with the configured partition count."""
    from pipeline.broker import create_topics

    quiet_clients()
    settings = load_settings(broker_url=broker_url)
    specs = _guard(lambda: asyncio.run(create_topics(settings)))
    for spec in specs:
        click.echo(f"{spec.name}\tpartitions={spec.partitions}\t{spec.config or ''}")


@main.command()
@click.argument("file")
@broker_options
@click.option("--no-validate", is_flag=True, help="Send lines as they are (to test rejections)")
def produce(file: str, broker_url: str | None, no_validate: bool) -> None:
    """Validate articles from FILE (JSON, JSON array or JSONL; - for stdin) and send them."""
    from pipeline import producer

    quiet_clients()
    settings = load_settings(broker_url=broker_url)
    result = _guard(lambda: producer.produce_file(settings, file, validate=not no_validate))
    for where, reason in result.rejected:
        click.echo(f"rejected {where}: {reason}", err=True)
    click.echo(f"sent {result.sent}, rejected {len(result.rejected)} "
               f"to {settings.topic_articles}", err=True)
    if result.rejected and not result.sent:
        sys.exit(1)


@main.command()
@broker_options
@click.option("--topic", "which", type=click.Choice(["events", "annotated", "dlq"]),
              default="events", show_default=True)
@click.option("--from-beginning/--from-end", default=True, show_default=True)
@click.option("--max", "limit", type=int, help="Stop after this many records")
@click.option("--idle-timeout", type=float, help="Stop after this many seconds without records")
def tail(broker_url: str | None, which: str, from_beginning: bool, limit: int | None,
         idle_timeout: float | None) -> None:
    """Print records of an output topic as JSON lines."""
    from pipeline import producer

    quiet_clients()
    settings = load_settings(broker_url=broker_url)
    topic = {"events": settings.topic_events, "annotated": settings.topic_annotated,
             "dlq": settings.topic_dlq}[which]
    _guard(lambda: asyncio.run(producer.tail(settings, topic, from_beginning, limit,
                                             idle_timeout, lambda r: click.echo(r.value))))


@main.command()
@click.argument("file")
@click.option("-o", "--out", type=click.File("wb"), default="-", help="AnnotatedArticle JSONL")
@click.option("--events-out", type=click.File("wb"), help="EventRecord JSONL")
@click.option("--dlq-out", type=click.File("wb"), help="DeadLetter JSONL")
def process(file: str, out: Any, events_out: Any, dlq_out: Any) -> None:
    """Batch mode: run the stages over FILE without a broker."""
    from pipeline.batch import process_inputs
    from pipeline.inputs import open_input, read_inputs
    from pipeline.processing import Processor
    from pipeline.runtime import freeze_startup_heap
    from pipeline.stages.chain import load_resources

    settings = load_settings()
    stream, name = open_input(file)
    inputs = list(read_inputs(stream, name))
    processor = Processor(settings, _guard(load_resources))
    freeze_startup_heap()
    with click.progressbar(length=len(inputs), label="processing", file=sys.stderr,
                           hidden=not sys.stderr.isatty()) as bar:
        summary = process_inputs(processor, inputs, out, events_out, dlq_out,
                                 on_item=lambda: bar.update(1))
    for where, reason in summary.dead_letters:
        click.echo(f"dead letter {where}: {reason}", err=True)
    click.echo(f"{summary.inputs} inputs: {summary.annotated} annotated, {summary.events} events, "
               f"{len(summary.dead_letters)} dead letters", err=True)


@main.command()
@click.option("--once", is_flag=True, help="Process the samples, print a summary and exit")
@click.option("--web-port", type=int, help="Worker web port (default from settings)")
@click.option("--shared", type=click.Path(path_type=Path), default=SHARED, show_default=True,
              help="Folder holding seed/ (the seed article is added when present)")
@click.option("--workdir", type=click.Path(path_type=Path), default=Path(".run"),
              show_default=True)
def run(once: bool, web_port: int | None, shared: Path, workdir: Path) -> None:
    """Embedded demo: broker, topics, worker, the sample articles, live event records."""
    from pipeline.embedded import Tally, interrupt_on_sigterm, run_embedded
    from pipeline.inputs import malformed_samples, sample_articles, seed_article

    quiet_clients()
    settings = load_settings(web_port=web_port)
    inputs = sample_articles()
    seed = seed_article(shared)
    if seed is not None:
        inputs.append(seed)
    inputs.extend(malformed_samples())

    def show(record: Any) -> None:
        if record.topic == settings.topic_events:
            click.echo(record.value)
        elif record.topic == settings.topic_dlq:
            letter = orjson.loads(record.value)
            click.echo(f"# dead letter ({letter['stage']}): {letter['reason']}", err=True)

    tally = Tally()
    interrupt_on_sigterm()
    try:
        _guard(lambda: run_embedded(settings, inputs, once, workdir, show,
                                    lambda line: click.echo(f"# {line}", err=True), tally))
    finally:
        click.echo(f"# {len(inputs)} inputs: {len(tally.annotated)} annotated, "
                   f"{len(tally.events)} events, {len(tally.dead)} dead letters", err=True)
    if once and len(tally.annotated) + len(tally.dead) != len(inputs):
        fail(f"only {len(tally.annotated) + len(tally.dead)} of {len(inputs)} inputs came out")


@main.command()
@click.option("--check", is_flag=True, help="Fail if schemas/ differs from the models")
@click.option("--dir", "folder", type=click.Path(path_type=Path), default=Path("schemas"),
              show_default=True)
def schemas(check: bool, folder: Path) -> None:
    """Write the JSON Schemas of the messages into schemas/."""
    from pipeline.schemas import check_schemas, write_schemas

    if check:
        stale = check_schemas(folder)
        if stale:
            fail(f"schemas out of date: {', '.join(stale)} (run `newsevents schemas`)")
        click.echo("schemas up to date")
        return
    for path in write_schemas(folder):
        click.echo(str(path))


@main.group()
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
    lines, bad = _guard(lambda: replay.list_letters(settings, reason, _utc(since)))
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
    todo, bad, (replayed, parked) = _guard(
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


@main.command()
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
    from pipeline.embedded import interrupt_on_sigterm

    quiet_clients()
    interrupt_on_sigterm()
    chosen = {"stages", "ceiling", "e2e", "scale"} if "all" in modes else set(modes)
    settings = load_settings()
    figures, source = _guard(lambda: run_bench(chosen, corpus, limit, runs, settings, workdir,
                                               lambda line: click.echo(f"# {line}", err=True)))
    click.echo(format_figures(figures, source, limit, settings.topology))


@main.group(name="eval")
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
    click.echo(format_report(_guard(lambda: run_eval(shared, TopicModel.load()))))


@evaluate.command("events")
@_shared_option
@click.option("--rows", help="Score a slice of the gold rows: ':99' (first batch), '99:' (second)")
@click.option("--show-dev", is_flag=True, help="Print the dev sentences scored wrong (never test ones)")
def eval_events(shared: Path, rows: str | None, show_dev: bool) -> None:
    """Event coder: (actor, type, recipient) triples against the hand-coded gold set."""
    from pipeline.eval_events import dev_mistakes, evaluate_gold, format_report, parse_rows

    if not (shared / "corpora").is_dir():
        fail(f"no corpora at {shared / 'corpora'}")
    try:
        chosen = parse_rows(rows)
    except ValueError as exc:
        fail(str(exc))
    report = _guard(lambda: evaluate_gold(shared, rows_slice=chosen))
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
    click.echo(format_report(_guard(lambda: evaluate_conll(path, extract, doc_size, limit))))
