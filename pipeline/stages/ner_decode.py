"""Viterbi decoding of a linear-chain CRF for all the chunks of a document at once.

The chunks' emission rows arrive as one flat (N x L) array in chunk order and
are laid out as (position, label, chunk), longest chunk first, so that the
chunks still running at a position are a prefix of the last axis. The forward
pass keeps only the best scores: per position one broadcast add, one max over
the previous label and one add. The back-pointers of every token are then found
together from the stored scores (the lowest label wins a tie, as argmax does),
and the paths are read back in plain Python. Every score is the same float32
sum as in a decoder that records its argmax step by step, so the paths are the
same too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.intp]


@dataclass(frozen=True)
class ChunkLayout:
    """Where each token of a document's chunks sits in the padded (position, label, chunk) arrays."""

    lengths: tuple[int, ...]
    first: tuple[int, ...]  # flat index of each chunk's first token
    position: IndexArray  # per token: position in its chunk
    column: IndexArray  # per token: its chunk's column (chunks sorted longest first)
    last_column: IndexArray  # per chunk: its column
    active: tuple[int, ...]  # per position: how many chunks are still running
    tokens: int

    @classmethod
    def of(cls, lengths: Sequence[int]) -> ChunkLayout:
        """The layout of chunks of these (positive) lengths, in order."""
        lens = np.asarray(lengths, dtype=np.intp)
        n_seq = len(lens)
        column = np.empty(n_seq, dtype=np.intp)
        column[np.argsort(-lens, kind="stable")] = np.arange(n_seq)
        first = np.zeros(n_seq, dtype=np.intp)
        if n_seq:
            np.cumsum(lens[:-1], out=first[1:])
        total = int(lens.sum())
        t_max = int(lens.max()) if n_seq else 0
        active = np.count_nonzero(lens[None, :] > np.arange(t_max)[:, None], axis=1)
        return cls(tuple(int(n) for n in lengths), tuple(first.tolist()),
                   np.arange(total) - np.repeat(first, lens), np.repeat(column, lens),
                   column, tuple(active.tolist()), total)


def _first_argmax_table(n_lab: int) -> npt.NDArray[np.int8]:
    """For a bit code whose bit (n_lab - 1 - i) says "label i reaches the max": the lowest such i."""
    return np.array([n_lab - code.bit_length() if code else 0 for code in range(1 << n_lab)],
                    dtype=np.int8)


_TABLES: dict[int, npt.NDArray[np.int8]] = {}


def _first_argmax(values: FloatArray) -> npt.NDArray[np.intp] | npt.NDArray[np.int8]:
    """`values.argmax(axis=0)`, faster for the few labels of a tagger: one bit per label."""
    n_lab = len(values)
    if n_lab > 12:
        found: npt.NDArray[np.intp] = values.argmax(axis=0)
        return found
    reached = (values == np.maximum.reduce(values, axis=0)).view(np.uint8)
    code = np.zeros(values.shape[1:], dtype=np.uint16)
    for i in range(n_lab):
        code <<= 1
        code |= reached[i]
    table = _TABLES.get(n_lab)
    if table is None:
        table = _TABLES[n_lab] = _first_argmax_table(n_lab)
    return table[code]


def viterbi_flat(emissions: FloatArray, layout: ChunkLayout, trans: FloatArray) -> list[int]:
    """Best label index of every row of `emissions` (N x L), chunked as `layout` says."""
    n = layout.tokens
    if n == 0:
        return []
    n_lab = trans.shape[0]
    n_seq = len(layout.lengths)
    pos, col = layout.position, layout.column
    em = np.zeros((len(layout.active), n_lab, n_seq), dtype=np.float32)
    em[pos, :, col] = emissions
    score = np.empty_like(em)
    score[0] = em[0]
    cand = np.empty((n_lab, n_lab, n_seq), dtype=np.float32)
    trans3 = trans[:, :, None]  # [from, to, chunk]
    for t, a in enumerate(layout.active[1:], start=1):
        np.add(score[t - 1, :, None, :a], trans3, out=cand[:, :, :a])
        out = score[t, :, :a]
        np.maximum.reduce(cand[:, :, :a], axis=0, out=out)
        np.add(out, em[t, :, :a], out=out)
    # back-pointers of every token (the first token's are never read)
    prev = np.ascontiguousarray(score[np.maximum(pos - 1, 0), :, col].T)  # [from, token]
    every = prev[:, None, :] + trans3  # [from, to, token]: the same sums as the forward pass
    back: list[int] = _first_argmax(every).ravel().tolist()  # [to * n + token]
    ends = np.asarray(layout.lengths, dtype=np.intp) - 1
    last: list[int] = score[ends, :, layout.last_column].argmax(axis=1).tolist()
    path = [0] * n
    for start, length, cur in zip(layout.first, layout.lengths, last, strict=True):
        for p in range(start + length - 1, start, -1):
            path[p] = cur
            cur = back[cur * n + p]
        path[start] = cur
    return path


def viterbi_batch(emissions: Sequence[FloatArray], trans: FloatArray) -> list[list[int]]:
    """Best label index sequence for each emission matrix (n_i x L), decoded together."""
    if not emissions:
        return []
    lengths = [len(e) for e in emissions]
    flat = viterbi_flat(np.concatenate(emissions), ChunkLayout.of(lengths), trans)
    out: list[list[int]] = []
    pos = 0
    for n in lengths:
        out.append(flat[pos : pos + n])
        pos += n
    return out
