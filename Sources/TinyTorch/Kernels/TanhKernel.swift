// tanh on vectors: Tanh's kernel.
//
// The fast tier (and the accurate tier of a build without fused multiply-adds) evaluates one
// rational function, fitted with Lawson's minimax algorithm to the relative error of tanh on
// [0, 9] (2.1e-8 at most, a third of a float ULP):
//
//   tanh(x) ≈ x·P(x²)/Q(x²),   P and Q of degree 4, every coefficient positive,
//
// on x held to [−9, 9]. The function is odd as written (x² is even, x·P/Q changes sign with x),
// so tanh(−x) = −tanh(x) bit for bit with no sign bookkeeping, and tanh(±0) = ±0. Positive
// coefficients mean no cancellation anywhere in P or Q; near 0 the quotient tends to
// x·p₀/q₀ = x·(1 − 2e-8), so tanh(x) ≈ x keeps every digit. Holding x to ±9 gives ±1 beyond:
// the true tanh(9) = 1 − 3.0e-8 is within 0.51 ULP of 1, and the rational rounds to 1 there.
// Degree 4/4 is the cheapest pair that keeps a double precision evaluation within 1 ULP (degree
// 3/4 is off by 3.8e-7, 6 ULP); the fast tier could afford 3/4 but measured no faster. In float
// the roundings of P, Q, x² and the quotient add up to 5.33 ULP: fine for the fast tier only.
//
// The accurate tier of x86-64 FMA builds (the fast build) evaluates eight polynomial pieces,
// their coefficients fetched per lane from 8-entry tables (TanhPieces.swift): at most 0.75 ULP
// over all 2³² inputs, monotone, and 1.19× the speed of the compensated form below on this
// machine (1.24 and 1.25 against 1.05 Gelem/s at 65,536 and 1,048,576 elements, one thread,
// medians of 6 alternating runs of `tito bench --ops tanh --sizes 65536,1048576 --threads 1
// --mode into --no-backward --precision accurate`).
//
// The accurate tier of arm64 builds is the logistic in disguise, in compensated float arithmetic:
//
//   tanh|x| = (1 − e)/(1 + e) = 2/(1 + e) − 1,   e = e^(−2|x|) ∈ (0, 1],
//
// with 1 + e as the exact-to-2⁻²⁷ pair high + low of CompensatedLogistic.swift (at z = 2|x|,
// exact since |x| + |x| is) and 1/(high + low) = y·(1 + ρ) from its compensated reciprocal.
// Then 2y − 1 is exact (y ∈ [½, 1], Sterbenz), and tanh|x| = (2y − 1) + 2y·ρ is rounded once
// in a fused multiply-add. Nothing cancels: the pair's error is relative to the small terms
// (for n = 0 it shrinks with |x|), so the result keeps its relative accuracy down to tiny x.
// Three details:
//   - |x| is held to 9.1 (tanh(9.1) = 1 − 2.5e-8 rounds to 1); there e = 2⁻²⁶·…, where
//     1 + 2ⁿ is no longer exact: the pair carries that rounding too (`carryingTinyDecay`).
//   - Below |x| = 2⁻¹² the result is x itself (tanh x = x(1 − x²/3 + …) rounds to x, within
//     0.33 ULP): there 2y − 1 and 2y·ρ are both near ±2⁻²³ and nearly cancel, and the rounding
//     of ρ (2⁻⁴⁷) would cost up to 3 ULP below |x| ≈ 2⁻²⁰ (measured).
//   - The sign of x is put back at the end, so the tier stays exactly odd.
// Measured over all 2³² inputs (in x86-64 FMA builds, before the pieces took over there): at
// most 0.89 ULP (the worst near x = 0.1, where the rounding of c in the pair, ≈ 2⁻²⁶·c, is
// largest against the result), and monotone.
//
// The derivative is 1/cosh²(x) = 4e/(1 + e)² with e = e^(−2|x|): 1 − tanh² would cancel.

/// tanh(x)/x ≈ P(x²)/Q(x²): the coefficients of P and Q, lowest degree first.
private let numerator = [0.999_999_979_637_075_7, 0.133_809_488_811_785_42, 0.003_495_494_922_085_807,
                         2.060_747_840_707_368_2e-05, 1.335_233_959_509_629_6e-08]
private let denominator = [1.0, 0.467_142_645_509_269_04, 0.025_876_632_796_625_724,
                           0.000_328_547_918_138_419_13, 7.775_627_118_115_913e-07]

