import Foundation

/// The hyperbolic tangent: a zero-centred S-curve with range (−1, 1).
///
/// ```
/// tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)) = 2σ(2x) − 1
/// ```
///
/// - **Why this form is stable:** `1 − 2/(e^(2x) + 1)` loses every digit near 0 (it subtracts
///   two numbers close to 1) and the quotient of exponentials overflows for |x| > 44.
///   We evaluate `tanh(|x|)` with the platform's double-precision `tanh`, which uses a
///   series near 0, round once to float, and put the sign of `x` back: so
///   `tanh(−x) == −tanh(x)` bit for bit and `tanh(−0) = −0`.
/// - **Derivative:** `tanh′(x) = 1 − tanh²(x) = 1/cosh²(x)`, evaluated as `1/cosh²(x)`
///   (the other form cancels for |x| > 10). It is 1 at 0.
/// - **Properties:** range (−1, 1) (±1 exactly where the true value rounds there, |x| ≳ 9);
///   `tanh(0) = 0`; odd; zero-centred; monotone; saturates (tanh′ < 10⁻³ for |x| > 4.1).
///   Special values: tanh(NaN) = NaN, tanh(±∞) = ±1, tanh(±0) = ±0.
/// - **Accuracy:** ``Precision/accurate`` (the default) is within 1 ULP of the true value for
///   every float32 input: at most 0.75 ULP over all 2³² inputs, and monotone
///   (`tito verify tanh --exhaustive`, x86-64 FMA build; 0.85 in a build without fused
///   multiply-adds). ``Precision/fast`` computes in float: within 7 ULP (measured 5.33, and 6.20
///   in a build without fused multiply-adds). Tensors go through the vectorized kernel in
///   `Kernels/TanhKernel.swift`: the accurate tier as eight polynomial pieces with per-lane
///   coefficient tables (`Kernels/TanhPieces.swift`; on arm64 as 2σ(2|x|) − 1 in compensated
///   float arithmetic, at most 0.95 ULP), the fast tier as one odd rational function of x;
///   ``value(at:)`` is the scalar definition.
///
/// ```swift
/// let tanh = Tanh()
/// tanh(Tensor([0, 1, -1]))   // [0.0, 0.7615942, -0.7615942]
/// ```
public struct Tanh: ElementwiseActivation {
    /// The accuracy tier of the tensor kernels.
    public let precision: Precision

    /// Makes a tanh in the given tier (``Precision/accurate`` by default).
    ///
    /// ```swift
    /// let tanh = Tanh()
    /// let quick = Tanh(precision: .fast)
    /// ```
    public init(precision: Precision = .accurate) {
        self.precision = precision
    }

    /// `"Tanh"`, or `"Tanh (fast)"` in the fast tier.
    public var name: String { precision == .fast ? "Tanh (fast)" : "Tanh" }

    /// tanh(x): `tanh(|x|)` in double precision, rounded to float, with the sign of `x`.
    ///
    /// ```swift
    /// Tanh().value(at: -0.0)   // -0.0
    /// ```
    public func value(at x: Float) -> Float {
        let t = Float(tanh(Double(x.magnitude)))
        return x.sign == .minus ? -t : t
    }

    /// tanh′(x) = 1/cosh²(x) (0 once cosh overflows, |x| > 710 in double).
    ///
    /// ```swift
    /// Tanh().derivative(at: 0)   // 1.0
    /// ```
    public func derivative(at x: Float) -> Float {
        let c = cosh(Double(x))
        return Float(1 / (c * c))
    }
}

/// tanh(x) elementwise: the free-function twin of ``Tanh``.
///
/// ```swift
/// tanh(Tensor([0]))                      // [0.0]
/// tanh(Tensor([0]), precision: .fast)    // [0.0]
/// ```
public func tanh(_ x: Tensor, precision: Precision = .accurate) -> Tensor { Tanh(precision: precision)(x) }
