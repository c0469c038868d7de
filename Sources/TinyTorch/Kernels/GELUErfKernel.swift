// GELU's exact form on vectors, x·Φ(x) (GELU.swift has the formula and why it is stable).
//
// Φ is assembled from c = ½·erfc(|x|/√2) as c for x < 0 and 1 − c for x ≥ 0,
// so neither side cancels. Both tiers compute c from one approximation valid on all of [0, 10.3]:
//     ½·erfc(z) = G(t)·e^(−z²),   t = 1/(1 + 0.4·z),
// G(t) = ½·e^(z²)·erfc(z) a polynomial in t fitted with Lawson's minimax algorithm for relative
// error: the accurate tier in double precision (degree 10, 1.9e-9), the fast tier in float
// (degree 8, see "Fast tier" below). The exponential depends on z alone, not on G, so it runs
// side by side with the division and G's polynomial (why that matters: "Accurate tier").
// z² = x²/2 is formed exactly (in double it is; in float as a high + low pair), because in the
// tail any rounding of z² becomes a relative error of the result (64 ULP at x = −13 in float).
// The tanh and sigmoid forms are in GELUApproximationKernels.swift.

/// GELU's exact form, x·Φ(x).
///
/// - Accurate: in double precision, ½·erfc(z) = G(t)·e^(−z²) with a degree-10 G, rounded once:
///   at most 0.56 ULP over all 2³² inputs (`tito verify gelu --exhaustive --precision accurate`,
///   FMA build).
/// - Fast: in float, the same split with a degree-8 G and the split square: at most
///   10.45 ULP over all 2³² inputs for results ≥ 1e-30 (11.25 without FMA).
enum GELUErfKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12
    /// 0.4/√2: t = 1/(1 + 0.4·z) with z = |x|/√2.
    static let tScale = 0.282_842_712_474_619
    /// 1/√(2π), the normal density's factor.
    static let densityScale = 0.398_942_280_401_432_7
    /// log₂e/2: e^(−m²/2) = 2^(−m²·log₂e/2).
    static let halfLog2e = 0.721_347_520_444_481_7

    // MARK: Accurate tier: double precision
    //
    // Every step is in double precision and the result is rounded once to float, so the bound is
    // 0.5 ULP plus the relative error of c, about 2²⁴ ULP per unit: G's fit (1.9e-9) and the
    // exponential's (1.9e-9) add up to 0.06 ULP at most; x·Φ for x ≥ 0 only shrinks c's share.
    //
    // What sets the speed is each vector's chain of dependent operations, not their number: the
    // loop holds some 170 instructions per 8 lanes (objdump of a throwaway copy), so the processor
    // overlaps barely two vectors, and a chain longer than that window leaves the multiply pipes
    // idle. Session 3's form, t·e^(Q(t) − z²), ran the division, a degree-10 Horner polynomial and
    // the exponential one after the other (about 110 cycles by the instruction latencies). Here
    // the exponential depends on m alone, and both polynomials are evaluated in parallel pieces
    // (Estrin's scheme for G, even and odd parts for 2^f): about 45 cycles, for about 10% more
    // multiply-adds. Measured on one Zen 3 core (`tito bench --ops gelu --sizes 65536 --threads 1
    // --mode into --no-backward --precision accurate`, medians of alternating runs): 0.34 → 0.47
    // Gelem/s. The same split with Horner polynomials measured no gain in a throwaway copy: the
    // chain is then still the division and G's ten steps.

    /// ½·erfc(m/√2) = G(t)·e^(−m²/2) for 0 ≤ m ≤ 14.5, relative error below 4e-9.
    @inline(__always)
    static func halfErfc(_ m: DoubleVector) -> DoubleVector {
        scaledHalfErfc(1 / fma(m, tScale, 1)) * gaussian(m)
    }

    /// G(t) = ½·e^(z²)·erfc(z) for t = 1/(1 + 0.4z) ∈ [0.196, 1] (m ≤ 14.5), within 1.9e-9
    /// (relative; `scripts/fit-gelu-accurate.py` reproduces the fit). Estrin's scheme: five pairs
    /// a + b·t, then pairs of those by t², t⁴ and t⁸, so the longest chain is 4 multiply-adds
    /// instead of Horner's 10.
    @inline(__always)
    static func scaledHalfErfc(_ t: DoubleVector) -> DoubleVector {
        let t2 = t * t, t4 = t2 * t2, t8 = t4 * t4
        let c01 = fma(t, 0.112_951_202_015_273, -4.166_757_643_714_205e-06)
        let c23 = fma(t, 0.113_236_630_436_696_09, 0.111_481_593_442_427_14)
        let c45 = fma(t, 0.187_684_631_414_084_12, 0.043_604_989_636_356_34)
        let c67 = fma(t, 0.365_063_284_062_112_86, -0.226_496_062_940_449_5)
        let c89 = fma(t, 0.123_999_609_700_465_5, -0.312_380_365_739_521_6)
        let c0123 = fma(t2, c23, c01), c4567 = fma(t2, c67, c45), c8910 = fma(t2, -0.019_141_344_327_897_644, c89)
        return fma(t8, c8910, fma(t4, c4567, c0123))
    }

    /// e^(−m²/2) for 0 ≤ m ≤ 14.5, relative error below 1.9e-9, as 2^y with y = −m²·log₂e/2:
    /// y = n + f with n = round(y) (the rounding shift leaves n in k's low bits, as in
    /// ``DoubleExponential/reduce(_:)``), f = y − n ∈ [−½, ½] exact, 2^f a degree-6 polynomial
    /// (Lawson fit, 1.86e-9, `scripts/fit-gelu-accurate.py`) evaluated as even + f·odd, and 2ⁿ
    /// added to its exponent field.
    /// One reduction constant fewer than e^a: y's two roundings cost 3e-14 at m = 14.5.
    @inline(__always)
    static func gaussian(_ m: DoubleVector) -> DoubleVector {
        let y = m * (m * -halfLog2e)
        let k = y + DoubleExponential.roundingShift
        let f = y - (k - DoubleExponential.roundingShift)
        let f2 = f * f
        let even = fma(fma(fma(f2, 0.000_153_458_120_280_154_3, 0.009_618_488_957_161_04), f2,
                           0.240_226_468_906_322_6), f2, 1.000_000_000_554_167)
        let odd = fma(fma(f2, 0.001_339_993_123_461_544_2, 0.055_503_287_769_271_034), f2, 0.693_147_205_737_285_3)
        return DoubleVector(bits: fma(odd, f, even).bits &+ (k.bits &<< 52))
    }

    /// Φ(x) from c = ½·erfc(|x|/√2): c below zero, 1 − c above. (Two concrete overloads: in a
    /// function generic over SIMD, `x .< 0` compiles to a loop over the lanes.)
    @inline(__always)
    static func cumulative(_ x: DoubleVector, _ c: DoubleVector) -> DoubleVector {
        (1 - c).replacing(with: c, where: x .< 0)
    }

    @inline(__always)
    static func cumulative(_ x: FloatVector, _ c: FloatVector) -> FloatVector {
        (1 - c).replacing(with: c, where: x .< 0)
    }

    /// x·Φ(x) with |x| held to 14.5 inside Φ and x held to ≥ −14.5 in the product: GELU(−14.5)
    /// is −9e-47, already −0 in float, and the clamp turns −∞·0 into −0 instead of NaN.
    /// (|x| is taken in double precision: one conversion per half instead of two.)
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x) { x in
            x.atLeast(-14.5) * cumulative(x, halfErfc(x.magnitude.atMost(14.5)))
        }
    }

    /// g·(Φ(x) + x·φ(x)), x held to [−14.5, 14.5] (the limits 0 and 1 at ±∞).
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-14.5).atMost(14.5), gradOutput) { x, g in
            let m = x.magnitude
            return g * fma(x, gaussian(m) * densityScale, cumulative(x, halfErfc(m)))
        }
    }

    // MARK: Fast tier: float
    //
    // The fast tier was the first to split the approximation this way (session 3 had the
    // accurate tier's t·e^(Q(t) − z²), Q fitted to the exponent). With G a polynomial in t, the
    // exponential depends on m alone, not on G: it runs side by side with the division and G's
    // polynomial instead of after them. That matters more than the operation count here: each vector's
    // chain of dependent steps (by the instruction latencies, about 110 cycles with
    // e^(Q(t) − z²), about 55 now) is longer than the processor can overlap with its
    // neighbours' work, so the chain's length sets the speed. Measured on one Zen 3 core
    // (`tito bench --ops gelu --sizes 1048576 --threads 1 --mode into --precision fast`):
    // 0.70 Gelem/s with e^(Q(t) − z²); cutting 3 of its 25 multiply-class operations changed
    // nothing (measured in a throwaway copy), while this split, with about as many, runs at 1.0.
    //
    // G is fitted with Lawson's algorithm for relative error over t ∈ [0.212, 1] (|x| ≤ 13.15,
    // where the results are normal floats): degree 8, 9.3e-8 in double, 9.7e-8 with the
    // coefficients rounded to float. It is evaluated as E(t²) + t·O(t²), even and odd parts in
    // parallel, to shorten the chain again.

    /// G(t) = ½·e^(z²)·erfc(z) for t = 1/(1 + 0.4z), within 9.7e-8 (relative) on [0.212, 1].
    @inline(__always)
    static func scaledHalfErfc(_ t: FloatVector) -> FloatVector {
        let t2 = t * t
        var even = fma(t2, 0.036_487_814, 0.343_912_303)
        even = fma(even, t2, 0.215_166_360)
        even = fma(even, t2, 0.120_908_283)
        even = fma(even, t2, 0.000_041_559_713)
        var odd = fma(t2, -0.195_918_038, -0.195_131_719)
        odd = fma(odd, t2, 0.062_580_585)
        odd = fma(odd, t2, 0.111_952_804)
        return fma(odd, t, even)
    }

    /// e^(−m²/2) as a mantissa p ∈ [0.7, 1.5] times 2ⁿ, n held in k's low bits
    /// (``FloatExponential/roundingShift``), for 0 ≤ m ≤ 14.5.
    ///
    /// m² = high + low exactly, and −m²/2 − n·ln 2 is reduced from both parts,
    /// r = (−high/2 − n·ln2High) + (−low/2 − n·ln2Low): halving is exact, and so is the first
    /// part (n·ln2High has at most 24 bits, and in the tail both terms lie on the grid of high's
    /// last bit), which keeps the tail's relative error small.
    @inline(__always)
    static func fastGaussian(_ m: FloatVector) -> (mantissa: FloatVector, k: FloatVector) {
        let (high, low) = exactSquare(m)
        let (r, k) = FloatExponential.reduced(high: high * -0.5, low: low * -0.5)
        return (FloatExponential.polynomial(r), k)
    }

    /// x·Φ(x) in float. With c = ½·erfc(|x|/√2) = G·p·2ⁿ, the result is w = x·c for x ≤ 0
    /// and x − w for x > 0, w = (x·G·p·2^(n+64))·2⁻⁶⁴: the scaling by 2^(n+64) is an integer
    /// add to the exponent field, and the last multiply rounds once when w is subnormal (from
    /// x ≈ −13.15 down to −14), so the tail fades out gradually.
    ///
    /// x is held to ±14.5 for the exponential and the product (GELU(−14.5) is −0 in float):
    /// +∞ gives ∞ − w = ∞, −∞ gives −0, NaN stays NaN; t takes the unclamped |x| (t = 0 at ∞).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        let held = x.atLeast(-14.5).atMost(14.5)
        let t = 1 / fma(x.magnitude, Float(tScale), 1)
        let (p, k) = fastGaussian(held.magnitude)
        let w = (held * scaledHalfErfc(t)) * FloatExponential.raised(p, by: k) * 0x1p-64
        return (x - w).replacing(with: w, where: x .<= 0)
    }

    /// g·(Φ(x) + x·φ(x)) with φ(x) = e^(−x²/2)/√(2π), x held to [−14.5, 14.5].
    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let x = x.atLeast(-14.5).atMost(14.5)
        let m = x.magnitude
        let (p, k) = fastGaussian(m)
        let gaussian = FloatExponential.raised(p, by: k) * 0x1p-64
        let c = scaledHalfErfc(1 / fma(m, Float(tScale), 1)) * gaussian
        return gradOutput * fma(x, gaussian * Float(densityScale), cumulative(x, c))
    }
}
