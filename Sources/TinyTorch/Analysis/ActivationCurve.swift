/// An activation sampled along x, with its derivative: what `tito plot` draws.
///
/// The sweep is laid out by the activation's ``ActivationKind/sweep(_:)``: an elementwise
/// activation is evaluated point by point and its derivative is `backward(x, gradOutput: 1)`;
/// GLU is evaluated on its diagonal `a = b = x`, where it is a curve too. An activation along
/// an axis (Softmax, Softmax2d) is evaluated on the sweep as one line, and its "derivative"
/// is the diagonal of the Jacobian, ∂yᵢ/∂xᵢ, from one backward pass per point.
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
    /// f′ at each point (∂yᵢ/∂xᵢ along an axis, d/dx of the diagonal for GLU), or `nil`
    /// without a backward pass.
    public let derivative: [Float]?

    /// Samples `subject` at `count` points from `from` to `to`; `nil` when its output does not
    /// have the shape its kind promises (a learner's implementation, say), so there is no curve.
    ///
    /// - Precondition: `from < to`, both finite, `count >= 2`.
    public init?(_ subject: ActivationUnderTest, from: Float, to: Float, count: Int) {
        precondition(from < to && from.isFinite && to.isFinite && count >= 2,
                     "ActivationCurve: need finite from < to and count >= 2, got from \(from) to \(to), count \(count)")
        self.init(subject, at: Tensor.linspace(from: from, to: to, count: count).data)
    }

    /// Samples `subject` at the given points (see ``init(_:from:to:count:)``). Along an axis the
    /// derivative takes one backward pass per point, so keep such sweeps to about a thousand points.
    /// The derivative is `nil` without a backward pass, or when its gradient has not the input's shape.
    public init?(_ subject: ActivationUnderTest, at points: [Float]) {
        let kind = subject.kind
        let input = kind.sweep(points)
        let output = subject.forward(input)
        guard output.shape == kind.outputShape(for: input.shape) else { return nil }
        x = points
        y = output.data
        guard let backward = subject.backward else {
            derivative = nil
            return
        }
        func slopes(_ gradOutput: Tensor) -> [Float]? {
            let gradient = backward(input, gradOutput)
            return gradient.shape == input.shape ? kind.slopes(fromSweepGradient: gradient) : nil
        }
        if kind.isPointwiseOnSweep {
            derivative = slopes(Tensor.ones(shape: output.shape))
        } else {   // ∂yᵢ/∂xᵢ: entry i of the slopes for the one-hot gradient eᵢ
            let diagonal = points.indices.compactMap { i in
                var e = Tensor.zeros(shape: output.shape)
                e.data[i] = 1
                return slopes(e)?[i]
            }
            derivative = diagonal.count == points.count ? diagonal : nil
        }
    }
}
