// GELU's tanh form, x·σ(2u) with u = √(2/π)(x + 0.044715x³), and its sigmoid form, x·σ(1.702x),
// on vectors (GELU.swift has the formulas and why they are stable). The accurate tiers compute
// x/(1 + e^(−z)) in double precision, e^(−z) as 2^(−z·log₂e), with x held so that the exponent
// stays a normal double: no select between σ's two sides, no |z|, and the product with x becomes
// the division. Measured on one Zen 3 core against the logistic of SigmoidKernel.swift (which the
// gradients still use), medians of 6 alternating runs of each binary (`tito bench --ops
// gelu_tanh,gelu_sigmoid --sizes 65536,1048576 --threads 1 --mode into --no-backward --precision
// accurate`): the tanh form 0.66 → 0.73 Gelem/s, the sigmoid form 0.73 → 0.91, at both sizes.
// The fast tiers compute x·σ(z) in float, the
// sigmoid form through Sigmoid's denominator, the tanh form with an exponential of its own
// (``GELUTanhKernel/fastExponent(_:)``). The exact form is in GELUErfKernel.swift.

/// √(2/π)·2 and the cubic coefficient times it: z = x·(c₁ + c₃x²) = 2u.
private let tanhLinear = 2 * GELU.sqrt2OverPi
private let tanhCubic = 2 * GELU.sqrt2OverPi * GELU.cubic

/// The fast tier's last step in both forms: x·σ(z) = x·(2⁻⁶⁴/D), given the scaled denominator
/// D = (1 + e^(−z))·2⁻⁶⁴.
///
/// Why 2⁻⁶⁴: e^(−z) overflows float for z < −88.7, D stays finite down to z = −130, and no select
/// is needed: 2⁻⁶⁴/D is σ(z) for every z in [−130, 40]. The callers hold x so that z stays there
/// (at its ends σ is 0 and 1 in float), and hold the x of the product only from below, so
/// that +∞ gives +∞·1 and −∞ gives −0 instead of −∞·0; NaN stays NaN.
///
/// In the far negative tail σ(z) ≈ e^z turns every error of z into a relative error of the
/// result: a z rounded to one float would be off by up to |z|·2⁻²⁴ (90 ULP at z = −87). So
/// both forms carry z (or the exponent it becomes) in more than one float; each kernel says how.
@inline(__always)
private func fastGELU(_ x: FloatVector, scaledDenominator d: FloatVector) -> FloatVector {
    x * (0x1p-64 / d)
}

/// A constant as an unevaluated sum of two floats, high + low.
private typealias SplitConstant = (high: Float, low: Float)

/// 1.702, split (high + low differs from it by about 2e-16).
private let sigmoidScaleSplit: SplitConstant = (0x1.b3b646p+0, -0x1.78d4fep-26)

/// c·x as high + low: the product c.high·x exactly (two floats) plus c.low·x.
@inline(__always)
private func splitProduct(_ c: SplitConstant, _ x: FloatVector) -> (high: FloatVector, low: FloatVector) {
    let (high, low) = exactProduct(x, FloatVector(repeating: c.high))
    return (high, fma(x, c.low, low))
}

