import Foundation

/// The exponential linear unit: the identity for positive inputs and a smooth exponential
/// approach to `−α` for negative ones, so mean activations stay near zero.
///
/// ```
/// ELU(x) = x                 for x > 0
///        = α·(eˣ − 1)        for x ≤ 0        (α = alpha, 1 by default)
/// ```
///
/// - **Why this form is stable:** for tiny negative x, `eˣ − 1` subtracts two numbers close
///   to 1 and loses every digit (at `x = −10⁻⁸` in float, `exp(x)` rounds to 1 and `exp(x) − 1` is 0, not −1e-8);
///   `expm1(x)` computes `eˣ − 1` directly with full relative accuracy. We evaluate
///   `α·expm1(x)` in double precision and round once. (MLX writes `exp(x) − 1`.)
/// - **Derivative:** `1` for `x > 0`, `α·eˣ` for `x ≤ 0` (α at 0, as PyTorch).
/// - **Properties:** range `(−α, ∞)` for `α > 0`; `ELU(0) = 0`; continuous, and smooth at 0 when
///   `α = 1`; monotone for `α ≥ 0`; `ELU(−∞) = −α`, `ELU(+∞) = +∞`, NaN propagates.
/// - **Accuracy:** within 1 ULP of the true value for every float32 input.
///   Measured: `swift run tito verify elu`.
///
/// ```swift
/// let elu = ELU()
/// elu(Tensor([-1, 0, 2]))   // [-0.63212055, 0.0, 2.0]
/// ```
public struct ELU: ElementwiseActivation {
    /// The scale α of the negative branch: its limit at −∞ is −α.
    public let alpha: Float

    /// Makes an ELU whose negative branch saturates at `−alpha`.
    ///
    /// - Precondition: `alpha` is finite; the message names its value.
    ///
    /// ```swift
    /// let elu = ELU(alpha: 0.5)
    /// ```
    public init(alpha: Float = 1) {
        precondition(alpha.isFinite, "ELU: alpha must be finite, got \(alpha)")
        self.alpha = alpha
    }

    /// `"ELU"`.
    public var name: String { "ELU" }

    /// `x` for `x > 0`, else `α·expm1(x)` in double precision.
    ///
    /// ```swift
    /// ELU().value(at: -1e-8)   // -1e-08
    /// ```
    public func value(at x: Float) -> Float {
        x > 0 ? x : Float(Double(alpha) * expm1(Double(x)))
    }

    /// `1` for `x > 0`, else `α·eˣ`; NaN for NaN.
    ///
    /// ```swift
    /// ELU().derivative(at: -1)   // 0.36787945
    /// ```
    public func derivative(at x: Float) -> Float {
        x > 0 ? 1 : Float(Double(alpha) * exp(Double(x)))
    }
}

/// `x` for `x > 0`, else `alpha·(eˣ − 1)` via `expm1`, elementwise: the free-function twin of ``ELU``.
///
/// ```swift
/// elu(Tensor([-1, 1]))   // [-0.63212055, 1.0]
/// ```
public func elu(_ x: Tensor, alpha: Float = 1) -> Tensor { ELU(alpha: alpha)(x) }
