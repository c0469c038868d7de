// GELU's three forms on vectors (GELU.swift has the formulas and why they are stable).
//
// - Exact, x·Φ(x): Φ is assembled from c = ½·erfc(|x|/√2) as c for x < 0 and 1 − c for x ≥ 0,
//   so neither side cancels. erfc comes from one approximation valid on all of [0, 10.7]:
//       ½·erfc(z) = t·e^(Q(t) − z²),   t = 1/(1 + 0.4·z),
//   Q a polynomial fitted with Lawson's minimax algorithm to ln(½·erfc(z)·(1 + 0.4z)) + z²
//   (degree 10 in double, error 4.1e-9; degree 8 in float, error 9e-8). Here z² = x²/2 is
//   formed exactly (in double it is; in float as a high + low pair), because in the tail any
//   rounding of z² becomes a relative error of the result (64 ULP at x = −13 in float).
// - tanh form, x·σ(2u), u = √(2/π)(x + 0.044715x³), and sigmoid form, x·σ(1.702x): the logistic
//   of SigmoidKernel.swift in double precision, in both tiers (see GELUTanhKernel).

/// √(2/π)·2 and the cubic coefficient times it: z = x·(c₁ + c₃x²) = 2u.
private let tanhLinear = 2 * GELU.sqrt2OverPi
private let tanhCubic = 2 * GELU.sqrt2OverPi * GELU.cubic

/// GELU's exact form, x·Φ(x).
///
/// - Accurate: everything in double precision, rounded once.
/// - Fast: in float with the degree-8 Q and the split square.
enum GELUErfKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 15
    /// 0.4/√2: t = 1/(1 + 0.4·z) with z = |x|/√2.
    static let tScale = 0.282_842_712_474_619
    /// 1/√(2π), the normal density's factor.
    static let densityScale = 0.398_942_280_401_432_7

    /// ½·erfc(m/√2) for 0 ≤ m ≤ 15, relative error below 8e-9.
    @inline(__always)
    static func halfErfc(_ m: DoubleVector) -> DoubleVector {
        let t = 1 / fma(m, tScale, 1)
        var q = fma(t, 0.193_065_223_811_541_7, -1.090_033_675_219_859)
        q = fma(q, t, 2.468_665_184_538_617_4)
        q = fma(q, t, -2.822_516_914_048_037_5)
        q = fma(q, t, 1.811_932_899_301_786_5)
        q = fma(q, t, -0.896_276_385_953_006_1)
        q = fma(q, t, 0.271_921_782_147_020_1)
        q = fma(q, t, 0.126_891_353_982_784_9)
        q = fma(q, t, 0.425_321_266_219_248_2)
        q = fma(q, t, 0.999_677_805_390_600_6)
        q = fma(q, t, -2.181_795_716_638_484)
        return t * DoubleExponential.exp(fma(m, m * -0.5, q))
    }

    /// Φ(x) from c = ½·erfc(|x|/√2): c below zero, 1 − c above. (Two concrete overloads: in a
    /// function generic over SIMD, `x .< 0` compiles to a loop over the lanes.)
    @inline(__always)
    static func cumulative(_ x: DoubleVector, _ c: DoubleVector) -> DoubleVector {
        (1 - c).replacing(with: c, where: x .< 0)
    }

    @inline(__always)
    static func cumulative(_ x: FloatVector, _ c: FloatVector) -> FloatVector {
        (1 - c).replacing(with: c, where: x .< 0)
    }

    /// x·Φ(x) with |x| held to 15 inside Φ and x held to ≥ −15 in the product: GELU(−15) is
    /// 8e-49, already −0 in float, and the clamp turns −∞·0 into −0 instead of NaN.
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x, x.magnitude.atMost(15)) { x, m in
            x.atLeast(-15) * cumulative(x, halfErfc(m))
        }
    }

    /// g·(Φ(x) + x·φ(x)), x held to [−15, 15] (the limits 0 and 1 at ±∞).
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x.atLeast(-15).atMost(15), gradOutput) { x, g in
            let m = x.magnitude
            let density = DoubleExponential.exp(m * m * -0.5) * densityScale
            return g * fma(x, density, cumulative(x, halfErfc(m)))
        }
    }

    /// ½·erfc(m/√2) in float for 0 ≤ m ≤ 14.5 (the argument of e^· stays above −110; from
    /// m ≈ 13.2 on the result fades into the subnormals, and it is 0 by 14.5).
    @inline(__always)
    static func fastHalfErfc(_ m: FloatVector) -> FloatVector {
        let t = 1 / fma(m, Float(tScale), 1)
        var q = fma(t, -0.208_086_075_437_706_02, 0.927_619_917_135_887_9)
        q = fma(q, t, -1.492_391_290_876_482)
        q = fma(q, t, 1.006_781_144_636_878_4)
        q = fma(q, t, -0.448_962_244_256_084_5)
        q = fma(q, t, 0.302_858_003_909_097_9)
        q = fma(q, t, 0.399_095_629_938_283_96)
        q = fma(q, t, 1.001_802_856_815_578_6)
        q = fma(q, t, -2.181_865_212_039_846_3)
        let (high, low) = exactSquare(m)
        return t * FloatExponential.exp(high: high * -0.5, low: fma(low, -0.5, q))
    }

    /// x·Φ(x) with the same clamps as the accurate tier, at 14.5.
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        x.atLeast(-14.5) * cumulative(x, fastHalfErfc(x.magnitude.atMost(14.5)))
    }

    /// g·(Φ(x) + x·φ(x)), x held to [−14.5, 14.5].
    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let x = x.atLeast(-14.5).atMost(14.5)
        let m = x.magnitude
        let (high, low) = exactSquare(m)
        let density = FloatExponential.exp(high: high * -0.5, low: low * -0.5) * Float(densityScale)
        return gradOutput * fma(x, density, cumulative(x, fastHalfErfc(m)))
    }
}

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
