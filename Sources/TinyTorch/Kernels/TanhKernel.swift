// tanh on vectors: Tanh's kernel.
//
// With m = |x| and u = e^(−2m) − 1 (computed without cancellation, see FloatExponential.expMinusOne),
//   tanh(m) = (1 − e^(−2m))/(1 + e^(−2m)) = −u/(2 + u),
// then the sign of x is put back, so tanh is exactly odd in both tiers. Near 0, u ≈ −2m is
// accurate relative to itself, so tanh(x) ≈ x keeps every digit. For m ≥ 20, tanh(m) rounds to 1
// (it does from m ≈ 9.01 on), so the accurate tier holds m to 20, which also maps ±∞ to ±1.
// The derivative is 1/cosh²(x) = 4e/(1 + e)² with e = e^(−2m): no cancellation.

/// Tanh's kernel.
///
/// - Accurate: −u/(2 + u) in double precision, rounded once.
/// - Fast: the same in float, with a degree-5 polynomial for e^r.
enum TanhKernel: ElementwiseKernel {
    /// e^(−2|x|) stays a normal float up to |x| = 43.6.
    static let fastLimit: Float = 40
    static let parallelThreshold = 1 << 15

    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        let m = x.magnitude.atMost(20)
        return inDoublePrecision(m) { m in
            let u = DoubleExponential.expMinusOne(-2 * m)
            return u / (-2 - u)
        }.withSign(of: x)
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
        let u = FloatExponential.expMinusOne(-2 * x.magnitude)
        return (u / (-2 - u)).withSign(of: x)
    }

    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let e = FloatExponential.exp(-2 * x.magnitude)
        let d = 1 + e
        return gradOutput * (4 * e) / (d * d)
    }
}
