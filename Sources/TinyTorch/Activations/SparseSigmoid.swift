/// The sparse sigmoid: a sigmoid-shaped ramp that is exactly 0 below −1 and exactly 1 above 1
/// (JAX's `sparse_sigmoid`, the derivative of ``SparsePlus``).
///
/// ```
/// SparseSigmoid(x) = 0             for x ≤ −1
///                  = (x + 1)/2     for −1 < x < 1
///                  = 1             for x ≥ 1
/// ```
///
/// - **Why this form is exact:** `x + 1` is one correctly rounded float addition (exact near −1,
///   by Sterbenz) and halving is exact, so the result is the correctly rounded `(x + 1)/2`.
/// - **Derivative:** `1/2` for `−1 < x < 1`, `0` elsewhere.
/// - **Properties:** range `[0, 1]`; `SparseSigmoid(0) = 0.5` exactly; point-symmetric about
///   (0, ½); monotone; `SparseSigmoid(±∞)` = 1 and 0; NaN propagates.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP) for every float32 input.
///
/// ```swift
/// let sparseSigmoid = SparseSigmoid()
/// sparseSigmoid(Tensor([-2, 0, 0.5, 2]))   // [0.0, 0.5, 0.75, 1.0]
/// ```
public struct SparseSigmoid: ElementwiseActivation {
    /// Makes a sparse sigmoid; it has no parameters.
    ///
    /// ```swift
    /// let sparseSigmoid = SparseSigmoid()
    /// ```
    public init() {}

    /// `"SparseSigmoid"`.
    public var name: String { "SparseSigmoid" }

    /// `0`, `(x + 1)/2` or `1`; NaN stays NaN.
    ///
    /// ```swift
    /// SparseSigmoid().value(at: 0)   // 0.5
    /// ```
    public func value(at x: Float) -> Float {
        if x <= -1 { return 0 }
        if x >= 1 { return 1 }
        return (x + 1) / 2
    }

    /// `1/2` for `−1 < x < 1`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// SparseSigmoid().derivative(at: 0)   // 0.5
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x > -1 && x < 1 ? 0.5 : 0)
    }
}

/// `0`, `(x + 1)/2` or `1` elementwise: the free-function twin of ``SparseSigmoid``.
///
/// ```swift
/// sparseSigmoid(Tensor([0]))   // [0.5]
/// ```
public func sparseSigmoid(_ x: Tensor) -> Tensor { SparseSigmoid()(x) }
