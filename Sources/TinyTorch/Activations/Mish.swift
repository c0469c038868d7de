import Foundation

/// Mish: the input gated by the tanh of its softplus — a smooth, non-monotone rectifier
/// (YOLOv4's activation).
///
/// ```
/// Mish(x) = x·tanh(softplus(x)) = x·tanh(log(1 + eˣ))
/// ```
///
/// - **Why this form is stable:** composing `tanh`, `log` and `exp` overflows `eˣ` for
///   x > 88 in float, and at `x = −∞` gives `−∞·0 = NaN`. Since `e^(softplus x) = 1 + eˣ`,
///   the gate has a closed form with only positive terms:
///   `tanh(softplus x) = n/(n + 2)` with `n = eˣ·(eˣ + 2)`. It neither cancels nor overflows
///   for x ≤ 20; above that the gate is 1 to double precision and `Mish(x) = x`.
///   In double precision, rounded once; where the gate underflows to 0 (x < −745, far below
///   any float result) we return −0, so `Mish(−∞) = −0`, not NaN.
/// - **Derivative:** `Mish′(x) = g + x·σ(x)·(1 − g²)` with `g = n/(n + 2)`, and
///   `1 − g² = 4(n + 1)/(n + 2)²` (the subtraction would cancel where g → 1).
/// - **Properties:** range `≈ [−0.30884, ∞)` (minimum at x ≈ −1.1924); `Mish(0) = 0`;
///   not monotone; neither odd nor even; `Mish(+∞) = +∞`, `Mish(−∞) = −0`, NaN propagates.
/// - **Accuracy:** within 1 ULP of the true value for every float32 input.
///   Measured: `swift run tito verify mish`.
///
/// ```swift
/// let mish = Mish()
/// mish(Tensor([-1, 0, 1]))   // [-0.30340147, 0.0, 0.8650984]
/// ```
public struct Mish: ElementwiseActivation {
    /// Makes a Mish; it has no parameters.
    ///
    /// ```swift
    /// let mish = Mish()
    /// ```
    public init() {}

    /// `"Mish"`.
    public var name: String { "Mish" }

    /// Above this input the gate `tanh(softplus x)` is 1 to double precision.
    static let linearFrom = 20.0

    /// `x·n/(n + 2)` with `n = eˣ(eˣ + 2)`, in double precision; `x` above 20.
    ///
    /// ```swift
    /// Mish().value(at: -.infinity)   // -0.0
    /// ```
    public func value(at x: Float) -> Float {
        let x = Double(x)
        if x > Mish.linearFrom { return Float(x) }
        let n = Mish.n(x)
        return n == 0 ? -0.0 : Float(x * n / (n + 2))
    }

    /// `g + x·σ(x)·4(n + 1)/(n + 2)²`; `1` above 20 and `0` at −∞.
    ///
    /// ```swift
    /// Mish().derivative(at: 0)   // 0.6
    /// ```
    public func derivative(at x: Float) -> Float {
        let x = Double(x)
        if x > Mish.linearFrom { return 1 }
        let n = Mish.n(x)
        if n == 0 { return 0 }
        let gate = n / (n + 2)
        return Float(gate + x * Sigmoid.logistic(x) * 4 * (n + 1) / ((n + 2) * (n + 2)))
    }

    /// `n = eˣ·(eˣ + 2) = (1 + eˣ)² − 1`, so that `tanh(softplus x) = n/(n + 2)`.
    private static func n(_ x: Double) -> Double {
        let e = exp(x)
        return e * (e + 2)
    }
}

/// `x·tanh(softplus(x))` elementwise: the free-function twin of ``Mish``.
///
/// ```swift
/// mish(Tensor([0]))   // [0.0]
/// ```
public func mish(_ x: Tensor) -> Tensor { Mish()(x) }
