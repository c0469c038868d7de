// σ(x) = 1/(1 + e^(−x)) within 1 ULP in float arithmetic: the accurate tier of Sigmoid and
// SiLU for |x| ≤ 16, where every input of a real network lies (wider vectors take the double
// precision path in SigmoidKernel.swift). Tanh's accurate tier uses the same pair and
// reciprocal at 2|x| ≤ 18.2 (TanhKernel.swift).
//
// Why float alone is not enough, and what fixes it. A result within 1 ULP needs the value
// before the last rounding to within about 2⁻²⁶ (a quarter ULP at worst). Plain float loses
// that in three places, and each gets an exact or nearly exact replacement:
//
//   1. e^(−x) itself (≈ 2 ULP from the polynomial and its roundings). With a = −x = n·ln2 + u
//      (u = uHigh + uLow, uHigh exact), e^u = 1 + uHigh + c with c = uLow + u²·P(u): the
//      large terms 1 and uHigh stay exact, only the small c (|c| < 0.07) is rounded, so e^u
//      carries a relative error below 2⁻²⁷ (P's fit: 3.5e-9 = 2⁻²⁸·¹).
//   2. 1 + e^(−x): rounding this sum would cost up to 1 ULP of the result. With S = 2ⁿ it is
//      A + S·uHigh + S·c, where A = 1 + S is exact (|n| ≤ 23). high = A + S·(uHigh + c) rounded;
//      low = (A − high) + S·uHigh + S·c, where A − high is exact (the two are within a factor
//      of 2) and so is the first fused step, up to one rounding of a term 2⁻²⁴ times smaller.
//   3. The division: y = 1/high rounded, and its residual 1 − y·high is exact in one fused
//      multiply-add, so 1/(high + low) = y·(1 + ρ) with ρ = (1 − y·high) − y·low, to ρ² ≈ 2⁻⁴⁸.
//
// The result y + y·ρ is rounded once, in a final fused multiply-add: measured over all 2³²
// inputs, at most 0.66 ULP for σ and 0.72 for x·σ, and σ is monotone (the rounding noise before
// the last step, ≈ 2⁻²⁸ relative, stays below the step between neighbouring inputs).
//
// Every exactness claim above relies on fused multiply-adds, so this path exists only where
// ``fma(_:_:_:)`` is fused (`TINYTORCH_FMA` on x86-64, always on arm64); a portable x86-64
// build keeps the double precision path everywhere.

extension Logistic {
    /// The largest |x| the compensated float path takes: |n| ≤ 23 keeps 1 + 2ⁿ exact, and
    /// e^(−x) < 2²⁴ keeps the high part's residual exact. Beyond it σ(x) is within 1.2e-7 of
    /// its limit; such vectors take the double precision path.
    static let compensatedLimit: Float = 16

    /// 1 + e^(−x) as an unevaluated sum high + low, |low| ≤ about ulp(high), for |x| ≤ 16,
    /// with a relative error below 2⁻²⁷ (see the file's notes, steps 1 and 2).
    ///
    /// With `carryingTinyDecay` the range extends to 0 ≤ x ≤ 19 (Tanh's kernel goes there):
    /// beyond x ≈ 16.3 (n < −23) 1 + 2ⁿ is no longer exact, and its rounding error
    /// (1 − A) + 2ⁿ, exact (Fast2Sum, 1 ≥ 2ⁿ), joins the low part. Two more additions, so
    /// Sigmoid and SiLU, which never need them, leave the flag off.
    ///
    /// ```swift
    /// Logistic.compensatedDenominator(FloatVector(repeating: 0))   // (2, 0) in every lane
    /// ```
    @inline(__always)
    static func compensatedDenominator(_ x: FloatVector, carryingTinyDecay: Bool = false)
        -> (high: FloatVector, low: FloatVector) {
        typealias E = FloatExponential
        let k = fma(x, -E.log2e, E.roundingShift)
        let n = k - E.roundingShift
        let uHigh = fma(n, -E.ln2High, x * -1)   // exact: ln2High has 15 bits, |uHigh| ≤ ln2/2
        let uLow = n * -E.ln2Low
        let u = uHigh + uLow
        let c = fma(u * u, compensatedPolynomial(u), uLow)
        let s = FloatVector(bits: (k.bits &<< 23) &+ (127 << 23))   // 2ⁿ
        let a = 1 + s
        let high = fma(s, uHigh + c, a)
        let gap = carryingTinyDecay ? (a - high) + ((1 - a) + s) : a - high
        return (high, fma(s, c, fma(s, uHigh, gap)))
    }

