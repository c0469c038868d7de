/// An activation sampled along x, with its derivative: what `tito plot` draws.
///
/// An elementwise activation is evaluated point by point, its derivative is
/// `backward(x, gradOutput: 1)`. An activation along an axis (Softmax) is
/// evaluated on the sweep as one 1-d vector, and its "derivative" is the diagonal
/// of the Jacobian, ∂yᵢ/∂xᵢ, from one backward pass per point.
///
/// ```swift
/// let curve = ActivationCurve(ActivationUnderTest(Sigmoid()), from: -5, to: 5, count: 201)!
/// curve.y[100]            // 0.5
/// curve.derivative?[100]  // 0.25
/// ```
public struct ActivationCurve: Sendable {
    /// The sample points, evenly spaced.
    public let x: [Float]
    /// f at each point.
    public let y: [Float]
    /// f′ at each point (∂yᵢ/∂xᵢ along an axis), or `nil` without a backward pass.
    public let derivative: [Float]?

    /// Samples `subject` at `count` points from `from` to `to`; `nil` for an activation that
    /// changes the length of its axis (its outputs do not line up with the inputs).
    ///
    /// - Precondition: `from < to`, both finite, `count >= 2`.
    public init?(_ subject: ActivationUnderTest, from: Float, to: Float, count: Int) {
        precondition(from < to && from.isFinite && to.isFinite && count >= 2,
                     "ActivationCurve: need finite from < to and count >= 2, got from \(from) to \(to), count \(count)")
        self.init(subject, at: Tensor.linspace(from: from, to: to, count: count).data)
    }

    /// Samples `subject` at the given points (see ``init(_:from:to:count:)``). Along an axis the
    /// derivative takes one backward pass per point, so keep such sweeps to about a thousand points.
    public init?(_ subject: ActivationUnderTest, at points: [Float]) {
        guard subject.kind != .reshapingLastAxis else { return nil }
        let x = Tensor(points)
        self.x = points
        y = subject.forward(x).data
        derivative = subject.backward.map { backward in
            subject.kind == .elementwise
                ? backward(x, Tensor.ones(shape: x.shape)).data
                : ActivationCurve.jacobianDiagonal(backward, at: x)
        }
    }

    /// ∂yᵢ/∂xᵢ: entry i of `backward(x, eᵢ)` for each one-hot eᵢ.
    static func jacobianDiagonal(_ backward: (Tensor, Tensor) -> Tensor, at x: Tensor) -> [Float] {
        (0..<x.count).map { i in
            var e = Tensor.zeros(shape: x.shape)
            e.data[i] = 1
            return backward(x, e).data[i]
        }
    }
}
