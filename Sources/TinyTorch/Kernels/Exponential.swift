// e^a, the one transcendental the smooth activations are built on, for whole vectors.
//
// Both tiers use the same classic method (Cody & Waite; Cephes, SLEEF and every vector math
// library do the same):
//
//   1. Range reduction: a = n·ln 2 + r with n = round(a / ln 2), so |r| ≤ ln2/2 ≈ 0.347.
//      Adding 1.5·2^p (p = 23 for float, 52 for double) rounds a/ln2 to an integer in one
//      operation and leaves n in the low bits of the sum ("k" below).
//   2. e^r ≈ 1 + r + r²·P(r) on [−ln2/2, ln2/2], P a minimax polynomial.
//   3. e^a = 2ⁿ·e^r, 2ⁿ built by shifting k's bits into the exponent field.
//
// The polynomials were fitted with Lawson's minimax algorithm (docs/performance.md); the error
// figures are the fit's maximum over the interval.

/// e^a for float vectors, a ≤ 0: the fast tier's building block.
enum FloatExponential {
    static let roundingShift: Float = 0x1.8p23
    static let log2e: Float = 1.442_695_04
    /// ln 2 split so that n·ln2High is exact for |n| < 512 (it has 15 significant bits):
    /// a − n·ln2High is then exact, which keeps r accurate even without a fused multiply-add.
    static let ln2High: Float = 0.693_145_751_953_125
    static let ln2Low: Float = 1.428_606_765_330_187e-6

    /// e^r ≈ 1 + r + r²·P(r) to within 9.5e-8 (1.6 float ULP at 1) on [−ln2/2, ln2/2]. Degree 5.
    @inline(__always)
    static func polynomial(_ r: FloatVector) -> FloatVector {
        var p = fma(r, 0.008_374_640_718_102_455, 0.041_898_276_656_866_074)
        p = fma(fma(p, r, 0.166_664_570_569_992_07), r, 0.499_991_476_535_797_1)
        return fma(fma(p, r, 1), r, 1)
    }

    /// p·2ⁿ for k = n + ``roundingShift`` (n an integer in [−190, 63]): by 2^(n+64), exactly,
    /// then by 2^−64, which rounds once if the result is subnormal.
    @inline(__always)
    static func scale(_ p: FloatVector, by k: FloatVector) -> FloatVector {
        p * FloatVector(bits: (k.bits &<< 23) &+ ((127 + 64) << 23)) * 0x1p-64
    }

    /// p·2^(n+64) for k = n + ``roundingShift``, by adding n + 64 to p's exponent field: exact,
    /// and no multiply. p and the result must both be normal floats, e.g. p ∈ [0.5, 2) and
    /// n ∈ [−189, 62] (a result out of range wraps around). A caller multiplies by 2⁻⁶⁴ after
    /// its last product, which rounds once if the result is subnormal (as in ``scale(_:by:)``,
    /// one multiply less).
    ///
    /// ```swift
    /// let k = FloatVector(repeating: -3) + FloatExponential.roundingShift
    /// FloatExponential.raised(FloatVector(repeating: 1.5), by: k) * 0x1p-64   // 0.1875 in every lane
    /// ```
    @inline(__always)
    static func raised(_ p: FloatVector, by k: FloatVector) -> FloatVector {
        FloatVector(bits: p.bits &+ (k.bits &<< 23) &+ (64 << 23))
    }

    /// e^a for a ∈ [−110, 0], within about 2 ULP for normal results; subnormal results are
    /// rounded once (``scale(_:by:)``).
    ///
    /// ```swift
    /// FloatExponential.exp(FloatVector(repeating: -1))   // ≈ 0.36787945 in every lane
    /// ```
    @inline(__always)
    static func exp(_ a: FloatVector) -> FloatVector {
        let k = fma(a, log2e, roundingShift)
        let n = k - roundingShift
        return scale(polynomial(fma(n, -ln2Low, fma(n, -ln2High, a))), by: k)
    }
}

/// e^a and 2^w for double vectors: the accurate tier's building blocks. Their relative errors,
/// 4.5e-9 and 1.9e-9, are 0.08 and 0.03 float ULP at most, so a float result computed from them
/// in double precision and rounded once stays within 0.5 + 0.08 ULP.
enum DoubleExponential {
    static let roundingShift: Double = 0x1.8p52
    static let log2e: Double = 1.442_695_040_888_963_4
    static let ln2: Double = 0.693_147_180_559_945_3

    /// a = n·ln2 + r: returns r (|r| ≤ ln2/2) and k, a double whose low bits hold n.
    /// One step suffices: n·(ln2 − ln2 as double) < 3e-14 for every |n| ≤ 1022.
    @inline(__always)
    static func reduce(_ a: DoubleVector) -> (r: DoubleVector, k: DoubleVector) {
        let k = fma(a, log2e, roundingShift)
        let n = k - roundingShift
        return (fma(n, -ln2, a), k)
    }

    /// e^r ≈ 1 + r + r²·P(r) to within 4.5e-9 on [−ln2/2, ln2/2] (4.42e-9 at the ends). Degree 6.
    @inline(__always)
    static func polynomial(_ r: DoubleVector) -> DoubleVector {
        var p = fma(r, 0.001_395_047_892_183_278_6, 0.008_368_882_334_622_74)
        p = fma(fma(fma(p, r, 0.041_666_205_984_854_43), r, 0.166_665_188_979_665_54), r, 0.500_000_009_512_869_4)
        return fma(fma(p, r, 1), r, 1)
    }

    /// 2^w for w ∈ [−1022, 1023] (normal results), relative error below 1.9e-9: w = n + f with
    /// n = round(w) (the rounding shift leaves n in k's low bits, as in ``reduce(_:)``),
    /// f = w − n ∈ [−½, ½] exact, 2^f a degree-6 polynomial (Lawson fit, 1.86e-9,
    /// `scripts/fit-gelu-accurate.py`) evaluated as even + f·odd to shorten the chain, and n
    /// added to its exponent field. No ln 2 constant: a caller folds log₂e into its argument.
    ///
    /// ```swift
    /// DoubleExponential.exp2(DoubleVector(repeating: -3.5))   // ≈ 0.08838835 in every lane
    /// ```
    @inline(__always)
    static func exp2(_ w: DoubleVector) -> DoubleVector {
        let k = w + roundingShift
        let f = w - (k - roundingShift)
        let f2 = f * f
        let even = fma(fma(fma(f2, 0.000_153_458_120_280_154_3, 0.009_618_488_957_161_04), f2,
                           0.240_226_468_906_322_6), f2, 1.000_000_000_554_167)
        let odd = fma(fma(f2, 0.001_339_993_123_461_544_2, 0.055_503_287_769_271_034), f2, 0.693_147_205_737_285_3)
        return DoubleVector(bits: fma(odd, f, even).bits &+ (k.bits &<< 52))
    }

    /// e^a for a ∈ [−708, 709] (normal results), relative error < 4.5e-9.
    ///
    /// ```swift
    /// DoubleExponential.exp(DoubleVector(repeating: -1))   // ≈ 0.36787944 in every lane
    /// ```
    @inline(__always)
    static func exp(_ a: DoubleVector) -> DoubleVector {
        let (r, k) = reduce(a)
        return DoubleVector(bits: polynomial(r).bits &+ (k.bits &<< 52))
    }
}
