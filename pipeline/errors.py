"""One root exception and its small subclasses."""

from __future__ import annotations


class NewsEventsError(Exception):
    """Root of every error newsevents raises on purpose."""


class ConfigurationError(NewsEventsError):
    """A setting is wrong; the CLI prints it on one line and exits non-zero."""


class RejectedMessage(NewsEventsError):
    """An input message cannot be accepted; `reason` is what the producer is told."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason


class MessageTooLarge(RejectedMessage):
    """The payload exceeds the configured byte or character limit."""


class InvalidJson(RejectedMessage):
    """The payload is not a UTF-8 JSON object."""


class SchemaViolation(RejectedMessage):
    """The JSON object does not satisfy the Article schema."""


class StageBudgetExceeded(NewsEventsError):
    """A stage took longer than its per-article time budget."""


class ResourceMissing(NewsEventsError):
    """A model or data file the stages need is absent or unreadable."""


class BrokerUnavailable(NewsEventsError):
    """The Kafka broker cannot be reached or started."""


class StaleBuild(NewsEventsError):
    """The compiled stage modules were built from sources that have changed since."""
