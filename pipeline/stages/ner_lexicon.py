"""The entity tagger's label set, size limits and lexicon (word clusters and gazetteers).

Shared by the feature definitions (ner_word_features.py, ner_context_features.py,
ner_second_stage.py, assembled by ner_features.py) and their run-time lookups.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# longer token runs are tagged in chunks of this size (keeps hostile input linear)
MAX_SENTENCE = 150
MAX_WORD = 100  # longer tokens are truncated before feature extraction
CONTEXT_SLOTS = 16  # per-token context features kept at run time (and in training)
AGG_SLOTS = 4  # second-stage document-aggregation features per token
OFFSETS = (-2, -1, 0, 1, 2)
PAD_LEFT = ("<S2>", "<S1>")
PAD_RIGHT = ("</S1>", "</S2>")


@dataclass(frozen=True)
class Lexicon:
    """Word clusters and gazetteers used by the feature functions."""

    clusters: dict[str, tuple[str, ...]]
    granularities: tuple[str, ...]
    embeddings: dict[str, str]
    gaz_single: dict[str, tuple[str, ...]]
    gaz_multi: dict[str, tuple[str, ...]]
    gaz_multi_first: frozenset[str]

    @classmethod
    def load(cls, directory: Path) -> Lexicon:
        """Read clusters.txt and gazetteers.json from a model directory."""
        clusters: dict[str, tuple[str, ...]] = {}
        embeddings: dict[str, str] = {}
        lines = (directory / "clusters.txt").read_text(encoding="utf-8").split("\n")
        header = lines[0].split(
            "\t"
        )  # "# word", one column per granularity, optional "emb"
        has_emb = header[-1] == "emb"
        granularities = tuple(header[1:-1] if has_emb else header[1:])
        for line in lines[1:]:
            if not line:
                continue
            parts = line.split("\t")
            if has_emb:
                embeddings[parts[0]] = parts.pop()
            clusters[parts[0]] = tuple(parts[1:])
        raw = json.loads((directory / "gazetteers.json").read_text(encoding="utf-8"))
        single: dict[str, list[str]] = {}
        multi: dict[str, list[str]] = {}
        for category, names in sorted(raw.items()):
            for name in names:
                target = multi if " " in name else single
                target.setdefault(name, []).append(category)
        return cls(
            clusters=clusters,
            granularities=granularities,
            embeddings=embeddings,
            gaz_single={k: tuple(v) for k, v in single.items()},
            gaz_multi={k: tuple(v) for k, v in multi.items()},
            gaz_multi_first=frozenset(k.split(" ", 1)[0] for k in multi),
        )
