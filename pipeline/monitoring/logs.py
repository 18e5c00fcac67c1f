"""Structured logs: one JSON object per line, or readable text when stderr is a terminal."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from typing import Any, Literal

import orjson

CONTEXT = ("stage", "agent", "article_id", "topic", "partition", "offset", "error_class")
LogFormat = Literal["auto", "json", "text"]


class JsonFormatter(logging.Formatter):
    """A JSON line: time, level, logger, message and the pipeline context fields present."""

    def format(self, record: logging.LogRecord) -> str:
        """Render one record."""
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in CONTEXT:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["error_class"] = entry.get("error_class") or getattr(
                record.exc_info[0], "__name__", None)
            entry["traceback"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    """Readable lines for a terminal, with the context as key=value pairs."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        """Render one record."""
        text = super().format(record)
        extra = " ".join(f"{name}={getattr(record, name)}" for name in CONTEXT
                         if getattr(record, name, None) is not None)
        return f"{text} [{extra}]" if extra else text


def pick_formatter(fmt: LogFormat = "auto") -> logging.Formatter:
    """JSON unless asked for text, or 'auto' and stderr is a terminal."""
    if fmt == "text" or (fmt == "auto" and sys.stderr.isatty()):
        return TextFormatter()
    return JsonFormatter()


def logging_config(level: str, fmt: LogFormat = "auto") -> dict[str, Any]:
    """A logging.dictConfig for the worker: everything to stderr through our formatter."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"newsevents": {"()": pick_formatter, "fmt": fmt}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                                "formatter": "newsevents"}},
        "root": {"level": level.upper(), "handlers": ["stderr"]},
    }
