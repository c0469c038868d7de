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
///   9.54 ULP over all 2³² inputs for results ≥ 1e-30 (10.20 without FMA).
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

    /// e^(−m²/2) for 0 ≤ m ≤ 14.5, relative error below 1.9e-9, as 2^y with y = −m²·log₂e/2
    /// (``DoubleExponential/exp2(_:)``). One reduction constant fewer than e^a: y's two roundings
    /// cost 3e-14 at m = 14.5.
    @inline(__always)
    static func gaussian(_ m: DoubleVector) -> DoubleVector {
        DoubleExponential.exp2(m * (m * -halfLog2e))
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
    // polynomial instead of after them (0.70 → 1.0 Gelem/s in session 4, `tito bench --ops gelu
    // --sizes 1048576 --threads 1 --mode into --precision fast`).
    //
    // Session 5 then cut the multiply-class operations, which set the speed once the chain was
    // short: 22 per 8 lanes instead of 25, plus the division (objdump of the loop). Measured on
    // one Zen 3 core, medians of 21 runs interleaved with the old form in one process:
    // 1.01 → 1.17 Gelem/s at 65,536 and at 1M elements. Three cuts:
    //   - t = A/(A + m) with A = 1/tScale: an addition instead of a multiply-add (same t up to
    //     the rounding of the constant, which G's fit does not notice).
    //   - e^(−m²/2) is reduced as r = m² + n·2ln2, not −m²/2 − n·ln2: the halving moves into
    //     the polynomial's coefficients (it now approximates e^(−r/2)), which saves the two
    //     multiplications that halved m²'s two parts.
    //   - 2⁻⁶⁴ is folded into G's coefficients, so c = G·2⁻⁶⁴ times e^(−m²/2)·2⁶⁴ is one product.
    //
    // G is fitted with Lawson's algorithm for relative error over t ∈ [0.212, 1] (|x| ≤ 13.15,
    // where the results are normal floats): degree 8, 9.3e-8 in double, 9.7e-8 with the
    // coefficients rounded to float (degree 7 would be 1.2e-6, 20 ULP). It is evaluated as
    // E(t²) + t·O(t²), even and odd parts in parallel, to shorten the chain.
    //
    // Measured over all 2³² inputs: at most 9.54 ULP for results ≥ 1e-30 (at x = −1.3989136;
    // `tito verify gelu --exhaustive --precision fast`, FMA build).

    /// A = 1/tScale = √2/0.4 = 3.5355339…: t = 1/(1 + m·tScale) = A/(A + m), one addition and
    /// the division.
    static let fastTOffset: Float = 3.535_533_9

    /// t = A/(A + m) for m = |x| ≥ 0 (t = 0 at m = ∞, NaN stays NaN).
    @inline(__always)
    static func fastT(_ m: FloatVector) -> FloatVector {
        fastTOffset / (m + fastTOffset)
    }

    /// G(t)·2⁻⁶⁴, with G(t) = ½·e^(z²)·erfc(z) for t = 1/(1 + 0.4z) within 9.7e-8 (relative)
    /// on [0.212, 1]. The factor 2⁻⁶⁴ is folded into the coefficients (exactly: a power of two);
    /// it undoes the 2⁶⁴ of ``fastGaussian(_:)``'s result.
    @inline(__always)
    static func fastScaledHalfErfc(_ t: FloatVector) -> FloatVector {
        let t2 = t * t
        var even = fma(t2, 0x1p-64 * 0.036_487_814, 0x1p-64 * 0.343_912_303)
        even = fma(even, t2, 0x1p-64 * 0.215_166_360)
        even = fma(even, t2, 0x1p-64 * 0.120_908_283)
        even = fma(even, t2, 0x1p-64 * 0.000_041_559_713)
        var odd = fma(t2, 0x1p-64 * -0.195_918_038, 0x1p-64 * -0.195_131_719)
        odd = fma(odd, t2, 0x1p-64 * 0.062_580_585)
        odd = fma(odd, t2, 0x1p-64 * 0.111_952_804)
        return fma(odd, t, even)
    }

    /// 2·ln 2 split so that n·high is exact (high has 15 significant bits, |n| ≤ 152).
    static let twoLn2: (high: Float, low: Float) = (0x1.62e4p+0, 0x1.7f7d1cp-19)

    /// e^(−m²/2)·2⁶⁴ for 0 ≤ m ≤ 14.5, a normal float (the caller's product with
    /// ``fastScaledHalfErfc(_:)`` takes the 2⁶⁴ out again).
    ///
    /// m² = s + s′ exactly; n = round(−s·log₂e/2) (k holds it, ``FloatExponential/roundingShift``);
    /// then e^(−m²/2) = 2ⁿ·e^(−r/2) with r = m² + n·2ln2 ∈ [−ln 2, ln 2], formed as
    /// (s + n·2ln2High) + (s′ + n·2ln2Low). The first sum is exact (n·2ln2High is; s and
    /// −n·2ln2High lie within a factor of 2, or n = 0), so r carries only the roundings of the
    /// small terms, and the tail keeps its relative accuracy (a rounded m² would cost up to 64
    /// ULP at m = 13). e^(−r/2) is a degree-5 polynomial in even and odd parts (Lawson fit with
    /// float coefficients, 9.8e-8 relative on [−0.7, 0.7]; `scripts/fit-gelu-fast.py`),
    /// q ∈ [0.7, 1.42]; 2^(n+64) goes into its exponent field (``FloatExponential/raised(_:by:)``).
    @inline(__always)
    static func fastGaussian(_ m: FloatVector) -> FloatVector {
        let (s, sLow) = exactSquare(m)
        let k = fma(s, -Float(halfLog2e), FloatExponential.roundingShift)
        let n = k - FloatExponential.roundingShift
        let r = fma(n, twoLn2.high, s) + fma(n, twoLn2.low, sLow)
        let r2 = r * r
        let even = fma(fma(r2, 0.002_618_892_6, 0.124_997_795), r2, 1)
        let odd = fma(fma(r2, -0.000_259_088_15, -0.020_834_56), r2, -0.499_999_85)
        return FloatExponential.raised(fma(odd, r, even), by: k)
    }

    /// x·Φ(x) in float. With c = ½·erfc(|x|/√2) = (G·2⁻⁶⁴)·(e^(−m²/2)·2⁶⁴), the result is
    /// w = x·c for x ≤ 0 and x − w for x > 0.
    ///
    /// c is a normal float down to x ≈ −13.0; below, c is rounded to a subnormal before the last
    /// product, which costs up to 2⁻²⁰ (relative) of results below 2⁻¹²², far under the 1e-30
    /// the bound covers; no result is flushed while the true value is a normal float, and the
    /// tail fades out gradually. (Folding 2⁻⁶⁴ into the product x·G instead would flush tiny x.)
    ///
    /// x is held to ±14.5 for the exponential and the product (GELU(−14.5) is −0 in float):
    /// +∞ gives ∞ − w = ∞, −∞ gives −0, NaN stays NaN; t takes the unclamped |x| (t = 0 at ∞).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        let held = x.atLeast(-14.5).atMost(14.5)
        let t = fastT(x.magnitude)
        let w = held * (fastScaledHalfErfc(t) * fastGaussian(held.magnitude))
        return (x - w).replacing(with: w, where: x .<= 0)
    }

    /// g·(Φ(x) + x·φ(x)) with φ(x) = e^(−x²/2)/√(2π), x held to [−14.5, 14.5].
    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let x = x.atLeast(-14.5).atMost(14.5)
        let m = x.magnitude
        let raisedGaussian = fastGaussian(m)
        let c = fastScaledHalfErfc(fastT(m)) * raisedGaussian
        return gradOutput * fma(x, raisedGaussian * Float(0x1p-64 * densityScale), cumulative(x, c))
    }
}
