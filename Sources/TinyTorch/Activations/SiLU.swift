/// The sigmoid-weighted linear unit (SiLU, also called swish): the input gated by its own sigmoid.
///
/// ```
/// SiLU(x) = x·σ(x) = x / (1 + e^(−x))
/// ```
///
/// - **Why this form is stable:** it inherits the sigmoid's per-sign form
///   (`σ(x) = 1/(1 + e^(−x))` for x ≥ 0, `e^x/(1 + e^x)` for x < 0), so no exponential overflows
///   and the negative tail keeps its relative accuracy: SiLU(−100) ≈ −3.7835e-42, not 0.
///   At −∞ the product `x·σ(x)` would be `−∞·0 = NaN`; we return −0, the limit.
///   The arithmetic runs in double precision and is rounded once.
/// - **Derivative:** `SiLU′(x) = σ(x) + x·σ(x)(1 − σ(x)) = σ(x)·(1 + x(1 − σ(x)))`;
///   it is ½ at 0, exceeds 1 for x > 0 (up to 1.0998 at x ≈ 2.40) and is negative below x ≈ −1.28.
/// - **Properties:** range ≈ [−0.2785, ∞) (minimum at x ≈ −1.2785, where x = −1/(1 − σ(x)));
///   `SiLU(0) = 0`; not monotone; neither odd nor even; smooth everywhere (unlike ReLU), and
///   SiLU(x) → x as x → ∞, → 0 as x → −∞. Special values: SiLU(NaN) = NaN, SiLU(+∞) = +∞,
///   SiLU(−∞) = −0, SiLU(−0) = −0.
/// - **Accuracy:** ``Precision/accurate`` (the default) is within 1 ULP of the true value for
///   every float32 input: at most 0.84 ULP over all 2³² inputs (`tito verify silu --exhaustive`).
///   ``Precision/fast`` computes in float: within 5 ULP (measured 4.33) for results ≥ 1e-30.
///   Tensors go through the vectorized kernel in `Kernels/SiLUKernel.swift`; ``value(at:)`` is
///   the scalar definition.
///
/// ```swift
/// let silu = SiLU()
/// silu(Tensor([-1, 0, 1]))   // [-0.26894143, 0.0, 0.7310586]
/// ```
public struct SiLU: ElementwiseActivation {
    /// The accuracy tier of the tensor kernels.
    public let precision: Precision

    /// Makes a SiLU in the given tier (``Precision/accurate`` by default).
    ///
    /// ```swift
    /// let silu = SiLU()
    /// let quick = SiLU(precision: .fast)
    /// ```
    public init(precision: Precision = .accurate) {
        self.precision = precision
    }

    /// `"SiLU"`, or `"SiLU (fast)"` in the fast tier.
    public var name: String { precision == .fast ? "SiLU (fast)" : "SiLU" }

    /// x·σ(x) in double precision; −0 at −∞ (where σ is exactly 0, avoiding −∞·0 = NaN).
    ///
    /// ```swift
    /// SiLU().value(at: -100)   // -3.7835e-42
    /// ```
    public func value(at x: Float) -> Float {
        let s = Sigmoid.logistic(Double(x))
        return s == 0 ? -0.0 : Float(Double(x) * s)
    }

    /// SiLU′(x) = σ(x) + x·σ(x)(1 − σ(x)); 1 at +∞ and 0 at −∞.
    ///
    /// ```swift
    /// SiLU().derivative(at: 0)   // 0.5
    /// ```
    public func derivative(at x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let x = Double(x)
        let s = Sigmoid.logistic(x)
        return Float(s + x * s * (1 - s))
    }
}

/// x·σ(x) elementwise: the free-function twin of ``SiLU``.
///
/// ```swift
/// silu(Tensor([0]))                      // [0.0]
/// silu(Tensor([1]), precision: .fast)    // [0.7310586]
/// ```
public func silu(_ x: Tensor, precision: Precision = .accurate) -> Tensor { SiLU(precision: precision)(x) }
