"""What every `newsevents` command shares: settings with one-line errors, broker options."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
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


def guard(call: Callable[[], Any]) -> Any:
    """Run a command's work; a NewsEventsError becomes one line and exit 2, Ctrl-C exit 130."""
    try:
        return call()
    except NewsEventsError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(130)
