"""Second-stage features: the first stage's tag of a token and how the first stage tagged
the other mentions of the same word in the document (label consistency)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from pipeline.stages.ner_lexicon import AGG_SLOTS

_T = TypeVar("_T")


def aggregate_attributes(
    chunks: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[list[str]]]:
    """Second-stage attributes: the first-stage tag and how other mentions of the word were tagged."""
    keys = [[w.lower() if w[:1].isupper() else None for w in words] for words in chunks]
    return aggregate_encoded(keys, tags, lambda attrs: attrs)


def aggregate_encoded(
    keys: Sequence[Sequence[str | None]],
    tags: Sequence[Sequence[str]],
    encode: Callable[[list[str]], list[_T]],
) -> list[list[list[_T]]]:
    """aggregate_attributes given each token's key (its lower case when capitalised, else None).

    Each distinct attribute list is built and passed through `encode` once; tokens
    with the same list share the encoded object.
    """
    counts: dict[str, dict[str, int]] = {}
    for sent_keys, sent_tags in zip(keys, tags, strict=True):
        for key, t in zip(sent_keys, sent_tags, strict=True):
            if key is not None:
                c = counts.setdefault(key, {})
                lab = t[2:] if t != "O" else "O"
                c[lab] = c.get(lab, 0) + 1
    plain: dict[str, list[_T]] = {}
    memo: dict[tuple[str, str], list[_T]] = {}
    out: list[list[list[_T]]] = []
    for sent_keys, sent_tags in zip(keys, tags, strict=True):
        sent: list[list[_T]] = []
        for key, t in zip(sent_keys, sent_tags, strict=True):
            if key is None:
                found = plain.get(t)
                if found is None:
                    found = plain[t] = encode([f"s1={t}"])
                sent.append(found)
                continue
            found = memo.get((key, t))
            if found is None:
                attrs = [f"s1={t}"]
                own = t[2:] if t != "O" else "O"
                others = {
                    k: v - (k == own)
                    for k, v in counts[key].items()
                    if v - (k == own) > 0
                }
                if others:
                    best = max(sorted(others), key=lambda k: others[k])
                    attrs.append(f"agg={best}")
                    attrs.append(f"agg|s1={best}|{own}")
                    if len(others) > 1:
                        attrs.append("agg=mixed")
                found = memo[(key, t)] = encode(attrs[:AGG_SLOTS])
            sent.append(found)
        out.append(sent)
    return out
