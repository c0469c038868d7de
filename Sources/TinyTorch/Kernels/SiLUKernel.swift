// x·σ(x) on vectors: SiLU's kernel, built on the logistic in SigmoidKernel.swift.

/// SiLU's kernel.
///
/// - Accurate: for vectors with every |x| ≤ 16, x·σ(x) = (x·2⁻ⁿ)/(high + low) from the
///   compensated float logistic (CompensatedLogistic.swift): the quotient by high, corrected by
///   its residual and rounded once. Other vectors, and every vector in a build without fused
///   multiply-add, in double precision, rounded once. Exhaustive maximum over all 2³² inputs:
///   0.84 ULP (`tito verify --exhaustive silu`, FMA build); 0.53 in the portable build, all in
///   double precision.
/// - Fast: x·σ(x) with the fast sigmoid (``Logistic/fastScaledDenominator(_:)``), x held at −130
///   (SiLU(−∞) = −0): results ≥ 1e-30 within 4.33 ULP over all 2³² inputs; the tail stays
///   normal down to x ≈ −91.8, like the true value (σ is subnormal there, x·σ is not).
enum SiLUKernel: CompensatedLogisticKernel {
    static let parallelThreshold = 1 << 13

    /// x·σ(x) = xs/(high + low), xs = x·2⁻ⁿ (exact), from the compensated float logistic
    /// (|x| ≤ 16): the quotient q = xs/high rounded, its residual r = q·(high + low) − xs (the
    /// part q·high − xs exact in one fused multiply-add), and q − r/high rounded once. r/high is
    /// below 2⁻²³·|q|, so the rounding of 1/high changes it by 2⁻⁴⁷·|q| at most. The signs come
    /// out right at x = ±0: r = +0 there, and q − (+0) keeps q's sign.
    @inline(__always)
    static func compensatedValue(_ x: FloatVector) -> FloatVector {
        let d = Logistic.dividedDenominator(x)
        let scaled = x * d.inverseScale
        let q = scaled / d.high
        let r = fma(q, d.low, fma(q, d.high, scaled * -1))
        return fma(r * -1, 1 / d.high, q)
    }

    /// x·σ(x) = x/(1 + 2^(−x·log₂e)) in double precision, rounded once (``Logistic/product(_:heldTo:exponent:)``),
    /// x held to ±700 (as in ``Logistic/value(_:)``): −∞ gives −700/2^1010 = −0 in float, and above 700
    /// the result is x itself. One division instead of the two-sided form's select, product and division:
    /// 0.30 → 0.41 Gelem/s in the portable build, where the accurate tier is all double
    /// (1 thread, medians of 6 alternating runs of each binary, `tito bench --ops sigmoid,silu
    /// --sizes 65536,1048576 --threads 1 --mode into --no-backward --precision accurate`;
    /// Sigmoid 0.35 → 0.37).
    @inline(__always)
    static func doublePrecisionValue(_ x: FloatVector) -> FloatVector {
        Logistic.product(x, heldTo: Float(Logistic.heldArgument)) { x in x * -DoubleExponential.log2e }
    }

    /// g·(σ + x·σ′), with x held to [−200, 200] so that the limits 0 and 1 come out at ±∞.
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x, gradOutput) { x, g in
            let (s, slope) = Logistic.valueAndSlope(x)
            return g * fma(x.atLeast(-200).atMost(200), slope, s)
        }
    }

    /// x·σ(x) with σ = 2⁻⁶⁴/((1 + e^(−x))·2⁻⁶⁴), x held at −130 in the product (SiLU(−∞) = −0,
    /// not −∞·0). The product comes after the division: x·2⁻⁶⁴ would underflow for small |x|.
    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        x.atLeast(-130) * (0x1p-64 / Logistic.fastScaledDenominator(x))
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
