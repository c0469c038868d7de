/// The leaky rectified linear unit: like ReLU, but negative inputs keep a small slope,
/// so their gradient never dies.
///
/// ```
/// LeakyReLU(x) = x        for x > 0
///              = a·x      for x ≤ 0        (a = negativeSlope, 0.01 by default)
/// ```
///
/// - **Why this form is exact:** the positive side only selects; the negative side is one
///   float product, which IEEE arithmetic rounds correctly (the exact product of two floats
///   fits in a double, so nothing is lost before that single rounding). With `a = 0` the
///   product `0·(−∞)` would be NaN; we return the limit, 0, as ReLU does.
/// - **Derivative:** `1` for `x > 0`, `a` for `x ≤ 0` (at 0 we take `a`, as PyTorch).
/// - **Properties:** range `(−∞, ∞)` for `a > 0`; `LeakyReLU(0) = 0`; monotone for `a ≥ 0`;
///   `LeakyReLU(−∞) = −∞·a`, `LeakyReLU(+∞) = +∞`, NaN propagates, subnormals are scaled
///   by `a` and rounded once.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP) for every float32 input; exact on the positive side.
///   Measured: `swift run tito verify leaky_relu`.
///
/// ```swift
/// let leaky = LeakyReLU()
/// leaky(Tensor([-100, 0, 2]))   // [-1.0, 0.0, 2.0]
/// ```
public struct LeakyReLU: ElementwiseActivation {
    /// The slope `a` applied to inputs `x ≤ 0`.
    public let negativeSlope: Float

    /// Makes a leaky ReLU with the given slope for non-positive inputs.
    ///
    /// - Precondition: `negativeSlope` is finite; the message names its value.
    ///
    /// ```swift
    /// let leaky = LeakyReLU(negativeSlope: 0.2)   // the GAN discriminator's choice
    /// ```
    public init(negativeSlope: Float = 0.01) {
        precondition(negativeSlope.isFinite, "LeakyReLU: negativeSlope must be finite, got \(negativeSlope)")
        self.negativeSlope = negativeSlope
    }

    /// `"LeakyReLU"`.
    public var name: String { "LeakyReLU" }

    /// `x` for `x > 0`, else `a·x`.
    ///
    /// ```swift
    /// LeakyReLU().value(at: -3)   // -0.03
    /// ```
    public func value(at x: Float) -> Float {
        LeakyReLU.rectify(x, slope: negativeSlope)
    }

    /// `1` for `x > 0`, else `a`; NaN for NaN.
    ///
    /// ```swift
    /// LeakyReLU().derivative(at: -3)   // 0.01
    /// ```
    public func derivative(at x: Float) -> Float {
        LeakyReLU.slope(at: x, negativeSlope: negativeSlope)
    }

    /// `x` for `x > 0`, else `slope·x` (0 for `slope = 0` and `x = −∞`): the rule that
    /// ``PReLU`` and ``RReLU`` share, with their slope per element.
    static func rectify(_ x: Float, slope: Float) -> Float {
        if x > 0 { return x }
        if slope == 0 && x.isInfinite { return 0 }
        return slope * x
    }

    /// The derivative of ``rectify(_:slope:)``: `1` for `x > 0`, `slope` for `x ≤ 0`, NaN for NaN.
    static func slope(at x: Float, negativeSlope: Float) -> Float {
        x.isNaN ? .nan : (x > 0 ? 1 : negativeSlope)
    }
}

/// `x` for `x > 0`, else `negativeSlope·x`, elementwise: the free-function twin of ``LeakyReLU``.
///
/// ```swift
/// leakyReLU(Tensor([-1, 1]), negativeSlope: 0.1)   // [-0.1, 1.0]
/// ```
public func leakyReLU(_ x: Tensor, negativeSlope: Float = 0.01) -> Tensor {
    LeakyReLU(negativeSlope: negativeSlope)(x)
}
