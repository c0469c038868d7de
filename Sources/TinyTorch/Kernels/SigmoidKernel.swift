// σ(z) = 1/(1 + e^(−z)) on vectors: Sigmoid's kernel, and the logistic that SiLU and the
// tanh and sigmoid forms of GELU are built from.
//
// Both tiers use the form that never overflows or cancels (Sigmoid.swift explains it):
// with e = e^(−|z|) ∈ (0, 1],  σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z < 0,
// and σ′(z) = σ(z)(1 − σ(z)) = e/(1 + e)².

/// The logistic function and its slope on vectors, in both tiers.
enum Logistic {
    // MARK: Accurate tier: double precision

    /// e^(−|z|) in double precision. The clamp at −200 keeps the exponential's scaling valid;
    /// e^(−200) ≈ 1.4e-87 is already far below anything a float result can show.
    @inline(__always)
    static func decay(_ z: DoubleVector) -> DoubleVector {
        DoubleExponential.exp(z.negativeMagnitude.atLeast(-200))
    }

    /// σ(z): relative error below 4e-9 (exponential, then two roundings of double arithmetic).
    @inline(__always)
    static func value(_ z: DoubleVector) -> DoubleVector {
        let e = decay(z)
        let numerator = DoubleVector(repeating: 1).replacing(with: e, where: z .< 0)
        return numerator / (1 + e)
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
}

/// Sigmoid's kernel.
///
/// - Accurate: σ in double precision, rounded once: ≤ 0.5 + 0.07 ULP.
/// - Fast: in float, `e = e^(−|x|)` from a degree-5 polynomial and one division; every input
///   takes the same path (the exponential reaches into the subnormals; exhaustive maximum in
///   docs/performance.md).
enum SigmoidKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 16

    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        inDoublePrecision(x, Logistic.value)
    }

    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        inDoublePrecision(x, gradOutput) { x, g in g * Logistic.valueAndSlope(x).slope }
    }

    @inline(__always)
    static func fastValue(_ x: FloatVector) -> FloatVector {
        let e = Logistic.fastDecay(x)
        return Logistic.numerator(x, e) / (1 + e)
    }

    @inline(__always)
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let e = Logistic.fastDecay(x)
        let d = 1 + e
        return gradOutput * e / (d * d)
    }
}
