// σ(z) = 1/(1 + e^(−z)) on vectors: Sigmoid's kernel, and the logistic that SiLU and the
// tanh and sigmoid forms of GELU are built from.
//
// Both tiers use the form that never overflows or cancels (Sigmoid.swift explains it):
// with e = e^(−|z|) ∈ (0, 1],  σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z < 0,
// and σ′(z) = σ(z)(1 − σ(z)) = e/(1 + e)². The double-precision value needs no select: there
// e^(−z) itself stays a normal double for |z| ≤ 700, so σ(z) = 1/(1 + e^(−z)) on both sides
// (``Logistic/value(_:)``).

/// The logistic function and its slope on vectors, in both tiers.
enum Logistic {
    // MARK: Accurate tier: double precision

    /// e^(−|z|) in double precision. The clamp at −200 keeps the exponential's scaling valid;
    /// e^(−200) ≈ 1.4e-87 is already far below anything a float result can show.
    @inline(__always)
    static func decay(_ z: DoubleVector) -> DoubleVector {
        DoubleExponential.exp(z.negativeMagnitude.atLeast(-200))
    }

    /// The largest |z| the select-free form takes: e^700 ≈ 1e304 is still a normal double, and
    /// σ(±700) is already 1 and 0 (≈ 1e-304) to a float.
    static let heldArgument: Double = 700

    /// σ(z) = 1/(1 + e^(−z)) with z held to ±700, so that e^(−z) is a normal double on both sides
    /// and no select between them is needed: 1 + e^(−z) never cancels. Relative error below 5e-9
    /// (the exponential's 4.5e-9, shrunk by e/(1 + e), then two roundings of double arithmetic).
    /// Measured against the two-sided form 1/(1 + e) and e/(1 + e) with e = e^(−|z|), in GELU's
    /// forms: see GELUApproximationKernels.swift.
    @inline(__always)
    static func value(_ z: DoubleVector) -> DoubleVector {
        1 / (1 + DoubleExponential.exp(z.atLeast(-heldArgument).atMost(heldArgument) * -1))
    }

    /// x·σ(z) = x/(1 + 2^w) in double precision, rounded once to float, where `exponent` gives
    /// w = −z·log₂e from x (log₂e folded into its constants): SiLU, and GELU's tanh and sigmoid
    /// forms. x is held to ±`limit`, chosen so that |w| ≤ 1022 there: 2^w is then a normal double
    /// on both sides of σ, so no select between them is needed, and 1 + 2^w never cancels. Above
    /// `limit` the result is x itself (σ is 1 to a float there, and +∞ stays +∞); below −`limit`
    /// it is what −limit/2^w rounds to, −0 for every caller's limit; NaN stays NaN. Error: 2^w's
    /// 1.9e-9 moves the quotient by (1 − σ) times as much, so the result is within 0.5 ULP plus 0.03.
    ///
    /// ```swift
    /// Logistic.product(FloatVector(repeating: 1), heldTo: 700) { $0 * -DoubleExponential.log2e }
    /// // SiLU(1) = 0.7310586 in every lane
    /// ```
    @inline(__always)
    static func product(_ x: FloatVector, heldTo limit: Float,
                        exponent: (DoubleVector) -> DoubleVector) -> FloatVector {
        let value = inDoublePrecision(x.atLeast(-limit).atMost(limit)) { x in
            x / (1 + DoubleExponential.exp2(exponent(x)))
        }
        return value.replacing(with: x, where: x .> limit)
    }

    /// σ(z) and σ′(z) = e/(1 + e)² from one exponential.
    @inline(__always)
    static func valueAndSlope(_ z: DoubleVector) -> (value: DoubleVector, slope: DoubleVector) {
        let e = decay(z)
        let reciprocal = 1 / (1 + e)
        let numerator = DoubleVector(repeating: 1).replacing(with: e, where: z .< 0)
        return (numerator * reciprocal, e * reciprocal * reciprocal)
    }

    // MARK: Fast tier: float

    /// e^(−|z|) in float, for every z: −|z| is held at −110, where e^(−110) ≈ 1.7e-48 is
    /// already 0 in float (and NaN stays NaN). Within about 2 ULP for normal results.
    @inline(__always)
    static func fastDecay(_ z: FloatVector) -> FloatVector {
        FloatExponential.exp(z.negativeMagnitude.atLeast(-110))
    }

    /// The numerator of σ(z) over 1 + e: e for z < 0, 1 otherwise.
    @inline(__always)
    static func numerator(_ z: FloatVector, _ e: FloatVector) -> FloatVector {
        FloatVector(repeating: 1).replacing(with: e, where: z .< 0)
    }

