"""Features of the CoNLL-2003 entity tagger, as attribute strings (what training sees).

Features of a word type (identity, shape, affixes, word clusters, gazetteer
membership) depend on the word alone; context features add conjunctions with
the neighbours, multi-word gazetteer matches and document-level cues (how the
same word is written elsewhere in the document); the second stage adds how the
first stage tagged the word's other mentions. scripts/train_ner.py writes these
strings for python-crfsuite; at run time pipeline/stages/ner_index.py turns the
same features straight into weight rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, TypeVar

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# longer token runs are tagged in chunks of this size (keeps hostile input linear)
MAX_SENTENCE = 150
MAX_WORD = 100  # longer tokens are truncated before feature extraction
CONTEXT_SLOTS = 16  # per-token context features kept at run time (and in training)
AGG_SLOTS = 4  # second-stage document-aggregation features per token
OFFSETS = (-2, -1, 0, 1, 2)
PAD_LEFT = ("<S2>", "<S1>")
PAD_RIGHT = ("</S1>", "</S2>")
_V = TypeVar("_V")
_T = TypeVar("_T")


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


def collapse_runs(mapped: str, collapse: int) -> str:
    """Keep at most `collapse` characters of each run of the same character."""
    out: list[str] = []
    last = ""
    run = 0
    for c in mapped:
        if c == last:
            run += 1
            if run > collapse:
                continue
        else:
            last = c
            run = 1
        out.append(c)
    return "".join(out)


def word_shape(word: str, collapse: int) -> str:
    """Map characters to X/x/d (others kept), collapsing runs longer than `collapse`."""
    mapped = "".join("X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
                     for ch in word)
    return collapse_runs(mapped, collapse)


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


def word_case(word: str) -> str:
    """The case feature of a word: upper, title, mixed, lower or other."""
    if word.isupper():
        return "upper"
    if word[:1].isupper():
        return "title" if word[1:].islower() or len(word) == 1 else "mixed"
    return "lower" if word.islower() else "other"


def type_attributes(word: str, lex: Lexicon) -> dict[int, list[str]]:
    """Attributes of a word type for each relative offset at which it can be seen."""
    if word in PAD_LEFT or word in PAD_RIGHT:
        return {k: [f"{k}:pad={word}"] for k in OFFSETS if k != 0}
    word = word[:MAX_WORD]
    low = word.lower()
    shape = word_shape(word, 2)
    short = word_shape(word, 1)
    case = word_case(word)
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


class WordForm(NamedTuple):
    """What the context features need to know of a word type (computed once per type)."""

    low: str  # word.lower()
    short: str  # word_shape(word[:MAX_WORD], 1)
    first_upper: bool  # word[:1].isupper()
    is_lower: bool  # word.islower()
    cased: bool  # any(ch.isalpha() for ch in word)
    upper: bool  # word.isupper()


def word_form(word: str) -> WordForm:
    """The WordForm of a word."""
    return WordForm(word.lower(), word_shape(word[:MAX_WORD], 1), word[:1].isupper(),
                    word.islower(), any(ch.isalpha() for ch in word), word.isupper())


@dataclass(frozen=True)
class DocumentCues:
    """How words are written across one document (lower-cased keys)."""

    lower_seen: frozenset[str]
    capital_mid: frozenset[str]
    run_first: frozenset[str]
    run_last: frozenset[str]
    run_single: frozenset[str]


def is_caps_sentence(forms: Sequence[WordForm]) -> bool:
    """A sentence written in capitals: at least 60% of its words with letters are upper case."""
    cased = 0
    upper = 0
    for f in forms:
        if f.cased:
            cased += 1
            upper += f.upper
    return cased > 0 and upper >= 0.6 * cased


def document_cues(
    sentences: Sequence[Sequence[str]],
    forms: Sequence[Sequence[WordForm]],
    caps: Sequence[bool],
) -> DocumentCues:
    """Collect lower-case uses, mid-sentence capitalised uses and capitalised runs in a document."""
    lower_seen: set[str] = set()
    capital_mid: set[str] = set()
    run_first: set[str] = set()
    run_last: set[str] = set()
    run_single: set[str] = set()
    for words, sent_forms, is_caps in zip(sentences, forms, caps, strict=True):
        if is_caps:
            continue
        run: list[str] = []
        for i, (w, f) in enumerate(zip(words, sent_forms, strict=True)):
            if f.first_upper:
                if i > 0:
                    capital_mid.add(f.low)
                    run.append(f.low)
                    continue
            elif f.is_lower:
                lower_seen.add(w)
            if run:
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


def _gazetteer_spans(words: Sequence[str], lex: Lexicon, caps: bool) -> dict[int, list[str]]:
    """Multi-word gazetteer marks ("mg=B-LOC"...) of the tokens inside a match, by token index."""
    marks: dict[int, list[str]] = {}
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
                        marks.setdefault(i + j, []).extend(
                            f"mg={'B' if j == 0 else 'I'}-{c}" for c in cats
                        )
                    i += m - 1
                    break
        i += 1
    return marks


def context_attributes(
    words: Sequence[str],
    forms: Sequence[WordForm],
    lex: Lexicon,
    cues: DocumentCues,
    caps: bool,
) -> list[list[str]]:
    """Per-token attributes that depend on the sentence and document, not only on the word type.

    pipeline/stages/ner_index.py computes the same attributes as weight rows
    (tests/unit/test_ner_index.py holds the two together).
    """
    n = len(words)
    lows = [f.low for f in forms]
    shorts = [f.short for f in forms]
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
        if i in gaz:
            attrs.extend(gaz[i][:3])
        if forms[i].first_upper:
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


def chunks_of(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Sentences cut into runs of at most MAX_SENTENCE tokens, empty tokens written "_"."""
    out: list[list[str]] = []
    for sent in sentences:
        for start in range(0, len(sent), MAX_SENTENCE):
            out.append([w if w else "_" for w in sent[start : start + MAX_SENTENCE]])
    return out


def document_attributes(
    sentences: Sequence[Sequence[str]], lex: Lexicon
) -> list[list[list[str]]]:
    """Full attribute lists for every token of a document (used for training with crfsuite)."""
    chunks = chunks_of(sentences)
    known: dict[str, WordForm] = {}
    forms = [[known.get(w) or known.setdefault(w, word_form(w)) for w in words]
             for words in chunks]
    caps = [is_caps_sentence(f) for f in forms]
    cues = document_cues(chunks, forms, caps)
    cache: dict[str, dict[int, list[str]]] = {}
    out: list[list[list[str]]] = []
    for words, sent_forms, is_caps in zip(chunks, forms, caps, strict=True):
        padded = [*PAD_LEFT, *words, *PAD_RIGHT]
        for w in padded:
            if w not in cache:
                cache[w] = type_attributes(w, lex)
        ctx = context_attributes(words, sent_forms, lex, cues, is_caps)
        sent_attrs: list[list[str]] = []
        for i in range(len(words)):
            attrs: list[str] = []
            for k in OFFSETS:
                attrs.extend(cache[padded[i + 2 + k]].get(k, ()))
            attrs.extend(ctx[i])
            sent_attrs.append(attrs)
        out.append(sent_attrs)
    return out


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
