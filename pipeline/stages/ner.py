"""Named-entity tagger (PER, ORG, LOC, MISC) trained on CoNLL-2003: linear-chain CRF, numpy decoding.

The CRF is trained with python-crfsuite by scripts/train_ner.py; its weights
are stored as numpy arrays (model.npz, loaded with allow_pickle=False) plus a
plain-text attribute list. At run time features are computed here and decoded
with a batched numpy Viterbi. Features of a word type (identity, shape,
affixes, word clusters, gazetteer membership) are summed once per type and
cached; per-token features add context conjunctions, multi-word gazetteer
matches and document-level cues (how the same word is written elsewhere in
the document).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# longer token runs are tagged in chunks of this size (keeps hostile input linear)
MAX_SENTENCE = 150
MAX_WORD = 100  # longer tokens are truncated before feature extraction
CONTEXT_SLOTS = 16  # per-token context features kept at run time (and in training)
AGG_SLOTS = 4  # second-stage document-aggregation features per token
OFFSETS = (-2, -1, 0, 1, 2)
PAD_LEFT = ("<S2>", "<S1>")
PAD_RIGHT = ("</S1>", "</S2>")
CACHE_LIMIT = 100_000  # cached word types (about 0.5 KB each)
TYPE_BATCH = 4096  # new word types whose weights are summed in one numpy call
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "resources" / "ner"

_TITLES = frozenset(
    {"Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.", "Dr", "Dr.", "Messrs", "Messrs."}
)

FloatArray = npt.NDArray[np.float32]
_V = TypeVar("_V")


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


def word_shape(word: str, collapse: int) -> str:
    """Map characters to X/x/d (others kept), collapsing runs longer than `collapse`."""
    out: list[str] = []
    last = ""
    run = 0
    for ch in word:
        c = (
            "X"
            if ch.isupper()
            else "x"
            if ch.islower()
            else "d"
            if ch.isdigit()
            else ch
        )
        if c == last:
            run += 1
            if run > collapse:
                continue
        else:
            last = c
            run = 1
        out.append(c)
    return "".join(out)


def _cluster(word: str, table: Mapping[str, _V]) -> _V | None:
    found = table.get(word)
    if found is None and word.isupper():
        found = table.get(word.title())
    if found is None:
        found = table.get(word.lower())
    if found is None:
        found = table.get(word.capitalize())
    return found


def _gazetteer(word: str, lex: Lexicon) -> tuple[str, ...]:
    found = lex.gaz_single.get(word)
    if found is None and word.isupper() and len(word) > 1:
        found = lex.gaz_single.get(word.title())
    return found or ()


def type_attributes(word: str, lex: Lexicon) -> dict[int, list[str]]:
    """Attributes of a word type for each relative offset at which it can be seen."""
    if word in PAD_LEFT or word in PAD_RIGHT:
        return {k: [f"{k}:pad={word}"] for k in OFFSETS if k != 0}
    word = word[:MAX_WORD]
    low = word.lower()
    shape = word_shape(word, 2)
    short = word_shape(word, 1)
    if word.isupper():
        case = "upper"
    elif word[:1].isupper():
        case = "title" if word[1:].islower() or len(word) == 1 else "mixed"
    elif word.islower():
        case = "lower"
    else:
        case = "other"
    clusters = _cluster(word, lex.clusters)
    emb = _cluster(word, lex.embeddings) if lex.embeddings else None
    gaz = _gazetteer(word, lex)
    a0 = [
        f"w={word}",
        f"lw={low}",
        f"sh={shape}",
        f"ss={short}",
        f"case={case}",
        f"len={min(len(word), 8)}",
    ]
    for n in (1, 2, 3, 4):
        if len(low) > n:
            a0.append(f"p{n}={low[:n]}")
            a0.append(f"s{n}={low[-n:]}")
    if any(ch.isdigit() for ch in word):
        a0.append("digit")
    if "-" in word:
        a0.append("hyph")
    if "." in word:
        a0.append("dot")
    if clusters is None:
        a0.append("c=none")
    else:
        a0.extend(f"{g}={c}" for g, c in zip(lex.granularities, clusters, strict=False))
    a0.extend(f"g={g}" for g in gaz)
    if emb:
        a0.extend(f"e{d}{ch}" for d, ch in enumerate(emb) if ch != "0")
    near = [f"lw={low}", f"ss={short}", f"case={case}"]
    if clusters is not None and len(clusters) >= 3:
        near.extend((f"c1={clusters[1]}", f"c2={clusters[2]}"))
    near.extend(f"g={g}" for g in gaz)
    far = [f"lw={low}", f"ss={short}"]
    if clusters is not None and len(clusters) >= 2:
        far.append(f"c1={clusters[1]}")
    return {
        -2: [f"-2:{a}" for a in far],
        -1: [f"-1:{a}" for a in near],
        0: a0,
        1: [f"1:{a}" for a in near],
        2: [f"2:{a}" for a in far],
    }


@dataclass(frozen=True)
class DocumentCues:
    """How words are written across one document (lower-cased keys)."""

    lower_seen: frozenset[str]
    capital_mid: frozenset[str]
    run_first: frozenset[str]
    run_last: frozenset[str]
    run_single: frozenset[str]


def _is_caps_sentence(words: Sequence[str]) -> bool:
    cased = [w for w in words if any(ch.isalpha() for ch in w)]
    return bool(cased) and sum(1 for w in cased if w.isupper()) >= 0.6 * len(cased)


def document_cues(
    sentences: Sequence[Sequence[str]], caps: Sequence[bool]
) -> DocumentCues:
    """Collect lower-case uses, mid-sentence capitalised uses and capitalised runs in a document."""
    lower_seen: set[str] = set()
    capital_mid: set[str] = set()
    run_first: set[str] = set()
    run_last: set[str] = set()
    run_single: set[str] = set()
    for words, is_caps in zip(sentences, caps, strict=True):
        if is_caps:
            continue
        run: list[str] = []
        for i, w in enumerate(words):
            first = w[:1]
            if first.isupper():
                if i > 0:
                    capital_mid.add(w.lower())
                    run.append(w.lower())
                    continue
            elif w.islower():
                lower_seen.add(w)
            _close_run(run, run_first, run_last, run_single)
        _close_run(run, run_first, run_last, run_single)
    return DocumentCues(
        frozenset(lower_seen),
        frozenset(capital_mid),
        frozenset(run_first),
        frozenset(run_last),
        frozenset(run_single),
    )


def _close_run(
    run: list[str], first: set[str], last: set[str], single: set[str]
) -> None:
    if len(run) == 1:
        single.add(run[0])
    elif run:
        first.add(run[0])
        last.add(run[-1])
    run.clear()


def _gazetteer_spans(words: Sequence[str], lex: Lexicon, caps: bool) -> list[list[str]]:
    marks: list[list[str]] = [[] for _ in words]
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        key0 = w.title() if caps else w
        if key0 in lex.gaz_multi_first:
            for m in range(min(5, n - i), 1, -1):
                seq = words[i : i + m]
                key = " ".join(x.title() if caps else x for x in seq)
                cats = lex.gaz_multi.get(key)
                if cats:
                    for j in range(m):
                        marks[i + j].extend(
                            f"mg={'B' if j == 0 else 'I'}-{c}" for c in cats
                        )
                    i += m - 1
                    break
        i += 1
    return marks


def context_attributes(
    words: Sequence[str],
    shorts: Sequence[str],
    lex: Lexicon,
    cues: DocumentCues,
    caps: bool,
) -> list[list[str]]:
    """Per-token attributes that depend on the sentence and document, not only on the word type."""
    n = len(words)
    lows = [w.lower() for w in words]
    gaz = _gazetteer_spans(words, lex, caps)
    out: list[list[str]] = []
    for i in range(n):
        prev_l = lows[i - 1] if i > 0 else "<s>"
        next_l = lows[i + 1] if i + 1 < n else "</s>"
        prev_s = shorts[i - 1] if i > 0 else "<s>"
        next_s = shorts[i + 1] if i + 1 < n else "</s>"
        attrs = [
            f"lw-1|lw={prev_l}|{lows[i]}",
            f"lw|lw+1={lows[i]}|{next_l}",
            f"ss-1|ss|ss+1={prev_s}|{shorts[i]}|{next_s}",
        ]
        if i == 0:
            attrs.append("bos")
        if i + 1 == n:
            attrs.append("eos")
        if caps:
            attrs.append("caps")
            attrs.append(f"caps|ss={shorts[i]}")
        attrs.extend(gaz[i][:3])
        w = words[i]
        if w[:1].isupper():
            key = lows[i]
            if key in cues.lower_seen:
                attrs.append("d:lc")
            if (i == 0 or caps) and key in cues.capital_mid:
                attrs.append("d:cap")
            if key in cues.run_first:
                attrs.append("d:first")
            if key in cues.run_last:
                attrs.append("d:last")
            if key in cues.run_single:
                attrs.append("d:single")
        out.append(attrs[:CONTEXT_SLOTS])
    return out


def _chunks(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for sent in sentences:
        for start in range(0, len(sent), MAX_SENTENCE):
            out.append([w if w else "_" for w in sent[start : start + MAX_SENTENCE]])
    return out


def document_attributes(
    sentences: Sequence[Sequence[str]], lex: Lexicon
) -> list[list[list[str]]]:
    """Full attribute lists for every token of a document (used for training with crfsuite)."""
    chunks = _chunks(sentences)
    caps = [_is_caps_sentence(s) for s in chunks]
    cues = document_cues(chunks, caps)
    cache: dict[str, dict[int, list[str]]] = {}
    out: list[list[list[str]]] = []
    for words, is_caps in zip(chunks, caps, strict=True):
        padded = [*PAD_LEFT, *words, *PAD_RIGHT]
        for w in padded:
            if w not in cache:
                cache[w] = type_attributes(w, lex)
        shorts = [word_shape(w[:MAX_WORD], 1) for w in words]
        ctx = context_attributes(words, shorts, lex, cues, is_caps)
        sent_attrs: list[list[str]] = []
        for i in range(len(words)):
            attrs: list[str] = []
            for k in OFFSETS:
                attrs.extend(cache[padded[i + 2 + k]].get(k, ()))
            attrs.extend(ctx[i])
            sent_attrs.append(attrs)
        out.append(sent_attrs)
    return out


def viterbi_batch(emissions: list[FloatArray], trans: FloatArray) -> list[list[int]]:
    """Best label index sequence for each emission matrix (n_i x L), decoded together."""
    if not emissions:
        return []
    order = sorted(range(len(emissions)), key=lambda j: -len(emissions[j]))
    lens = np.array([len(emissions[j]) for j in order])
    n_seq, n_lab = len(order), trans.shape[0]
    t_max = int(lens[0])
    em = np.zeros((n_seq, t_max, n_lab), dtype=np.float32)
    for row, j in enumerate(order):
        em[row, : lens[row]] = emissions[j]
    back = np.zeros((n_seq, t_max, n_lab), dtype=np.int16)
    score = em[:, 0, :].copy()
    active = n_seq
    for t in range(1, t_max):
        while active and lens[active - 1] <= t:
            active -= 1
        cand = score[:active, :, None] + trans[None, :, :]
        best = cand.argmax(axis=1)
        back[:active, t] = best
        score[:active] = (
            np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0, :] + em[:active, t]
        )
    tags = np.zeros((n_seq, t_max), dtype=np.int64)
    rows = np.arange(n_seq)
    tags[rows, lens - 1] = score.argmax(axis=1)
    for t in range(t_max - 1, 0, -1):
        sel = rows[lens > t]
        tags[sel, t - 1] = back[sel, t, tags[sel, t]]
    result: list[list[int]] = [[] for _ in emissions]
    for row, j in enumerate(order):
        result[j] = tags[row, : lens[row]].tolist()
    return result


def aggregate_attributes(
    chunks: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[list[str]]]:
    """Second-stage attributes: the first-stage tag and how other mentions of the word were tagged."""
    counts: dict[str, dict[str, int]] = {}
    for words, sent_tags in zip(chunks, tags, strict=True):
        for w, t in zip(words, sent_tags, strict=True):
            if w[:1].isupper():
                c = counts.setdefault(w.lower(), {})
                lab = t[2:] if t != "O" else "O"
                c[lab] = c.get(lab, 0) + 1
    memo: dict[tuple[str, str], list[str]] = {}
    out: list[list[list[str]]] = []
    for words, sent_tags in zip(chunks, tags, strict=True):
        sent: list[list[str]] = []
        for w, t in zip(words, sent_tags, strict=True):
            if not w[:1].isupper():
                sent.append([f"s1={t}"])
                continue
            key = (w.lower(), t)
            attrs = memo.get(key)
            if attrs is None:
                attrs = [f"s1={t}"]
                own = t[2:] if t != "O" else "O"
                others = {
                    k: v - (k == own)
                    for k, v in counts[key[0]].items()
                    if v - (k == own) > 0
                }
                if others:
                    best = max(sorted(others), key=lambda k: others[k])
                    attrs.append(f"agg={best}")
                    attrs.append(f"agg|s1={best}|{own}")
                    if len(others) > 1:
                        attrs.append("agg=mixed")
                attrs = attrs[:AGG_SLOTS]
                memo[key] = attrs
            sent.append(attrs)
        out.append(sent)
    return out


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
        self._type_cache: dict[str, tuple[FloatArray, str]] = {}

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
        return cls(Lexicon.load(directory), index, weights, transitions, f"crf2-{digest}")

    def _add_types(self, words: Sequence[str]) -> None:
        """Compute and cache the per-offset weight sums of new word types, a batch at a time."""
        for start in range(0, len(words), TYPE_BATCH):
            self._add_type_batch(words[start : start + TYPE_BATCH])

    def _add_type_batch(self, ordered: Sequence[str]) -> None:
        get = self.attr_index.get
        zero = self._zero
        ids: list[int] = []
        starts: list[int] = []
        for word in ordered:
            attrs = type_attributes(word, self.lex)
            for k in OFFSETS:
                starts.append(len(ids))
                ids.append(zero)  # keeps every segment non-empty
                ids.extend(get(a, zero) for a in attrs.get(k, ()))
        sums = np.add.reduceat(self.weights[ids], np.asarray(starts), axis=0)
        sums = sums.reshape(len(ordered), len(OFFSETS), self.weights.shape[1])
        for word, vec in zip(ordered, sums, strict=True):
            self._type_cache[word] = (vec, word_shape(word[:MAX_WORD], 1))

    def _lookup(self, attrs: Sequence[Sequence[str]]) -> FloatArray:
        """Sum the weight rows of per-token attribute lists, each non-empty (unknown ones add nothing)."""
        get = self.attr_index.get
        zero = self._zero
        ids = [get(a, zero) for token_attrs in attrs for a in token_attrs]
        starts = np.cumsum([0] + [len(a) for a in attrs[:-1]])
        summed: FloatArray = np.add.reduceat(self.weights[ids], starts, axis=0)
        return summed

    def emissions(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[FloatArray]]:
        """Chunk a document's sentences; emission scores of every stage side by side (n x L*stages)."""
        chunks = _chunks(sentences)
        caps = [_is_caps_sentence(s) for s in chunks]
        cues = document_cues(chunks, caps)
        out: list[FloatArray] = []
        ctx: list[list[str]] = []
        cache = self._type_cache
        new = {w for words in chunks for w in words if w not in cache}
        new.update(w for w in (*PAD_LEFT, *PAD_RIGHT) if w not in cache)
        if (
            len(cache) + len(new) > CACHE_LIMIT
        ):  # bound memory: start afresh with this document
            cache.clear()
            new = {w for words in chunks for w in words}
            new.update((*PAD_LEFT, *PAD_RIGHT))
        if new:
            self._add_types(sorted(new))
        for words, is_caps in zip(chunks, caps, strict=True):
            n = len(words)
            entries = [cache[w] for w in (*PAD_LEFT, *words, *PAD_RIGHT)]
            stack = np.stack([e[0] for e in entries])
            em = (
                stack[0:n, 0]
                + stack[1 : n + 1, 1]
                + stack[2 : n + 2, 2]
                + stack[3 : n + 3, 3]
                + stack[4 : n + 4, 4]
            )
            shorts = [e[1] for e in entries[2 : n + 2]]
            ctx.extend(context_attributes(words, shorts, self.lex, cues, is_caps))
            out.append(em)
        if ctx:
            summed = self._lookup(ctx)
            pos = 0
            for em in out:
                em += summed[pos : pos + len(em)]
                pos += len(em)
        return chunks, out

    def tag_chunks(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[str]]]:
        """Chunked words of a document and their tags from the last stage."""
        chunks, ems = self.emissions(sentences)
        if not chunks:
            return [], []
        n_lab = len(LABELS)
        paths = viterbi_batch([em[:, :n_lab] for em in ems], self.transitions[0])
        tags = [[LABELS[k] for k in path] for path in paths]
        for stage in range(1, len(self.transitions)):
            cols = slice(stage * n_lab, (stage + 1) * n_lab)
            agg = aggregate_attributes(chunks, tags)
            summed = self._lookup([a for chunk in agg for a in chunk])[:, cols]
            ems2 = []
            pos = 0
            for em in ems:
                ems2.append(em[:, cols] + summed[pos : pos + len(em)])
                pos += len(em)
            paths = viterbi_batch(ems2, self.transitions[stage])
            tags = [[LABELS[k] for k in path] for path in paths]
        return chunks, tags

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence of one document."""
        _, tags = self.tag_chunks(sentences)
        flat = [t for chunk in tags for t in chunk]
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
