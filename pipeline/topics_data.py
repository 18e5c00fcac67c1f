"""Labelled data for the topic classifier: corpus readers, label rules and the held-out splits."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.stages.text import split_sentences, tokenize

LABELS = ("diplomacy", "energy", "ai")
ENERGY_TOPICS = frozenset({"crude", "nat-gas", "gas", "fuel", "heat", "propane", "naphtha", "jet"})
NYT_DIPLOMACY = 19
NYT_ENERGY = 8
NYT_TECHNOLOGY = 17
MIN_DUPLICATE_BODY = 200  # characters; see text_keys
AUDIT_TEST_TENTHS = 3  # audit_split: share of later judgements held out, in tenths
AI_LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "ai_labels.jsonl"


class Doc(NamedTuple):
    """One article: where it comes from, its fields and its gold labels where known."""

    corpus: str
    id: str
    title: str
    body: str
    category: str  # corpus-specific class: AG/BBC label, NYT topic code, Reuters "energy"/"other"
    split: str  # "train", "test" (held out for some label) or "" (Reuters outside ModApte)
    summary: str = ""  # NYT only: the coder's short subject line (not an input of the models)


def article_tokens(*fields: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Tokens of the fields in order (title, then body, ...) and their sentence ranges."""
    words: list[str] = []
    sentences: list[tuple[int, int]] = []
    for text in fields:
        tokens = tokenize(text)
        offset = len(words)
        words.extend(text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True))
        sentences.extend((offset + a, offset + b) for a, b in split_sentences(text, tokens))
    return words, sentences


def words_of(title: str, body: str) -> list[str]:
    """Title tokens then body tokens, as the pipeline gives them to the model."""
    return article_tokens(title, body)[0]


def text_key(title: str, body: str) -> str:
    """A hash of the whitespace-normalised text, to find duplicate articles across corpora."""
    norm = " ".join(f"{title} {body}".lower().split())
    return hashlib.sha1(norm.encode("utf-8"), usedforsecurity=False).hexdigest()


def text_keys(title: str, body: str) -> frozenset[str]:
    """Keys under which two articles count as the same text: the whole text, and the body alone.

    The corpora repeat some articles under a reworded headline (BBC "Gadget show heralds MP3
    season" and "... MP3 Christmas" share their body), so a body of at least
    ``MIN_DUPLICATE_BODY`` characters is a key of its own; shorter bodies (AG News one-liners,
    Reuters briefs) are too generic to identify an article.
    """
    keys = {text_key(title, body)}
    norm = " ".join(body.lower().split())
    if len(norm) >= MIN_DUPLICATE_BODY:
        keys.add("body:" + hashlib.sha1(norm.encode("utf-8"), usedforsecurity=False).hexdigest())
    return frozenset(keys)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def reuters(corpora: Path) -> Iterator[Doc]:
    """Reuters-21578 documents; split is the ModApte split ("" outside it); category "energy" or "other"."""
    for r in _jsonl(corpora / "reuters21578.jsonl"):
        split = r.get("modapte") or ""
        topics = set(r["topics"])
        category = "energy" if topics & ENERGY_TOPICS else "other"
        yield Doc(
            "reuters",
            str(r["id"]),
            str(r["title"]),
            str(r["body"]),
            category,
            str(split),
        )


def nyt(corpora: Path) -> Iterator[Doc]:
    """NYT front-page headlines (title only); ids divisible by 5 are the held-out test split."""
    for r in _jsonl(corpora / "nyt_headlines.jsonl"):
        ident = str(r["id"])
        split = "test" if int(ident) % 5 == 0 else "train"
        yield Doc("nyt", ident, str(r["title"]), "", str(r["topic_code"]), split, str(r["subject"]))


def ag_news(corpora: Path) -> Iterator[Doc]:
    """AG News test file (title + description); used for training only."""
    for r in _jsonl(corpora / "ag_news_test.jsonl"):
        body = str(r["description"]).replace("\\", " ").replace(" #39;", "'").replace(" #36;", "$")
        yield Doc("ag_news", str(r["id"]), str(r["title"]), body, str(r["label"]), "train")


def bbc(corpora: Path) -> Iterator[Doc]:
    """BBC News 2004-2005 articles; used for training and the throughput benchmark."""
    for r in _jsonl(corpora / "bbc.jsonl"):
        yield Doc(
            "bbc",
            str(r["id"]),
            str(r["title"]),
            str(r["body"]),
            str(r["category"]),
            "train",
        )


def audit_split(corpus: str, ident: str) -> str:
    """The split of a judgement added after the first round: a fixed, label-blind hash rule.

    ``test`` when sha256("corpus:id") mod 10 is below 3 (about 30%), else ``train``. It was
    written down before the second round's articles were judged and before any model saw them.
    """
    digest = hashlib.sha256(f"{corpus}:{ident}".encode()).hexdigest()
    return "test" if int(digest, 16) % 10 < AUDIT_TEST_TENTHS else "train"


class AiJudgement(NamedTuple):
    """One hand-judged article of the AI set."""

    corpus: str
    id: str
    label: int
    split: str
    note: str
    round: int  # 1: the first audit (stratified seeded split); 2: the wider audit (audit_split)


def ai_judgements(path: Path = AI_LABELS_FILE) -> list[AiJudgement]:
    """Read data/ai_labels.jsonl."""
    return [
        AiJudgement(
            str(r["corpus"]),
            str(r["id"]),
            int(r["label"]),
            str(r["split"]),
            str(r["note"]),
            int(r.get("round", 1)),
        )
        for r in _jsonl(path)
    ]


def all_docs(corpora: Path) -> dict[tuple[str, str], Doc]:
    """Every article of the four topic corpora, keyed by (corpus, id)."""
    docs: dict[tuple[str, str], Doc] = {}
    for reader in (reuters, nyt, ag_news, bbc):
        for doc in reader(corpora):
            docs[(doc.corpus, doc.id)] = doc
    return docs
