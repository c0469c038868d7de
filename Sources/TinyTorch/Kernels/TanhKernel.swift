// tanh on vectors: Tanh's kernel.
//
// Both tiers evaluate one rational function, fitted with Lawson's minimax algorithm to the
// relative error of tanh on [0, 9.5] (1.0e-8 at most, a sixth of a float ULP):
//
//   tanh(m) ≈ m·P(m²)/Q(m²),   P of degree 4, Q of degree 5, every coefficient positive,
//
// on m = |x| held to 9.5, and then put the sign of x back, so tanh is exactly odd in both tiers.
// Positive coefficients mean no cancellation anywhere in P or Q; near 0 the quotient tends to
// m·p₀/q₀ = m (to 2e-10), so tanh(x) ≈ x keeps every digit. Beyond 9.02 tanh rounds to 1; the
// fit at 9.5 is 1 − 2.1e-8, which still rounds to 1 in double, and the fast tier (whose float
// arithmetic may miss that by a few units) returns 1 outright above 9.
// The derivative is 1/cosh²(x) = 4e/(1 + e)² with e = e^(−2|x|): 1 − tanh² would cancel.

/// tanh(m)/m ≈ P(m²)/Q(m²): the coefficients of P and Q, lowest degree first.
private let numerator = [0.999_999_999_832_492, 0.138_136_525_621_279_68, 0.004_044_342_479_179_177,
                         3.235_089_602_984_103_6e-05, 5.330_661_291_547_134e-08]
private let denominator = [1.0, 0.471_469_857_464_008_77, 0.027_867_630_923_669_454, 0.000_427_165_305_204_452_17,
                           1.675_305_325_500_586_8e-06, 7.867_367_868_286_124e-10]

/// Tanh's kernel.
///
/// - Accurate: the rational function in double precision, rounded once (≤ 0.5 + 0.17 ULP).
/// - Fast: the same rational function in float.
enum TanhKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 16

    /// m·P(m²)/Q(m²) in double precision for 0 ≤ m ≤ 9.5.
    @inline(__always)
    static func rational(_ m: DoubleVector) -> DoubleVector {
        let t = m * m
        var p = fma(t, numerator[4], numerator[3])
        p = fma(fma(fma(p, t, numerator[2]), t, numerator[1]), t, numerator[0])
        var q = fma(t, denominator[5], denominator[4])
        q = fma(fma(fma(fma(q, t, denominator[3]), t, denominator[2]), t, denominator[1]), t, denominator[0])
        return m * p / q
    }

    /// The same in float.
    @inline(__always)
    static func rational(_ m: FloatVector) -> FloatVector {
        let t = m * m
        var p = fma(t, Float(numerator[4]), Float(numerator[3]))
        p = fma(fma(fma(p, t, Float(numerator[2])), t, Float(numerator[1])), t, Float(numerator[0]))
        var q = fma(t, Float(denominator[5]), Float(denominator[4]))
        q = fma(fma(fma(fma(q, t, Float(denominator[3])), t, Float(denominator[2])), t, Float(denominator[1])), t, Float(denominator[0]))
        return m * p / q
    }

    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x.magnitude.atMost(9.5), rational).withSign(of: x)
    }

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
        let m = x.magnitude
        return rational(m.atMost(9.5)).replacing(with: 1, where: m .> 9).withSign(of: x)
    }

    /// g·4e/(1 + e)² with e = e^(−2|x|), |x| held to 55 (e^(−110) is 0 in float).
    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let e = FloatExponential.exp(-2 * x.magnitude.atMost(55))
        let d = 1 + e
        return gradOutput * (4 * e) / (d * d)
    }
}
