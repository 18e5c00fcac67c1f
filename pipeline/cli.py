"""The `newsevents` command line."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

import click
import orjson

from pipeline.cli_common import SHARED, broker_options, fail, guard, load_settings, quiet_clients
from pipeline.cli_tools import bench, dlq, evaluate
from pipeline.settings import Settings


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
    resources = guard(lambda: preflight(settings))
    logging.getLogger("aiokafka").setLevel(logging.NOTSET)
    sys.argv = [sys.argv[0], "worker"]
    guard(lambda: app.main(settings, resources))


@main.command()
@broker_options
def topics(broker_url: str | None) -> None:
    """Create every pipeline topic with the configured partition count."""
    from pipeline.broker import create_topics

    quiet_clients()
    settings = load_settings(broker_url=broker_url)
    specs = guard(lambda: asyncio.run(create_topics(settings)))
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
    result = guard(lambda: producer.produce_file(settings, file, validate=not no_validate))
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
    guard(lambda: asyncio.run(producer.tail(settings, topic, from_beginning, limit,
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
    processor = Processor(settings, guard(load_resources))
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
        guard(lambda: run_embedded(settings, inputs, once, workdir, show,
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


main.add_command(dlq)
main.add_command(bench)
main.add_command(evaluate)