/// GELU's tanh form, x·σ(z) with z = 2u = x·(c₁ + c₃x²).
///
/// - Accurate: x/(1 + 2^(−z·log₂e)) in double precision, rounded once (at most 0.53 ULP over all
///   2³² inputs, at x = −9.826504).
/// - Fast: all in float, e^(−z) = 2^(x·A) with A as a pair of floats (``fastExponent(_:)``): at
///   most 4.14 ULP over all 2³² inputs for results ≥ 1e-30, at x = −5.003842 (4.08 without
///   FMA). The gradient is the accurate one.
enum GELUTanhKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12

    @inline(__always)
    static func argument(_ x: DoubleVector) -> DoubleVector {
        x * fma(x * x, tanhCubic, tanhLinear)
    }

    /// −z·log₂e = x·(b₁ + b₃x²), bᵢ = −cᵢ·log₂e: the exponent of e^(−z) in base 2.
    @inline(__always)
    static func negatedArgumentLog2(_ x: DoubleVector) -> DoubleVector {
        x * fma(x * x, -tanhCubic * DoubleExponential.log2e, -tanhLinear * DoubleExponential.log2e)
    }

    /// x·σ(z) = x/(1 + 2^(−z·log₂e)) in double precision (``Logistic/product(_:heldTo:exponent:)``):
    /// x held to [−20, 20] keeps the exponent within ±870 (GELUₜ(−20) ≈ −e^(−600) is −0 in float;
    /// above 20 the result is x).
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        Logistic.product(x, heldTo: 20, exponent: negatedArgumentLog2)
    }

    /// g·(s + x·σ′(z)·z′) with s = σ(z), z′ = c₁ + 3c₃x², x held to [−20, 20].
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-20).atMost(20), gradOutput) { x, g in
            let (s, slope) = Logistic.valueAndSlope(argument(x))
            return g * fma(x * slope, fma(x * x, 3 * tanhCubic, tanhLinear), s)
        }
    }

    // MARK: Fast tier: float
    //
    // x·σ(z) = x·2⁻⁶⁴/D as in ``fastGELU(_:scaledDenominator:)``, with e^(−z) built for this z
    // directly. What sets the speed is the count of multiply-class operations (two pipes on Zen 3);
    // this form needs 16 per 8 lanes and a division, session 4's needed 21 (objdump of the loops):
    // it formed z as a pair of floats (9 operations) and handed it to Sigmoid's denominator, which
    // reduced −z − n·ln 2 from both parts again. Measured on one Zen 3 core, medians of 21 runs
    // interleaved with the old form in one process: 1.16 → 1.58 Gelem/s at 1M elements, 1.17 → 1.59
    // at 65,536.
    //
    //   1. e^(−z) = 2^w with w = −z·log₂e = x·A, A = −(a₁ + a₃x²), aᵢ = cᵢ·log₂e: with log₂e in
    //      the coefficients, w = n + f needs no ln 2 constants.
    //   2. An error δ of w becomes a relative error ln2·δ of the result in the tail, and |w|
    //      reaches 104 at x = −9.3 (results ≥ 1e-30): w must be right to about 2⁻²⁴ absolutely.
    //      So A is a pair: x² = s + s′ exactly; A = −a₁ₕ − a₃ₕ·s rounded once, its rounding error
    //      fma(−a₃ₕ, s, −a₁ₕ − A) (the difference −a₁ₕ − A is exact because a₁ₕ has 12 significant
    //      bits), and the small terms −a₃ₕs′ − a₃ₗs − a₁ₗ (the constants' low parts) in A′.
    //   3. n = round(x·A) by the rounding shift in one multiply-add, f = fma(x, A, −n) + x·A′:
    //      the fused step rounds a result below ½ once (error ≤ 2⁻²⁵), so the product x·A, up to
    //      183, never needs to be exact. f ∈ [−0.51, 0.51].
    //   4. 2^f by a degree-5 polynomial (Lawson fit with float coefficients, 1.04e-7 relative;
    //      `scripts/fit-gelu-fast.py` reproduces it and the split constants);
    //      D = P·2^(n−64) + 2⁻⁶⁴ in one multiply-add, 2^(n−64) built in the exponent field.
    // Without fused multiply-adds the two products of steps 2 and 3 are formed exactly instead
    // (``exactProduct(_:_:)``), and the same sums recover the same errors.

    /// −c₁·log₂e = −2.302208198144325, split: high has 12 significant bits (step 2).
    static let linearLog2e: (high: Float, low: Float) = (-0x1.26ap+1, -0x1.d8437ap-12)
    /// −c₃·log₂e = −0.10294323958002349, split.
    static let cubicLog2e: (high: Float, low: Float) = (-0x1.a5a7dp-4, 0x1.151aaep-29)

    /// w = −z·log₂e = n + f for x ∈ [−11.5, 7.3]: f ∈ [−0.51, 0.51] and k, whose low bits hold
    /// n (``FloatExponential/roundingShift``), n ∈ [−58, 183]; f is within about 2⁻²⁴ of the
    /// exact w − n (steps 1–3 above).
    @inline(__always)
    static func fastExponent(_ x: FloatVector) -> (f: FloatVector, k: FloatVector) {
        let shift = FloatExponential.roundingShift
        let (s, sLow) = exactSquare(x)
        let smallTerms = fma(sLow, cubicLog2e.high, fma(s, cubicLog2e.low, linearLog2e.low))
        #if TINYTORCH_FMA || arch(arm64)
        let a = fma(s, cubicLog2e.high, linearLog2e.high)
        let aLow = fma(s, cubicLog2e.high, linearLog2e.high - a) + smallTerms
        let k = fma(x, a, shift)
        let f = fma(x, a, shift - k)
        #else
        let (b, bLow) = exactProduct(s, FloatVector(repeating: cubicLog2e.high))
        let a = b + linearLog2e.high
        let aLow = ((b - (a - linearLog2e.high)) + bLow) + smallTerms
        let (p, pLow) = exactProduct(x, a)
        let k = p + shift
        let f = (p - (k - shift)) + pLow
        #endif
        return (fma(x, aLow, f), k)
    }

    /// 2^f for f ∈ [−0.51, 0.51], within 1.04e-7 (relative): degree 5, Horner's scheme, so that
    /// the result is rounded once near 1. (Even and odd parts in parallel ran 2% faster, but the
    /// extra rounding of the even part gave 4.78 ULP in an FMA build and 5.01 in a throwaway copy
    /// without fused multiply-adds: at or over the bound of 5.)
    @inline(__always)
    static func exp2Polynomial(_ f: FloatVector) -> FloatVector {
        var p = fma(f, 0.001_325_942_9, 0.009_673_617)
        p = fma(p, f, 0.055_507_697)
        p = fma(p, f, 0.240_222_1)
        p = fma(p, f, 0.693_146_94)
        return fma(p, f, 1)
    }

    /// x·σ(z) = x·2⁻⁶⁴/D with D = 2^f·2^(n−64) + 2⁻⁶⁴, x held to [−11.5, 7.3] for the exponent
    /// (z ∈ [−127, 40]: GELUₜ(−11.5) ≈ −e^(−127) is −0 in float, σ(40) is 1).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        let (f, k) = fastExponent(x.atLeast(-11.5).atMost(7.3))
        let scale = FloatVector(bits: (k.bits &<< 23) &+ ((127 - 64) << 23))   // 2^(n−64)
        return fastGELU(x.atLeast(-11.5), scaledDenominator: fma(exp2Polynomial(f), scale, 0x1p-64))
    }
}

