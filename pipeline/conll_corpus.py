"""Read the CoNLL-2003 English files (Reuters, Aug-Dec 1996) back into articles.

Each line of `conll2003/{train,valid,test}.txt` is one tokenised sentence of
`token###tag` pairs, with no document markers. A story starts with its headline, an
optional byline and a dateline ("BRUSSELS 1996-08-22"); we cut documents at datelines,
join tokens back into text and give each article the dateline's date. The records look
like the other corpora's (`id`, `date`, `dateline`, `title`, `body` with one sentence per
line), so the evaluation and sampling scripts read all corpora alike. Lines before the
first dateline of a file (no headline to go with) are dropped.

For the NER evaluation the same files (and the original four-column `eng.testb`) are read as
gold tokens and IOB2 tags instead (`read_documents`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

PREFIX = "conll2003_"
SPLITS = ("train", "valid", "test")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# No space before these tokens, and none after the opening ones.
_CLOSERS = frozenset({".", ",", ":", ";", "?", "!", ")", "]", "}", "'s", "'S", "n't", "'", "%",
                      "'re", "'ve", "'ll", "'d", "'m"})
_OPENERS = frozenset({"(", "[", "{", "$"})
_QUOTE = '"'


def is_conll(corpus: str) -> bool:
    """Whether a corpus name is one of the CoNLL-2003 splits ("conll2003_test")."""
    return corpus.startswith(PREFIX) and corpus[len(PREFIX):] in SPLITS


def detokenize(tokens: list[str]) -> str:
    """Tokens back into text: no space before closing punctuation or after an opening one;
    double quotes alternate between opening and closing."""
    out: list[str] = []
    quote_open = False
    glue = True
    for token in tokens:
        if token == _QUOTE:
            attach = quote_open  # a closing quote sticks to the word before it
            quote_open = not quote_open
            out.append(token if glue or attach else " " + token)
            glue = quote_open
            continue
        out.append(token if glue or token in _CLOSERS else " " + token)
        glue = token in _OPENERS
    return "".join(out)


def parse_pairs(line: str) -> tuple[list[str], list[str]]:
    """The tokens and tags of one `token###tag` line (a token with no tag is tagged "O")."""
    pairs = [item.rsplit("###", 1) for item in line.split()]
    return [p[0] for p in pairs], [p[1] if len(p) > 1 else "O" for p in pairs]


def _is_dateline(tokens: list[str]) -> bool:
    return len(tokens) <= 8 and _DATE.fullmatch(tokens[-1]) is not None


def _is_byline(tags: list[str]) -> bool:
    return all(tag.endswith("PER") for tag in tags)


def conll_records(path: Path) -> Iterator[dict[str, object]]:
    """The articles of one CoNLL-2003 file, numbered from 0 in file order."""
    lines = [parse_pairs(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    starts: list[int] = []
    for i, (tokens, _) in enumerate(lines):
        if i and _is_dateline(tokens):
            head = i - 2 if i >= 2 and _is_byline(lines[i - 1][1]) else i - 1
            if not starts or head > starts[-1]:
                starts.append(head)
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(lines)
        block = lines[start:stop]
        at = next(k for k, (tokens, _) in enumerate(block) if k and _is_dateline(tokens))
        dateline = block[at][0]
        yield {"id": str(number), "date": dateline[-1],
               "dateline": detokenize(dateline[:-1]),
               "title": detokenize(block[0][0]),
               "body": "\n".join(detokenize(tokens) for tokens, _ in block[at + 1:])}


def conll_path(corpora: Path, corpus: str) -> Path:
    """The file holding a CoNLL split: corpora/conll2003/<split>.txt."""
    return corpora / "conll2003" / f"{corpus[len(PREFIX):]}.txt"


@dataclass(frozen=True)
class Document:
    """Gold tokens and IOB2 tags of one document, sentence by sentence."""

    sentences: tuple[tuple[str, ...], ...]
    tags: tuple[tuple[str, ...], ...]


def _iob1_to_iob2(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_documents(path: Path, doc_size: int = 20) -> list[Document]:
    """Read either CoNLL format into documents (pseudo-documents for the one-line-per-sentence format)."""
    text = path.read_text(encoding="utf-8")
    first = next((line for line in text.split("\n") if line.strip()), "")
    if "###" in first.split(" ", 1)[0]:
        return list(_read_pairs(text, doc_size))
    return list(_read_columns(text))


def _read_pairs(text: str, doc_size: int) -> Iterator[Document]:
    sents: list[tuple[str, ...]] = []
    tags: list[tuple[str, ...]] = []
    for line in text.split("\n"):
        words, labels = parse_pairs(line)
        if not words:
            continue
        sents.append(tuple(words))
        tags.append(tuple(labels))
        if len(sents) == doc_size:
            yield Document(tuple(sents), tuple(tags))
            sents, tags = [], []
    if sents:
        yield Document(tuple(sents), tuple(tags))


def _read_columns(text: str) -> Iterator[Document]:
    sents: list[tuple[str, ...]] = []
    tags: list[tuple[str, ...]] = []
    words: list[str] = []
    labels: list[str] = []
    for line in [*text.split("\n"), ""]:
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            if words:
                sents.append(tuple(words))
                tags.append(tuple(_iob1_to_iob2(labels)))
                words, labels = [], []
            if sents:
                yield Document(tuple(sents), tuple(tags))
            sents, tags = [], []
            continue
        if not cols:
            if words:
                sents.append(tuple(words))
                tags.append(tuple(_iob1_to_iob2(labels)))
                words, labels = [], []
            continue
        words.append(cols[0])
        labels.append(cols[-1])
    if sents:
        yield Document(tuple(sents), tuple(tags))
