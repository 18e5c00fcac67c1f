"""The hand-judged AI set (data/ai_labels.jsonl), its split rules, and duplicate-text keys."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.topics_data import (
    AI_LABELS_FILE,
    MIN_DUPLICATE_BODY,
    ai_judgements,
    all_docs,
    audit_split,
    text_keys,
)

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
LABELLING_DOC = ROOT / "docs" / "ai-labelling.md"


def test_judgements_are_well_formed_and_unique() -> None:
    judgements = ai_judgements()
    assert judgements
    keys = [(j.corpus, j.id) for j in judgements]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]
    for j in judgements:
        assert j.corpus in {"reuters", "ag_news", "bbc", "nyt"}
        assert j.label in (0, 1)
        assert j.split in ("train", "test")
        assert j.round in (1, 2)
        assert j.note.strip()


def test_second_round_splits_follow_the_hash_rule() -> None:
    second = [j for j in ai_judgements() if j.round == 2]
    assert second
    for j in second:
        assert j.split == audit_split(j.corpus, j.id), (j.corpus, j.id)


def test_audit_split_is_deterministic_and_holds_out_about_thirty_percent() -> None:
    assert audit_split("ag_news", "5813") == "test"
    assert audit_split("ag_news", "1820") == "train"
    splits = [audit_split("bbc", f"tech/{i:03d}") for i in range(1000)]
    assert 0.25 < splits.count("test") / len(splits) < 0.35


def test_counts_table_in_the_labelling_doc_matches_the_file() -> None:
    counts = Counter((j.split, j.label) for j in ai_judgements())
    text = LABELLING_DOC.read_text(encoding="utf-8")
    table = text[text.index("\n## Counts\n") :]
    for split in ("train", "test"):
        row = re.search(rf"^\| {split} \| (\d+) \| (\d+) \| (\d+) \|$", table, re.MULTILINE)
        assert row, split
        positive, negative, total = (int(g) for g in row.groups())
        assert positive == counts[(split, 1)]
        assert negative == counts[(split, 0)]
        assert total == positive + negative


def test_body_copies_share_a_key_but_short_bodies_do_not() -> None:
    body = "The chancellor said on Tuesday that the budget would be balanced by 2008. " * 4
    assert len(body) >= MIN_DUPLICATE_BODY
    assert text_keys("Budget to balance", body) & text_keys("Brown: budget will balance", body)
    assert not text_keys("A", body) & text_keys("A", body.replace("2008", "2009"))
    short = "Shares rose two pct."
    assert not text_keys("Stocks up", short) & text_keys("Shares higher", short)
    assert text_keys("Stocks up", short) == text_keys("  stocks UP ", short)


@pytest.mark.skipif(not CORPORA.exists(), reason="needs ../shared/corpora (not in the repo)")
def test_every_judgement_is_a_corpus_record_and_no_text_is_judged_twice() -> None:
    docs = all_docs(CORPORA)
    seen: dict[str, tuple[str, str]] = {}
    for j in ai_judgements(AI_LABELS_FILE):
        doc = docs[(j.corpus, j.id)]
        for key in text_keys(doc.title, doc.body):
            assert key not in seen, f"{(j.corpus, j.id)} repeats {seen[key]}"
            seen[key] = (j.corpus, j.id)
