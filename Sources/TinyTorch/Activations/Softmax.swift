import Foundation

/// Turns each line of values along an axis into probabilities that sum to 1.
///
/// ```
/// softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m),   m = maxⱼ xⱼ
/// ```
///
/// - **Why this form is stable:** `e^x` overflows float32 above 88.7, so the naïve quotient
///   gives ∞/∞ = NaN for `[1000, 1001, 1002]`. Subtracting the maximum changes nothing
///   mathematically (the factor e^(−m) cancels) but makes every exponent ≤ 0, so no term
///   overflows and the largest is exactly 1. Peers round `xᵢ − m` to float before `e^·`,
///   which loses low bits of large differences (35–63 ULP); we form the difference, the
///   exponentials and the sum in double precision (the difference of two floats is exact
///   there in every case that matters) and round each quotient once.
/// - **Derivative (vector–Jacobian product):** with `y = softmax(x)` and upstream gradient g,
///   `∂L/∂xᵢ = yᵢ·(gᵢ − Σⱼ gⱼyⱼ)`.
/// - **Properties:** outputs in [0, 1], each line sums to 1 (to rounding); invariant to adding
///   a constant to a line; `softmax` of equal values is uniform (1/n each).
/// - **Special lines (our decisions):**
///   - `−∞` entries in a line with a finite maximum give exactly 0 (masking works).
///   - A line that is entirely `−∞` (fully masked) gives **all zeros**, not NaN: there is
///     nothing to attend to, and zeros keep NaN out of the rest of the network.
///   - A line containing `+∞` shares the whole mass equally among its `+∞` entries (the limit).
///   - A line containing NaN gives NaN everywhere in that line.
///   - An empty axis gives an empty result of the same shape.
/// - **Accuracy:** each element within 2 ULP (relative) of the double-precision softmax of the
///   same float inputs; measured maximum 0.50 ULP (`swift run tito verify softmax`).
///
/// ```swift
/// let softmax = Softmax()
/// softmax(Tensor([1, 2, 3]))            // [0.09003057, 0.24472848, 0.66524094]
/// softmax(Tensor([1000, 1001, 1002]))   // the same
/// ```
public struct Softmax: Activation {
    /// The axis whose lines are normalised; negative values count from the end.
    public let axis: Int

    /// Makes a softmax over `axis` (the last axis by default).
    ///
    /// ```swift
    /// let overRows = Softmax(axis: -1)
    /// let overColumns = Softmax(axis: 0)
    /// ```
    public init(axis: Int = -1) {
        self.axis = axis
    }

    /// `"Softmax"`.
    public var name: String { "Softmax" }

    /// Softmax of every line along ``axis``.
    ///
    /// A 0-d tensor is one line of one value (as in PyTorch): axis `0` or `-1` gives `1`.
    ///
    /// - Precondition: `-rank <= axis < rank` (`-1...0` for a 0-d tensor); the message names both.
    ///
    /// ```swift
    /// Softmax()(Tensor([[0, 0], [0, .infinity]]))   // [[0.5, 0.5], [0.0, 1.0]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        if x.rank == 0 {
            precondition(axis == 0 || axis == -1,
                         "Softmax: axis \(axis) is out of range for a tensor of rank 0; valid axes are -1...0")
            return Tensor(Softmax.probabilities(x.data)[0])
        }
        return Kernels.mapLines(x, alongAxis: x.normalizedAxis(axis, function: "Softmax")) { line in
            Softmax.probabilities(line)
        }
    }

    /// `yᵢ·(gᵢ − Σⱼ gⱼyⱼ)` along ``axis``, with `y = softmax(x)`.
    ///
    /// - Precondition: `gradOutput.shape == x.shape`; the axis is in range.
    ///
    /// ```swift
    /// Softmax().backward(Tensor([0, 0]), gradOutput: Tensor([1, 0]))   // [0.25, -0.25]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        checkGradientShape(x, gradOutput)
        let y = forward(x)
        let lines = x.rank == 0 ? y.reshaped(to: [1]) : y
        let gradient = x.rank == 0 ? gradOutput.reshaped(to: [1]) : gradOutput
        let axis = lines.normalizedAxis(x.rank == 0 ? 0 : axis, function: "Softmax.backward")
        return Kernels.zipMapLines(lines, gradient, alongAxis: axis) { y, g in
            let dot = zip(y, g).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
            return zip(y, g).map { Float(Double($0) * (Double($1) - dot)) }
        }.reshaped(to: x.shape)
    }

    /// The softmax of one line, following the rules for special lines above.
    static func probabilities(_ line: [Float]) -> [Float] {
        guard !line.isEmpty else { return [] }
        if line.contains(where: \.isNaN) { return line.map { _ in .nan } }
        let m = line.max()!
        if m == -.infinity { return line.map { _ in 0 } }
        if m == .infinity {
            let share = 1 / Float(line.count { $0 == .infinity })
            return line.map { $0 == .infinity ? share : 0 }
        }
        let shift = Double(m)
        let exponentials = line.map { exp(Double($0) - shift) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { Float($0 / total) }
    }
}

/// Softmax along `axis` (the last by default): the free-function twin of ``Softmax``.
///
/// ```swift
/// softmax(Tensor([[1, 1]]))   // [[0.5, 0.5]]
/// ```
public func softmax(_ x: Tensor, axis: Int = -1) -> Tensor { Softmax(axis: axis)(x) }
