"""Delivery failures reported by the producer stop the worker; successes do nothing."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiokafka.errors import MessageSizeTooLargeError

from pipeline.topics import delivery_check


async def test_a_failed_delivery_is_logged_and_stops_the_worker(
        caplog: pytest.LogCaptureFixture) -> None:
    stopped: list[BaseException] = []

    async def stop(error: BaseException) -> None:
        stopped.append(error)

    loop = asyncio.get_running_loop()
    ok, failed, cancelled = loop.create_future(), loop.create_future(), loop.create_future()
    for future in (ok, failed, cancelled):
        future.add_done_callback(delivery_check("news.events", stop))
    ok.set_result(None)
    failed.set_exception(MessageSizeTooLargeError())
    cancelled.cancel()
    with caplog.at_level(logging.ERROR, logger="pipeline.topics"):
        await asyncio.sleep(0.01)
    assert [type(e) for e in stopped] == [MessageSizeTooLargeError]
    assert "delivery to news.events failed" in caplog.text
