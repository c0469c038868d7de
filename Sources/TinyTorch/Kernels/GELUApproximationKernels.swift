// GELU's tanh form, x·σ(2u) with u = √(2/π)(x + 0.044715x³), and its sigmoid form, x·σ(1.702x),
// on vectors (GELU.swift has the formulas and why they are stable): the logistic of
// SigmoidKernel.swift. The exact form is in GELUErfKernel.swift.

/// √(2/π)·2 and the cubic coefficient times it: z = x·(c₁ + c₃x²) = 2u.
private let tanhLinear = 2 * GELU.sqrt2OverPi
private let tanhCubic = 2 * GELU.sqrt2OverPi * GELU.cubic

/// The fast tier of both forms, all in float: x·σ(z) = x·2⁻⁶⁴/D with
/// D = (1 + e^(−z))·2⁻⁶⁴, Sigmoid's scaled denominator (``Logistic/fastScaledDenominator(high:low:)``)
/// for z given as an unevaluated sum high + low.
///
/// In the far negative tail σ(z) ≈ e^z turns every error of z into a relative error of the
/// result: a z rounded to one float would be off by up to |z|·2⁻²⁴ (90 ULP at z = −87). So the
/// callers form z as a pair of floats, accurate to about 2⁻³⁰ relative (the constants split
/// in two as well), and the denominator reduces −z − n·ln 2 from both parts. The exponential's
/// polynomial (1.6 ULP), the roundings of e^(−z), D, the quotient and the product keep the result
/// within 4.31 ULP for results ≥ 1e-30 (`tito verify gelu_tanh gelu_sigmoid --exhaustive
/// --precision fast`, FMA build). Session 2 computed z and e^(−|z|) in double precision
/// (3.18 ULP) at 0.81 Gelem/s; the two conversions each way and the double-width exponential
/// cost more than the float pair.
///
/// Why 2⁻⁶⁴: e^(−z) overflows float for z < −88.7, D stays finite down to z = −130, and no select
/// is needed: 2⁻⁶⁴/D is σ(z) for every z in [−130, 40]. The callers hold x so that z stays there
/// (at its ends σ is 0 and 1 in float), and hold the x of the product only from below, so
/// that +∞ gives +∞·1 and −∞ gives −0 instead of −∞·0; NaN stays NaN.
@inline(__always)
private func fastGELU(_ x: FloatVector, _ z: (high: FloatVector, low: FloatVector)) -> FloatVector {
    x * (0x1p-64 / Logistic.fastScaledDenominator(high: z.high, low: z.low))
}

/// A constant as an unevaluated sum of two floats, high + low, accurate to about 2⁻⁴⁸.
private typealias SplitConstant = (high: Float, low: Float)

/// 2√(2/π) = 1.595769121605731, split (high + low differs from it by 2e-16).
private let tanhLinearSplit: SplitConstant = (0x1.988454p+0, -0x1.857936p-25)
/// 2√(2/π)·0.044715 = 0.07135481627159398, split.
private let tanhCubicSplit: SplitConstant = (0x1.2444f2p-4, 0x1.49b16ap-29)
/// 1.702, split.
private let sigmoidScaleSplit: SplitConstant = (0x1.b3b646p+0, -0x1.78d4fep-26)

/// c·x as high + low: the product c.high·x exactly (two floats) plus c.low·x.
@inline(__always)
private func splitProduct(_ c: SplitConstant, _ x: FloatVector) -> (high: FloatVector, low: FloatVector) {
    let (high, low) = exactProduct(x, FloatVector(repeating: c.high))
    return (high, fma(x, c.low, low))
}

/// GELU's tanh form, x·σ(z) with z = 2u = x·(c₁ + c₃x²).
///
/// - Accurate: in double precision, rounded once (at most 0.57 ULP over all 2³² inputs).
/// - Fast: all in float, z as a pair of floats (``fastGELU(_:_:)``): at most 4.31 ULP over all
///   2³² inputs for results ≥ 1e-30 (4.51 without FMA). The gradient is the accurate one.
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

    /// z = x·(c₁ + c₃x²) as a pair of floats (``fastGELU(_:_:)``), x held to [−11.5, 7.3] for z
    /// (z ∈ [−127, 40]: GELUₜ(−11.5) ≈ −e^(−127) is −0 in float, σ(40) is 1).
    ///
    /// x² = s + s′ exactly; b = c₃x² = b + b′ from the exact product c₃ₕ·s and the small terms;
    /// a = c₁ + b with its rounding error by Dekker's fast two-sum (both terms are positive, so
    /// max − a + min is exact), that error and the small terms in a′; z = x·a exactly plus x·a′.
    @inline(__always)
    static func fastArgument(_ x: FloatVector) -> (high: FloatVector, low: FloatVector) {
        let (square, squareLow) = exactSquare(x)
        let (b, productLow) = splitProduct(tanhCubicSplit, square)
        let bLow = fma(squareLow, tanhCubicSplit.high, productLow)
        let a = b + tanhLinearSplit.high
        let sumError = b.atMost(tanhLinearSplit.high) - (a - b.atLeast(tanhLinearSplit.high))
        let aLow = sumError + (bLow + tanhLinearSplit.low)
        let (z, zLow) = exactProduct(x, a)
        return (z, fma(x, aLow, zLow))
    }

    /// x·σ(z) in float, z as a pair (``fastArgument(_:)``).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        fastGELU(x.atLeast(-11.5), fastArgument(x.atLeast(-11.5).atMost(7.3)))
    }
}

/// GELU's sigmoid form, x·σ(1.702x).
///
/// - Accurate: in double precision, rounded once (at most 0.57 ULP over all 2³² inputs).
/// - Fast: all in float, z = 1.702x as a pair of floats, as for the tanh form: at most 4.27 ULP
///   over all 2³² inputs for results ≥ 1e-30 (4.58 without FMA). The gradient is the accurate one.
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

    /// z = 1.702x as a pair of floats (``fastGELU(_:_:)``), x held to [−76, 23] for z
    /// (z ∈ [−129.4, 39.1]: GELUₛ(−76) ≈ −5e-55 is −0 in float, σ(39.1) is 1).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        fastGELU(x.atLeast(-76), splitProduct(sigmoidScaleSplit, x.atLeast(-76).atMost(23)))
    }
}
