/// Keeps inputs above a threshold and replaces the rest by a fixed value.
///
/// ```
/// Threshold(x) = x        for x > threshold
///              = value    otherwise
/// ```
///
/// - **Why this form is exact:** one comparison and a select. The comparison is written
///   as `x ≤ threshold ? value : x`, so NaN (for which every comparison is false) passes
///   through as NaN instead of being replaced.
/// - **Derivative:** `1` for `x > threshold`, `0` otherwise.
/// - **Properties:** range `{value} ∪ (threshold, ∞)`; `Threshold(threshold: 0, value: 0)` is ReLU;
///   `Threshold(+∞) = +∞` (for a finite threshold), `Threshold(−∞) = value`.
/// - **Accuracy:** exact (0 ULP) for every float32 input.
///
/// ```swift
/// let threshold = Threshold(threshold: 0.1, value: 20)
/// threshold(Tensor([0, 0.5]))   // [20.0, 0.5]
/// ```
public struct Threshold: ElementwiseActivation {
    /// Inputs at or below this are replaced.
    public let threshold: Float
    /// What replaces them.
    public let value: Float

    /// Makes a threshold (PyTorch's `nn.Threshold(threshold, value)`).
    ///
    /// - Precondition: neither `threshold` nor `value` is NaN; the message names the one at fault.
    ///
    /// ```swift
    /// let cut = Threshold(threshold: 1, value: 0)
    /// ```
    public init(threshold: Float, value: Float) {
        precondition(!threshold.isNaN, "Threshold: threshold must not be NaN, got \(threshold)")
        precondition(!value.isNaN, "Threshold: value must not be NaN, got \(value)")
        self.threshold = threshold
        self.value = value
    }

    /// `"Threshold"`.
    public var name: String { "Threshold" }

    /// `x` for `x > threshold`, else ``value``; NaN stays NaN.
    ///
    /// ```swift
    /// Threshold(threshold: 1, value: -1).value(at: 0.5)   // -1.0
    /// ```
    public func value(at x: Float) -> Float {
        x <= threshold ? value : x
    }

    /// `1` for `x > threshold`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// Threshold(threshold: 1, value: -1).derivative(at: 2)   // 1.0
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x > threshold ? 1 : 0)
    }
}

/// `x` where `x > threshold`, else `value`, elementwise: the free-function twin of ``Threshold``.
///
/// ```swift
/// threshold(Tensor([0, 2]), threshold: 1, value: -1)   // [-1.0, 2.0]
/// ```
public func threshold(_ x: Tensor, threshold: Float, value: Float) -> Tensor {
    Threshold(threshold: threshold, value: value)(x)
}
