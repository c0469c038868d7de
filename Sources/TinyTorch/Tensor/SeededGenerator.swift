/// A small, fast, seedable random number generator (SplitMix64).
///
/// The sequence depends only on the seed, never on the machine, so tensors made
/// with ``Tensor/randomNormal(shape:mean:standardDeviation:seed:)`` and
/// ``Tensor/randomUniform(shape:in:seed:)`` are the same everywhere.
///
/// ```swift
/// var g = SeededGenerator(seed: 1)
/// let bits = g.next()          // same value on every machine
/// let roll = Int.random(in: 1...6, using: &g)
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is determined by `seed`.
    ///
    /// ```swift
    /// var g = SeededGenerator(seed: 42)
    /// ```
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64: a Weyl sequence passed through a bit mixer).
    ///
    /// ```swift
    /// var g = SeededGenerator(seed: 0)
    /// g.next()   // 0xE220A8397B1DCDAF
    /// ```
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value `k/2²⁴` in `[0, 1)` from the top 24 bits: exactly representable in `Float`.
    mutating func nextUnitFloat() -> Double {
        Double(next() >> 40) * 0x1p-24
    }

    /// Two independent standard normal samples (Marsaglia's polar method).
    mutating func nextStandardNormalPair() -> (Double, Double) {
        while true {
            let u = Double(next() >> 11) * 0x1p-52 - 1   // uniform in [-1, 1)
            let v = Double(next() >> 11) * 0x1p-52 - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * portableLog(s) / s).squareRoot()
                return (u * factor, v * factor)
            }
        }
    }
}

/// The natural logarithm of a positive normal `Double`, written in plain
/// IEEE arithmetic (no platform math library), so that its result is the
/// same bit for bit on every machine. Accurate to a few units in the last place.
///
/// ln(x) = k·ln 2 + 2·atanh(s) with x = 2ᵏ·m, m ∈ [√½, √2), s = (m − 1)/(m + 1), |s| < 0.172.
func portableLog(_ x: Double) -> Double {
    var m = x.significand            // [1, 2)
    var k = Double(x.exponent)
    if m > 2.0.squareRoot() {
        m /= 2
        k += 1
    }
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    // 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …); |s|²¹/21 < 1e-18, so 11 terms suffice.
    var term = s
    var sum = 0.0
    var n = 1.0
    for _ in 0..<11 {
        sum += term / n
        term *= s2
        n += 2
    }
    return k * 0.693_147_180_559_945_3 + 2 * sum
}