/// Tanh's kernel.
///
/// - Accurate: on x86-64 with FMA, eight polynomial pieces (TanhPieces.swift): at most 0.75 ULP
///   over all 2³² inputs, monotone (`tito verify tanh --exhaustive`, FMA build). On arm64,
///   2/(1 + e^(−2|x|)) − 1 in compensated float arithmetic (see the file's notes), x itself below
///   |x| = 2⁻¹²: at most 0.89 ULP, monotone (measured on x86-64 with FMA, where it ran before the
///   pieces). Without fused multiply-adds the rational function in double precision, rounded once:
///   at most 0.85 ULP, monotone.
/// - Fast: the same rational function in float, its result held to [−1, 1] (float rounding
///   alone would give 1 + 2⁻²³ for some x near 8.5): at most 5.33 ULP over all 2³² inputs.
enum TanhKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 13

    /// The largest |x| the rational function is evaluated at; beyond, tanh is ±1 to the float.
    static let saturation: Float = 9

    /// The largest |x| the compensated form is evaluated at: tanh(9.1) = 1 − 2.5e-8 rounds to 1.
    static let compensatedSaturation: Float = 9.1

    /// Below this |x|, tanh(x) = x·(1 − x²/3 + …) rounds to x (within 0.33 ULP).
    static let tiny: Float = 0x1p-12

    /// x·P(x²)/Q(x²) in double precision for |x| ≤ 9.
    @inline(__always)
    static func rational(_ x: DoubleVector) -> DoubleVector {
        let t = x * x
        var p = fma(t, numerator[4], numerator[3])
        p = fma(fma(fma(p, t, numerator[2]), t, numerator[1]), t, numerator[0])
        var q = fma(t, denominator[4], denominator[3])
        q = fma(fma(fma(q, t, denominator[2]), t, denominator[1]), t, denominator[0])
        return x * p / q
    }

    /// The same in float.
    @inline(__always)
    static func rational(_ x: FloatVector) -> FloatVector {
        let t = x * x
        var p = fma(t, Float(numerator[4]), Float(numerator[3]))
        p = fma(fma(fma(p, t, Float(numerator[2])), t, Float(numerator[1])), t, Float(numerator[0]))
        var q = fma(t, Float(denominator[4]), Float(denominator[3]))
        q = fma(fma(fma(q, t, Float(denominator[2])), t, Float(denominator[1])), t, Float(denominator[0]))
        return x * p / q
    }

    /// x held to [−9, 9]; NaN stays NaN.
    @inline(__always)
    static func held(_ x: FloatVector) -> FloatVector {
        x.atLeast(-saturation).atMost(saturation)
    }

    #if TINYTORCH_FMA || arch(arm64)
    /// tanh|x| = 2/(1 + e^(−2|x|)) − 1 = (2y − 1) + 2y·ρ from the compensated logistic, the
    /// sign of x put back; |x| < 2⁻¹² gives x itself. The accurate tier on arm64; x86-64 FMA
    /// builds keep it compiled (and tested) but take the pieces.
    @inline(__always)
    static func compensatedValue(_ x: FloatVector) -> FloatVector {
        let magnitude = x.magnitude
        let m = magnitude.atMost(compensatedSaturation)
        let d = Logistic.compensatedDenominator(m + m, carryingTinyDecay: true)
        let (y, rho) = Logistic.compensatedReciprocal(d)
        let twice = y + y
        let t = fma(twice, rho, twice - 1)   // tanh|x| ≥ +0: x's sign bit (x ^ |x|) flips it to tanh(x)
        let signed = FloatVector(bits: t.bits ^ (x.bits ^ magnitude.bits))
        return signed.replacing(with: x, where: m .< tiny)
    }
    #endif

    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
    /// Eight polynomial pieces, their coefficients looked up per lane (TanhPieces.swift).
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector { TanhPieces.value(x) }
    #elseif TINYTORCH_FMA || arch(arm64)
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector { compensatedValue(x) }
    #else
    /// Without fused multiply-adds (the compensation's exact residuals need them): the rational
    /// function in double precision, rounded once.
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(held(x), rational)
    }
    #endif

    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.magnitude.atMost(200), gradOutput) { m, g in
            let e = DoubleExponential.exp(-2 * m)
            let d = 1 + e
            return g * (4 * e) / (d * d)
        }
    }

    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        rational(held(x)).atLeast(-1).atMost(1)
    }

    /// g·4e/(1 + e)² with e = e^(−2|x|), |x| held to 55 (e^(−110) is 0 in float).
    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let e = FloatExponential.exp(-2 * x.magnitude.atMost(55))
        let d = 1 + e
        return gradOutput * (4 * e) / (d * d)
    }
}
