import Foundation

/// The logistic sigmoid: squashes any real number into (0, 1).
///
/// ```
/// σ(x) = 1 / (1 + e^(−x))
/// ```
///
/// - **Why this form is stable:** the textbook form overflows `e^(−x)` for `x < −88`
///   in float32 and, written as `e^x/(1 + e^x)`, overflows for `x > 88`. We pick, per sign,
///   the form whose exponential is at most 1: `1/(1 + e^(−x))` for `x ≥ 0` and
///   `e^x/(1 + e^x)` for `x < 0`. Nothing overflows, nothing cancels, and both tails keep
///   their relative accuracy: σ(−100) ≈ 3.7835e-44 is a subnormal float, not 0.
///   The arithmetic runs in double precision and is rounded once to float.
/// - **Derivative:** `σ′(x) = σ(x)·(1 − σ(x)) = e^(−|x|)/(1 + e^(−|x|))²`, largest (0.25) at 0.
/// - **Properties:** range (0, 1) — the float result is exactly 1 only where the true value
///   rounds to 1 (x > 16.6) and exactly 0 only where it is below half the smallest subnormal
///   (x < −103.3); `σ(0) = 0.5` exactly; point-symmetric about (0, ½):
///   `σ(−x) = 1 − σ(x)`; monotone non-decreasing; saturates (σ′ < 10⁻³ for |x| > 6.9).
///   Special values: σ(NaN) = NaN, σ(+∞) = 1, σ(−∞) = 0, σ(±0) = 0.5.
/// - **Accuracy:** ``Precision/accurate`` (the default) is within 1 ULP of the true value for
///   every float32 input: at most 0.82 ULP over all 2³² inputs, and monotone
///   (`tito verify sigmoid --exhaustive`). ``Precision/fast`` computes in float: within 4 ULP
///   (measured 3.58) for results ≥ 1e-30, not monotone at the last bit. Tensors go through the
///   vectorized kernel in `Kernels/SigmoidKernel.swift`; ``value(at:)`` is the scalar definition
///   (the two may differ by 1 ULP where the true value lies close to a rounding boundary).
///
/// ```swift
/// let sigmoid = Sigmoid()
/// sigmoid(Tensor([0, 1, -1]))   // [0.5, 0.7310586, 0.26894143]
/// ```
public struct Sigmoid: ElementwiseActivation {
    /// The accuracy tier of the tensor kernels.
    public let precision: Precision

    /// Makes a sigmoid in the given tier (``Precision/accurate`` by default).
    ///
    /// ```swift
    /// let sigmoid = Sigmoid()
    /// let quick = Sigmoid(precision: .fast)
    /// ```
    public init(precision: Precision = .accurate) {
        self.precision = precision
    }

    /// `"Sigmoid"`, or `"Sigmoid (fast)"` in the fast tier.
    public var name: String { precision == .fast ? "Sigmoid (fast)" : "Sigmoid" }

    /// σ(x), from the stable per-sign form in double precision.
    ///
    /// ```swift
    /// Sigmoid().value(at: -100)   // 3.7835e-44
    /// ```
    public func value(at x: Float) -> Float {
        Float(Sigmoid.logistic(Double(x)))
    }

    /// σ′(x) = e^(−|x|)/(1 + e^(−|x|))², which never forms 1 − σ and so never cancels.
    ///
    /// ```swift
    /// Sigmoid().derivative(at: 0)   // 0.25
    /// ```
    public func derivative(at x: Float) -> Float {
        let e = exp(-Double(x).magnitude)
        return Float(e / ((1 + e) * (1 + e)))
    }

    /// σ(x) in double precision without overflow: `1/(1 + e^(−x))` for x ≥ 0, `e^x/(1 + e^x)` for x < 0.
    /// Other activations (GELU, SiLU) build on it.
    ///
    /// ```swift
    /// Sigmoid.logistic(0)   // 0.5
    /// ```
    public static func logistic(_ x: Double) -> Double {
        if x >= 0 {
            return 1 / (1 + exp(-x))
        }
        let e = exp(x)   // NaN stays NaN here
        return e / (1 + e)
    }
}

/// σ(x) = 1/(1 + e^(−x)) elementwise: the free-function twin of ``Sigmoid``.
///
/// ```swift
/// sigmoid(Tensor([0]))                      // [0.5]
/// sigmoid(Tensor([0]), precision: .fast)    // [0.5]
/// ```
public func sigmoid(_ x: Tensor, precision: Precision = .accurate) -> Tensor { Sigmoid(precision: precision)(x) }
