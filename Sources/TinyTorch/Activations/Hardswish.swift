/// The hard swish: the input gated by ``Hardsigmoid``, a cheap stand-in for `SiLU`
/// (MobileNetV3's activation).
///
/// ```
/// Hardswish(x) = 0              for x ≤ −3
///              = x·(x + 3)/6    for −3 < x < 3
///              = x              for x ≥ 3
/// ```
///
/// - **Why this form is accurate:** `x + 3` is exact near −3 (where it is small), and the
///   product and quotient run in double precision with three roundings of 2⁻⁵³ each, far
///   below half a float ULP; the result is rounded to float once.
/// - **Derivative:** `0` for `x < −3`, `(2x + 3)/6` for `−3 ≤ x ≤ 3`, `1` for `x > 3`
///   (PyTorch's choice at the two kinks).
/// - **Properties:** range `[−3/8, ∞)` (minimum −0.375 at x = −1.5); `Hardswish(0) = 0`;
///   not monotone; `Hardswish(−∞) = 0`, `Hardswish(+∞) = +∞`, NaN propagates.
/// - **Accuracy:** within 1 ULP of the true value for every float32 input.
///   Measured: `swift run tito verify hardswish`.
///
/// ```swift
/// let hardswish = Hardswish()
/// hardswish(Tensor([-4, -1.5, 0, 4]))   // [0.0, -0.375, 0.0, 4.0]
/// ```
public struct Hardswish: ElementwiseActivation {
    /// Makes a hard swish; it has no parameters.
    ///
    /// ```swift
    /// let hardswish = Hardswish()
    /// ```
    public init() {}

    /// `"Hardswish"`.
    public var name: String { "Hardswish" }

    /// `x · Hardsigmoid(x)`, in double precision, rounded once.
    ///
    /// ```swift
    /// Hardswish().value(at: 1)   // 0.6666667
    /// ```
    public func value(at x: Float) -> Float {
        if x >= 3 { return x }   // exactly x, and +∞ stays +∞
        let gate = Hardsigmoid.gate(Double(x))
        return gate == 0 ? 0 : Float(Double(x) * gate)   // 0, not −∞·0 = NaN, at −∞
    }

    /// `0` below −3, `(2x + 3)/6` on `[−3, 3]`, `1` above 3; NaN for NaN.
    ///
    /// ```swift
    /// Hardswish().derivative(at: 0)   // 0.5
    /// ```
    public func derivative(at x: Float) -> Float {
        if x.isNaN { return .nan }
        if x < -3 { return 0 }
        if x > 3 { return 1 }
        return Float((2 * Double(x) + 3) / 6)
    }
}

/// `x·(x + 3)/6` clipped as ``Hardswish`` elementwise: its free-function twin.
///
/// ```swift
/// hardswish(Tensor([-1.5]))   // [-0.375]
/// ```
public func hardswish(_ x: Tensor) -> Tensor { Hardswish()(x) }
