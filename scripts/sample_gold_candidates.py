"""Draw a seeded random sample of corpus sentences to hand-code for the event gold set.

A candidate is a sentence (a Reuters body sentence or title, an AG News title or
description sentence, an NYT headline's first line) that names a country, a
nationality or a well-known international body *and* contains a verb or noun of
political, diplomatic or armed action from the short list below. The list is
written here on purpose, independently of the coder's dictionary, so that the
sample does not follow what the coder already knows. Sentences already in the
gold set are skipped.

The output (JSON lines with the reference, the sha1 and the text) is for the
person coding; it goes to stdout or --out and must stay outside the repository,
since corpus text is never committed. Usage:

    .venv/bin/python scripts/sample_gold_candidates.py --seed 4 > /tmp/candidates.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.conll_corpus import is_conll
from pipeline.eval_events import iter_records
from pipeline.stages.geo import gazetteer
from pipeline.stages.text import split_sentences, tokenize

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "event_gold.jsonl"
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
# How many sentences to draw from each corpus.
QUOTAS = {"reuters21578": 35, "ag_news_test": 35, "nyt_headlines": 15}
FIELDS = {"reuters21578": ("title", "body"), "ag_news_test": ("title", "description"),
          "nyt_headlines": ("title",), "bbc": ("title", "body"), "conll2003_train": ("title", "body"),
          "conll2003_valid": ("title", "body"), "conll2003_test": ("title", "body")}

# Stems of words for political, diplomatic and armed action (matched at a word start).
ACTION_STEMS = (
    "meet", "met ", "talks", "negotiat", "visit", "summit", "sign", "agree", "accord", "pact",
    "treaty", "accus", "blame", "criticis", "criticiz", "condemn", "denounc", "attack", "bomb",
    "kill", "shell", "invad", "invasion", "raid", "clash", "fight", "war ", "troops", "warn",
    "threat", "urge", "appeal", "ask", "call on", "call for", "demand", "reject", "refus",
    "veto", "sanction", "embargo", "tariff", "boycott", "protest", "demonstrat", "strike",
    "arrest", "detain", "seiz", "expel", "deport", "release", "freed", "hostage", "withdr",
    "support", "back ", "backs", "praise", "welcome", "aid", "loan", "grant", "help", "offer",
    "promise", "pledge", "vow", "cooperat", "ally", "allies", "recogni", "mediat", "ceasefire",
    "cease-fire", "truce", "retaliat", "deploy", "mobili", "missile", "nuclear", "election",
)
ACTION_RE = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in ACTION_STEMS) + ")", re.IGNORECASE)
BODIES = frozenset({"un", "u.n.", "nato", "opec", "eu", "ec", "imf", "gatt", "wto",
                    "world bank", "security council", "european community", "european union"})
MIN_CHARS, MAX_CHARS = 25, 350


def names_an_actor(text: str) -> bool:
    """Whether a capitalised word or pair of words is a country, nationality, capital or body."""
    geo = gazetteer()
    tokens = tokenize(text)
    words = [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)]
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else word
        for candidate in (pair, word):
            if candidate.lower() in BODIES or geo.country_or_capital(candidate) is not None:
                return True
    return False


def sentences(corpus: str, record: dict[str, object]) -> Iterator[tuple[str, int, int]]:
    """(field, start, end) of each candidate sentence of a record."""
    for field in FIELDS[corpus]:
        text = str(record.get(field) or "")
        if not text:
            continue
        if is_conll(corpus) and field == "body":  # one sentence per line already
            start = 0
            for line in text.split("\n"):
                yield field, start, start + len(line)
                start += len(line) + 1
            continue
        if corpus == "nyt_headlines" or field == "title":
            end = text.find("\n")
            yield field, 0, end if end > 0 else len(text)
            continue
        flat = text.replace("\n", " ")
        tokens = tokenize(flat)
        for first, last in split_sentences(flat, tokens):
            yield field, tokens.starts[first], tokens.ends[last - 1]


def already_coded(gold: Path) -> set[tuple[str, str, str]]:
    """(corpus, id, field) of the records the gold set already uses."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    return {(r["corpus"], str(r["id"]), r["field"]) for r in rows}


def candidates(corpora: Path, corpus: str, skip: set[tuple[str, str, str]],
               allowed: set[str] | None = None) -> list[dict[str, object]]:
    """Every candidate sentence of one corpus, in file order (only the allowed records when a
    set of ids is given)."""
    out: list[dict[str, object]] = []
    for record in iter_records(corpora, corpus):
        rid = str(record["id"])
        if allowed is not None and rid not in allowed:
            continue
        for field, start, end in sentences(corpus, record):
            if (corpus, rid, field) in skip:
                continue
            text = str(record[field])[start:end]
            flat = text.replace("\n", " ")
            if not MIN_CHARS <= len(text) <= MAX_CHARS or not ACTION_RE.search(flat) \
                    or not names_an_actor(flat):
                continue
            out.append({"corpus": corpus, "id": rid, "field": field, "start": start,
                        "end": end, "sha1": hashlib.sha1(text.encode()).hexdigest(),
                        "text": flat})
    return out


def main() -> int:
    """Print the seeded sample as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", type=Path, help="write here instead of stdout (outside the repo)")
    parser.add_argument("--quota", action="append", default=[], metavar="CORPUS=N",
                        help="draw N from CORPUS instead of the default mix (repeatable), "
                             "e.g. conll2003_test=120")
    parser.add_argument("--allowed", type=Path, metavar="DIR",
                        help="draw only from the record ids listed in DIR/<corpus>.ids "
                             "(scripts/disjoint_records.py writes them)")
    args = parser.parse_args()
    quotas = dict((k, int(v)) for k, _, v in (q.partition("=") for q in args.quota)) or QUOTAS
    rng = random.Random(args.seed)
    skip = already_coded(GOLD)
    picked: list[dict[str, object]] = []
    for corpus, quota in quotas.items():
        ids = args.allowed / f"{corpus}.ids" if args.allowed else None
        allowed = set(ids.read_text(encoding="utf-8").split()) if ids and ids.exists() else None
        pool = candidates(args.corpora, corpus, skip, allowed)
        chosen = rng.sample(pool, min(quota, len(pool)))
        seen: set[tuple[object, object]] = set()
        for row in chosen:  # at most one sentence per record
            if (row["id"], row["field"]) not in seen:
                seen.add((row["id"], row["field"]))
                picked.append(row)
        sys.stderr.write(f"{corpus}: {len(pool)} candidates, {quota} drawn\n")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in picked)
    if args.out:
        args.out.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
