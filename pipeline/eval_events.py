"""Score the event coder on the hand-coded gold set: (actor, type, recipient) triples, dev and test.

Each gold row references a sentence in ../shared/corpora. We run the real
extraction and enrichment on an article whose body is that sentence (line
breaks as spaces, as the gold convention says) and compare the asserted
events' triples with the gold ones. Rows are split by the parity of their
sha1: even = dev (the only part whose failures may be looked at while
tuning the coder), odd = test.

    python -m pipeline.eval_events [--shared ../shared] [--show-dev] [--rows 99:]

`--rows` scores a slice of the gold file (Python slice syntax over its rows,
e.g. ":99" for the first batch and "99:" for the second one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson

from pipeline.conll_corpus import conll_path, conll_records, is_conll
from pipeline.eval_topics import expected_calibration_error, roc_auc
from pipeline.models import Article, EventActor
from pipeline.stages.chain import Resources, load_resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.kb import ActorKB, is_iso3
from pipeline.stages.knowledge import acting_for
from pipeline.stages.types import EventDraft

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "event_gold.jsonl"
DEFAULT_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
# Corpora whose records have no date: the middle of the period their README gives (AG News is
# 2004-2005 web news, the BBC articles 2004-2005), so that office holders are looked up on a
# plausible day.
CORPUS_DATES = {"ag_news_test": dt.datetime(2004, 12, 1, tzinfo=dt.UTC),
                "bbc": dt.datetime(2005, 1, 1, tzinfo=dt.UTC)}
_ID_TYPES = frozenset({"igo", "company", "ngo"})
Triple = tuple[str | None, str, str | None]


@dataclass(slots=True)
class Split:
    """Counts of one part of the gold set."""

    sentences: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # (confidence, right) of every coded triple, for the calibration line
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    def scores(self) -> dict[str, float | int]:
        """Precision, recall, F1 and counts."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"sentences": self.sentences, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass(slots=True)
class Report:
    """Scores per split and per event type (dev part only), and the rows not resolved."""

    splits: dict[str, Split] = field(default_factory=lambda: {k: Split() for k in ("dev", "test", "all")})
    by_type: dict[str, Split] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    details: list[dict[str, object]] = field(default_factory=list)


def actor_code(actor: EventActor | None, types: dict[str, str], kb: ActorKB | None = None,
               day: dt.date | None = None) -> str | None:
    """The gold-convention code of an actor: KB id for IGOs and companies, else the country.

    A KB person is coded by the office held on the event date (docs/actor-kb.md): Kofi Annan
    as UN Secretary-General is `un`, not GHA.
    """
    if actor is None:
        return None
    if actor.entity_id is not None and types.get(actor.entity_id) in _ID_TYPES:
        return actor.entity_id
    person = kb.get(actor.entity_id) if kb is not None and actor.entity_id else None
    if person is not None and person.type == "person" and day is not None:
        org = acting_for(person, day)
        if org is not None and (types.get(org) in _ID_TYPES or is_iso3(org)):
            return org
    return actor.country


def split_of(sha1: str) -> str:
    """dev for an even sha1, test for an odd one."""
    return "dev" if int(sha1, 16) % 2 == 0 else "test"


def iter_records(corpora: Path, corpus: str) -> Iterator[dict[str, object]]:
    """Every record of one corpus: a JSONL file, or a CoNLL-2003 split read back into articles."""
    if is_conll(corpus):
        yield from conll_records(conll_path(corpora, corpus))
        return
    with (corpora / f"{corpus}.jsonl").open("rb") as handle:
        for line in handle:
            yield orjson.loads(line)


def corpus_records(corpora: Path, wanted: dict[str, set[str]]
                   ) -> dict[tuple[str, str], dict[str, object]]:
    """The records of each corpus whose id is wanted, by (corpus, id)."""
    return {(corpus, str(r["id"])): r for corpus, ids in wanted.items()
            for r in iter_records(corpora, corpus) if str(r.get("id")) in ids}


def published_date(record: dict[str, object], corpus: str = "") -> dt.datetime:
    """A corpus record's date (UTC midnight); the corpus's usual date when it has none or it is
    not ISO (two Reuters records carry "9-APR-1987 ..." style dates)."""
    raw = record.get("date")
    if isinstance(raw, str) and len(raw) >= 10:
        try:
            return dt.datetime.fromisoformat(raw[:10]).replace(tzinfo=dt.UTC)
        except ValueError:
            return CORPUS_DATES.get(corpus, DEFAULT_DATE)
    return CORPUS_DATES.get(corpus, DEFAULT_DATE)


def coded(sentence: str, published: dt.datetime, res: Resources, name: str
          ) -> dict[Triple, EventDraft]:
    """Asserted (actor, type, recipient) triples the pipeline codes in one sentence, each with
    its most confident draft."""
    article = Article(id=name, body=sentence.replace("\n", " "), published_at=published)
    extraction = extract(article, res.tagger)
    enrichment = enrich(article, extraction, res.geo, res.knowledge)
    kb = res.knowledge.kb
    types = {a.id: a.type for a in kb}
    out: dict[Triple, EventDraft] = {}
    for e in enrichment.events:
        actor = actor_code(e.actor, types, kb, e.event_date)
        if e.modality == "asserted" and (actor is not None or e.actor is None):  # null: unnamed
            triple = (actor, e.event_type.code, actor_code(e.recipient, types, kb, e.event_date))
            if triple not in out or out[triple].confidence < e.confidence:
                out[triple] = e
    return out


