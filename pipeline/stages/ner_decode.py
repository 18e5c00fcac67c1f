"""Viterbi decoding of a linear-chain CRF for all the chunks of a document at once.

The chunks' emission rows arrive as one flat (N x L) array in chunk order and
are laid out as (position, label, chunk), longest chunk first, so that the
chunks still running at a position are a prefix of the last axis. The forward
pass keeps only the best scores: per position one add, one max over the
previous label and one add, over the chunks running at the start of a segment
of positions (a new segment begins once fewer than half of them still run, so
the ended chunks' columns cost at most as much again, never read, and most
steps need no new slice). The back-pointers of every token are then found
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
    segments: tuple[tuple[int, int, int], ...]  # forward-pass runs: (first, end, chunks computed)

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
        running = tuple(active.tolist())
        return cls(tuple(int(n) for n in lengths), tuple(first.tolist()),
                   np.arange(total) - np.repeat(first, lens), np.repeat(column, lens),
                   column, running, total, _segments(running))


def _segments(active: Sequence[int]) -> tuple[tuple[int, int, int], ...]:
    """Positions 1.. in runs (first, end, width): each decodes the `width` chunks running at its
    first position, until fewer than half of them still run."""
    out: list[tuple[int, int, int]] = []
    t, n = 1, len(active)
    while t < n:
        width = active[t]
        end = t + 1
        while end < n and 2 * active[end] > width:
            end += 1
        out.append((t, end, width))
        t = end
    return tuple(out)


def _first_argmax_table(n_lab: int) -> npt.NDArray[np.int8]:
    """For a bit code whose bit (n_lab - 1 - i) says "label i reaches the max": the lowest such i."""
    return np.array([n_lab - code.bit_length() if code else 0 for code in range(1 << n_lab)],
                    dtype=np.int8)


_TABLES: dict[int, tuple[npt.NDArray[np.int8], npt.NDArray[np.uint16]]] = {}


def _first_argmax(values: FloatArray) -> npt.NDArray[np.intp] | npt.NDArray[np.int8]:
    """`values.argmax(axis=0)`, faster for the few labels of a tagger: one bit per label."""
    n_lab = len(values)
    if n_lab > 12:
        found: npt.NDArray[np.intp] = values.argmax(axis=0)
        return found
    reached = (values == np.maximum.reduce(values, axis=0)).reshape(n_lab, -1).view(np.uint8)
    known = _TABLES.get(n_lab)
    if known is None:
        bits = (1 << np.arange(n_lab - 1, -1, -1)).astype(np.uint16)[:, None]
        known = _TABLES[n_lab] = (_first_argmax_table(n_lab), bits)
    table, bits = known
    code = np.multiply(reached, bits, dtype=np.uint16).sum(axis=0, dtype=np.uint16)
    lowest: npt.NDArray[np.int8] = table[code].reshape(values.shape[1:])
    return lowest


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
    trans3 = trans[:, :, None]  # [from, to, chunk]
    wide = np.ascontiguousarray(np.broadcast_to(trans3, (n_lab, n_lab, n_seq)))
    cand = np.empty_like(wide)
    add, most = np.add, np.maximum.reduce
    for start, end, width in layout.segments:
        into, moves = cand[:, :, :width], wide[:, :, :width]
        for before, out, here in zip(score[start - 1 : end - 1, :, None, :width],
                                     score[start:end, :, :width], em[start:end, :, :width],
                                     strict=True):
            add(before, moves, out=into)
            most(into, axis=0, out=out)
            add(out, here, out=out)
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
