// The two shrinkage functions: they zero the band [−λ, λ] around 0 (sparse codes, wavelet
// denoising) and differ in what they do outside it.

/// The hard shrinkage: keeps inputs outside `[−λ, λ]` unchanged and zeroes the rest.
///
/// ```
/// Hardshrink(x) = x    for |x| > λ
///               = 0    otherwise
/// ```
///
/// - **Why this form is exact:** a comparison and a select. NaN is tested first: `|NaN| > λ`
///   is false, so a plain comparison would turn NaN into 0.
/// - **Derivative:** `1` for `|x| > λ`, `0` otherwise.
/// - **Properties:** range `{0} ∪ (−∞, −λ) ∪ (λ, ∞)`; `Hardshrink(0) = 0`; odd; ±∞ pass through.
/// - **Accuracy:** exact (0 ULP) for every float32 input.
///
/// ```swift
/// let hardshrink = Hardshrink()
/// hardshrink(Tensor([-1, 0.3, 2]))   // [-1.0, 0.0, 2.0]
/// ```
public struct Hardshrink: ElementwiseActivation {
    /// The half-width λ of the band that is set to zero.
    public let lambda: Float

    /// Makes a hard shrinkage with band `[−lambda, lambda]`.
    ///
    /// - Precondition: `lambda >= 0` (so not NaN); the message names its value.
    ///
    /// ```swift
    /// let shrink = Hardshrink(lambda: 0.1)
    /// ```
    public init(lambda: Float = 0.5) {
        precondition(lambda >= 0, "Hardshrink: lambda must be >= 0, got \(lambda)")
        self.lambda = lambda
    }

    /// `"Hardshrink"`.
    public var name: String { "Hardshrink" }

    /// `x` for `|x| > λ`, else `0`; NaN stays NaN.
    ///
    /// ```swift
    /// Hardshrink().value(at: 0.5)   // 0.0
    /// ```
    public func value(at x: Float) -> Float {
        x.isNaN || x.magnitude > lambda ? x : 0
    }

    /// `1` for `|x| > λ`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// Hardshrink().derivative(at: 0.6)   // 1.0
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x.magnitude > lambda ? 1 : 0)
    }
}

/// The soft shrinkage: moves every input toward 0 by λ, and zeroes the band `[−λ, λ]`
/// (the proximal operator of the L1 norm).
///
/// ```
/// Softshrink(x) = x − λ    for x > λ
///               = x + λ    for x < −λ
///               = 0        otherwise
/// ```
///
/// - **Why this form is accurate:** one float subtraction, which IEEE arithmetic rounds
///   correctly; NaN is tested first, as in ``Hardshrink``. ±∞ stay ±∞.
/// - **Derivative:** `1` for `|x| > λ`, `0` otherwise.
/// - **Properties:** range `(−∞, ∞)`; `Softshrink(0) = 0`; odd; continuous; monotone.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP) for every float32 input.
///
/// ```swift
/// let softshrink = Softshrink()
/// softshrink(Tensor([-1, 0.3, 2]))   // [-0.5, 0.0, 1.5]
/// ```
public struct Softshrink: ElementwiseActivation {
    /// The amount λ every input moves toward zero.
    public let lambda: Float

    /// Makes a soft shrinkage by `lambda`.
    ///
    /// - Precondition: `lambda >= 0` and finite; the message names its value.
    ///
    /// ```swift
    /// let shrink = Softshrink(lambda: 0.1)
    /// ```
    public init(lambda: Float = 0.5) {
        precondition(lambda >= 0 && lambda.isFinite, "Softshrink: lambda must be finite and >= 0, got \(lambda)")
        self.lambda = lambda
    }

    /// `"Softshrink"`.
    public var name: String { "Softshrink" }

    /// `x ∓ λ` outside the band, else `0`; NaN stays NaN.
    ///
    /// ```swift
    /// Softshrink().value(at: -2)   // -1.5
    /// ```
    public func value(at x: Float) -> Float {
        if x > lambda { return x - lambda }
        if x < -lambda { return x + lambda }
        return x.isNaN ? x : 0
    }

    /// `1` for `|x| > λ`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// Softshrink().derivative(at: 0.2)   // 0.0
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x.magnitude > lambda ? 1 : 0)
    }
}

/// `x` where `|x| > lambda`, else `0`, elementwise: the free-function twin of ``Hardshrink``.
///
/// ```swift
/// hardshrink(Tensor([0.2, 0.7]))   // [0.0, 0.7]
/// ```
public func hardshrink(_ x: Tensor, lambda: Float = 0.5) -> Tensor { Hardshrink(lambda: lambda)(x) }

/// `x ∓ lambda` outside `[−lambda, lambda]`, else `0`, elementwise: the free-function twin of ``Softshrink``.
///
/// ```swift
/// softshrink(Tensor([0.25, 1]))   // [0.0, 0.5]
/// ```
public func softshrink(_ x: Tensor, lambda: Float = 0.5) -> Tensor { Softshrink(lambda: lambda)(x) }
