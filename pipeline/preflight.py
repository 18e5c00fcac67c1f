"""Checks a worker runs before faust starts: broker reachable, models loadable. One-line errors."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError

from pipeline.errors import BrokerUnavailable, ResourceMissing
from pipeline.security import client_options
from pipeline.settings import Settings
from pipeline.stages.chain import Resources, load_resources


async def probe_broker(settings: Settings, timeout: float = 15.0) -> None:
    """Connect to the broker once (with credentials) or raise BrokerUnavailable."""
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers,
                                request_timeout_ms=int(timeout * 1000),
                                **client_options(settings))
    try:
        await asyncio.wait_for(consumer.start(), timeout)
    except (TimeoutError, KafkaError, OSError) as exc:
        detail = f"{type(exc).__name__} {exc}".strip()
        raise BrokerUnavailable(f"cannot reach the broker at {settings.broker_url}: "
                                f"{detail}") from None
    finally:
        await consumer.stop()


def load_checked(loader: Callable[[], Resources] = load_resources) -> Resources:
    """Load the stage models, turning a missing or unreadable file into ResourceMissing."""
    try:
        return loader()
    except (OSError, ValueError, KeyError) as exc:
        name = getattr(exc, "filename", None)
        where = f" ({name})" if name else ""
        raise ResourceMissing(f"cannot load the stage models{where}: "
                              f"{type(exc).__name__}: {exc}") from None


def preflight(settings: Settings, timeout: float = 15.0) -> Resources:
    """Everything a worker needs before it joins the group."""
    resources = load_checked()
    asyncio.run(probe_broker(settings, timeout))
    return resources
