import Foundation

/// The logarithm of ``Softmax`` along an axis: log-probabilities, the input of the
/// negative log-likelihood loss.
///
/// ```
/// logSoftmax(x)ᵢ = xᵢ − logSumExp(x) = (xᵢ − m) − log1p(Σ_{j≠k} e^(xⱼ − m)),   m = xₖ = maxⱼ xⱼ
/// ```
///
/// - **Why this form is stable:** `log(softmax(x))` turns every probability that underflows
///   to 0 into `−∞`, although the log-probability is an ordinary number (−1000 for a logit
///   1000 below the maximum). Subtracting ``logSumExp(_:axis:keepingDimensions:)`` instead
///   never forms a probability; shifting by the maximum keeps every exponent ≤ 0, so
///   `[1000, 1001, 1002]` gives exactly what `[1, 2, 3]` gives. The two terms `xᵢ − m ≤ 0` and
///   `−log1p(…) ≤ 0` have the same sign, so their difference cannot cancel; both are formed
///   in double precision and rounded once.
/// - **Derivative (vector–Jacobian product):** with `p = softmax(x)` and upstream gradient g,
///   `∂L/∂xᵢ = gᵢ − pᵢ·Σⱼ gⱼ`.
/// - **Properties:** outputs ≤ 0; `Σ e^(yᵢ) = 1`; invariant to adding a constant to a line.
/// - **Special lines (the logarithm of ``Softmax``'s decisions):** `−∞` entries beside a finite
///   maximum give `−∞`; a line of all `−∞` gives all `−∞` (softmax gives zeros); a line with
///   `+∞` gives `−log k` on its k `+∞` entries and `−∞` elsewhere; NaN makes the line NaN;
///   an empty axis gives an empty result.
/// - **Accuracy:** within 1 ULP of the true value for every element.
///   Measured by the tests (`Verifier.verifyLines(LogSoftmax())`).
///
/// ```swift
/// let logSoftmax = LogSoftmax()
/// logSoftmax(Tensor([1, 2, 3]))            // [-2.407606, -1.407606, -0.40760598]
/// logSoftmax(Tensor([1000, 1001, 1002]))   // the same
/// ```
public struct LogSoftmax: Activation {
    /// The axis whose lines are normalised; negative values count from the end.
    public let axis: Int

    /// Makes a log-softmax over `axis` (the last by default).
    ///
    /// ```swift
    /// let logSoftmax = LogSoftmax(axis: 1)
    /// ```
    public init(axis: Int = -1) {
        self.axis = axis
    }

    /// `"LogSoftmax"`.
    public var name: String { "LogSoftmax" }

    /// The log-softmax of every line along ``axis``. A 0-d tensor is one line of one value
    /// (as in PyTorch), so its log-softmax is 0 (NaN for NaN, −∞ for −∞).
    ///
    /// - Precondition: `-rank <= axis < rank` (`-1...0` for a 0-d tensor); the message names both.
    ///
    /// ```swift
    /// LogSoftmax()(Tensor([0, 0]))   // [-0.6931472, -0.6931472]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        let lines = LogSoftmax.lines(of: x)
        return Kernels.mapLines(lines, alongAxis: lines.normalizedAxis(axis, function: "LogSoftmax")) { line in
            LogSoftmax.logProbabilities(line)
        }.reshaped(to: x.shape)
    }

    /// `gᵢ − pᵢ·Σⱼ gⱼ` along ``axis``, with `p = softmax(x)`.
    ///
    /// - Precondition: `gradOutput.shape == x.shape`; the axis is in range.
    ///
    /// ```swift
    /// LogSoftmax().backward(Tensor([0, 0]), gradOutput: Tensor([1, 0]))   // [0.5, -0.5]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        checkGradientShape(x, gradOutput)
        let lines = LogSoftmax.lines(of: x)
        let axis = lines.normalizedAxis(axis, function: "LogSoftmax.backward")
        return Kernels.zipMapLines(lines, LogSoftmax.lines(of: gradOutput), alongAxis: axis) { line, g in
            let p = Softmax.probabilities(line)
            let total = g.reduce(0.0) { $0 + Double($1) }
            return zip(g, p).map { g, p in Float(Double(g) - Double(p) * total) }
        }.reshaped(to: x.shape)
    }

    /// `x` itself, or a 0-d tensor as the one line `[x]`, whose valid axes are then `-1...0`.
    private static func lines(of x: Tensor) -> Tensor {
        x.rank == 0 ? x.reshaped(to: [1]) : x
    }

    /// The log-softmax of one line, following the rules for special lines above.
    static func logProbabilities(_ line: [Float]) -> [Float] {
        let parts = LogSumExpParts(line)
        if parts.max.isNaN { return line.map { _ in .nan } }
        if parts.max == -.infinity { return line.map { _ in -.infinity } }
        if parts.max == .infinity {
            let share = Float(-log(Double(line.count { $0 == .infinity })))
            return line.map { $0 == .infinity ? share : -.infinity }
        }
        return line.map { Float((Double($0) - parts.max) - parts.logSum) }
    }
}

/// The log-softmax along `axis` (the last by default): the free-function twin of ``LogSoftmax``.
///
/// ```swift
/// logSoftmax(Tensor([[0, 0]]))   // [[-0.6931472, -0.6931472]]
/// ```
public func logSoftmax(_ x: Tensor, axis: Int = -1) -> Tensor { LogSoftmax(axis: axis)(x) }
