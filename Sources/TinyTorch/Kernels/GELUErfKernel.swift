// GELU's exact form on vectors, x·Φ(x) (GELU.swift has the formula and why it is stable).
//
// Φ is assembled from c = ½·erfc(|x|/√2) as c for x < 0 and 1 − c for x ≥ 0,
// so neither side cancels. erfc comes from one approximation valid on all of [0, 10.7]:
//     ½·erfc(z) = t·e^(Q(t) − z²),   t = 1/(1 + 0.4·z),
// Q a polynomial fitted with Lawson's minimax algorithm to ln(½·erfc(z)·(1 + 0.4z)) + z²
// (degree 10, error 4.1e-9): the accurate tier, in double. The fast tier, in float, uses the
// same t with G(t) = t·e^(Q(t)) fitted directly (see "Fast tier" below). Either way z² = x²/2
// is formed exactly (in double it is; in float as a high + low pair), because in the tail any
// rounding of z² becomes a relative error of the result (64 ULP at x = −13 in float).
// The tanh and sigmoid forms are in GELUApproximationKernels.swift.

/// GELU's exact form, x·Φ(x).
///
/// - Accurate: everything in double precision, rounded once.
/// - Fast: in float, ½·erfc(z) = G(t)·e^(−z²) with a degree-8 G and the split square: at most
///   10.45 ULP over all 2³² inputs for results ≥ 1e-30 (11.25 without FMA).
enum GELUErfKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12
    /// 0.4/√2: t = 1/(1 + 0.4·z) with z = |x|/√2.
    static let tScale = 0.282_842_712_474_619
    /// 1/√(2π), the normal density's factor.
    static let densityScale = 0.398_942_280_401_432_7

    /// ½·erfc(m/√2) for 0 ≤ m ≤ 15, relative error below 8e-9.
    @inline(__always)
    static func halfErfc(_ m: DoubleVector) -> DoubleVector {
        let t = 1 / fma(m, tScale, 1)
        var q = fma(t, 0.193_065_223_811_541_7, -1.090_033_675_219_859)
        q = fma(q, t, 2.468_665_184_538_617_4)
        q = fma(q, t, -2.822_516_914_048_037_5)
        q = fma(q, t, 1.811_932_899_301_786_5)
        q = fma(q, t, -0.896_276_385_953_006_1)
        q = fma(q, t, 0.271_921_782_147_020_1)
        q = fma(q, t, 0.126_891_353_982_784_9)
        q = fma(q, t, 0.425_321_266_219_248_2)
        q = fma(q, t, 0.999_677_805_390_600_6)
        q = fma(q, t, -2.181_795_716_638_484)
        return t * DoubleExponential.exp(fma(m, m * -0.5, q))
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

    /// x·Φ(x) with |x| held to 15 inside Φ and x held to ≥ −15 in the product: GELU(−15) is
    /// 8e-49, already −0 in float, and the clamp turns −∞·0 into −0 instead of NaN.
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x, x.magnitude.atMost(15)) { x, m in
            x.atLeast(-15) * cumulative(x, halfErfc(m))
        }
    }

    /// g·(Φ(x) + x·φ(x)), x held to [−15, 15] (the limits 0 and 1 at ±∞).
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-15).atMost(15), gradOutput) { x, g in
            let m = x.magnitude
            let density = DoubleExponential.exp(m * m * -0.5) * densityScale
            return g * fma(x, density, cumulative(x, halfErfc(m)))
        }
    }

    // MARK: Fast tier: float
    //
    // The fast tier splits the same approximation the other way round: ½·erfc(z) = G(t)·e^(−z²)
    // with G(t) = t·e^(Q(t)) = ½·e^(z²)·erfc(z) a polynomial in t itself. The exponential then
    // depends on m alone, not on G: it runs side by side with the division and G's polynomial
    // instead of after them. That matters more than the operation count here: each vector's
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