def predict(sentence: str, published: dt.datetime, res: Resources, name: str) -> set[Triple]:
    """Asserted (actor, type, recipient) triples the pipeline codes in one sentence."""
    return set(coded(sentence, published, res, name))


def parse_rows(text: str | None) -> slice:
    """A slice of gold rows from "start:stop" (either side may be empty); None is every row."""
    if not text:
        return slice(None)
    start, sep, stop = text.partition(":")
    if not sep:
        raise ValueError(f"rows must look like 'start:stop', got {text!r}")
    return slice(int(start) if start else None, int(stop) if stop else None)


def evaluate_gold(shared: Path, gold: Path | Sequence[Path] = GOLD, res: Resources | None = None,
                  rows_slice: slice | None = None) -> Report:
    """Run the coder on the gold sentences (all, or a slice of rows) and count hits per split.

    Several hand-coded files are pooled: their rows are read one file after the other (a slice
    counts in that order), so the blind samples of a session give one figure.
    """
    res = res or load_resources()
    paths = [gold] if isinstance(gold, Path) else list(gold)
    rows = [orjson.loads(line) for path in paths for line in path.read_bytes().splitlines()
            if line.strip()]
    rows = rows[rows_slice or slice(None)]
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["corpus"], set()).add(str(row["id"]))
    records = corpus_records(shared / "corpora", wanted)
    report = Report()
    for row in rows:
        record = records.get((row["corpus"], str(row["id"])))
        text = str(record.get(row["field"], "")) if record else ""
        sentence = text[row["start"] : row["end"]]
        if not record or hashlib.sha1(sentence.encode()).hexdigest() != row["sha1"]:  # noqa: S324
            report.missing.append(f"{row['corpus']}/{row['id']}")
            continue
        expected = {(e["actor"], e["type"], e["recipient"]) for e in row["events"]}
        drafts = coded(sentence, published_date(record, row["corpus"]), res,
                       f"{row['corpus']}-{row['id']}")
        got = set(drafts)
        part = split_of(row["sha1"])
        for split in (report.splits[part], report.splits["all"]):
            split.confidences.extend((d.confidence, t in expected) for t, d in drafts.items())
            split.sentences += 1
            split.tp += len(got & expected)
            split.fp += len(got - expected)
            split.fn += len(expected - got)
        for triple in (got | expected) if part == "dev" else ():
            counts = report.by_type.setdefault(triple[1], Split())
            counts.tp += triple in got and triple in expected
            counts.fp += triple in got and triple not in expected
            counts.fn += triple in expected and triple not in got
        report.details.append({"split": part, "ref": f"{row['corpus']}/{row['id']}",
                               "sentence": sentence, "expected": sorted(map(str, expected)),
                               "got": sorted(map(str, got))})
    return report


def calibration_line(pairs: list[tuple[float, bool]]) -> str:
    """Mean confidence against the share right, ECE and ROC AUC of coded triples."""
    if not pairs:
        return "no coded triples"
    probs = np.array([c for c, _ in pairs])
    right = np.array([float(r) for _, r in pairs])
    return (f"mean {probs.mean():.3f} against {right.mean():.3f} right, "
            f"ECE {expected_calibration_error(probs, right):.3f}, "
            f"ROC AUC {roc_auc(probs, right):.3f} ({len(pairs)} triples)")


def format_report(report: Report) -> str:
    """A table per split and per type, then one JSON line with the figures."""
    lines = [f"{'part':<8}{'sent':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [*report.splits.items(), *((f"dev:{k}", v) for k, v in sorted(report.by_type.items()))]
    for name, split in rows:
        s = split.scores()
        lines.append(f"{name:<10}{s['sentences']:>4}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
                     f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    for name, split in report.splits.items():
        lines.append(f"confidence, {name}: {calibration_line(split.confidences)}")
    if report.missing:
        lines.append(f"unresolved references: {', '.join(report.missing)}")
    summary = {k: v.scores() for k, v in report.splits.items()}
    summary["missing"] = len(report.missing)  # type: ignore[assignment]
    lines.append(orjson.dumps({"event_gold": summary}).decode())
    return "\n".join(lines)


def dev_mistakes(report: Report) -> str:
    """The dev sentences scored wrong, with the gold and the coded triples (never test ones)."""
    return "".join(f"{d['ref']}: {d['sentence']!r}\n  gold {d['expected']}\n  got  {d['got']}\n"
                   for d in report.details if d["split"] == "dev" and d["expected"] != d["got"])


def main(argv: list[str] | None = None) -> int:
    """Command line: print the report (and the dev-part mistakes with --show-dev)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--show-dev", action="store_true", help="print dev sentences scored wrong")
    parser.add_argument("--rows", help="a slice of the gold rows, e.g. ':99' or '99:'")
    parser.add_argument("--gold", type=Path, action="append",
                        help="a hand-coded file of this format (repeat to pool several)")
    args = parser.parse_args(argv)
    report = evaluate_gold(args.shared, args.gold or GOLD, rows_slice=parse_rows(args.rows))
    if args.show_dev:
        sys.stdout.write(dev_mistakes(report))
    sys.stdout.write(format_report(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

