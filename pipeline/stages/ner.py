"""Named-entity tagger (PER, ORG, LOC, MISC) trained on CoNLL-2003: linear-chain CRF, numpy decoding.

The CRF is trained with python-crfsuite by scripts/train_ner.py; its weights
are stored as numpy arrays (model.npz, loaded with allow_pickle=False) plus a
plain-text attribute list. At run time the features of ner_features.py (and the modules it assembles) are
looked up as weight rows (ner_index.py): a word type's features (identity,
shape, affixes, word clusters, gazetteer membership) are found without their
strings (ner_typerows.py), summed once per type and cached; per-token features
add context conjunctions, multi-word gazetteer matches and document-level cues
(how the same word is written elsewhere in the document), summed for the whole
document at once (ner_context.py). Every chunk of a document is decoded
together (ner_decode.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from pipeline.paths import RESOURCES_DIR
from pipeline.stages.ner_context import ContextSums
from pipeline.stages.ner_context_features import (
    DocumentCues,
    chunks_of,
    document_cues,
    is_caps_sentence,
)
from pipeline.stages.ner_decode import ChunkLayout, viterbi_batch, viterbi_flat
from pipeline.stages.ner_features import document_attributes
from pipeline.stages.ner_index import ContextIndex, TypeTable
from pipeline.stages.ner_lexicon import LABELS, PAD_LEFT, PAD_RIGHT, Lexicon
from pipeline.stages.ner_second_stage import aggregate_attributes, aggregate_encoded
from pipeline.stages.ner_typerows import TypeRows

__all__ = [
    "DEFAULT_DIR",
    "LABELS",
    "Lexicon",
    "NerTagger",
    "aggregate_attributes",
    "bio_to_spans",
    "document_attributes",
    "viterbi_batch",
]

CACHE_LIMIT = 100_000  # word types cached beyond the lexicon's (about 0.6 KB each)
DEFAULT_DIR = RESOURCES_DIR / "ner"

_TITLES = frozenset(
    {"Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.", "Dr", "Dr.", "Messrs", "Messrs."}
)

FloatArray = npt.NDArray[np.float32]


class NerTagger:
    """CoNLL-2003 NER tagger: load once, then tag tokenized documents.

    Two stages: the first CRF tags every chunk; the second adds, for each word,
    the first-stage tags of its other mentions in the document (label
    consistency) and decodes again. Both stages share the attribute index, and
    their state weights sit side by side in one matrix so a single lookup
    serves both.
    """

    def __init__(
        self,
        lex: Lexicon,
        attr_index: dict[str, int],
        weights: FloatArray,
        transitions: Sequence[FloatArray],
        version: str = "unversioned",
    ) -> None:
        """Wrap a lexicon, attribute->row index, state weights (A+1 x L*stages, last row 0), transitions."""
        self.version = version
        self.lex = lex
        self.attr_index = attr_index
        self.weights = weights
        self.transitions = list(transitions)
        self._zero = len(weights) - 1
        n_lab = len(LABELS)
        self._stage_weights = [np.ascontiguousarray(weights[:, k * n_lab : (k + 1) * n_lab])
                               for k in range(len(self.transitions))]
        self._rows = TypeRows(lex, attr_index, self._zero)
        self._types = TypeTable(lex, attr_index, weights, CACHE_LIMIT, self._rows)
        self._context = ContextIndex(attr_index, self._zero)
        self._sums = ContextSums(self._context)

    @classmethod
    def load(cls, directory: Path | None = None) -> NerTagger:
        """Load a model directory (default: the packaged pipeline/resources/ner/)."""
        directory = DEFAULT_DIR if directory is None else Path(directory)
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        if tuple(meta["labels"]) != LABELS:
            raise ValueError(f"unexpected label set in {directory / 'meta.json'}")
        stages = int(meta.get("stages", 1))
        names = (directory / "attributes.txt").read_text(encoding="utf-8").split("\n")
        if names and names[-1] == "":
            names.pop()
        n_lab = len(LABELS)
        digest = hashlib.sha256((directory / "model.npz").read_bytes()).hexdigest()[:12]
        with np.load(directory / "model.npz", allow_pickle=False) as data:
            state = np.asarray(data["state"], dtype=np.float32)
            transitions = [
                np.asarray(data[f"trans{k}"], dtype=np.float32) for k in range(stages)
            ]
        if state.shape != (len(names), n_lab * stages) or any(
            t.shape != (n_lab, n_lab) for t in transitions
        ):
            raise ValueError(f"model arrays do not match attributes.txt in {directory}")
        weights = np.vstack([state, np.zeros((1, state.shape[1]), dtype=np.float32)])
        index = {a: i for i, a in enumerate(names)}
        tagger = cls(Lexicon.load(directory), index, weights, transitions, f"crf2-{digest}")
        tagger.seed_types()
        return tagger

    def seed_types(self) -> None:
        """Cache the word types of the lexicon's clusters for good (about two thirds of the new
        types a warm worker meets in news text are there); clear_cache() keeps them."""
        self._types.seed(self.lex.clusters)

    def emissions(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], FloatArray, list[int]]:
        """Chunks of a document's sentences, emission scores of every stage side by side
        (N x L*stages, one row per token of the chunks in order), and each token's type slot."""
        chunks = chunks_of(sentences)
        types = self._types
        every = {w for words in chunks for w in words}
        every.update((*PAD_LEFT, *PAD_RIGHT))
        types.ensure(every)
        slot, forms = types.slot, types.forms
        slots = [[slot[w] for w in words] for words in chunks]
        chunk_forms = [[forms[s] for s in row] for row in slots]
        caps = [is_caps_sentence(f) for f in chunk_forms]
        cues: DocumentCues = document_cues(chunks, chunk_forms, caps)
        left = [slot[w] for w in PAD_LEFT]
        right = [slot[w] for w in PAD_RIGHT]
        padded: list[int] = []
        centres: list[int] = []
        for row in slots:
            base = len(padded) + len(left)
            centres.extend(range(base, base + len(row)))
            padded += left
            padded += row
            padded += right
        n_off = types.sums.shape[1]
        flat = types.sums.reshape(-1, types.sums.shape[2])
        rows = np.asarray(padded, dtype=np.intp) * n_off
        at = np.asarray(centres, dtype=np.intp)
        em: FloatArray = (flat[rows[at - 2]] + flat[rows[at - 1] + 1] + flat[rows[at] + 2]
                          + flat[rows[at + 1] + 3] + flat[rows[at + 2] + 4])
        em += self._sums.sums(chunks, chunk_forms, caps, cues, self.lex, self.weights)
        return chunks, em, [s for row in slots for s in row]

    def clear_cache(self) -> None:
        """Forget the word types cached since the seed (so a benchmark pass starts from a known
        state: the one a worker starts from)."""
        self._types.reset()

    def _ids(self, attrs: list[str]) -> list[int]:
        """Weight rows of attributes (unknown ones: the zero row)."""
        get = self.attr_index.get
        zero = self._zero
        return [get(a, zero) for a in attrs]

    def _tag_flat(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[str]]:
        """Chunked words of a document and the last stage's tag of every token, in order."""
        chunks, em, slots = self.emissions(sentences)
        if not chunks:
            return [], []
        n_lab = len(LABELS)
        layout = ChunkLayout.of([len(c) for c in chunks])
        path = viterbi_flat(em[:, :n_lab], layout, self.transitions[0])
        tags = [LABELS[k] for k in path]
        forms = self._types.forms
        keys = [[f.low if f.first_upper else None for f in (forms[s] for s in slots)]]
        for stage in range(1, len(self.transitions)):
            weights = self._stage_weights[stage]
            agg = aggregate_encoded(keys, [tags], self._ids)[0]
            counts = [len(a) for a in agg]
            starts = np.zeros(len(counts), dtype=np.intp)
            np.cumsum(counts[:-1], out=starts[1:])
            summed = np.add.reduceat(weights[[i for a in agg for i in a]], starts, axis=0)
            em2 = em[:, stage * n_lab : (stage + 1) * n_lab] + summed
            path = viterbi_flat(em2, layout, self.transitions[stage])
            tags = [LABELS[k] for k in path]
        return chunks, tags

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence of one document."""
        _, flat = self._tag_flat(sentences)
        out: list[list[str]] = []
        pos = 0
        for sent in sentences:
            out.append(_repair(flat[pos : pos + len(sent)], sent))
            pos += len(sent)
        return out


def _repair(tags: list[str], words: Sequence[str]) -> list[str]:
    """Make tags valid BIO and drop a courtesy title ("Mr", "Mrs") from the start of a person."""
    prev = "O"
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tags[i] = tag = "B-" + tag[2:]
        if (
            tag == "B-PER"
            and words[i] in _TITLES
            and i + 1 < len(tags)
            and tags[i + 1] == "I-PER"
        ):
            tags[i], tags[i + 1] = "O", "B-PER"
            tag = "O"
        prev = tag
    return tags


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, label) from BIO tags; a stray I- starts an entity."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, tag[2:]
        elif not tag.startswith("I-"):
            if start >= 0:
                spans.append((start, i, label))
            start, label = -1, ""
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans
