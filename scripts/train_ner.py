"""Rebuild every NER model file in pipeline/resources/ner/ from ../shared/corpora.

One command (about 15-25 minutes on one core):

    /tmp/v/bin/python scripts/train_ner.py

It (1) builds word clusters (scripts/build_clusters.py) and gazetteers
(scripts/build_gazetteers.py), (2) trains a linear-chain CRF with
python-crfsuite (L-BFGS, L1+L2) on CoNLL-2003 train+valid grouped into
pseudo-documents of DOC_SIZE consecutive sentences, (3) writes the weights as
model.npz (state, trans), attributes.txt and meta.json. Hyper-parameters were
tuned on valid.txt with `--splits train` (test.txt was never used for tuning).
Deterministic: L-BFGS has no randomness and the lexicon builds use fixed seeds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pipeline.stages.ner import LABELS, Lexicon, document_attributes

DOC_SIZE = 20


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
    ap.add_argument("--max-iter", type=int, default=200)
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
    trainer = pycrfsuite.Trainer(verbose=args.verbose)
    n_tok = 0
    for split in args.splits.split(","):
        sents = read_split(args.corpora / "conll2003" / f"{split}.txt")
        for start in range(0, len(sents), DOC_SIZE):
            doc = sents[start : start + DOC_SIZE]
            feats = document_attributes([s[0] for s in doc], lex)
            for (_, tags), xs in zip(doc, feats, strict=True):
                trainer.append(xs, tags)
                n_tok += len(tags)
    print(f"features for {n_tok} tokens, {time.time() - t0:.0f}s", flush=True)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iter,
            "feature.possible_transitions": True,
        }
    )
    model_path = f"/tmp/ner_crf_{args.splits.replace(',', '_')}.crfsuite"
    trainer.train(model_path)
    print(f"trained, {time.time() - t0:.0f}s", flush=True)
    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    info = tagger.info()
    lab = {name: i for i, name in enumerate(LABELS)}
    attrs = sorted({a for (a, _), w in info.state_features.items() if abs(w) > 1e-4})
    aid = {a: i for i, a in enumerate(attrs)}
    state = np.zeros((len(attrs), len(LABELS)), dtype=np.float32)
    for (a, label), w in info.state_features.items():
        if a in aid:
            state[aid[a], lab[label]] = w
    trans = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    for (src, dst), w in info.transitions.items():
        trans[lab[src], lab[dst]] = w
    np.savez_compressed(args.out / "model.npz", state=state, trans=trans)
    (args.out / "attributes.txt").write_text(
        "".join(a + "\n" for a in attrs), encoding="utf-8"
    )
    meta = {
        "labels": list(LABELS),
        "trained_on": args.splits.split(","),
        "doc_size": DOC_SIZE,
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iter,
        "attributes": len(attrs),
        "trainer": f"python-crfsuite {pycrfsuite.__version__ if hasattr(pycrfsuite, '__version__') else ''}".strip(),
    }
    (args.out / "meta.json").write_text(
        json.dumps(meta, indent=1) + "\n", encoding="utf-8"
    )
    print(
        f"{len(attrs)} attributes written to {args.out}, {time.time() - t0:.0f}s",
        flush=True,
    )


if __name__ == "__main__":
    main()
