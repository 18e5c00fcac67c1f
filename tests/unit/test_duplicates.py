"""Duplicate detection: repeats, same text under another id, near-duplicates, re-deliveries."""

from __future__ import annotations

import orjson
import pytest

from pipeline import fingerprint as fp
from pipeline.duplicates import MAX_PER_KEY, CandidateIndex, DictStore, DuplicateIndex
from pipeline.inputs import RawInput
from pipeline.processing import Processor
from pipeline.settings import Settings
from pipeline.stages.chain import Resources

from ..chain_helpers import run_through, terminal

BODY = ("Foreign ministers from twelve countries met in Geneva on Tuesday to discuss a ceasefire "
        "in the region. The talks ended late in the evening without an agreement, officials said, "
        "but the delegations promised to return next week with new proposals on monitoring.\n"
        "Analysts said the main obstacle remained the sequencing of prisoner exchanges and the "
        "withdrawal of heavy weapons from the front line.")
TRAILER = "\nThis story was syndicated by Example Wire; additional reporting by Ana Lee in Madrid."


def index() -> DuplicateIndex:
    """A fresh index with a one-hour window."""
    return DuplicateIndex(DictStore(), 3600.0, 0.8)


def test_fingerprints_ignore_case_space_and_punctuation() -> None:
    body, shouted, short = (fp.fingerprint(BODY),
                            fp.fingerprint(BODY.upper().replace(" ", "  ") + "!"),
                            fp.fingerprint("a b c d e"))
    assert body.content_hash == shouted.content_hash
    assert fp.similarity(body.signature, shouted.signature) == 1.0
    assert body.candidate_keys() == shouted.candidate_keys()
    assert fp.score(body.signature, 10, short.signature, 1) < 0.3


def test_verdicts() -> None:
    idx = index()
    assert idx.check("a", BODY, "t:0:1", 0.0).kind == "new"
    assert idx.check("a", BODY, "t:0:1", 1.0).kind == "redelivery"
    repeat = idx.check("a", BODY, "t:0:9", 2.0)
    assert (repeat.kind, repeat.duplicate_of) == ("exact-repeat", "a")
    same = idx.check("b", BODY.replace("\n", " "), "t:1:1", 3.0)
    assert (same.kind, same.duplicate_of) == ("same-text", "a")
    near = idx.check("c", BODY + TRAILER, "t:2:1", 4.0)
    assert (near.kind, near.duplicate_of) == ("near-duplicate", "a")
    assert idx.check("c", BODY + TRAILER, "t:2:1", 5.0).duplicate_of == "a"  # re-delivered
    assert idx.check("c", BODY + TRAILER, "t:2:7", 5.5).duplicate_of == "a"  # re-sent copy
    assert idx.check("a", "Energy ministers agreed a gas price cap.", "t:0:10", 6.0).kind == "revision"
    assert idx.check("d", "A completely different story about wheat harvests in Kansas this year.",
                     "t:3:1", 7.0).kind == "new"


def test_window_expires_and_prunes() -> None:
    store = DictStore()
    idx = DuplicateIndex(store, 10.0, 0.8)
    idx.check("a", BODY, "t:0:1", 0.0)
    assert idx.check("b", BODY, "t:0:2", 20.0).kind == "new"
    assert "a:a" not in store.data
    idx.check("z", "Another story entirely about wheat in Kansas and rain.", "t:0:3", 40.0)
    assert set(store.data) == {"a:z"}
    assert set(idx.candidates.filed) == {"z"}
    assert set(idx.candidates.members.values()) == {"z"}


def test_disabled_window_sees_nothing() -> None:
    idx = DuplicateIndex(DictStore(), 0.0, 0.8)
    idx.check("a", BODY, "t:0:1", 0.0)
    assert idx.check("a", BODY, "t:0:2", 1.0).kind == "new"


@pytest.fixture
def processor(resources: Resources, settings: Settings) -> Processor:
    """A processor with a duplicate index."""
    return Processor(settings, resources, duplicates=index())


def test_duplicates_are_annotated_without_new_events(processor: Processor, seed: RawInput) -> None:
    original = orjson.loads(seed.payload)
    first = run_through(processor, original["id"].encode(), seed.payload, offset=1)
    events = {r.key for r in first if r.role == "events"}
    assert events
    again = run_through(processor, original["id"].encode(), seed.payload, offset=2)
    annotated = orjson.loads(terminal(again).value)
    assert annotated["duplicate_of"] == original["id"]
    assert {e.encode() for e in annotated["event_ids"]} == events
    assert not [r for r in again if r.role == "events"]
    copy = {**original, "id": "syndicated-copy", "title": "Another headline",
            "body": original["body"] + TRAILER}
    out = run_through(processor, b"syndicated-copy", orjson.dumps(copy), offset=3)
    annotated = orjson.loads(terminal(out).value)
    assert (annotated["duplicate_of"], annotated["event_ids"]) == (original["id"], [])
    assert not [r for r in out if r.role == "events"]


def test_a_redelivery_repeats_the_first_outputs(processor: Processor, seed: RawInput) -> None:
    key = orjson.loads(seed.payload)["id"].encode()
    first = run_through(processor, key, seed.payload, offset=5)
    second = run_through(processor, key, seed.payload, offset=5)
    assert sorted(r.key or b"" for r in first) == sorted(r.key or b"" for r in second)
    assert orjson.loads(terminal(second).value)["duplicate_of"] is None


def test_an_index_learns_other_workers_originals_from_their_entries() -> None:
    table = DictStore()  # the shared table; each worker keeps its own candidate index
    first, second = DuplicateIndex(table, 3600.0, 0.8), DuplicateIndex(table, 3600.0, 0.8)
    first.check("a", BODY, "t:0:1", 0.0)
    assert second.check("c", BODY + TRAILER, "t:1:1", 1.0).kind == "new"  # "a" not learned yet
    later = DuplicateIndex(table, 3600.0, 0.8)
    for key, value in [*table.data.items(), ("a:junk", b"{not json"), ("x:other", b"{}")]:
        later.learn(key, value)  # what the changelog replays
    near = later.check("e", BODY + " Officials declined to comment.", "t:2:1", 2.0)
    assert (near.kind, near.duplicate_of) == ("near-duplicate", "a")
    assert set(later.candidates.filed) == {"a", "c"}  # originals; "e" is a duplicate


def test_candidate_index_files_looks_up_caps_and_prunes() -> None:
    index = CandidateIndex()
    index.add("a", (1, 2), 0.0)
    index.add("b", (2, 3), 1.0)
    assert index.lookup((2,), 0.0) == {"a", "b"}
    assert index.lookup((1, 3), 0.5) == {"b"}  # "a" is older than asked for
    for n in range(MAX_PER_KEY + 2):
        index.add(f"x{n}", (9,), 2.0 + n)
    assert len(index.lookup((9,), 0.0)) == MAX_PER_KEY  # the oldest members are dropped
    index.add("a", (4,), 20.0)  # filed again (a revision): only its new keys
    assert index.lookup((1,), 0.0) == set() and index.lookup((4,), 0.0) == {"a"}
    index.prune(5.0)
    assert "b" not in index.filed and index.lookup((2, 3), 0.0) == set()
    assert index.members[4] == "a" and 1 not in index.members
