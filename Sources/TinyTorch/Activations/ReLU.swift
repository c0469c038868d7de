/// The rectified linear unit: keeps positive values and replaces the rest by zero.
///
/// ```
/// ReLU(x) = max(0, x)
/// ```
///
/// - **Why this form is exact:** it only compares and selects; no rounding ever happens.
///   NaN propagates (`ReLU(NaN) = NaN`), `ReLU(−∞) = 0`, positive subnormals pass through
///   unchanged, and `ReLU(−0) = 0`.
/// - **Derivative:** `ReLU′(x) = 1` for `x > 0`, `0` for `x < 0`; at `x = 0` we take `0`
///   (the PyTorch and JAX convention). NaN inputs give a NaN gradient.
/// - **Properties:** range `[0, ∞)`; `ReLU(0) = 0`; not zero-centred; neither odd nor even;
///   monotone; about half of a zero-mean input becomes exactly zero (sparsity).
/// - **Accuracy:** exact (0 ULP) for every float32 input.
///
/// ```swift
/// let relu = ReLU()
/// relu(Tensor([-2, -1, 0, 1, 2]))   // [0.0, 0.0, 0.0, 1.0, 2.0]
/// ```
public struct ReLU: ElementwiseActivation {
    /// Makes a ReLU; it has no parameters.
    ///
    /// ```swift
    /// let relu = ReLU()
    /// ```
    public init() {}

    /// `"ReLU"`.
    public var name: String { "ReLU" }

    /// `max(0, x)`, with NaN propagated.
    ///
    /// ```swift
    /// ReLU().value(at: -2)   // 0.0
    /// ```
    @inlinable
    public func value(at x: Float) -> Float {
        x > 0 || x.isNaN ? x : 0
    }

    /// `1` for `x > 0`, `0` for `x ≤ 0`, NaN for NaN.
    ///
    /// ```swift
    /// ReLU().derivative(at: 0)   // 0.0
    /// ```
    @inlinable
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x > 0 ? 1 : 0)
    }
}

/// `max(0, x)` elementwise: the free-function twin of ``ReLU``.
///
/// ```swift
/// relu(Tensor([-1, 3]))   // [0.0, 3.0]
/// ```
public func relu(_ x: Tensor) -> Tensor { ReLU()(x) }
