# Usage: /tmp/peers_venv/bin/python scripts/fit-gelu-accurate.py   (numpy, scipy; about a minute)
#
# Fits the two polynomials of the exact GELU's accurate tier (Sources/TinyTorch/Kernels/GELUErfKernel.swift)
# with Lawson's algorithm (iteratively reweighted least squares converging to the minimax fit), for
# relative error, and prints their coefficients (lowest degree first) and maximum errors:
#   G(t) = ½·e^(z²)·erfc(z), t = 1/(1 + 0.4z), z = m/√2, m ∈ [0, 14.5]: degree 10 (1.88e-9)
#   2^f, f ∈ [−½, ½]: degree 6 (1.86e-9)
import numpy as np
from scipy.special import erfcx


def lawson(x, f, degree, iterations=2000):
    """Coefficients (lowest first) of the degree-`degree` polynomial minimizing max |p(x)/f(x) − 1|."""
    basis = np.stack([x**k / f for k in range(degree + 1)], axis=1)
    weights = np.full(len(x), 1 / len(x))
    best = (np.inf, None)
    for _ in range(iterations):
        root = np.sqrt(weights)
        c, *_ = np.linalg.lstsq(basis * root[:, None], root, rcond=None)
        error = np.abs(basis @ c - 1)
        if error.max() < best[0]:
            best = (error.max(), c)
        weights *= error
        weights /= weights.sum()
    return best[1]


def chebyshev_grid(a, b, n):
    return a + (b - a) * (1 - np.cos(np.linspace(0, np.pi, n))) / 2


def report(name, coefficients, x, f):
    error = np.abs(np.polyval(coefficients[::-1], x) / f - 1).max()
    print(f"{name}: max relative error {error:.3e}")
    print("  " + ", ".join(repr(float(c)) for c in coefficients))


scale, m_max = 0.4, 14.5
t = chebyshev_grid(1 / (1 + scale * m_max / np.sqrt(2)), 1, 30000)
g = 0.5 * erfcx((1 / t - 1) / scale)
dense_t = np.linspace(t[0], 1, 200001)
report("G(t), degree 10", lawson(t, g, 10), dense_t, 0.5 * erfcx((1 / dense_t - 1) / scale))

f = chebyshev_grid(-0.5, 0.5, 20000)
dense_f = np.linspace(-0.5, 0.5, 400001)
report("2^f, degree 6", lawson(f, 2.0**f, 6, iterations=1500), dense_f, 2.0**dense_f)
