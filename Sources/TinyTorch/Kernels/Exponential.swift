// e^a, the one transcendental every smooth activation is built on, for whole vectors.
//
// Both tiers use the same classic method (Cody & Waite; Cephes, SLEEF and every vector math
// library do the same):
//
//   1. Range reduction: a = n·ln 2 + r with n = round(a / ln 2), so |r| ≤ ln2/2 ≈ 0.347.
//      Adding 1.5·2^p (p = 23 for float, 52 for double) rounds a/ln2 to an integer in one
//      operation and leaves n in the low bits of the sum ("k" below).
//   2. e^r ≈ 1 + r + r²·P(r) on [−ln2/2, ln2/2], P a minimax polynomial.
//   3. e^a = 2ⁿ·e^r: shifting k left by the mantissa width puts n in the exponent field, and an
//      integer add scales by 2ⁿ exactly (valid while the result is a normal number).
//
// The polynomials were fitted with Lawson's minimax algorithm (scripts in docs/performance.md);
// the error figures are the fit's maximum over the interval.

/// e^a for float vectors: the fast tier's building block.
enum FloatExponential {
    static let roundingShift: Float = 0x1.8p23
    static let log2e: Float = 1.442_695_04
    /// ln 2 split so that n·ln2High is exact for |n| < 512 (it has 15 significant bits):
    /// a − n·ln2High is then exact, which keeps r accurate even without a fused multiply-add.
    static let ln2High: Float = 0.693_145_751_953_125
    static let ln2Low: Float = 1.428_606_765_330_187e-6

    /// a = n·ln2 + r: returns r (|r| ≤ ln2/2) and k, a float whose low bits hold n.
    @inline(__always)
    static func reduce(_ a: FloatVector) -> (r: FloatVector, k: FloatVector) {
        let k = fma(a, log2e, roundingShift)
        let n = k - roundingShift
        let r = fma(n, -ln2Low, fma(n, -ln2High, a))
        return (r, k)
    }

    /// P(r) = (e^r − 1 − r)/r², fitted so that 1 + r + r²·P(r) is e^r to within 9.5e-8
    /// (1.6 float ULP at 1) on [−ln2/2, ln2/2]. Degree 5 overall.
    @inline(__always)
    static func quadraticPart(_ r: FloatVector) -> FloatVector {
        let p = fma(r, 0.008_374_640_718_102_455, 0.041_898_276_656_866_074)
        return fma(fma(p, r, 0.166_664_570_569_992_07), r, 0.499_991_476_535_797_1)
    }

    /// 2ⁿ as a float vector, from the k that ``reduce(_:)`` returned.
    @inline(__always)
    static func powerOfTwo(_ k: FloatVector) -> FloatVector {
        FloatVector(bits: (k.bits &<< 23) &+ 0x3F80_0000)
    }

    /// e^a for a ∈ [−87.3, 88.7] (normal results), within about 2 ULP.
    ///
    /// ```swift
    /// FloatExponential.exp(FloatVector(repeating: 1))   // ≈ 2.7182817 in every lane
    /// ```
    @inline(__always)
    static func exp(_ a: FloatVector) -> FloatVector {
        let (r, k) = reduce(a)
        let p = fma(fma(quadraticPart(r), r, 1), r, 1)   // e^r
        return FloatVector(bits: p.bits &+ (k.bits &<< 23))
    }

    /// e^(high + low) for an argument split in two floats (|low| ≪ |high|), high ∈ [−87, 88]:
    /// for arguments such as −x²/2, whose rounding to one float would cost up to 64 ULP at x = 13.
    /// n·ln2High is exact and high − n·ln2High is exact (the two are within a factor of 2, or n = 0).
    @inline(__always)
    static func exp(high: FloatVector, low: FloatVector) -> FloatVector {
        let k = fma(high + low, log2e, roundingShift)
        let n = k - roundingShift
        let r = fma(n, -ln2High, high) + fma(n, -ln2Low, low)
        let p = fma(fma(quadraticPart(r), r, 1), r, 1)
        return FloatVector(bits: p.bits &+ (k.bits &<< 23))
    }

    /// e^a − 1 for a ∈ [−87.3, 88.7], accurate relative to the result even as a → 0
    /// (where e^a − 1 would cancel): 2ⁿ·(e^r − 1) + (2ⁿ − 1), which is just e^r − 1 when n = 0.
    /// Here P is fitted to the *relative* error of e^r − 1 (1.3e-8, 0.2 ULP), one degree higher.
    @inline(__always)
    static func expMinusOne(_ a: FloatVector) -> FloatVector {
        let (r, k) = reduce(a)
        var p = fma(r, 0.001_394_645_089_629_220_6, 0.008_366_583_977_101_091)
        p = fma(fma(fma(p, r, 0.041_666_282_014_708_26), r, 0.166_665_429_918_785_75), r, 0.500_000_006_193_847_1)
        let s = fma(p, r * r, r)                          // e^r − 1
        let scale = powerOfTwo(k)
        return fma(scale, s, scale - 1)
    }
}

/// e^a for double vectors: the accurate tier's building block. Its relative error, 3.2e-9,
/// is 0.05 float ULP at most, so a float result computed from it in double precision and
/// rounded once stays within 0.5 + 0.06 ULP.
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

    /// (e^r − 1 − r)/r²: with it, 1 + r + r²·P(r) is e^r to within 3.2e-9. Degree 6 overall.
    @inline(__always)
    static func quadraticPart(_ r: DoubleVector) -> DoubleVector {
        let p = fma(r, 0.001_395_047_892_183_278_6, 0.008_368_882_334_622_74)
        return fma(fma(fma(p, r, 0.041_666_205_984_854_43), r, 0.166_665_188_979_665_54), r, 0.500_000_009_512_869_4)
    }

    /// 2ⁿ as a double vector, from the k that ``reduce(_:)`` returned.
    @inline(__always)
    static func powerOfTwo(_ k: DoubleVector) -> DoubleVector {
        DoubleVector(bits: (k.bits &<< 52) &+ 0x3FF0_0000_0000_0000)
    }

    /// e^a for a ∈ [−708, 709] (normal results), relative error < 3.2e-9.
    ///
    /// ```swift
    /// DoubleExponential.exp(DoubleVector(repeating: -1))   // ≈ 0.36787944 in every lane
    /// ```
    @inline(__always)
    static func exp(_ a: DoubleVector) -> DoubleVector {
        let (r, k) = reduce(a)
        let p = fma(fma(quadraticPart(r), r, 1), r, 1)
        return DoubleVector(bits: p.bits &+ (k.bits &<< 52))
    }

    /// e^a − 1 for a ∈ [−708, 709], relative error below 3e-10 even as a → 0: P here is fitted
    /// to the relative error of e^r − 1, with degree 7 overall.
    @inline(__always)
    static func expMinusOne(_ a: DoubleVector) -> DoubleVector {
        let (r, k) = reduce(a)
        var p = fma(r, 0.000_199_141_709_746_622_16, 0.001_394_100_835_648_585_6)
        p = fma(fma(p, r, 0.008_333_273_048_137_937), r, 0.041_666_354_662_887_57)
        p = fma(fma(p, r, 0.166_666_668_170_859_62), r, 0.500_000_004_641_398_6)
        let s = fma(p, r * r, r)
        let scale = powerOfTwo(k)
        return fma(scale, s, scale - 1)
    }
}
