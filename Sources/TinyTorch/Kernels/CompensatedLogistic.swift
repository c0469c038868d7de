// σ(x) = 1/(1 + e^(−x)) within 1 ULP in float arithmetic: the accurate tier of Sigmoid and
// SiLU for |x| ≤ 16, where every input of a real network lies (wider vectors take the double
// precision path in SigmoidKernel.swift). Tanh's accurate tier on arm64 uses the same pair at
// z = 2|x|, with the 1 that 1 + 2⁻ⁿ loses beyond z ≈ 16.3 carried (TanhKernel.swift).
//
// The method. With n = round(−x/ln 2) and u = −x − n·ln 2 (|u| ≤ ln2/2), e^(−x) = 2ⁿ·e^u, and
//
//     σ(x) = 1/(1 + 2ⁿ·e^u) = 2⁻ⁿ/D,   D = 2⁻ⁿ + e^u = a + u + c,
//
// with a = 1 + 2⁻ⁿ and c = e^u − 1 − u. Dividing by 2ⁿ rather than multiplying by it keeps
// every large term an exact float without a single product, and leaves the scaling by 2⁻ⁿ for
// the end, where it is exact (the results are normal floats for |x| ≤ 16).
//
// Why float alone is not enough, and what fixes it. A result within 1 ULP needs the value
// before the last rounding to within about 2⁻²⁶ (a quarter ULP at worst). Plain float loses
// that in three places, and each gets an exact or nearly exact replacement:
//
//   1. e^u (≈ 2 ULP from the polynomial and its roundings). u = −x − n·ln2f is exact in one
//      fused multiply-add, ln2f being ln 2 rounded to float: once n ≠ 0, −x and n·ln2f are
//      multiples of 2⁻²⁵ and |u| < ½ needs at most 24 bits (the argument of Tang's reduction,
//      SoftmaxExponential.swift). The rest of ln 2 gives t = −n·(ln 2 − ln2f), below 4.4e-8,
//      and c = t + u²·P(u) (|c| < 0.07) is the only part rounded, so e^u = 1 + u + c carries
//      a relative error near 2⁻²⁸ (P's fit: 3.5e-9). P is evaluated at u rather than u + t:
//      the term u·t this drops is below 2⁻²⁸ for |x| ≤ 4 and grows to 1.5e-8 at x = −16,
//      where it is the largest error of the kernel (see the measured figures below).
//   2. D = a + u + c: a is exact (|n| ≤ 23). high = (a + u) + c rounded, and
//      low = ((a − high) + u) + c, where a − high is exact (the two are within a factor of 2)
//      and so is the next sum (a multiple of u's spacing, or of 2⁻²⁵, far below ½); the last
//      addition rounds a term 2⁻²⁴ times smaller than high.
//   3. The division: y = 1/high rounded, and its residual 1 − y·high is exact in one fused
//      multiply-add, so 1/(high + low) = y·(1 + ρ) with ρ = (1 − y·high) − y·low, to ρ² ≈ 2⁻⁴⁸.
//
// σ = 2⁻ⁿy + 2⁻ⁿy·ρ is rounded once, in a final fused multiply-add (SigmoidKernel.swift); x·σ
// is the quotient (x·2⁻ⁿ)/D, corrected by its residual the same way (SiLUKernel.swift).
// Measured over all 2³² inputs: at most 0.82 ULP for σ (at x = −15.597851) and 0.84 for x·σ
// (at x = −10.744742); σ is monotone, because the rounding noise before the last step stays
// below the step between neighbouring inputs.
//
// Why this shape, and not the fewest multiply-adds. On this machine (docs/performance.md) the
// loop is bound by each vector's chain of dependent operations as much as by their count:
// every operation holds a register until the chain retires, so a long chain lets fewer vectors
// overlap (measured with throwaway loops: the same operations ran 1.22× faster when the
// division did not wait for the polynomial, and 24 dependent multiply-adds per vector ran at a
// third of the speed of 12, not half). Hence the polynomial in three levels of fused
// multiply-adds instead of five, high formed from a + u while c is still being computed,
// additions where the older form multiplied by 2ⁿ, and ρ in two fused steps. The older form
// (1 + e^(−x) itself as the pair, sessions 2 to 4; removed in session 5) had one multiply-add
// more, four additions fewer, and a chain a third longer (about 64 cycles of latency against
// 48). Against it, at 1,048,576 elements: Sigmoid 1.65 → 1.85 Gelem/s, SiLU
// 1.40 → 1.72 (medians of 15 alternating runs of each binary, `tito bench --ops sigmoid,silu
// --sizes 65536,1048576 --threads 1 --mode into --no-backward --precision accurate`, on a
// machine shared with other jobs; 65,536 elements: the same within 1%). Session 6 made the
// loop's block range check cheaper (ElementwiseKernel.swift): Sigmoid 1.85 → 1.98, SiLU
// 1.73 → 1.77.
//
// Every exactness claim above relies on fused multiply-adds, so this path exists only where
// ``fma(_:_:_:)`` is fused (`TINYTORCH_FMA` on x86-64, always on arm64); a portable x86-64
// build keeps the double precision path everywhere.

