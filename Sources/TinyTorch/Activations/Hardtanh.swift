/// The hard tanh: the identity clipped to `[min, max]`, a piecewise-linear stand-in for ``Tanh``.
///
/// ```
/// Hardtanh(x) = min   for x < min
///             = x     for min ≤ x ≤ max
///             = max   for x > max
/// ```
///
/// - **Why this form is exact:** two comparisons and a select; no rounding ever happens.
///   The comparisons are written so that NaN reaches neither bound and is returned as NaN
///   (`Swift.min`/`Swift.max` and C's `fminf`/`fmaxf` would drop it).
/// - **Derivative:** `1` for `min < x < max`, `0` elsewhere (at the bounds too, as PyTorch).
/// - **Properties:** range `[min, max]`; `Hardtanh(0) = 0` for the default bounds; odd for
///   symmetric bounds; monotone; `Hardtanh(±∞)` gives the bounds.
/// - **Accuracy:** exact (0 ULP) for every float32 input.
///
/// ```swift
/// let hardtanh = Hardtanh()
/// hardtanh(Tensor([-3, 0.5, 3]))   // [-1.0, 0.5, 1.0]
/// ```
public struct Hardtanh: ElementwiseActivation {
    /// The lower bound.
    public let min: Float
    /// The upper bound.
    public let max: Float

    /// Makes a hard tanh clipping to `[min, max]`.
    ///
    /// - Precondition: `min < max` (so neither is NaN); the message names both values.
    ///
    /// ```swift
    /// let clip = Hardtanh(min: -2, max: 2)
    /// ```
    public init(min: Float = -1, max: Float = 1) {
        precondition(min < max, "Hardtanh: min must be < max, got min \(min) and max \(max)")
        self.min = min
        self.max = max
    }

    /// `"Hardtanh"`.
    public var name: String { "Hardtanh" }

    /// `x` clipped to `[min, max]`; NaN stays NaN.
    ///
    /// ```swift
    /// Hardtanh().value(at: 5)   // 1.0
    /// ```
    public func value(at x: Float) -> Float {
        if x < min { return min }
        if x > max { return max }
        return x
    }

    /// `1` strictly between the bounds, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// Hardtanh().derivative(at: 0)   // 1.0
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x > min && x < max ? 1 : 0)
    }
}

/// `x` clipped to `[min, max]` elementwise: the free-function twin of ``Hardtanh``.
///
/// ```swift
/// hardtanh(Tensor([-2, 2]))   // [-1.0, 1.0]
/// ```
public func hardtanh(_ x: Tensor, min: Float = -1, max: Float = 1) -> Tensor {
    Hardtanh(min: min, max: max)(x)
}
