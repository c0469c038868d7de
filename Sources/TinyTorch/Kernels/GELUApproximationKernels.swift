// GELU's tanh form, x·σ(2u) with u = √(2/π)(x + 0.044715x³), and its sigmoid form, x·σ(1.702x),
// on vectors (GELU.swift has the formulas and why they are stable): the logistic of
// SigmoidKernel.swift. The exact form is in GELUErfKernel.swift.

/// √(2/π)·2 and the cubic coefficient times it: z = x·(c₁ + c₃x²) = 2u.
private let tanhLinear = 2 * GELU.sqrt2OverPi
private let tanhCubic = 2 * GELU.sqrt2OverPi * GELU.cubic

/// The fast tier of both forms: x·σ(z) = x·n/(1 + e) with e = e^(−|z|), n = 1 for x ≥ 0 and e
/// for x < 0 (z has the sign of x).
///
/// In the far negative tail σ(z) ≈ e^z turns every rounding of z into a relative error of
/// |z|·2⁻²⁴ (90 ULP at z = −87), so z and its exponential are computed in double precision
/// and e is rounded to float once; the rest is float, which halves the work of the division and
/// the products (a float z formed as an exact pair cost as much as the double path). Four
/// roundings (e, x·e, 1 + e, the quotient) keep the result within 3.2 ULP for results ≥ 1e-30
/// (`tito verify gelu_tanh gelu_sigmoid --exhaustive --precision fast`).
///
/// x·n is max(x, x·e), as 0 < e ≤ 1: one compare-and-select that compiles to a single `vmaxps`
/// (a select of e against 1 by the sign of x was scalarized in part by the compiler). x is held
/// to ±`limit` for z, where GELU is −0 below and x above to the float: that keeps z within the
/// exponential's range and −∞ away from a −∞·0; +∞ still gives +∞, and NaN stays NaN.
@inline(__always)
private func fastGELU(_ x: FloatVector, heldTo limit: Float,
                      argument: (DoubleVector) -> DoubleVector) -> FloatVector {
    let held = x.atLeast(-limit).atMost(limit)
    let e = inDoublePrecision(held) { DoubleExponential.exp(argument($0).negativeMagnitude) }
    let xe = held * e
    return xe.replacing(with: x, where: x .> xe) / (1 + e)
}

/// GELU's tanh form, x·σ(z) with z = 2u = x·(c₁ + c₃x²).
///
/// - Accurate: in double precision, rounded once (at most 0.57 ULP over all 2³² inputs).
/// - Fast: e^(−|z|) in double, the rest in float (``fastGELU(_:heldTo:argument:)``): at most
///   3.18 ULP over all 2³² inputs for results ≥ 1e-30. The gradient is the accurate one.
enum GELUTanhKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12

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

    /// x held to ±20 for z: GELUₜ(−20) ≈ −e^(−600) is −0 in float, GELUₜ(20) is 20.
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        fastGELU(x, heldTo: 20, argument: argument)
    }
}

/// GELU's sigmoid form, x·σ(1.702x).
///
/// - Accurate: in double precision, rounded once (at most 0.57 ULP over all 2³² inputs).
/// - Fast: e^(−|z|) in double, the rest in float, as for the tanh form: at most 3.19 ULP over
///   all 2³² inputs for results ≥ 1e-30. The gradient is the accurate one.
enum GELUSigmoidKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12

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

    /// x held to ±100 for z (GELUₛ(−100) ≈ −1e-72 is −0 in float).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        fastGELU(x, heldTo: 100) { x in GELU.sigmoidScale * x }
    }
}
