import Foundation

/// The scaled exponential linear unit: an ELU scaled so that, with the right initialisation,
/// activations keep mean 0 and variance 1 through many layers (self-normalising networks).
///
/// ```
/// SELU(x) = λ·x                for x > 0
///         = λ·α·(eˣ − 1)       for x ≤ 0
/// α = 1.6732632423543772848170429916717
/// λ = 1.0507009873554804934193349852946
/// ```
///
/// - **Why this form is stable:** the constants are the exact ones from Klambauer et al.
///   (MLX truncates them to 1.67326 and 1.0507: relative errors of 1.9·10⁻⁶ and 9.4·10⁻⁷,
///   that is 8 to 48 float ULP); we hold them in double precision. The negative branch uses `expm1`,
///   as ``ELU`` does, so tiny negative inputs keep their relative accuracy. One rounding to float.
/// - **Derivative:** `λ` for `x > 0`, `λ·α·eˣ` for `x ≤ 0`.
/// - **Properties:** range `(−λα, ∞) ≈ (−1.7581, ∞)`; `SELU(0) = 0`; monotone;
///   `SELU(−∞) = −λα`, `SELU(+∞) = +∞`, and inputs above about 3.2e38 overflow to `+∞`
///   exactly where the true value exceeds the largest float. NaN propagates.
/// - **Accuracy:** within 1 ULP of the true value for every float32 input.
///   Measured: `swift run tito verify selu`.
///
/// ```swift
/// let selu = SELU()
/// selu(Tensor([-1, 0, 1]))   // [-1.1113307, 0.0, 1.050701]
/// ```
public struct SELU: ElementwiseActivation {
    /// α = 1.6732632423543772848170429916717, to double precision.
    public static let alpha = 1.673_263_242_354_377_284_817_042_991_671_7
    /// λ = 1.0507009873554804934193349852946, to double precision.
    public static let scale = 1.050_700_987_355_480_493_419_334_985_294_6

    /// Makes a SELU; its constants are fixed.
    ///
    /// ```swift
    /// let selu = SELU()
    /// ```
    public init() {}

    /// `"SELU"`.
    public var name: String { "SELU" }

    /// `λ·x` for `x > 0`, else `λ·α·expm1(x)`, in double precision.
    ///
    /// ```swift
    /// SELU().value(at: 1)   // 1.050701
    /// ```
    public func value(at x: Float) -> Float {
        let x = Double(x)
        return Float(SELU.scale * (x > 0 ? x : SELU.alpha * expm1(x)))
    }

    /// `λ` for `x > 0`, else `λ·α·eˣ`; NaN for NaN.
    ///
    /// ```swift
    /// SELU().derivative(at: 1)   // 1.050701
    /// ```
    public func derivative(at x: Float) -> Float {
        let x = Double(x)
        return Float(SELU.scale * (x > 0 ? 1 : SELU.alpha * exp(x)))
    }
}

/// `λ·ELU_α(x)` with SELU's exact constants, elementwise: the free-function twin of ``SELU``.
///
/// ```swift
/// selu(Tensor([0]))   // [0.0]
/// ```
public func selu(_ x: Tensor) -> Tensor { SELU()(x) }
