// GELU's tanh form, x·σ(2u) with u = √(2/π)(x + 0.044715x³), and its sigmoid form, x·σ(1.702x),
// on vectors (GELU.swift has the formulas and why they are stable): the logistic of
// SigmoidKernel.swift. The exact form is in GELUErfKernel.swift.

/// √(2/π)·2 and the cubic coefficient times it: z = x·(c₁ + c₃x²) = 2u.
private let tanhLinear = 2 * GELU.sqrt2OverPi
private let tanhCubic = 2 * GELU.sqrt2OverPi * GELU.cubic

/// GELU's tanh form, x·σ(z) with z = 2u = x·(c₁ + c₃x²).
///
/// - Accurate: in double precision, rounded once.
/// - Fast: the same. In the far negative tail σ(z) ≈ e^z turns every rounding of z into a relative
///   error of |z|·2⁻²⁴ (90 ULP at z = −87), so z and its range reduction have to be computed in
///   double anyway, and bringing the reduced argument back to float for the rest cost more than
///   it saved: measured 0.53 Gelem/s against 0.65 for the double path (docs/performance.md).
enum GELUTanhKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 15

    @inline(__always)
    static func argument(_ x: DoubleVector) -> DoubleVector {
        x * fma(x * x, tanhCubic, tanhLinear)
    }

    /// x·σ(z); the product uses max(x, −20): GELUₜ(−20) ≈ −e^(−600) is −0 in float, and the clamp
    /// turns −∞·0 into −0 instead of NaN.
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x) { x in x.atLeast(-20) * Logistic.value(argument(x)) }
    }

    /// g·(s + x·σ′(z)·z′) with s = σ(z), z′ = c₁ + 3c₃x², x held to [−20, 20].
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-20).atMost(20), gradOutput) { x, g in
            let (s, slope) = Logistic.valueAndSlope(argument(x))
            return g * fma(x * slope, fma(x * x, 3 * tanhCubic, tanhLinear), s)
        }
    }
}

/// GELU's sigmoid form, x·σ(1.702x).
///
/// - Accurate: in double precision, rounded once.
/// - Fast: the same, for the reason given for the tanh form (measured 0.56 Gelem/s for a float
///   version against 0.72 for the double path).
enum GELUSigmoidKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 15

    /// x·σ(1.702x); the product uses max(x, −100) (GELUₛ(−100) ≈ −1e-72 is −0 in float).
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x) { x in x.atLeast(-100) * Logistic.value(GELU.sigmoidScale * x) }
    }

    /// g·(s + 1.702x·σ′(1.702x)), x held to [−200, 200].
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-200).atMost(200), gradOutput) { x, g in
            let (s, slope) = Logistic.valueAndSlope(GELU.sigmoidScale * x)
            return g * fma(GELU.sigmoidScale * x, slope, s)
        }
    }
}
