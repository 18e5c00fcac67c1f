"""Build word clusters for the NER tagger from unlabelled news text in ../shared/corpora.

Method: case-preserving word types x lower-cased context words (left/right
neighbour and a +-2 bag), positive PMI with context smoothing 0.75, truncated
SVD, then k-means at several granularities (like Brown-cluster path prefixes),
plus the 64 leading SVD dimensions binarised to +/0/- (Guo et al. 2014).
Build-only dependencies: numpy, scipy, scikit-learn. Fixed seeds, single thread.

Usage: python scripts/build_clusters.py [--corpora ../shared/corpora] [--out pipeline/resources/ner]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds
from sklearn.cluster import MiniBatchKMeans
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.stages.text import tokenize

GRANULARITIES = (32, 128, 512, 2048)
MIN_COUNT = 3
MAX_WORDS = 100_000
N_CONTEXTS = 10_000
DIM = 128
EMB_DIMS = 64


def binarize(vec: np.ndarray) -> list[str]:
    """Per dimension: '+' above the mean of its positive values, '-' below the mean of its negatives, else '0'."""
    cols = [vec[:, d] for d in range(vec.shape[1])]
    pos = np.array([c[c > 0].mean() if (c > 0).any() else np.inf for c in cols])
    neg = np.array([c[c < 0].mean() if (c < 0).any() else -np.inf for c in cols])
    code = np.where(vec > pos, "+", np.where(vec < neg, "-", "0"))
    return ["".join(row) for row in code]


def texts(corpora: Path) -> Iterator[str]:
    """Yield unlabelled texts: Reuters-21578, BBC, AG news, NYT headlines, CoNLL train+valid tokens."""
    for name, fields in (
        ("reuters21578.jsonl", ("title", "body")),
        ("bbc.jsonl", ("title", "body")),
        ("ag_news_test.jsonl", ("title", "description")),
        ("nyt_headlines.jsonl", ("title",)),
    ):
        with open(corpora / name, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for field in fields:
                    value = rec.get(field)
                    if isinstance(value, str) and value:
                        yield value.replace("\\", " ")
    for split in ("train.txt", "valid.txt"):  # never test
        with open(corpora / "conll2003" / split, encoding="utf-8") as fh:
            for line in fh:
                yield " ".join(t.rsplit("###", 1)[0] for t in line.split())


def main() -> None:
    """Build clusters.txt: word, then one cluster id per granularity."""
    ap = argparse.ArgumentParser(description=__doc__)
    root = Path(__file__).resolve().parents[1]
    ap.add_argument("--corpora", type=Path, default=root.parent / "shared" / "corpora")
    ap.add_argument("--out", type=Path, default=root / "pipeline" / "resources" / "ner")
    ap.add_argument("--dim", type=int, default=DIM, help="SVD dimensions")
    ap.add_argument(
        "--emb-dims", type=int, default=EMB_DIMS, help="binarised leading dimensions"
    )
    args = ap.parse_args()
    t0 = time.time()
    docs: list[list[str]] = []
    counts: collections.Counter[str] = collections.Counter()
    for text in texts(args.corpora):
        s, e = tokenize(text)
        toks = [text[a:b] for a, b in zip(s, e, strict=True)]
        docs.append(toks)
        counts.update(toks)
    words = [w for w, c in counts.most_common(MAX_WORDS) if c >= MIN_COUNT]
    words.sort(key=lambda w: (-counts[w], w))
    wid = {w: i for i, w in enumerate(words)}
    lcounts: collections.Counter[str] = collections.Counter()
    for w, c in counts.items():
        lcounts[w.lower()] += c
    ctx_words = sorted(lcounts, key=lambda w: (-lcounts[w], w))[:N_CONTEXTS]
    cid = {w: i for i, w in enumerate(ctx_words)}
    print(
        f"{sum(counts.values())} tokens, {len(words)} words, {time.time() - t0:.0f}s",
        flush=True,
    )
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for toks in docs:
        w = np.array([wid.get(t, -1) for t in toks], dtype=np.int64)
        c = np.array([cid.get(t.lower(), -1) for t in toks], dtype=np.int64)
        for off, base in (
            (-1, 0),
            (1, N_CONTEXTS),
            (-2, 2 * N_CONTEXTS),
            (2, 2 * N_CONTEXTS),
        ):
            if len(toks) <= abs(off):
                continue
            a, b = (w[-off:], c[:off]) if off < 0 else (w[:-off], c[off:])
            keep = (a >= 0) & (b >= 0)
            rows.append(a[keep])
            cols.append(b[keep] + base)
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    m = sp.coo_matrix(
        (np.ones(len(r), dtype=np.float64), (r, c)), shape=(len(words), 3 * N_CONTEXTS)
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_p = np.asarray(m.sum(axis=1)).ravel() / total
    col_s = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_s / col_s.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (row_p[coo.row] * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    print(f"ppmi nnz {ppmi.nnz}, {time.time() - t0:.0f}s", flush=True)
    rng = np.random.default_rng(0)
    with threadpool_limits(1):
        u, s, _ = svds(ppmi, k=args.dim, v0=rng.standard_normal(min(ppmi.shape)))
        top = np.argsort(-s)
        u, s = u[:, top], s[top]
        vec = u * np.sqrt(s)
        vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
        signs = binarize(vec[:, : args.emb_dims])
        print(f"svd done, {time.time() - t0:.0f}s", flush=True)
        labels = []
        for k in GRANULARITIES:
            km = MiniBatchKMeans(
                n_clusters=k, random_state=0, batch_size=4096, n_init=3, max_iter=100
            )
            labels.append(km.fit_predict(vec.astype(np.float32)))
            print(f"k={k} done, {time.time() - t0:.0f}s", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "clusters.txt", "w", encoding="utf-8") as fh:
        fh.write("# word\t" + "\t".join(f"k{k}" for k in GRANULARITIES) + "\temb\n")
        for i, word in enumerate(words):
            if "\t" in word or "\n" in word:
                continue
            cols = [str(int(lab[i])) for lab in labels]
            fh.write(word + "\t" + "\t".join(cols) + "\t" + signs[i] + "\n")
    print(f"wrote {args.out / 'clusters.txt'}, {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
