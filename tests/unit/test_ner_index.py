"""Run-time feature ids and batched decoding agree with the attribute strings and a plain Viterbi."""

from __future__ import annotations

import numpy as np
import orjson
import pytest

from pipeline.inputs import RawInput
from pipeline.stages.chain import Resources
from pipeline.stages.ner import NerTagger
from pipeline.stages.ner_context_features import (
    chunks_of,
    context_attributes,
    document_cues,
    is_caps_sentence,
)
from pipeline.stages.ner_decode import ChunkLayout, _first_argmax, viterbi_flat
from pipeline.stages.ner_index import ContextIndex, TypeTable, _splits
from pipeline.stages.ner_word_features import word_form
from pipeline.stages.text import split_sentences, tokenize

TRICKY = [
    "SOCCER - GERMANY BEAT ITALY IN ROME.\nROME 1996-08-22\nGermany beat Italy 2-1 in Rome.",
    "Shares of New York Stock Exchange firms rose; the exchange said New York was calm.",
    "a | b || c | | d\n|x| and ||| then Mr. Smith met Smith and SMITH in smith",
    "The European Union and the United Nations met in Hong Kong and Los Angeles on Monday.",
    "O'Brien's goal for AT&T; U.S.-led talks. Washington said Washington would go.",
]


def _sentences(text: str) -> list[list[str]]:
    toks = tokenize(text)
    return [[text[toks.starts[i] : toks.ends[i]] for i in range(a, b)]
            for a, b in split_sentences(text, toks)]


def _texts(samples: list[RawInput]) -> list[str]:
    bodies = [orjson.loads(s.payload)["body"] for s in samples]
    return [*TRICKY, *bodies]


def test_context_ids_match_attribute_strings(resources: Resources,
                                             samples: list[RawInput]) -> None:
    """chunk_ids() gives, token by token, the rows of context_attributes()' strings."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    index = ContextIndex(tagger.attr_index, len(tagger.weights) - 1)
    for text in _texts(samples):
        chunks = chunks_of(_sentences(text))
        forms = [[word_form(w) for w in words] for words in chunks]
        caps = [is_caps_sentence(f) for f in forms]
        cues = document_cues(chunks, forms, caps)
        for words, sent_forms, is_caps in zip(chunks, forms, caps, strict=True):
            ids: list[int] = []
            counts: list[int] = []
            index.chunk_ids(words, sent_forms, tagger.lex, cues, is_caps, ids, counts)
            expected = [[tagger.attr_index.get(a, index.zero) for a in attrs]
                        for attrs in context_attributes(words, sent_forms, tagger.lex, cues,
                                                        is_caps)]
            assert counts == [len(e) for e in expected]
            assert ids == [i for e in expected for i in e]


def test_conjunctions_of_words_holding_the_separator(resources: Resources) -> None:
    """An attribute such as `lw-1|lw=||x` is found whichever "|" separates its words."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    names = ["lw-1|lw=||x", "lw|lw+1=a|b|c", "ss-1|ss|ss+1=x|||X", "caps|ss=X|x", "bos"]
    attr_index = {name: row for row, name in enumerate(names)}
    index = ContextIndex(attr_index, len(names))
    words = ["|", "x", "a|b", "c"]
    forms = [word_form(w) for w in words]
    cues = document_cues([words], [forms], [False])
    ids: list[int] = []
    counts: list[int] = []
    index.chunk_ids(words, forms, tagger.lex, cues, False, ids, counts)
    expected = [[attr_index.get(a, len(names)) for a in attrs]
                for attrs in context_attributes(words, forms, tagger.lex, cues, False)]
    assert ids == [i for e in expected for i in e]
    assert 0 in ids and 1 in ids
    assert _splits("a|b|c", 2) == [("a", "b|c"), ("a|b", "c")]
    assert _splits("|", 2) == [("", "")]
    assert _splits("ab", 3) == []


