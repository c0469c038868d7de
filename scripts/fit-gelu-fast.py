# Usage: /tmp/peers_venv/bin/python scripts/fit-gelu-fast.py   (numpy, mpmath; about a minute)
#
# Reproduces the constants of the fast tiers' exponentials in GELU's tanh and exact forms
# (Sources/TinyTorch/Kernels/GELUApproximationKernels.swift, GELUErfKernel.swift):
#   - the split coefficients −c₁·log₂e (high with 12 significant bits) and −c₃·log₂e, c₁ = 2√(2/π),
#     c₃ = 0.044715·c₁;
#   - 2^f on [−0.51, 0.51], degree 5 (tanh form), and e^(−r/2) on [−0.7, 0.7], degree 5 (exact form).
# The polynomials are fitted with Lawson's algorithm (iteratively reweighted least squares converging
# to the minimax fit) for relative error, with the constant term fixed at 1 and the coefficients
# rounded to float one at a time, each time refitting the higher ones. Printed lowest degree first,
# with the maximum relative error of the float coefficients.
import mpmath as mp
import numpy as np


def lawson(x, f, degree, fixed, iterations=1500):
    """Coefficients (lowest first) minimizing max |p(x)/f(x) − 1|, the first len(fixed) given."""
    known = len(fixed)
    target = (f - sum(c * x**i for i, c in enumerate(fixed))) / f
    basis = np.stack([x**k / f for k in range(known, degree + 1)], axis=1)
    weights = np.full(len(x), 1 / len(x))
    best = (np.inf, None)
    for _ in range(iterations):
        root = np.sqrt(weights)
        c, *_ = np.linalg.lstsq(basis * root[:, None], target * root, rcond=None)
        error = np.abs(basis @ c - target)
        if error.max() < best[0]:
            best = (error.max(), c)
        weights *= error
        weights /= weights.sum()
    return list(fixed) + list(best[1])


def float_fit(name, function, low, high, degree):
    x = low + (high - low) * (1 - np.cos(np.linspace(0, np.pi, 20000))) / 2
    coefficients = [1.0]
    for i in range(1, degree + 1):
        coefficients.append(float(np.float32(lawson(x, function(x), degree, coefficients)[i])))
    dense = np.linspace(low, high, 400001)
    error = np.abs(np.polyval(coefficients[::-1], dense) / function(dense) - 1).max()
    print(f"{name}: max relative error {error:.3e} (float coefficients)")
    print("  " + ", ".join(str(np.float32(c)) for c in coefficients))


def split(value, bits=24):
    """value as high + low floats, high with `bits` significant bits."""
    high = np.float32(float(value))
    pattern = np.array([high]).view(np.uint32)[0] & np.uint32((0xFFFFFFFF << (24 - bits)) & 0xFFFFFFFF)
    high = np.array([pattern], dtype=np.uint32).view(np.float32)[0]
    return high, np.float32(float(value - mp.mpf(float(high))))


mp.mp.prec = 100
linear = 2 * mp.sqrt(2 / mp.pi)
log2e = 1 / mp.log(2)
for name, value, bits in [("−c₁·log₂e", -linear * log2e, 12), ("−c₃·log₂e", -linear * mp.mpf("0.044715") * log2e, 24)]:
    high, low = split(value, bits)
    print(f"{name} = {mp.nstr(value, 17)}: high {float(high).hex()}, low {float(low).hex()}")
float_fit("2^f, degree 5", lambda f: 2.0**f, -0.51, 0.51, 5)
float_fit("e^(-r/2), degree 5", lambda r: np.exp(-r / 2), -0.7, 0.7, 5)
