/// The squared ReLU: ReLU followed by a square (used in Primer-style transformers).
///
/// ```
/// ReLUSquared(x) = max(0, x)²
/// ```
///
/// - **Why this form is accurate:** one float product, which IEEE arithmetic rounds
///   correctly. It overflows to `+∞` only where the true value exceeds the largest float
///   (`x > 1.8e19`), and squares of tiny inputs round to 0 only below half the smallest subnormal.
/// - **Derivative:** `2·max(0, x)`; 0 at 0.
/// - **Properties:** range `[0, ∞)`; `ReLUSquared(0) = 0`; monotone; smooth at 0 (the first
///   derivative is continuous, unlike ReLU's). NaN propagates, `ReLUSquared(−∞) = 0`.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP) for every float32 input.
///
/// ```swift
/// let reluSquared = ReLUSquared()
/// reluSquared(Tensor([-2, 0.5, 3]))   // [0.0, 0.25, 9.0]
/// ```
public struct ReLUSquared: ElementwiseActivation {
    /// Makes a squared ReLU; it has no parameters.
    ///
    /// ```swift
    /// let reluSquared = ReLUSquared()
    /// ```
    public init() {}

    /// `"ReLUSquared"`.
    public var name: String { "ReLUSquared" }

    /// `max(0, x)²`, with NaN propagated.
    ///
    /// ```swift
    /// ReLUSquared().value(at: 3)   // 9.0
    /// ```
    public func value(at x: Float) -> Float {
        let r = ReLU().value(at: x)
        return r * r
    }

    /// `2·max(0, x)`; NaN for NaN.
    ///
    /// ```swift
    /// ReLUSquared().derivative(at: 3)   // 6.0
    /// ```
    public func derivative(at x: Float) -> Float {
        2 * ReLU().value(at: x)
    }
}

/// `max(0, x)²` elementwise: the free-function twin of ``ReLUSquared``.
///
/// ```swift
/// reluSquared(Tensor([-1, 2]))   // [0.0, 4.0]
/// ```
public func reluSquared(_ x: Tensor) -> Tensor { ReLUSquared()(x) }