def test_type_table_is_bounded_and_sums_do_not_depend_on_the_batch(
        resources: Resources) -> None:
    """Past its limit the table starts afresh with the document's words; each type's sums stay the same."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    table = TypeTable(tagger.lex, tagger.attr_index, tagger.weights, limit=4)
    table.ensure({"Paris", "the", "said"})
    before = table.sums[table.slot["Paris"]].copy()
    table.ensure({"Paris", "London"})
    assert set(table.slot) == {"Paris", "the", "said", "London"}
    table.ensure({"Berlin", "Paris"})
    assert set(table.slot) == {"Berlin", "Paris"}
    assert len(table.forms) == len(table) == 2
    assert np.array_equal(table.sums[table.slot["Paris"]], before)
    many = {f"w{i}" for i in range(300)}
    big = TypeTable(tagger.lex, tagger.attr_index, tagger.weights, limit=1000)
    big.ensure(many)
    assert len(big) == 300 and big.sums.shape[0] >= 300
    solo = TypeTable(tagger.lex, tagger.attr_index, tagger.weights, limit=1000)
    solo.ensure({"w7"})
    assert np.array_equal(big.sums[big.slot["w7"]], solo.sums[solo.slot["w7"]])
    assert table.forms[table.slot["Paris"]] == word_form("Paris")



def test_seeded_types_stay_and_change_no_score(resources: Resources,
                                               samples: list[RawInput]) -> None:
    """Seeded types survive the limit and reset(); a seeded tagger scores as an unseeded one."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    table = TypeTable(tagger.lex, tagger.attr_index, tagger.weights, limit=3)
    table.seed(["Paris", "the"])
    paris = table.sums[table.slot["Paris"]].copy()
    table.ensure({"said", "London"})
    assert set(table.slot) == {"Paris", "the", "said", "London"}
    table.ensure({"Berlin", "Rome"})  # 2 + 2 new types past the limit of 3: afresh from the seed
    assert set(table.slot) == {"Paris", "the", "Berlin", "Rome"}
    assert len(table.forms) == 4 and table.forms[table.slot["Rome"]] == word_form("Rome")
    table.reset()
    assert set(table.slot) == {"Paris", "the"} and len(table.forms) == 2
    assert np.array_equal(table.sums[table.slot["Paris"]], paris)
    fresh = TypeTable(tagger.lex, tagger.attr_index, tagger.weights, limit=1000)
    fresh.ensure({"Paris", "London"})
    assert np.array_equal(fresh.sums[fresh.slot["Paris"]], paris)
    tagger.clear_cache()
    assert set(tagger.lex.clusters) <= set(tagger._types.slot)
    plain = NerTagger(tagger.lex, tagger.attr_index, tagger.weights, tagger.transitions)
    assert len(plain._types) == 0
    for text in _texts(samples):
        sentences = _sentences(text)
        seeded_em, plain_em = tagger.emissions(sentences)[1], plain.emissions(sentences)[1]
        assert np.array_equal(seeded_em, plain_em)
        assert tagger.tag_document(sentences) == plain.tag_document(sentences)


def _plain_viterbi(em: np.ndarray, trans: np.ndarray) -> list[int]:
    """One sequence, step by step, recording argmax as it goes (lowest label wins a tie)."""
    score = em[0].copy()
    back = []
    for t in range(1, len(em)):
        cand = score[:, None] + trans
        best = cand.argmax(axis=0)
        back.append(best)
        score = cand.max(axis=0) + em[t]
    path = [int(score.argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("ties", [False, True])
def test_viterbi_flat_matches_a_plain_viterbi(ties: bool) -> None:
    """Chunks of different lengths decoded together give each chunk's own best path, ties included."""
    rng = np.random.default_rng(7)
    for _ in range(200):
        n_lab = int(rng.integers(2, 10))
        lengths = [int(n) for n in rng.integers(1, 12, size=int(rng.integers(1, 8)))]
        if ties:  # small integers: many equal scores
            em = rng.integers(-2, 3, size=(sum(lengths), n_lab)).astype(np.float32)
            trans = rng.integers(-2, 3, size=(n_lab, n_lab)).astype(np.float32)
        else:
            em = rng.standard_normal((sum(lengths), n_lab)).astype(np.float32)
            trans = rng.standard_normal((n_lab, n_lab)).astype(np.float32)
        got = viterbi_flat(em, ChunkLayout.of(lengths), trans)
        pos = 0
        for n in lengths:
            assert got[pos : pos + n] == _plain_viterbi(em[pos : pos + n], trans)
            pos += n


def test_first_argmax_and_layout() -> None:
    """The bit-code argmax equals numpy's (first maximum); the layout puts long chunks first."""
    rng = np.random.default_rng(3)
    for n_lab in (1, 3, 9, 12, 13):
        values = rng.integers(-1, 2, size=(n_lab, 4, 50)).astype(np.float32)
        assert np.array_equal(_first_argmax(values), values.argmax(axis=0))
    layout = ChunkLayout.of([2, 3, 1])
    assert layout.first == (0, 2, 5)
    assert layout.position.tolist() == [0, 1, 0, 1, 2, 0]
    assert layout.column.tolist() == [1, 1, 0, 0, 0, 2]
    assert layout.active == (3, 2, 1)
    assert viterbi_flat(np.zeros((0, 3), np.float32), ChunkLayout.of([]),
                        np.zeros((3, 3), np.float32)) == []
