"""Measures the activation family's traps and accuracy in JAX and MLX (float32, CPU).

Run in the peers' virtual environment (see ../../shared/peers/README.md, "Setup"):
    /tmp/peers_venv/bin/python docs/family_peers.py
Each peer that fails to import is skipped. Prints, per peer and op, the results at the issue's
trap inputs and the max error in ULP against a float64 reference on 400,000 float32 inputs
(200,000 random bit patterns, 200,000 uniform on [-30, 30], seed 0; NaN or inf where the
reference is finite counts as inf; "normal" counts only results with |reference| >= 1e-30,
"all" every result, so flushing subnormal results to zero shows there).
"""
import math
import sys

import numpy as np

LAMBDA = 1.0507009873554804934193349852946
ALPHA = 1.6732632423543772848170429916717


def reference(op, x):
    """float64 values in forms that do not cancel, for float32 inputs x (as float64)."""
    with np.errstate(all="ignore"):
        if op == "elu":
            return np.where(x > 0, x, np.expm1(x))
        if op == "celu":
            return np.where(x > 0, x, np.expm1(x))
        if op == "selu":
            return LAMBDA * np.where(x > 0, x, ALPHA * np.expm1(x))
        if op == "softplus":
            return np.logaddexp(0.0, x)
        if op == "log_sigmoid":
            return -np.logaddexp(0.0, -x)
        if op == "mish":
            return x * np.tanh(np.logaddexp(0.0, x))
        if op == "softsign":
            return x / (1 + np.abs(x))
        if op == "squareplus":
            s = np.sqrt(x * x + 4)
            return np.where(x < 0, 4 / (2 * (s - x)), (x + s) / 2)
        if op == "hardswish":
            return x * np.clip(x + 3, 0, 6) / 6
        if op == "hard_sigmoid":
            return np.clip((x + 3) / 6, 0, 1)
        if op == "sparse_plus":
            return np.where(x <= -1, 0, np.where(x >= 1, x, (x + 1) ** 2 / 4))
    raise KeyError(op)


def peer_ops(peer):
    """The ops each peer has, as functions from a float32 numpy array to a float32 numpy array."""
    if peer == "jax":
        import jax
        jax.config.update("jax_platforms", "cpu")
        import jax.numpy as jnp
        import jax.nn as nn
        wrap = lambda f: (lambda a: np.asarray(f(jnp.asarray(a))))
        return {
            "elu": wrap(nn.elu), "celu": wrap(nn.celu), "selu": wrap(nn.selu), "softplus": wrap(nn.softplus),
            "log_sigmoid": wrap(nn.log_sigmoid), "mish": wrap(nn.mish), "softsign": wrap(nn.soft_sign),
            "squareplus": wrap(nn.squareplus), "hardswish": wrap(nn.hard_swish),
            "hard_sigmoid": wrap(nn.hard_sigmoid), "sparse_plus": wrap(nn.sparse_plus),
            "relu6": wrap(nn.relu6), "hardtanh": wrap(nn.hard_tanh),
            "log_softmax": wrap(nn.log_softmax),
        }
    if peer == "mlx":
        import mlx.core as mx
        import mlx.nn as nn
        wrap = lambda f: (lambda a: np.array(f(mx.array(a))))
        return {
            "elu": wrap(nn.elu), "celu": wrap(nn.celu), "selu": wrap(nn.selu), "softplus": wrap(nn.softplus),
            "log_sigmoid": wrap(nn.log_sigmoid), "mish": wrap(nn.mish), "softsign": wrap(nn.softsign),
            "hardswish": wrap(nn.hardswish), "relu6": wrap(nn.relu6), "hardtanh": wrap(nn.hard_tanh),
            "hardshrink": wrap(nn.hard_shrink), "softshrink": wrap(nn.softshrink),
            "log_softmax": wrap(nn.log_softmax),
        }
    raise KeyError(peer)


def ulp(r):
    """The float32 spacing at each reference value (the binade below on a power of two)."""
    a = np.abs(r)
    m, e = np.frexp(a)                    # a = m·2^e, m in [0.5, 1)
    spacing = np.ldexp(1.0, e - 24 - (m == 0.5))
    return np.where(a < 2.0 ** -126, 2.0 ** -149, spacing)


def max_ulp(got, ref):
    got = got.astype(np.float64)
    with np.errstate(all="ignore"):
        err = np.abs(got - ref) / ulp(ref)
    both_inf = np.isinf(got) & (got == ref)
    err = np.where(both_inf, 0, err)
    err = np.where(np.isfinite(ref) & ~np.isfinite(got), np.inf, err)
    over = np.abs(ref) > np.float64(np.finfo(np.float32).max)   # rounds to ±inf
    err = np.where(over & np.isinf(got) & (np.sign(got) == np.sign(ref)), 0, err)
    normal = np.where(np.abs(ref) >= 1e-30, err, 0)
    i, j = int(np.nanargmax(normal)), int(np.nanargmax(err))
    return (normal[i], i), (err[j], j)


def sample():
    rng = np.random.default_rng(0)
    bits = rng.integers(0, 2 ** 32, size=200_000, dtype=np.uint64).astype(np.uint32).view(np.float32)
    bits = bits[np.isfinite(bits)]
    uniform = rng.uniform(-30, 30, size=200_000).astype(np.float32)
    return np.concatenate([bits, uniform])


TRAPS = {
    "elu": [-1e-8, -np.inf], "celu": [-1e-8, -np.inf], "selu": [1.0, -1e-8],
    "softplus": [1000.0, -1000.0, -100.0], "log_sigmoid": [-1000.0, 1000.0, 100.0],
    "mish": [-np.inf, 1000.0, np.nan], "softsign": [np.inf, np.nan], "squareplus": [-1e4, -np.inf],
    "hardswish": [-np.inf, np.nan], "hard_sigmoid": [np.nan], "sparse_plus": [np.nan],
    "relu6": [np.nan], "hardtanh": [np.nan], "hardshrink": [np.nan], "softshrink": [np.nan],
}


def main():
    x = sample()
    for peer in ("jax", "mlx"):
        try:
            ops = peer_ops(peer)
        except Exception as error:  # noqa: BLE001 - a missing peer is skipped, as in bench_peers.py
            print(f"{peer}: UNAVAILABLE ({error})")
            continue
        print(f"== {peer}")
        for op, f in ops.items():
            if op == "log_softmax":
                a = f(np.array([1000, 1001, 1002], dtype=np.float32))
                b = f(np.array([1, 2, 3], dtype=np.float32))
                print(f"  {op:13s} [1000,1001,1002] -> {a}  [1,2,3] -> {b}")
                continue
            traps = ", ".join(f"f({t:g}) = {f(np.array([t], dtype=np.float32))[0]!r}" for t in TRAPS.get(op, []))
            line = f"  {op:13s} {traps}"
            if op in ("elu", "celu", "selu", "softplus", "log_sigmoid", "mish", "softsign", "squareplus",
                      "hardswish", "hard_sigmoid", "sparse_plus"):
                (normal, i), (every, j) = max_ulp(f(x), reference(op, x.astype(np.float64)))
                line += f"\n  {'':13s} max ULP: normal {normal:.3g} at x = {x[i]!r}; all {every:.3g} at x = {x[j]!r}"
            print(line)


if __name__ == "__main__":
    sys.exit(main())
