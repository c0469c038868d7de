/// The softmin: probabilities that favour the smallest values of each line, `softmax(−x)`.
///
/// ```
/// softmin(x)ᵢ = e^(−xᵢ) / Σⱼ e^(−xⱼ) = softmax(−x)ᵢ
/// ```
///
/// - **Why this form is stable:** negation is exact, so this is ``Softmax`` of `−x`, with all of
///   its care: shifted by the maximum of `−x` (the minimum of `x`), so nothing overflows,
///   and formed in double precision.
/// - **Derivative (vector–Jacobian product):** the chain rule through `u = −x`:
///   `∂L/∂xᵢ = −yᵢ·(gᵢ − Σⱼ gⱼyⱼ)` with `y = softmin(x)`.
/// - **Properties:** outputs in [0, 1], each line sums to 1; invariant to adding a constant;
///   the smallest input gets the largest probability. Special lines mirror ``Softmax``'s
///   (`+∞` entries give 0, a line of all `+∞` gives zeros, NaN makes the line NaN).
/// - **Accuracy:** as ``Softmax``: within 2 ULP of the exact softmin of the same inputs.
///   Measured by the tests (`Verifier.verifyLines(Softmin())`).
///
/// ```swift
/// let softmin = Softmin()
/// softmin(Tensor([1, 2, 3]))   // [0.66524094, 0.24472848, 0.09003057]
/// ```
public struct Softmin: Activation {
    /// The axis whose lines are normalised; negative values count from the end.
    public let axis: Int

    /// Makes a softmin over `axis` (the last by default).
    ///
    /// ```swift
    /// let softmin = Softmin(axis: 0)
    /// ```
    public init(axis: Int = -1) {
        self.axis = axis
    }

    /// `"Softmin"`.
    public var name: String { "Softmin" }

    /// `softmax(−x)` along ``axis``.
    ///
    /// - Precondition: `-rank <= axis < rank`; the message names both.
    ///
    /// ```swift
    /// Softmin()(Tensor([0, 0]))   // [0.5, 0.5]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        Softmax(axis: axis).forward(-x)
    }

    /// `−(Softmax backward at −x)`: the chain rule through the negation.
    ///
    /// - Precondition: `gradOutput.shape == x.shape`; the axis is in range.
    ///
    /// ```swift
    /// Softmin().backward(Tensor([0, 0]), gradOutput: Tensor([1, 0]))   // [-0.25, 0.25]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        checkGradientShape(x, gradOutput)
        return -Softmax(axis: axis).backward(-x, gradOutput: gradOutput)
    }
}

/// Softmin along `axis` (the last by default): the free-function twin of ``Softmin``.
///
/// ```swift
/// softmin(Tensor([[1, 1]]))   // [[0.5, 0.5]]
/// ```
public func softmin(_ x: Tensor, axis: Int = -1) -> Tensor { Softmin(axis: axis)(x) }
