import Foundation

/// The softplus: a smooth ReLU, the logarithm of `1 + eˣ`, made linear above a threshold
/// as PyTorch does.
///
/// ```
/// Softplus(x) = (1/β)·log(1 + e^(βx))    for βx ≤ threshold
///             = x                        for βx > threshold     (β = 1, threshold = 20)
/// ```
///
/// - **Why this form is stable:** `log(1 + e^z)` overflows `e^z` for `z > 88` in float, and for
///   very negative `z` the `1 + e^z` rounds to 1 and the result to 0 although the true value
///   `≈ e^z` is still a (subnormal) float. We write `softplus(z) = max(z, 0) + log1p(e^(−|z|))`:
///   the exponential is at most 1, `log1p` keeps the small term's relative accuracy, and the
///   two parts never have opposite signs. All in double precision, rounded once.
///   Above the threshold (`z > 20`) the term `log1p(e^(−z)) < 2.1·10⁻⁹` is less than half a
///   float ULP of `z/β`, so the switch to `x` is invisible at the default threshold.
/// - **Derivative:** `σ(βx)` (the logistic ``Sigmoid``), and `1` above the threshold.
/// - **Properties:** range `(0, ∞)`; `Softplus(0) = log(2)/β`; monotone; convex;
///   `Softplus(x) − Softplus(−x) = x`; `Softplus(−∞) = 0`, `Softplus(+∞) = +∞`, NaN propagates;
///   no overflow for any input.
/// - **Accuracy:** within 1 ULP of the function above (linear part included) for every float32 input.
///   Measured: `swift run tito verify softplus`.
///
/// ```swift
/// let softplus = Softplus()
/// softplus(Tensor([-100, 0, 100]))   // [3.8e-44, 0.6931472, 100.0]
/// ```
public struct Softplus: ElementwiseActivation {
    /// The sharpness β: larger values bend closer to ReLU.
    public let beta: Float
    /// Above `βx > threshold` the function returns `x` itself.
    public let threshold: Float

    /// Makes a softplus with sharpness `beta`, linear where `beta·x > threshold`.
    ///
    /// - Precondition: `beta > 0` and finite; `threshold` is not NaN. The message names the value at fault.
    ///
    /// ```swift
    /// let sharp = Softplus(beta: 5, threshold: 20)
    /// ```
    public init(beta: Float = 1, threshold: Float = 20) {
        precondition(beta > 0 && beta.isFinite, "Softplus: beta must be finite and > 0, got \(beta)")
        precondition(!threshold.isNaN, "Softplus: threshold must not be NaN, got \(threshold)")
        self.beta = beta
        self.threshold = threshold
    }

    /// `"Softplus"`.
    public var name: String { "Softplus" }

    /// `x` above the threshold, else `softplus(βx)/β` in double precision.
    ///
    /// ```swift
    /// Softplus().value(at: 0)   // 0.6931472
    /// ```
    public func value(at x: Float) -> Float {
        let z = Double(beta) * Double(x)   // exact: the product of two floats fits in a double
        return z > Double(threshold) ? x : Float(Softplus.softplus(z) / Double(beta))
    }

    /// `σ(βx)`, or `1` above the threshold.
    ///
    /// ```swift
    /// Softplus().derivative(at: 0)   // 0.5
    /// ```
    public func derivative(at x: Float) -> Float {
        let z = Double(beta) * Double(x)
        return z > Double(threshold) ? 1 : Float(Sigmoid.logistic(z))
    }

    /// `log(1 + e^z)` in double precision without overflow or cancellation:
    /// `max(z, 0) + log1p(e^(−|z|))`. ``LogSigmoid`` builds on it.
    ///
    /// ```swift
    /// Softplus.softplus(0)   // 0.6931471805599453
    /// ```
    public static func softplus(_ z: Double) -> Double {
        let tail = log1p(exp(-z.magnitude))   // NaN stays NaN
        return z > 0 ? z + tail : tail
    }
}

/// `(1/beta)·log(1 + e^(beta·x))`, linear above `threshold`, elementwise: the free-function twin of ``Softplus``.
///
/// ```swift
/// softplus(Tensor([0]))   // [0.6931472]
/// ```
public func softplus(_ x: Tensor, beta: Float = 1, threshold: Float = 20) -> Tensor {
    Softplus(beta: beta, threshold: threshold)(x)
}
