/// ReLU capped at 6: the mobile networks' rectifier, whose bounded range survives
/// low-precision arithmetic.
///
/// ```
/// ReLU6(x) = min(max(0, x), 6)
/// ```
///
/// - **Why this form is exact:** it is ``Hardtanh`` with bounds 0 and 6: two comparisons and a
///   select, no rounding. A NaN input stays NaN (PyTorch's `relu6` once returned 6 for NaN,
///   because `min`/`max` drop it).
/// - **Derivative:** `1` for `0 < x < 6`, `0` elsewhere (at 0 and 6 too, as PyTorch).
/// - **Properties:** range `[0, 6]`; `ReLU6(0) = 0`; monotone; `ReLU6(−∞) = 0`, `ReLU6(+∞) = 6`.
/// - **Accuracy:** exact (0 ULP) for every float32 input.
///
/// ```swift
/// let relu6 = ReLU6()
/// relu6(Tensor([-1, 3, 9]))   // [0.0, 3.0, 6.0]
/// ```
public struct ReLU6: ElementwiseActivation {
    /// Makes a ReLU6; it has no parameters.
    ///
    /// ```swift
    /// let relu6 = ReLU6()
    /// ```
    public init() {}

    /// `"ReLU6"`.
    public var name: String { "ReLU6" }

    private static let clamp = Hardtanh(min: 0, max: 6)

    /// `min(max(0, x), 6)`, with NaN propagated.
    ///
    /// ```swift
    /// ReLU6().value(at: 7)   // 6.0
    /// ```
    public func value(at x: Float) -> Float { ReLU6.clamp.value(at: x) }

    /// `1` for `0 < x < 6`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// ReLU6().derivative(at: 6)   // 0.0
    /// ```
    public func derivative(at x: Float) -> Float { ReLU6.clamp.derivative(at: x) }
}

/// `min(max(0, x), 6)` elementwise: the free-function twin of ``ReLU6``.
///
/// ```swift
/// relu6(Tensor([-1, 7]))   // [0.0, 6.0]
/// ```
public func relu6(_ x: Tensor) -> Tensor { ReLU6()(x) }
