// x·σ(x) on vectors: SiLU's kernel, built on the logistic in SigmoidKernel.swift.

/// SiLU's kernel.
///
/// - Accurate: x·σ(x) in double precision, rounded once.
/// - Fast: (x·n)/(1 + e) in float, with e = e^(−|x|) and n = e for x < 0, 1 otherwise.
enum SiLUKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 16

    /// x·σ(x); the product uses max(x, −200), which keeps −∞·0 from becoming NaN (SiLU(−∞) = −0).
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x) { x in x.atLeast(-200) * Logistic.value(x) }
    }

    /// g·(σ + x·σ′), with x held to [−200, 200] so that the limits 0 and 1 come out at ±∞.
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x, gradOutput) { x, g in
            let (s, slope) = Logistic.valueAndSlope(x)
            return g * fma(x.atLeast(-200).atMost(200), slope, s)
        }
    }

    /// x·n/(1 + e), the product on max(x, −110) (SiLU(−∞) = −0, not −∞·0).
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        let e = Logistic.fastDecay(x)
        return x.atLeast(-110) * Logistic.numerator(x, e) / (1 + e)
    }

    /// g·(n·d + x·e)/d² with d = 1 + e: σ + x·σ′ over one denominator, x held to [−110, 110]
    /// (the limits 0 and 1 at ±∞).
    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let e = Logistic.fastDecay(x)
        let d = 1 + e
        return gradOutput * fma(x.atLeast(-110).atMost(110), e, Logistic.numerator(x, e) * d) / (d * d)
    }
}
