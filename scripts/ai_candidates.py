"""List candidate articles for the hand-judged AI set (search hits plus seeded random negatives)."""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SEARCH_TERMS = (
    r"artificial intelligen\w*",
    r"\brobot\w*",
    r"\bneural\b",
    r"expert systems?",
    r"machine[- ]learn\w*",
    r"(?:speech|voice|handwriting|face|image|pattern) recognition",
    r"\bA\.?I\.?\b",
    r"\bintelligent\b",
    r"\bchess\b",
    r"\bhumanoid\w*",
    r"\bautonomous\b",
    r"\bdriverless\b",
    r"\bTuring\b",
    r"\bAibo\b|\bAsimo\b",
    r"natural[- ]language",
    r"\bthinking machines?\b",
    r"computer (?:that|which) (?:learn|think|understand)\w*",
    r"translation software",
    r"\bsmart (?:software|machines?)\b",
    r"\bchatbots?\b|\bbots?\b",
    r"\bsupercomputer\w*",
    r"\bchips?\b|\bsemiconductor\w*|\bmicroprocessor\w*",
)
# The second, wider audit (docs/ai-labelling.md, "Second audit"): every record matching one of
# these and not yet judged was listed with its matches in context (`--wide`) and read.
WIDE_TERMS = (
    r"\blisp\b|\bsymbolics\b|knowledge[- ](?:based|engineer\w*|systems?|base)",
    r"\binference\b|fuzzy|neural[- ]net\w*|neuro[- ]?comput\w*|genetic algorithm\w*",
    r"\blearn(?:s|ing)? (?:from|to)\b|self[- ]learning|\blearns\b",
    r"computer vision|machine vision|vision system|recogni[sz]\w+|\brecognition\b",
    r"translation (?:software|program|system)|machine translation|automatic translation",
    r"chess (?:computer|program|machine|software)|deep blue|kasparov|kramnik",
    r"autonomous (?:vehicle|robot|car)|driverless|self[- ]driving|unmanned",
    r"\baibo\b|\basimo\b|\bqrio\b|\birobot\b|\broomba\b|\bdarpa\b|grand challenge",
    r"spam filter\w*|filter\w* spam|anti-spam|recommendation (?:engine|system|software)",
    r"(?:intelligent|smart|software) agents?|data[- ]mining|text[- ]mining|predictive model\w*",
    r"speech[- ](?:recognition|understanding|technology|software)|voice[- ](?:recognition|activated|command|control\w*)",
    r"natural[- ]language|language (?:processing|understanding)|handwriting|optical character",
    r"face[- ]recognition|facial recognition|biometric\w*|cognitive (?:comput|scien)\w*",
    r"\bturing\b|\bminsky\b|\bkurzweil\b|intellicorp|teknowledge|carnegie group|gold hill",
    r"thinking machines|lisp machine|cognitive systems|syntelligence|neuron data|\bnestor\b",
    r"dragon systems|lernout|scansoft|\bnuance\b|\bautonomy\b|fifth[- ]generation",
    r"virtual (?:assistant|pet|creature|character)|avatar\w*|tamagotchi|\bartificial\b",
    r"\bcomputers? (?:that|which|to) (?:learn|think|understand|reason|see|hear|recogni)\w*",
    r"\balgorithm\w*|human-?like|\bintelligen\w+",
)
_SEARCH = re.compile("|".join(SEARCH_TERMS), re.IGNORECASE)
_WIDE = re.compile("|".join(WIDE_TERMS), re.IGNORECASE)
# Strong terms (not chips/supercomputers) are taken in full; weak near-miss terms are sampled.
_STRONG = re.compile("|".join(SEARCH_TERMS[:-2]), re.IGNORECASE)


def articles(corpora: Path) -> Iterator[tuple[str, str, str]]:
    """Yield (corpus, id, text) for every article of the four topic corpora."""
    for line in (corpora / "reuters21578.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        yield "reuters", r["id"], f"{r['title']}\n{r['body']}"
    for line in (corpora / "ag_news_test.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        yield "ag_news", r["id"], f"{r['title']}\n{r['description']}"
    for line in (corpora / "bbc.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        yield "bbc", r["id"], f"{r['title']}\n{r['body']}"
    for line in (corpora / "nyt_headlines.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        yield "nyt", r["id"], r["title"]


def main() -> None:
    """Print candidates as JSON lines: corpus, id, kind (strong/weak/random), matched terms, text."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument(
        "--weak",
        type=int,
        default=40,
        help="near-miss (chips, supercomputer) hits to sample",
    )
    parser.add_argument("--random", type=int, default=40, help="random articles without any hit")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--wide",
        action="store_true",
        help="list unjudged records matching the second audit's wider terms, with context",
    )
    args = parser.parse_args()
    if args.wide:
        wide(args.corpora)
        return
    rng = random.Random(args.seed)
    strong, weak, rest = [], [], []
    for corpus, ident, text in articles(args.corpora):
        hits = sorted({m.group(0).lower() for m in _SEARCH.finditer(text)})
        row = {"corpus": corpus, "id": ident, "terms": hits, "text": text}
        if _STRONG.search(text):
            strong.append(row | {"kind": "strong"})
        elif hits:
            weak.append(row | {"kind": "weak"})
        else:
            rest.append(row | {"kind": "random"})
    chosen = strong + rng.sample(weak, min(args.weak, len(weak))) + rng.sample(rest, args.random)
    for row in chosen:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def wide(corpora: Path) -> None:
    """Print every unjudged record matching WIDE_TERMS, with each match in context (JSON lines)."""
    labels = Path(__file__).resolve().parent.parent / "data" / "ai_labels.jsonl"
    judged = set()
    with labels.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            judged.add((r["corpus"], r["id"]))
    for corpus, ident, text in articles(corpora):
        if (corpus, ident) in judged:
            continue
        found = list(_WIDE.finditer(text))
        if found:
            context = [text[max(0, m.start() - 100) : m.end() + 100] for m in found[:3]]
            row = {"corpus": corpus, "id": ident, "terms": sorted({m.group(0).lower() for m in found})}
            sys.stdout.write(json.dumps(row | {"context": context}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