/// GELU's sigmoid form, x·σ(1.702x).
///
/// - Accurate: x/(1 + 2^(−1.702·log₂e·x)) in double precision, rounded once (at most 0.53 ULP
///   over all 2³² inputs, at x = −19.670227).
/// - Fast: all in float, z = 1.702x as a pair of floats (accurate to about 2⁻³⁰ relative) handed
///   to Sigmoid's denominator (``Logistic/fastScaledDenominator(high:low:)``), which reduces
///   −z − n·ln 2 from both parts: at most 4.27 ULP over all 2³² inputs for results ≥ 1e-30 (4.58
///   without FMA). The gradient is the accurate one.
enum GELUSigmoidKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12

    /// x·σ(1.702x) = x/(1 + 2^(−1.702·log₂e·x)) in double precision, as in the tanh form: x held
    /// to [−400, 400] keeps the exponent within ±983 (GELUₛ(−400) ≈ −e^(−681) is −0 in float;
    /// above 400 the result is x).
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        Logistic.product(x, heldTo: 400) { x in x * (-GELU.sigmoidScale * DoubleExponential.log2e) }
    }

    /// g·(s + 1.702x·σ′(1.702x)), x held to [−200, 200].
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-200).atMost(200), gradOutput) { x, g in
            let (s, slope) = Logistic.valueAndSlope(GELU.sigmoidScale * x)
            return g * fma(GELU.sigmoidScale * x, slope, s)
        }
    }

    /// z = 1.702x as a pair of floats (``fastGELU(_:scaledDenominator:)``), x held to [−76, 23] for z
    /// (z ∈ [−129.4, 39.1]: GELUₛ(−76) ≈ −5e-55 is −0 in float, σ(39.1) is 1).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        let z = splitProduct(sigmoidScaleSplit, x.atLeast(-76).atMost(23))
        return fastGELU(x.atLeast(-76), scaledDenominator: Logistic.fastScaledDenominator(high: z.high, low: z.low))
    }
}
