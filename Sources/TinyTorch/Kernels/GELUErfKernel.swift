// GELU's exact form on vectors, x·Φ(x) (GELU.swift has the formula and why it is stable).
//
// Φ is assembled from c = ½·erfc(|x|/√2) as c for x < 0 and 1 − c for x ≥ 0,
// so neither side cancels. erfc comes from one approximation valid on all of [0, 10.7]:
//     ½·erfc(z) = t·e^(Q(t) − z²),   t = 1/(1 + 0.4·z),
// Q a polynomial fitted with Lawson's minimax algorithm to ln(½·erfc(z)·(1 + 0.4z)) + z²
// (degree 10 in double, error 4.1e-9; degree 8 in float, error 9e-8). Here z² = x²/2 is
// formed exactly (in double it is; in float as a high + low pair), because in the tail any
// rounding of z² becomes a relative error of the result (64 ULP at x = −13 in float).
// The tanh and sigmoid forms are in GELUApproximationKernels.swift.

/// GELU's exact form, x·Φ(x).
///
/// - Accurate: everything in double precision, rounded once.
/// - Fast: in float with the degree-8 Q and the split square.
enum GELUErfKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 12
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
