import Foundation

/// The gated linear unit: splits the input in two halves along an axis and lets the second
/// half, through a sigmoid, gate the first (language models, WaveNet-style convolutions).
///
/// ```
/// GLU(x) = a ⊗ σ(b),   (a, b) = the first and second halves of x along the axis
/// ```
///
/// Unlike the other activations, GLU **halves** the axis: an input of shape `[…, 2n, …]`
/// gives `[…, n, …]`.
///
/// - **Why this form is stable:** `σ(b)` comes from ``Sigmoid/logistic(_:)`` (no overflow, both
///   tails kept), and the product is formed in double precision and rounded once.
///   `a = ±∞` with `σ(b) = 0` gives NaN, as IEEE's `∞·0` (the two inputs are independent,
///   so there is no limit to return).
/// - **Derivatives:** `∂y/∂a = σ(b)`, `∂y/∂b = a·σ(b)·(1 − σ(b))`; the backward pass returns
///   both halves joined along the axis, in the input's shape.
/// - **Properties:** `GLU(a, b = 0) = a/2`; for `b → +∞` it passes `a`, for `b → −∞` it blocks it.
/// - **Accuracy:** within 1 ULP of the true `a·σ(b)` for every pair of float32 inputs.
///   Measured by the tests (`Verifier.verifyLines(GLU())`).
///
/// ```swift
/// let glu = GLU()
/// glu(Tensor([4, 2, 0, 1000]))   // [2.0, 2.0]  (a = [4, 2], b = [0, 1000])
/// ```
public struct GLU: Activation {
    /// The axis that is split in half; negative values count from the end.
    public let axis: Int

    /// Makes a GLU that splits `axis` (the last by default).
    ///
    /// ```swift
    /// let glu = GLU(axis: 1)   // (N, 2C, L) → (N, C, L)
    /// ```
    public init(axis: Int = -1) {
        self.axis = axis
    }

    /// `"GLU"`.
    public var name: String { "GLU" }

    /// `a ⊗ σ(b)` for the two halves of ``axis``: the axis' length is halved.
    ///
    /// - Precondition: the axis is in range and its length is even; the message names the axis,
    ///   its length and the shape.
    ///
    /// ```swift
    /// GLU()(Tensor([[1, 0]]))   // [[0.5]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        let (a, b) = halves(of: x)
        return Kernels.zipMap(a, b) { a, b in Float(Double(a) * Sigmoid.logistic(Double(b))) }
    }

    /// `[g·σ(b), g·a·σ′(b)]` joined along ``axis``: the gradient in the shape of `x`.
    ///
    /// - Precondition: as ``forward(_:)``, and `gradOutput` has the output's shape (the axis halved).
    ///
    /// ```swift
    /// GLU().backward(Tensor([2, 0]), gradOutput: Tensor([1]))   // [0.5, 0.5]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        let (a, b) = halves(of: x)
        precondition(gradOutput.shape == a.shape,
                     "GLU.backward: gradOutput has shape \(gradOutput.shape) but the output of an input of shape \(x.shape) has shape \(a.shape)")
        let gradA = gradOutput * Sigmoid().forward(b)
        let gradB = gradOutput * Kernels.zipMap(a, b) { a, b in a * Sigmoid().derivative(at: b) }
        return GLU.joined(gradA, gradB, alongAxis: x.normalizedAxis(axis, function: "GLU.backward"))
    }

    /// The first and second halves of `x` along ``axis``.
    private func halves(of x: Tensor) -> (Tensor, Tensor) {
        let axis = x.normalizedAxis(axis, function: "GLU")
        let (outer, n, inner) = x.split(around: axis)
        precondition(n % 2 == 0,
                     "GLU: axis \(axis) of shape \(x.shape) has odd length \(n); GLU splits it into two equal halves")
        var shape = x.shape
        shape[axis] = n / 2
        func half(startingAt first: Int) -> Tensor {
            var data = [Float]()
            data.reserveCapacity(outer * n / 2 * inner)
            for o in 0..<outer {
                let start = (o * n + first) * inner
                data += x.data[start..<start + n / 2 * inner]
            }
            return Tensor(uncheckedShape: shape, data: data)
        }
        return (half(startingAt: 0), half(startingAt: n / 2))
    }

    /// `first` and `second` (of one shape) put end to end along `axis`: the inverse of ``halves(of:)``.
    private static func joined(_ first: Tensor, _ second: Tensor, alongAxis axis: Int) -> Tensor {
        let (outer, n, inner) = first.split(around: axis)
        var shape = first.shape
        shape[axis] = 2 * n
        var data = [Float]()
        data.reserveCapacity(2 * first.count)
        for o in 0..<outer {
            data += first.data[o * n * inner..<(o + 1) * n * inner]
            data += second.data[o * n * inner..<(o + 1) * n * inner]
        }
        return Tensor(uncheckedShape: shape, data: data)
    }
}

/// `a ⊗ σ(b)` for the two halves of `axis`: the free-function twin of ``GLU``.
///
/// ```swift
/// glu(Tensor([6, 0]))   // [3.0]
/// ```
public func glu(_ x: Tensor, axis: Int = -1) -> Tensor { GLU(axis: axis)(x) }
