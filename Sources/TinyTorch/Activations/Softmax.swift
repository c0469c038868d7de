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
///   which loses low bits of large differences (35–63 ULP); we never round the argument: the
///   FMA build computes e^(xᵢ)·2⁻ʲ in float with an exact argument reduction (the power of two,
///   fixed by the maximum, cancels like e^(−m)), other builds form `xᵢ − m` in double precision
///   (exact there); each exponential is rounded once, summed unrounded, and scaled by 1/S.
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
///   same float inputs. The kernel (`Kernels/SoftmaxKernel.swift`) rounds each exponential once to
///   float and multiplies it by 1/S carried as a float pair, so it is within ½ + 1 + 2ε ULP by
///   construction, ε being the exponential's error before its rounding: 1.77 ULP in the FMA
///   build's float loop (ε = 0.125, measured over every float input), 1.65 in the double-precision
///   loop (ε = 0.074). Measured maximum 1.46 ULP on rows of 16 (`swift run -c release tito verify
///   softmax`, FMA build; 1.33 with the double loop); the tests pin 1.77 on lines of up to 10⁶
///   values (`SoftmaxLineTests`).
///
/// ```swift
/// let softmax = Softmax()
/// softmax(Tensor([1, 2, 3]))            // [0.09003057, 0.24472848, 0.66524094]
/// softmax(Tensor([1000, 1001, 1002]))   // the same, within the 2-ULP contract
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

    /// Softmax of every line along ``axis``, by the vectorized kernel in `Kernels/SoftmaxKernel.swift`.
    ///
    /// A 0-d tensor is one line of one value (as in PyTorch): axis `0` or `-1` gives `1`.
    ///
    /// - Precondition: `-rank <= axis < rank` (`-1...0` for a 0-d tensor); the message names both.
    ///
    /// ```swift
    /// Softmax()(Tensor([[0, 0], [0, .infinity]]))   // [[0.5, 0.5], [0.0, 1.0]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        let (shape, axis) = lines(of: x, function: "Softmax")
        return Kernels.softmax(x, shape: shape, axis: axis)
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
        let (shape, axis) = lines(of: x, function: "Softmax.backward")
        return Kernels.softmaxBackward(x, gradOutput, shape: shape, axis: axis)
    }

    /// The softmax of `x` written into `output`'s storage.
    ///
    /// - Precondition: `output.shape == x.shape`; the axis is in range.
    ///
    /// ```swift
    /// var y = Tensor.zeros(shape: [2])
    /// Softmax().forward(Tensor([0, 0]), into: &y)   // y = [0.5, 0.5]
    /// ```
    public func forward(_ x: Tensor, into output: inout Tensor) {
        checkOutputShape(x, output, "forward(_:into:)")
        let (shape, axis) = lines(of: x, function: "Softmax")
        Kernels.softmax(x, shape: shape, axis: axis, into: &output)
    }

    /// Every line of `x` replaced by its softmax, in `x`'s own storage.
    ///
    /// ```swift
    /// var x = Tensor([0, 0])
    /// Softmax().apply(inPlace: &x)   // x = [0.5, 0.5]
    /// ```
    public func apply(inPlace x: inout Tensor) {
        let (shape, axis) = lines(of: x, function: "Softmax")
        Kernels.softmax(inPlace: &x, shape: shape, axis: axis)
    }

    /// ``backward(_:gradOutput:)`` written into `gradInput`'s storage.
    ///
    /// - Precondition: the three tensors have one shape; the axis is in range.
    ///
    /// ```swift
    /// var dx = Tensor.zeros(shape: [2])
    /// Softmax().backward(Tensor([0, 0]), gradOutput: Tensor([1, 0]), into: &dx)   // dx = [0.25, -0.25]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor, into gradInput: inout Tensor) {
        checkGradientShape(x, gradOutput)
        checkOutputShape(x, gradInput, "backward(_:gradOutput:into:)")
        let (shape, axis) = lines(of: x, function: "Softmax.backward")
        Kernels.softmaxBackward(x, gradOutput, shape: shape, axis: axis, into: &gradInput)
    }

    /// The shape the kernels see and the axis of its lines: a 0-d tensor is one line of one value.
    private func lines(of x: Tensor, function: String) -> (shape: [Int], axis: Int) {
        guard x.rank == 0 else { return (x.shape, x.normalizedAxis(axis, function: function)) }
        precondition(axis == 0 || axis == -1,
                     "\(function): axis \(axis) is out of range for a tensor of rank 0; valid axes are -1...0")
        return ([1], 0)
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
