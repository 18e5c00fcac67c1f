"""The CoNLL-2003 reader: documents cut at datelines, tokens joined back into text."""

from pathlib import Path

from pipeline.conll_corpus import conll_path, conll_records, detokenize, is_conll


def _line(text: str, tags: dict[str, str] | None = None) -> str:
    tags = tags or {}
    return " ".join(f"{t}###{tags.get(t, 'O')}" for t in text.split(" "))


def test_detokenize_glues_punctuation_quotes_and_clitics() -> None:
    text = 'Ministers said " we will not wait , " and Kestonia \'s envoy ( Tam ) left .'
    tokens = text.split(" ")
    assert detokenize(tokens) == ('Ministers said "we will not wait," and Kestonia\'s envoy '
                                  "(Tam) left.")


def test_records_are_cut_at_datelines_with_bylines_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "train.txt"
    path.write_text("\n".join([
        _line("Stray line before any story ."),
        _line("Kestonia recalls envoy ."),
        _line("Ana Berg", {"Ana": "B-PER", "Berg": "I-PER"}),
        _line("VELOR 1996-09-02", {"VELOR": "B-LOC"}),
        _line("Kestonia recalled its envoy on Monday ."),
        _line("The envoy left ."),
        _line("Talks resume ."),
        _line("ORAN , Kestonia 1996-09-03", {"ORAN": "B-LOC", "Kestonia": "B-LOC"}),
        _line("Talks resumed on Tuesday ."),
    ]) + "\n", encoding="utf-8")
    records = list(conll_records(path))
    assert [r["id"] for r in records] == ["0", "1"]
    first, second = records
    assert (first["title"], first["date"], first["dateline"]) == (
        "Kestonia recalls envoy.", "1996-09-02", "VELOR")
    assert first["body"] == "Kestonia recalled its envoy on Monday.\nThe envoy left."
    assert (second["title"], second["dateline"], second["body"]) == (
        "Talks resume.", "ORAN, Kestonia", "Talks resumed on Tuesday.")


def test_corpus_names_map_to_split_files(tmp_path: Path) -> None:
    assert is_conll("conll2003_valid") and not is_conll("conll2003_dev")
    assert not is_conll("reuters21578")
    assert conll_path(tmp_path, "conll2003_test") == tmp_path / "conll2003" / "test.txt"
