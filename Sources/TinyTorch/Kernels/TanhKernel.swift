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
// over all 2³² inputs, monotone. On this machine it runs as fast as the compensated form below
// (1.27 and 1.24 against 1.24 and 1.24 Gelem/s at 65,536 and 1,048,576 elements, one thread,
// medians of 11 alternating runs of each binary, `tito bench --ops tanh --sizes 65536,1048576
// --threads 1 --mode into --no-backward --precision accurate --target-seconds 1`; a single-file
// copy of both loops, timed interleaved in one process, had the compensated form 2–14% ahead),
// and is more accurate, so it stays.
//
// The accurate tier of arm64 builds is the logistic in disguise, in compensated float arithmetic:
//
//   tanh|x| = 2σ(z) − 1,   z = 2|x| (exact),   σ(z) = 1/(1 + e^(−z)) = 2⁻ⁿ/D,
//
// with D = (1 + e^(−z))·2⁻ⁿ as the pair high + low of the shallower compensated logistic
// (CompensatedLogistic.swift; n = round(−z/ln 2) ≤ 0) and 1/(high + low) = y·(1 + ρ) from its
// compensated reciprocal. Then s = 2·2⁻ⁿ·y, a power of two times y, is exact and lies in
// [1, 2], so s − 1 is exact too (Sterbenz), and
//
//   tanh|x| = (s − 1) + s·ρ
//
// is rounded once, in a fused multiply-add. s − 1 comes from a fused multiply-add of its own,
// y·2·2⁻ⁿ − 1 (exact product, exact difference), so that it does not wait for s. The sign of x
// is put back at the end (an xor), so the tier is exactly odd.
//
// Why it stays within 1 ULP. Nothing cancels: an error ε of D (relative) moves tanh by 2σ·ε,
// and the pair's error is relative to the small terms of D, not to D:
//   - n = 0 (|x| < 0.1733): D = 2 + u + c with u = −z exact and c = u²·P(u) ≈ z²/2, and the
//     pair is exact but for c's few roundings and P's fit (each about 2⁻²⁴·c): an error near
//     z·2⁻²⁴ of tanh ≈ z/2, relative, which shrinks with |x|; the measured maximum (below)
//     lies here, at |x| = 0.10.
//   - n ≤ −1: the error sits in the e^u part of D = 2⁻ⁿ + e^u (a few 2⁻²⁸ of e^u: c's
//     roundings, P's fit, the dropped u·t), which is the share 1 − σ of D: tanh moves by
//     2σ(1 − σ) ≤ ½ times it, below 2⁻²⁷ absolute against ULPs of tanh ≥ 2⁻²⁶ there.
//   - ρ's rounding and the dropped ρ² (1/(high + low) = y(1 + ρ + ρ² + …), |ρ| < 2⁻²²) are
//     below 2⁻⁴⁵, against tanh ≥ 2⁻¹².
// Three details:
//   - Beyond z ≈ 16.3 (|x| > 8.1445, n < −23) the pair's a = 1 + 2⁻ⁿ rounds to 2⁻ⁿ and loses
//     its 1; that 1 − (a − 2⁻ⁿ), exact (Fast2Sum: a − 2⁻ⁿ is exact and 0 or 1), joins low
//     (``TanhKernel/carriedDenominator(_:)``); for n ≥ −23 it is 0 and changes no bit. There the
//     pair's other roundings weigh 2ⁿ⁺¹ ≤ 2⁻²³ in tanh, far below its ULP of 2⁻²⁴.
//   - |x| is held to 9.1 (tanh(9.1) = 1 − 2.5e-8 rounds to 1, and so does tanh beyond): ±∞
//     give ±1 and NaN passes the hold. So the form covers every input, and the tier needs no
//     range check (``ElementwiseKernel/accurateRange``): with the benchmark's inputs (normal,
//     standard deviation 3) 0.77% exceed |x| = 8, which would send 39% of 64-element blocks
//     down the per-vector path.
//   - Below |x| = 2⁻¹² the result is x itself (tanh x = x(1 − x²/3 + …) rounds to x, within
//     0.33 ULP): there the errors of ρ and of low, about 2⁻⁴⁶ absolute, would no longer be
//     small against tanh ≈ x (measured without it: 3 ULP near |x| = 2⁻²⁵).
// Measured over all 2³² inputs: at most 0.95 ULP (at x = 0.10119704), monotone, exactly odd
// (`tito verify tanh --exhaustive --precision accurate` in an x86-64 FMA build with this form
// as the accurate tier; arm64 computes the same operations, each rounded as IEEE 754
// prescribes, so the same bits). It replaced an older compensated form on arm64 (1 + e^(−z) as
// a deeper pair, then (2y − 1) + 2y·ρ; at most 0.89 ULP; removed in session 5),
// which it outruns 1.43–1.50× on this machine (a single-file copy of both loops,
// timed interleaved in one process, medians of 21 alternations at 65,536 and 1,048,576
// elements).
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
///   2σ(2|x|) − 1 in compensated float arithmetic (see the file's notes), x itself below
///   |x| = 2⁻¹²: at most 0.95 ULP, monotone (measured in an x86-64 FMA build with this form as
///   the accurate tier). Without fused multiply-adds the rational function in double
///   precision, rounded once: at most 0.85 ULP, monotone.
/// - Fast: the same rational function in float, its result held to [−1, 1] (float rounding
///   alone would give 1 + 2⁻²³ for some x near 8.5): at most 5.33 ULP over all 2³² inputs.
enum TanhKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 13

    /// The largest |x| the rational function is evaluated at; beyond, tanh is ±1 to the float.
    static let saturation: Float = 9

    /// The largest |x| the compensated form is evaluated at: tanh(9.1) = 1 − 2.5e-8 rounds to 1,
    /// as tanh does beyond.
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
    /// tanh|x| = 2σ(2|x|) − 1 = (s − 1) + s·ρ from the compensated logistic, rounded once, the
    /// sign of x put back; |x| < 2⁻¹² gives x itself (see the file's notes). The accurate tier on
    /// arm64; x86-64 FMA builds keep it compiled (and tested) but take the pieces.
    @inline(__always)
    static func compensatedValue(_ x: FloatVector) -> FloatVector {
        let magnitude = x.magnitude
        let m = magnitude.atMost(compensatedSaturation)
        let d = carriedDenominator(m + m)
        let (y, rho) = Logistic.compensatedReciprocal((d.high, d.low))
        let twiceScale = d.inverseScale + d.inverseScale
        let t = fma(y * twiceScale, rho, fma(y, twiceScale, -1))   // s·ρ + (s − 1), s − 1 exact
        let signed = FloatVector(bits: t.bits ^ (x.bits ^ magnitude.bits))   // x's sign bit (x ^ |x|)
        return signed.replacing(with: x, where: m .< tiny)
    }

    /// (1 + e^(−z))·2⁻ⁿ as high + low with 2⁻ⁿ, for 0 ≤ z ≤ 18.2: ``Logistic/dividedDenominator(_:)``
    /// (valid to z = 16), with the 1 that a = 1 + 2⁻ⁿ loses beyond z ≈ 16.3 carried into low.
    ///
    /// ```swift
    /// TanhKernel.carriedDenominator(FloatVector(repeating: 18))   // (2²⁶, ≈ 1.022, 2²⁶) in every lane
    /// ```
    @inline(__always)
    static func carriedDenominator(_ z: FloatVector)
        -> (high: FloatVector, low: FloatVector, inverseScale: FloatVector) {
        let d = Logistic.dividedDenominator(z)
        let a = 1 + d.inverseScale              // as rounded inside: 2⁻ⁿ once n < −23
        let carry = 1 - (a - d.inverseScale)    // exact: 0 for n ≥ −23, else 1
        return (d.high, d.low + carry, d.inverseScale)
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
