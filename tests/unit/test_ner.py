"""NER tagger: real sentences, BIO/span helpers, evaluation harness, hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from pipeline.conll_corpus import read_documents
from pipeline.eval_ner import evaluate_conll, format_report, pipeline_extractor
from pipeline.stages.ner import LABELS, NerTagger, bio_to_spans, viterbi_batch
from pipeline.stages.text import split_sentences, tokenize

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "conll2003"


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    """The packaged model, loaded once."""
    return NerTagger.load()


def entities(tagger: NerTagger, text: str) -> list[tuple[str, str]]:
    """Run tokenize -> split -> tag and return (entity text, label) pairs."""
    toks = tokenize(text)
    bounds = split_sentences(text, toks)
    sents = [
        [text[toks.starts[i] : toks.ends[i]] for i in range(a, b)] for a, b in bounds
    ]
    out = []
    for (a, _), tags in zip(bounds, tagger.tag_document(sents), strict=True):
        for s, e, label in bio_to_spans(tags):
            out.append((text[toks.starts[a + s] : toks.ends[a + e - 1]], label))
    return out


def test_trump_putin(tagger: NerTagger) -> None:
    """Persons, locations and nationalities in a typical news sentence."""
    found = entities(
        tagger,
        "US President Donald Trump spoke with Russian President Vladimir Putin on Wednesday.",
    )
    assert ("Donald Trump", "PER") in found
    assert ("Vladimir Putin", "PER") in found
    assert ("Russian", "MISC") in found
    assert ("US", "LOC") in found


def test_organisations_and_places(tagger: NerTagger) -> None:
    """Companies, cities and countries."""
    text = (
        "Shares of Microsoft Corp rose 3 percent in New York on Tuesday after the company said "
        "it would open a new office in Paris, France."
    )
    found = entities(tagger, text)
    assert ("Microsoft Corp", "ORG") in found
    assert ("New York", "LOC") in found
    assert ("Paris", "LOC") in found
    assert ("France", "LOC") in found


def test_headline_in_capitals(tagger: NerTagger) -> None:
    """Upper-case headlines and datelines, as in Reuters copy, are still tagged."""
    text = "SOCCER - GERMANY BEAT ITALY IN ROME.\nROME 1996-08-22\nGermany beat Italy 2-1 in Rome on Wednesday."
    found = entities(tagger, text)
    assert found.count(("ROME", "LOC")) == 2
    assert ("GERMANY", "LOC") in found and ("ITALY", "LOC") in found
    assert ("Rome", "LOC") in found


def test_document_consistency(tagger: NerTagger) -> None:
    """A surname seen with its first name earlier is a person later in the document."""
    text = "Chancellor Angela Merkel met Jacques Chirac in Berlin.\nMerkel said the talks went well."
    found = entities(tagger, text)
    assert ("Angela Merkel", "PER") in found
    assert ("Merkel", "PER") in found


def test_tag_document_shape(tagger: NerTagger) -> None:
    """One valid BIO tag per token, for every sentence, including empty ones."""
    sents = [["Hello", "world"], [], ["Berlin", "is", "big", "."]]
    tags = tagger.tag_document(sents)
    assert [len(t) for t in tags] == [2, 0, 4]
    for sent in tags:
        for i, tag in enumerate(sent):
            assert tag in LABELS
            if tag.startswith("I-"):
                assert i > 0 and sent[i - 1][2:] == tag[2:]
    assert tagger.tag_document([]) == []


def test_bio_to_spans() -> None:
    """Spans are half-open and labelled; stray I- tags start an entity."""
    assert bio_to_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
    ]
    assert bio_to_spans(["I-ORG", "I-ORG", "B-ORG"]) == [(0, 2, "ORG"), (2, 3, "ORG")]
    assert bio_to_spans(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert bio_to_spans([]) == []
    assert bio_to_spans(["O", "O"]) == []


def test_viterbi_matches_brute_force() -> None:
    """Batched numpy Viterbi finds the best path for sequences of different lengths."""
    rng = np.random.default_rng(0)
    trans = rng.standard_normal((3, 3)).astype(np.float32)
    ems = [rng.standard_normal((n, 3)).astype(np.float32) for n in (1, 4, 2, 5)]
    paths = viterbi_batch(ems, trans)
    for em, path in zip(ems, paths, strict=True):
        best = max(
            np.ndindex(*([3] * len(em))),
            key=lambda p: (
                sum(em[i, p[i]] for i in range(len(p)))
                + sum(trans[p[i - 1], p[i]] for i in range(1, len(p)))
            ),
        )
        assert tuple(path) == best


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * 200_000,
        " ".join(["word"] * 20_000),
        "Путин и Си Цзиньпин встретились в Москве. 東京で会談した。 قال الرئيس",
        "<div class='x'><p>Apple&nbsp;Inc. &amp; <b>Google</b></p></div>" * 200,
        "!!!???... ,,, ''' \"\"\" ---",
        "A" * 50 + " " + "B" * 50,
    ],
)
def test_hostile_input(tagger: NerTagger, text: str) -> None:
    """Bad input neither crashes nor is slow."""
    extract = _extractor(tagger)
    t0 = time.perf_counter()
    spans = extract(text)
    assert time.perf_counter() - t0 < 3.0
    for a, b, label in spans:
        assert 0 <= a < b <= len(text) and label in {"PER", "ORG", "LOC", "MISC"}


def _extractor(tagger: NerTagger):  # type: ignore[no-untyped-def]
    def extract(text: str) -> list[tuple[int, int, str]]:
        toks = tokenize(text)
        bounds = split_sentences(text, toks)
        sents = [
            [text[toks.starts[i] : toks.ends[i]] for i in range(a, b)]
            for a, b in bounds
        ]
        out = []
        for (a, _), tags in zip(bounds, tagger.tag_document(sents), strict=True):
            for s, e, label in bio_to_spans(tags):
                out.append((toks.starts[a + s], toks.ends[a + e - 1], label))
        return out

    return extract


def test_evaluate_conll_on_written_sample(tmp_path: Path) -> None:
    """The harness reads both formats, maps character spans back and scores exact matches."""
    pairs = tmp_path / "sample.txt"
    pairs.write_text(
        "Peter###B-PER Blackburn###I-PER visited###O Paris###B-LOC .###O\n"
        "The###O EU###B-ORG met###O .###O\n",
        encoding="utf-8",
    )
    columns = tmp_path / "sample.testb"
    columns.write_text(
        "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nvisited VBD I-VP O\nParis NNP I-NP I-LOC\n. . O O\n\n"
        "-DOCSTART- -X- O O\n\nThe DT I-NP O\nEU NNP I-NP I-ORG\nmet VBD I-VP O\n. . O O\n\n",
        encoding="utf-8",
    )
    assert len(read_documents(columns)) == 2
    assert len(read_documents(pairs, doc_size=1)) == 2

    def oracle(text: str) -> list[tuple[int, int, str]]:
        out = []
        for name, label in (
            ("Peter Blackburn", "PER"),
            ("Paris", "ORG"),
            ("EU", "ORG"),
            ("visited", "MISC"),
        ):
            i = text.find(name)
            if i >= 0:
                out.append((i, i + len(name), label))
        return out

    for path in (pairs, columns):
        report = evaluate_conll(path, oracle)
        assert report.micro.gold == 3
        assert report.micro.predicted == 4
        assert report.micro.correct == 2
        per = {s.label: s for s in report.per_label}
        assert (
            per["PER"].f1 == 1.0
            and per["LOC"].recall == 0.0
            and per["ORG"].precision == 0.5
        )
        assert report.tokens == 9
        text = format_report(report)
        assert text.splitlines()[-1].startswith("{") and "micro" in text


@pytest.mark.skipif(
    not (SHARED / "valid.txt").exists(),
    reason="../shared/corpora/conll2003 is not available",
)
def test_smoke_eval_on_valid() -> None:
    """Tokenize -> split -> tag on 200 sentences of CoNLL valid scores well."""
    report = evaluate_conll(SHARED / "valid.txt", pipeline_extractor(), limit=200)
    assert report.sentences == 200
    assert report.micro.f1 > 0.8


@pytest.mark.skipif(
    not (SHARED / "eng.testb").exists(),
    reason="../shared/corpora/conll2003 is not available",
)
def test_reads_both_conll_formats() -> None:
    """eng.testb (IOB1, DOCSTART at the end) and test.txt hold the same sentences and entities."""
    testb = read_documents(SHARED / "eng.testb")
    pairs = read_documents(SHARED / "test.txt")
    assert len(testb) == 231
    for docs in (testb, pairs):
        assert sum(len(d.sentences) for d in docs) == 3453
        assert sum(len(s) for d in docs for s in d.sentences) == 46435
    flat_b = [t for d in testb for t in d.tags]
    flat_p = [t for d in pairs for t in d.tags]
    assert flat_b == flat_p


def test_model_files_small_and_pickle_free() -> None:
    """Packaged model files are JSON, text or pickle-free npz, under 25 MB together."""
    from pipeline.stages.ner import DEFAULT_DIR

    files = [p for p in DEFAULT_DIR.iterdir() if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 25 * 1024 * 1024
    assert {p.suffix for p in files} <= {".txt", ".json", ".npz", ".md"}
    with np.load(DEFAULT_DIR / "model.npz", allow_pickle=False) as data:
        assert all(data[k].dtype != object for k in data.files)
