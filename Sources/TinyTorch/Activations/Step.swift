/// The Heaviside step: 1 above a threshold, 0 at or below it — the perceptron's activation.
///
/// ```
/// Step(x) = 1    for x > threshold
///         = 0    otherwise
/// ```
///
/// - **Why this form is exact:** one comparison; NaN is tested first and propagates.
/// - **Derivative:** `0` everywhere it exists (and we return 0 at the jump too), which is why
///   networks that learn by gradients use a smooth stand-in such as ``Sigmoid``.
/// - **Properties:** range `{0, 1}`; `Step(0) = 0` for the default threshold 0 (MLX's convention);
///   `Step(+∞) = 1`, `Step(−∞) = 0`.
/// - **Accuracy:** exact (0 ULP) for every float32 input.
///
/// ```swift
/// let step = Step()
/// step(Tensor([-1, 0, 2]))   // [0.0, 0.0, 1.0]
/// ```
public struct Step: ElementwiseActivation {
    /// The input above which the output is 1.
    public let threshold: Float

    /// Makes a step at `threshold`.
    ///
    /// - Precondition: `threshold` is not NaN; the message names its value.
    ///
    /// ```swift
    /// let step = Step(threshold: 0.5)
    /// ```
    public init(threshold: Float = 0) {
        precondition(!threshold.isNaN, "Step: threshold must not be NaN, got \(threshold)")
        self.threshold = threshold
    }

    /// `"Step"`.
    public var name: String { "Step" }

    /// `1` for `x > threshold`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// Step().value(at: 0.1)   // 1.0
    /// ```
    public func value(at x: Float) -> Float {
        x.isNaN ? .nan : (x > threshold ? 1 : 0)
    }

    /// `0`; NaN for NaN.
    ///
    /// ```swift
    /// Step().derivative(at: 3)   // 0.0
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : 0
    }
}

/// `1` where `x > threshold`, else `0`, elementwise: the free-function twin of ``Step``.
///
/// ```swift
/// step(Tensor([-1, 1]))   // [0.0, 1.0]
/// ```
public func step(_ x: Tensor, threshold: Float = 0) -> Tensor { Step(threshold: threshold)(x) }
