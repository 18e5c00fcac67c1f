"""Features of a token in its sentence and document: neighbours, multi-word gazetteer
matches and document-level cues (how the same word is written elsewhere in the document).

ner_index.py and ner_context.py compute the same attributes as weight rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.stages.ner_lexicon import CONTEXT_SLOTS, MAX_SENTENCE, Lexicon
from pipeline.stages.ner_word_features import WordForm


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


def gazetteer_spans(words: Sequence[str], lex: Lexicon, caps: bool) -> dict[int, list[str]]:
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
    gaz = gazetteer_spans(words, lex, caps)
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
