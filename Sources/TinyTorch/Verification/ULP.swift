#if arch(x86_64) && !os(Windows)
/// The precision of the references that accuracy is measured against:
/// x87 extended precision (64-bit significand) where the hardware has it,
/// double precision elsewhere. Either is far finer than a float32 ULP.
public typealias ReferenceReal = Float80
#else
/// The precision of the references that accuracy is measured against: double
/// precision here (x87 extended precision on x86_64), far finer than a float32 ULP.
public typealias ReferenceReal = Double
#endif

/// Distances between float32 results and exact values, in units in the last place.
///
/// The ULP at a reference value `r` is the spacing of float32 numbers at `r`:
/// `2^(e−23)` for `2^e ≤ |r| < 2^(e+1)`, the spacing of the binade below on an
/// exact power of two, and `2^−149` at zero and among the subnormals. A correctly
/// rounded result is within 0.5 ULP.
///
/// ```swift
/// ULP.error(of: 1.0, reference: 1.0)               // 0
/// ULP.error(of: Float(1).nextUp, reference: 1.0)   // 2 (the binade below 1 is twice as fine)
/// ```
public enum ULP {
    /// The float32 spacing at `reference` (see the type's description).
    ///
    /// ```swift
    /// ULP.spacing(at: 3)   // 2.384185791015625e-07
    /// ```
    public static func spacing(at reference: ReferenceReal) -> ReferenceReal {
        let magnitude = reference.magnitude
        let smallestNormal = ReferenceReal(Float.leastNormalMagnitude)
        guard magnitude >= smallestNormal, magnitude.isFinite else {
            return magnitude.isFinite ? ReferenceReal(Float.leastNonzeroMagnitude) : .infinity
        }
        let exponent = Int(magnitude.exponent)
        let isPowerOfTwo = magnitude.significand == 1
        return ReferenceReal(sign: .plus, exponent: exponent - (isPowerOfTwo ? 24 : 23), significand: 1)
    }

    /// |got − reference| / ULP(reference). NaN against NaN and equal infinities are 0;
    /// a NaN or infinite result where the reference is finite (or vice versa) is `+∞`.
    ///
    /// ```swift
    /// ULP.error(of: .nan, reference: 0.5)   // inf
    /// ```
    public static func error(of got: Float, reference: ReferenceReal) -> Double {
        if got.isNaN || reference.isNaN { return got.isNaN && reference.isNaN ? 0 : .infinity }
        if got.isInfinite || reference.isInfinite {
            if ReferenceReal(got) == reference { return 0 }
            // A finite reference beyond float32's range correctly rounds to ±∞.
            let limit = ReferenceReal(Float.greatestFiniteMagnitude) + ReferenceReal(Float.greatestFiniteMagnitude.ulp) / 2
            if got.isInfinite && reference.magnitude >= limit && (got > 0) == (reference > 0) { return 0 }
            return .infinity
        }
        return Double((ReferenceReal(got) - reference).magnitude / spacing(at: reference))
    }

    /// ``error(of:reference:)`` against a double-precision reference, in plain double arithmetic:
    /// what the exhaustive check of all 2³² inputs uses (the extended-precision version costs
    /// several times more per call). Same rules for NaN, infinities and the spacing.
    ///
    /// ```swift
    /// ULP.error(of: 1, doubleReference: 1 + 0x1p-25)   // 0.5
    /// ```
    public static func error(of got: Float, doubleReference reference: Double) -> Double {
        if got.isNaN || reference.isNaN { return got.isNaN && reference.isNaN ? 0 : .infinity }
        if got.isInfinite || reference.isInfinite {
            if Double(got) == reference { return 0 }
            let limit = Double(Float.greatestFiniteMagnitude) + Double(Float.greatestFiniteMagnitude.ulp) / 2
            if got.isInfinite && reference.magnitude >= limit && (got > 0) == (reference > 0) { return 0 }
            return .infinity
        }
        let magnitude = reference.magnitude
        let difference = (Double(got) - reference).magnitude
        guard magnitude >= Double(Float.leastNormalMagnitude) else { return difference * 0x1p149 }
        // 1/spacing is a power of two too: 2^(23 − e), or 2^(24 − e) on an exact power of two,
        // built from the exponent field (a multiplication instead of a division).
        let biased = magnitude.bitPattern >> 52
        let isPowerOfTwo = magnitude.bitPattern & 0x000F_FFFF_FFFF_FFFF == 0
        let inverseSpacing = Double(bitPattern: (2 * 1023 + (isPowerOfTwo ? 24 : 23) - biased) << 52)
        return difference * inverseSpacing
    }
}
