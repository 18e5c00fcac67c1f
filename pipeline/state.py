"""Changelog-backed worker state: the duplicate index's table and its topic."""

from __future__ import annotations

from typing import Any

import faust

from pipeline.duplicates import DuplicateIndex
from pipeline.settings import Settings

DEDUP_TABLE = "dedup"


def changelog_topic(settings: Settings) -> str:
    """The changelog topic faust uses for the duplicate table."""
    return f"{settings.app_id}-{DEDUP_TABLE}-changelog"


def state_topics(settings: Settings) -> list[tuple[str, int, dict[str, str]]]:
    """Topics beyond the stage roles, created with them: (name, partitions, config)."""
    return [(changelog_topic(settings), 1, {"cleanup.policy": "compact"}),
            (settings.topic_dlq_parked, settings.topic_partitions,
             {"max.message.bytes": str(settings.max_record_bytes)})]


class TableStore:
    """A duplicate-index Store over a faust table with bytes keys and values."""

    def __init__(self, table: Any) -> None:
        self.table = table

    def get(self, key: str) -> bytes | None:
        """The value of a key, or None."""
        value = self.table.get(key.encode())
        return bytes(value) if value is not None else None

    def put(self, key: str, value: bytes) -> None:
        """Set a key (written to the changelog, flushed before offsets commit)."""
        self.table[key.encode()] = value

    def delete(self, key: str) -> None:
        """Remove a key if present (a changelog tombstone)."""
        if key.encode() in self.table:
            del self.table[key.encode()]


class _Learner:
    """Feeds every changelog record of the table to the index (other workers' entries too)."""

    def __init__(self) -> None:
        self.index: DuplicateIndex | None = None

    async def __call__(self, event: faust.EventT[Any]) -> None:
        key, value = event.key, event.value
        if self.index is not None and isinstance(key, bytes):
            self.index.learn(key.decode("utf-8", "replace"),
                             bytes(value) if value is not None else None)


def duplicate_index(app: faust.App, settings: Settings) -> DuplicateIndex:
    """The duplicate index over a global table, shared by every worker of the group.

    Global, not partitioned: the same text under another id is keyed to another partition,
    and near-duplicates are found by several band keys, so no single partitioning fits.
    One changelog partition and a recovery buffer of one follow faust's advice for global
    tables; bytes keys and values use the raw codec; use_partitioner sends every change to that
    one partition instead of the partition of the record being processed. Every changelog
    record read (a restart's recovery included) is indexed by the duplicate index.
    """
    learner = _Learner()
    table = app.GlobalTable(DEDUP_TABLE, key_type=bytes, value_type=bytes, partitions=1,
                            recovery_buffer_size=1, use_partitioner=True,
                            on_changelog_event=learner, help="duplicate index")
    learner.index = DuplicateIndex(TableStore(table), settings.dedup_window_hours * 3600.0,
                                   settings.dedup_threshold)
    return learner.index
