#!/usr/bin/env python3
# Usage: python3 scripts/fit-tanh-pieces.py        (needs numpy; about a minute)
#
# Fits the coefficient tables of Sources/TinyTorch/Kernels/TanhPieces.swift and prints them as
# Swift, with each piece's fit error in float ULPs of tanh:
#   1. the origin mantissa: the bits M such that, for every piece's lower end L (bits & 0xFFC00000),
#      tanh(L | M) is closest to a float (the worst piece's distance is minimized);
#   2. piece 0: Q with tanh x ≈ x + x³·Q(x²) on [0, 0.75);
#   3. pieces 1 ... 7: c₀ = tanh(o) rounded to float, and P with tanh(o + u) ≈ c₀ + u·P(u).
# Each fit minimizes the largest error in ULPs of tanh (Lawson's iteratively reweighted least
# squares); the coefficients are rounded to float one at a time, lowest degree first, the others
# refitted after each rounding. The reference is numpy's double precision tanh (error ~1e-16).
import numpy as np

DEGREE = 6                                       # of Q and of P: 7 coefficients each
EDGES = [0.75, 1, 1.5, 2, 3, 4, 6, 9.1]   # pieces 1 ... 7 (the kernel holds |x| at 9.021311, inside the last)


def ulp(y):
    return np.spacing(np.abs(y).astype(np.float32)).astype(np.float64)


def to_float(v):
    return float(np.float32(v))


def lawson(a, b, w, iterations=120):
    """Coefficients c minimizing max |w·(a c − b)|."""
    weights = np.ones(len(b)) / len(b)
    for _ in range(iterations):
        s = np.sqrt(weights) * w
        c, *_ = np.linalg.lstsq(a * s[:, None], b * s, rcond=None)
        r = np.abs(w * (a @ c - b))
        weights = weights * r
        weights /= weights.sum()
    return c


def fit_rounded(a, b, w):
    fixed = []
    for j in range(a.shape[1]):
        rest = b - (a[:, :j] @ np.array(fixed) if j else 0)
        fixed.append(to_float(lawson(a[:, j:], rest, w)[0]))
    return np.array(fixed)


def origin_mantissa():
    lows = np.array(EDGES[:-1], dtype=np.float32).view(np.uint32) & np.uint32(0xFFC00000)
    candidates = np.arange(0x100000, 0x300000, dtype=np.uint32)
    worst = np.zeros(len(candidates))
    for low in lows:
        t = np.tanh((low | candidates).view(np.float32).astype(np.float64))
        worst = np.maximum(worst, np.abs(t - t.astype(np.float32)) / ulp(t))
    best = int(np.argmin(worst))
    return int(candidates[best]), worst[best]


def fit_small(limit):
    x = np.linspace(1e-4, limit, 4000)
    s = x * x
    a = np.stack([s ** j for j in range(DEGREE + 1)], axis=1)
    q = fit_rounded(a, (np.tanh(x) - x) / x ** 3, x ** 3 / ulp(np.tanh(x)))
    xs = np.linspace(1e-4, limit, 100001)
    approx = xs + xs ** 3 * sum(q[j] * (xs * xs) ** j for j in range(DEGREE + 1))
    return q, np.max(np.abs(approx - np.tanh(xs)) / ulp(np.tanh(xs)))


def fit_piece(low, high, mantissa):
    o = float((np.float32(low).view(np.uint32) & np.uint32(0xFFC00000) | np.uint32(mantissa)).view(np.float32))
    c0 = to_float(np.tanh(o))
    x = np.linspace(low, high, 4000)
    u = x - o
    a = np.stack([u ** (j + 1) for j in range(DEGREE + 1)], axis=1)
    p = fit_rounded(a, np.tanh(x) - c0, 1 / ulp(np.tanh(x)))
    xs = np.linspace(low, high, 100001)
    approx = c0 + sum(p[j] * (xs - o) ** (j + 1) for j in range(DEGREE + 1))
    return o, c0, p, np.max(np.abs(approx - np.tanh(xs)) / ulp(np.tanh(xs)))


def main():
    mantissa, distance = origin_mantissa()
    print(f"// origin mantissa {mantissa:#x}: tanh(o) within {distance:.3f} ULP of a float in every piece")
    q, error = fit_small(EDGES[0])
    print(f"// piece 0 [0, {EDGES[0]}): fit within {error:.4f} ULP")
    pieces = []
    for i, (low, high) in enumerate(zip(EDGES[:-1], EDGES[1:])):
        o, c0, p, error = fit_piece(low, high, mantissa)
        pieces.append((c0, p))
        print(f"// piece {i + 1} [{low}, {high}): origin {np.float32(o)}, fit within {error:.4f} ULP")
    print("let c0 = FloatVector(" + ", ".join(str(np.float32(v)) for v in [0.0] + [c for c, _ in pieces]) + ")")
    for j in range(DEGREE + 1):
        row = [q[j]] + [p[j] for _, p in pieces]
        print(f"let p{j} = FloatVector(" + ", ".join(str(np.float32(v)) for v in row) + ")")


if __name__ == "__main__":
    main()