extension Logistic {
    /// The largest |x| the compensated float path takes: |n| ≤ 23 keeps 1 + 2⁻ⁿ (and 1 + 2ⁿ)
    /// exact. Beyond it σ(x) is within 1.2e-7 of its limit; such vectors take the double
    /// precision path.
    static let compensatedLimit: Float = 16

    /// ln 2 rounded to float, ln2f: n·ln2f is exact in a fused multiply-add.
    static let ln2Float: Float = 0.693_147_182_464_599_609_375
    /// ln 2 − ``ln2Float``.
    static let ln2Tail: Float = -1.904_654_3e-9

    /// D = (1 + e^(−x))·2⁻ⁿ as an unevaluated sum high + low (|low| ≤ about ulp(high)), with
    /// 2⁻ⁿ, for |x| ≤ 16: σ(x) = 2⁻ⁿ/(high + low), the sum within 2⁻²⁵·⁸ of D (see the file's
    /// notes, steps 1 and 2). n = round(−x/ln 2), so high ∈ [0.7, 2²³ + 2].
    ///
    /// ```swift
    /// Logistic.dividedDenominator(FloatVector(repeating: 0))   // (2, 0, 1) in every lane
    /// ```
    @inline(__always)
    static func dividedDenominator(_ x: FloatVector)
        -> (high: FloatVector, low: FloatVector, inverseScale: FloatVector) {
        typealias E = FloatExponential
        let k = fma(x, -E.log2e, E.roundingShift)
        let n = k - E.roundingShift
        let u = fma(n, -ln2Float, x * -1)   // exact
        let c = compensatedTail(u, plus: n * -ln2Tail)
        let inverseScale = FloatVector(bits: (127 << 23) &- (k.bits &<< 23))   // 2⁻ⁿ
        let a = 1 + inverseScale
        let high = (a + u) + c
        return (high, ((a - high) + u) + c, inverseScale)
    }

    /// t + u²·P(u), P(u) ≈ (e^u − 1 − u)/u² of degree 4 (below), as (t + u²·(p₀ + p₁u)) + u⁴·(p₂ + p₃u + p₄u²):
    /// three levels of fused multiply-adds where Horner's scheme takes five (the file's notes say
    /// why that counts here).
    ///
    /// ```swift
    /// Logistic.compensatedTail(FloatVector(repeating: 0.25), plus: .zero)   // ≈ e^0.25 − 1.25 = 0.0340254
    /// ```
    @inline(__always)
    static func compensatedTail(_ u: FloatVector, plus t: FloatVector) -> FloatVector {
        let square = u * u
        let low = fma(square, fma(u, p1, p0), t)
        let high = fma(square, p4, fma(u, p3, p2))
        return fma(square * square, high, low)
    }

    /// P(u) ≈ (e^u − 1 − u)/u² on [−ln2/2, ln2/2], so that 1 + u + u²·P(u) is within 3.5e-9
    /// (relative) of e^u: degree 4, float coefficients fitted by Lawson's minimax algorithm,
    /// lowest degree first.
    private static let p0: Float = 0.499_999_97, p1: Float = 0.166_665_3, p2: Float = 0.041_667_774,
                       p3: Float = 0.008_367_854, p4: Float = 0.001_384_029_4

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
    /// operations (and, compare, `vptest`); a sign test of limit − |x| on the bit patterns took
    /// six, and an integer compare of ``magnitudeBits`` four (LLVM makes it a maximum and `vpcmpeqd`).
    @inline(__always)
    func hasLane(beyond limit: Float) -> Bool {
        let m = magnitude
        return SIMD8<Int32>(truncatingIfNeeded: m.replacing(with: 0, where: m .<= limit).bits).hasNonzeroLane
    }
}