    /// P(u) ≈ (e^u − 1 − u)/u² on [−ln2/2, ln2/2], so that 1 + u + u²·P(u) is within 3.5e-9
    /// (relative) of e^u. Degree 4, float coefficients fitted by Lawson's minimax algorithm.
    @inline(__always)
    static func compensatedPolynomial(_ u: FloatVector) -> FloatVector {
        let p = fma(u, 0.001_384_029_4, 0.008_367_854)
        return fma(fma(fma(p, u, 0.041_667_774), u, 0.166_665_3), u, 0.499_999_97)
    }

    /// 1/(high + low) as y·(1 + ρ): y = 1/high rounded, ρ = (1 − y·high) − y·low, the first
    /// difference exact in one fused multiply-add (step 3 of the file's notes).
    ///
    /// ```swift
    /// let (y, rho) = Logistic.compensatedReciprocal((FloatVector(repeating: 2), .zero))   // 0.5, 0
    /// ```
    @inline(__always)
    static func compensatedReciprocal(_ d: (high: FloatVector, low: FloatVector))
        -> (y: FloatVector, rho: FloatVector) {
        let y = 1 / d.high
        let rho = fma(y * -1, d.high, 1)
        return (y, fma(y * -1, d.low, rho))
    }
}

/// A kernel whose accurate tier is the compensated float logistic for |x| ≤ 16 and double
/// precision elsewhere (Sigmoid, SiLU): it gives the two forms, this protocol assembles the tier.
///
/// Inside the range, a block of vectors runs ``compensatedValue(_:)`` without a branch (see
/// ``ElementwiseKernel/accurateRange``); a vector with some lane outside (|x| > 16, NaN, ±∞)
/// computes those lanes with ``doublePrecisionValue(_:)`` and its other lanes as before, so that a
/// lane's result never depends on its neighbours. Without fused multiply-adds every lane takes
/// the double precision form.
protocol CompensatedLogisticKernel: ElementwiseKernel {
    /// f(x) from the compensated float logistic, within 1 ULP for |x| ≤ 16 (FMA builds).
    static func compensatedValue(_ x: FloatVector) -> FloatVector
    /// f(x) in double precision, rounded once, for every input.
    static func doublePrecisionValue(_ x: FloatVector) -> FloatVector
}

extension CompensatedLogisticKernel {
    #if TINYTORCH_FMA || arch(arm64)
    static var accurateRange: Float { Logistic.compensatedLimit }

    @inline(__always)
    static func accurateValueInRange(_ x: FloatVector) -> FloatVector { compensatedValue(x) }

    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        x.hasLane(beyond: accurateRange) ? mixedValue(x) : compensatedValue(x)
    }

    /// A vector with some lane outside the range: those lanes in double precision, the others
    /// compensated. Out of line, so that the common loop keeps its registers.
    @inline(never)
    static func mixedValue(_ x: FloatVector) -> FloatVector {
        doublePrecisionValue(x).replacing(with: compensatedValue(x), where: x.magnitude .<= accurateRange)
    }
    #else
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector { doublePrecisionValue(x) }
    #endif
}

extension SIMD8 where Scalar == Float {
    /// Whether some lane has |x| > `limit` or is NaN: the magnitudes that fail |x| ≤ limit,
    /// tested for a nonzero bit. Written this way, the x86-64 build compiles it to three vector
    /// operations (and, compare, `vptest`); the sign test of ``rangeSlack(_:)`` took six.
    @inline(__always)
    func hasLane(beyond limit: Float) -> Bool {
        let m = magnitude
        let outside = unsafeBitCast(m.replacing(with: 0, where: m .<= limit), to: SIMD4<UInt64>.self)
        let two = outside.lowHalf | outside.highHalf
        return two[0] | two[1] != 0
    }
}