    /// The fast tier's denominator scaled by 2⁻⁶⁴: (1 + e^(−x))·2⁻⁶⁴, with x held to [−130, 40].
    /// σ(x) = 2⁻⁶⁴/D and x·σ(x) = (x·2⁻⁶⁴)/D, one division each and no select.
    ///
    /// Why the scaling: e^(−x) overflows float for x < −88.7, but x·σ(x) is still a normal
    /// float down to x ≈ −91.8 and σ(x) a subnormal one down to −103.9; scaled by 2⁻⁶⁴ the
    /// denominator stays finite down to −130 (where both results underflow to 0, their limits
    /// at −∞), so no tail is lost and no clamp of the result is needed. Above 40, e^(−x) < 2⁻⁵⁷
    /// no longer changes 1 + e^(−x). NaN stays NaN.
    ///
    /// The exponential is ``FloatExponential/exp(_:)``'s method, with 2^(n−64) built in the
    /// exponent field directly (one scaling instead of two). A single reduction constant
    /// (Float(ln 2)) would save one operation but its error, n·1.9e-9, reaches 3 ULP at
    /// x ≈ −69: measured 5.21 ULP against this form's bound of 4.
    ///
    /// ```swift
    /// 0x1p-64 / Logistic.fastScaledDenominator(FloatVector(repeating: 0))   // 0.5 in every lane
    /// ```
    @inline(__always)
    static func fastScaledDenominator(_ x: FloatVector) -> FloatVector {
        fastScaledDenominator(high: x.atLeast(-130).atMost(40), low: .zero)
    }

    /// The same denominator for x given as an unevaluated sum high + low (|low| ≪ |high|, high
    /// in [−130, 40]): GELU's tanh and sigmoid forms pass their argument so
    /// (GELUApproximationKernels.swift), because in the far negative tail σ(x) ≈ e^x turns every
    /// error of x into a relative error of the result. −x − n·ln 2 is reduced from both parts:
    /// the ln2High step is exact, so r carries only the roundings of the small terms. For a
    /// single float (low = 0) the last subtraction folds away, and the bits are those of the
    /// one-float form.
    ///
    /// ```swift
    /// 0x1p-64 / Logistic.fastScaledDenominator(high: FloatVector(repeating: 0), low: .zero)   // 0.5 in every lane
    /// ```
    @inline(__always)
    static func fastScaledDenominator(high: FloatVector, low: FloatVector) -> FloatVector {
        let k = fma(high, -FloatExponential.log2e, FloatExponential.roundingShift)
        let n = k - FloatExponential.roundingShift
        let r = fma(n, -FloatExponential.ln2Low, fma(n, -FloatExponential.ln2High, high * -1)) - low
        let scale = FloatVector(bits: (k.bits &<< 23) &+ ((127 - 64) << 23))   // 2^(n−64)
        return fma(FloatExponential.polynomial(r), scale, 0x1p-64)
    }
}

/// Sigmoid's kernel.
///
/// - Accurate: for vectors with every |x| ≤ 16, the compensated float logistic of
///   CompensatedLogistic.swift, 2⁻ⁿ/(high + low) = 2⁻ⁿy·(1 + ρ) rounded once; other vectors
///   (and every vector in a build without fused multiply-add) in double precision, rounded
///   once. Exhaustive maximum over all 2³² inputs: 0.82 ULP, monotone
///   (`tito verify --exhaustive sigmoid`, FMA build); 0.55 in the portable build, all in double
///   precision.
/// - Fast: 2⁻⁶⁴/((1 + e^(−x))·2⁻⁶⁴) in float (``Logistic/fastScaledDenominator(_:)``): one
///   degree-5 exponential, one fused multiply-add and one division, no select; results ≥ 1e-30
///   within 3.58 ULP over all 2³² inputs (`tito verify --exhaustive sigmoid`, FMA build),
///   subnormal tails kept down to −103.9.
enum SigmoidKernel: CompensatedLogisticKernel {
    static let parallelThreshold = 1 << 13

    /// 2⁻ⁿ/(high + low) = 2⁻ⁿy + 2⁻ⁿy·ρ, rounded once, from the compensated float logistic
    /// (|x| ≤ 16; 2⁻ⁿy is exact).
    @inline(__always)
    static func compensatedValue(_ x: FloatVector) -> FloatVector {
        let d = Logistic.dividedDenominator(x)
        let (y, rho) = Logistic.compensatedReciprocal((d.high, d.low))
        let scaled = y * d.inverseScale
        return fma(scaled, rho, scaled)
    }

    /// σ in double precision, rounded once: ≤ 0.5 + 0.07 ULP for every input.
    @inline(__always)
    static func doublePrecisionValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x, Logistic.value)
    }

    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x, gradOutput) { x, g in g * Logistic.valueAndSlope(x).slope }
    }

    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        0x1p-64 / Logistic.fastScaledDenominator(x)
    }

    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let e = Logistic.fastDecay(x)
        let d = 1 + e
        return gradOutput * e / (d * d)
    }
}
