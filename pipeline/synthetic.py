"""Synthetic articles with distinct ids and distinct bodies, for crash tests and the soak bench."""

from __future__ import annotations

import random
from collections.abc import Iterator

import orjson

PEOPLE = ["Antony Blinken", "Wang Yi", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi",
          "Kaja Kallas", "Lula da Silva", "Cyril Ramaphosa", "Fumio Kishida", "Giorgia Meloni",
          "Pedro Sanchez", "Recep Tayyip Erdogan", "Justin Trudeau", "Anthony Albanese"]
PLACES = ["Geneva", "Beijing", "Paris", "Berlin", "New Delhi", "Brasilia", "Tokyo", "Rome",
          "Madrid", "Ankara", "Ottawa", "Canberra", "Nairobi", "Cairo", "Oslo", "Vienna"]
VERBS = ["met", "called", "criticised", "praised", "visited", "warned", "thanked", "urged"]
TOPICS = ["gas prices", "a ceasefire", "chip export controls", "grain shipments", "an AI safety pact",
          "oil output", "climate finance", "a trade deal", "nuclear power", "port security"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = ["officials said", "according to a statement", "diplomats noted", "analysts said",
          "the ministry confirmed", "aides told reporters", "a spokesperson added"]


def synthetic_article(index: int, seed: int = 0, published_at: str = "2025-02-12T10:00:00Z"
                      ) -> dict[str, object]:
    """One article; the same (index, seed) always gives the same article."""
    rnd = random.Random(f"{seed}:{index}")  # noqa: S311 - test data, not secrets
    sentences = []
    for _ in range(rnd.randint(6, 10)):
        a, b = rnd.sample(PEOPLE, 2)
        sentences.append(f"{a} {rnd.choice(VERBS)} {b} in {rnd.choice(PLACES)} on "
                         f"{rnd.choice(DAYS)} about {rnd.choice(TOPICS)}, {rnd.choice(FILLER)}. "
                         f"The figure of {rnd.randint(2, 9999)} was cited {rnd.randint(2, 99)} "
                         f"times.")
    return {"id": f"synthetic-{seed}-{index:06d}", "title": sentences[0][:80],
            "body": "\n".join(sentences), "source": "newsevents synthetic",
            "published_at": published_at}


def synthetic_records(count: int, seed: int = 0, start: int = 0
                      ) -> Iterator[tuple[bytes, bytes, list[tuple[str, bytes]]]]:
    """(key, value, headers) records ready for `clients.produce`."""
    for index in range(start, start + count):
        article = synthetic_article(index, seed)
        key = str(article["id"]).encode()
        yield key, orjson.dumps(article), [("schema", b"article.v1")]
