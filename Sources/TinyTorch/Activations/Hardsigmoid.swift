import Foundation

/// The hard sigmoid: a piecewise-linear stand-in for ``Sigmoid`` that needs no exponential
/// (MobileNetV3's gate).
///
/// ```
/// Hardsigmoid(x) = 0             for x ≤ −3
///                = (x + 3)/6     for −3 < x < 3
///                = 1             for x ≥ 3
/// ```
///
/// - **Why this form is accurate:** `x/6 + ½` rounds `x/6` and then cancels against ½ near
///   `x = −3`; `(x + 3)/6` forms the sum exactly there (Sterbenz) and rounds once more in the
///   division. Both steps run in double precision, so the float result is correctly rounded
///   (a quotient by 6 never lies close to a float midpoint).
/// - **Derivative:** `1/6` for `−3 < x < 3`, `0` elsewhere.
/// - **Properties:** range `[0, 1]`; `Hardsigmoid(0) = 0.5` exactly; point-symmetric about
///   (0, ½); monotone; `Hardsigmoid(±∞)` = 1 and 0; NaN propagates.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP) for every float32 input.
///   Measured: `swift run tito verify hardsigmoid`.
///
/// ```swift
/// let hardsigmoid = Hardsigmoid()
/// hardsigmoid(Tensor([-4, 0, 1.5, 4]))   // [0.0, 0.5, 0.75, 1.0]
/// ```
public struct Hardsigmoid: ElementwiseActivation {
    /// Makes a hard sigmoid; it has no parameters.
    ///
    /// ```swift
    /// let hardsigmoid = Hardsigmoid()
    /// ```
    public init() {}

    /// `"Hardsigmoid"`.
    public var name: String { "Hardsigmoid" }

    /// `(x + 3)/6` clipped to `[0, 1]`.
    ///
    /// ```swift
    /// Hardsigmoid().value(at: 0)   // 0.5
    /// ```
    public func value(at x: Float) -> Float {
        Float(Hardsigmoid.gate(Double(x)))
    }

    /// `1/6` for `−3 < x < 3`, else `0`; NaN for NaN.
    ///
    /// ```swift
    /// Hardsigmoid().derivative(at: 0)   // 0.16666667
    /// ```
    public func derivative(at x: Float) -> Float {
        x.isNaN ? .nan : (x > -3 && x < 3 ? 1.0 / 6 : 0)
    }

    /// `(x + 3)/6` clipped to `[0, 1]` in double precision; ``Hardswish`` multiplies by it.
    static func gate(_ x: Double) -> Double {
        if x <= -3 { return 0 }
        if x >= 3 { return 1 }
        return (x + 3) / 6   // NaN stays NaN
    }
}

/// `(x + 3)/6` clipped to `[0, 1]` elementwise: the free-function twin of ``Hardsigmoid``.
///
/// ```swift
/// hardsigmoid(Tensor([0]))   // [0.5]
/// ```
public func hardsigmoid(_ x: Tensor) -> Tensor { Hardsigmoid()(x) }
