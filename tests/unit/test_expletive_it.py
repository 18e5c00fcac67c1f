"""An "it" that names nobody ("It was agreed that ...", "it is likely that ...", "it emerged
that ...") is no actor or recipient (stages/anaphora.py: `expletive_it`). Sentences written for
the tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.anaphora import expletive_it
from pipeline.stages.chain import Resources
from pipeline.stages.lexicon import lexicon
from pipeline.stages.mentions import Tokens
from tests.unit.test_events import code, triples

DAY = "2025-06-10"


def _tokens(sentence: str) -> Tokens:
    words = sentence.replace(".", " .").replace(",", " ,").split()
    low = [w.lower() for w in words]
    return Tokens(text=words, low=low, norm=low, sentences=[(0, len(words))], caps=[True])


AGREED = (  # "It" would be the country named last, the recipient of "agreed"
    "The deal to hold talks with Belgrade came despite a UN demand for Serbia to recognise Kosovo. "
    "It was agreed the matter could be settled at a later date.",
    "The plan to open negotiations with Ankara came in spite of a call for Turkey to recognise "
    "Cyprus. It was agreed that the dispute would be dealt with next year.")


def test_it_was_agreed_is_no_recipient(resources: Resources) -> None:
    for body in AGREED:
        found = triples(code(resources, body, DAY))
        assert not any(t[1] == "AGREE" for t in found), found


@pytest.mark.parametrize(("sentence", "impersonal"), [
    ("It was agreed that the talks would resume .", True),
    ("It has now been decided to delay the vote .", True),
    ("It is likely that the bank will cut rates .", True),
    ("It is widely expected the minister will resign .", True),
    ("It emerged on Monday that the firm had paid the fine .", True),
    ("It has emerged that the talks failed .", True),
    ("It seems the company will be sold .", True),
    ("It seems likely that prices will rise .", True),
    ("It is not clear whether the deal will survive .", True),
    ("It was important to keep the talks going .", True),
    ("The union is weak when it comes to wages .", True),
    ("The party won votes when it came to power .", False),
    ("It agreed to pay a fine .", False),  # the company did
    ("It has decided to close two plants .", False),
    ("It is expected to report a loss .", False),  # may be the company
    ("It emerged from bankruptcy last year .", False),
    ("It appeared in court on Monday .", False),
    ("It seems to have lost its nerve .", False),
    ("It was hard hit by the strike .", False),
    ("It is the largest bank in Kenya .", False),
])
def test_which_it_names_nobody(sentence: str, impersonal: bool) -> None:
    tok = _tokens(sentence)
    assert expletive_it(tok, tok.low.index("it"), lexicon()) is impersonal


def test_the_expletive_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "expletive13_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert rows and all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["rule"], row["effect"].split()[0], row["verdict"]) for row in rows)
    assert counts[("expletive-it", "removed", "wrong")] == 3  # the figures of docs/event-coding.md
    assert not any(k[0] == "expletive-it" and k[1:] != ("removed", "wrong") for k in counts)
