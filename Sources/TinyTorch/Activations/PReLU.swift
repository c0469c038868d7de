/// The parametric ReLU: a leaky ReLU whose negative slope is learned, one per channel
/// or one for the whole tensor.
///
/// ```
/// PReLU(x)[…, c, …] = x        for x > 0
///                   = w_c·x    for x ≤ 0        (w = weight, 0.25 initially)
/// ```
///
/// The channel axis is axis 1 (PyTorch's convention: `(N, C, …)`); a tensor of rank < 2 has
/// no channel axis, so it needs a single weight (`count: 1`), which then applies everywhere.
///
/// - **Why this form is exact:** the same rule as ``LeakyReLU`` with the slope read from
///   ``weight``: one correctly rounded product on the negative side.
/// - **Derivatives:** with respect to the input, `1` for `x > 0` and `w_c` for `x ≤ 0`;
///   with respect to the weight, `∂L/∂w_c = Σ gᵢ·xᵢ` over the elements of channel `c`
///   with `xᵢ ≤ 0` (see ``backwardWithWeightGradient(_:gradOutput:)``).
/// - **Properties:** range `(−∞, ∞)` for positive weights; `PReLU(0) = 0`; NaN propagates.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP), exact on the positive side.
///
/// ```swift
/// let prelu = PReLU()
/// prelu(Tensor([-4, 0, 2]))   // [-1.0, 0.0, 2.0]
/// ```
public struct PReLU: Activation {
    /// The learnable negative slopes: shape `[count]`.
    public var weight: Tensor

    /// Makes a PReLU with `count` slopes, each starting at `initialValue`.
    ///
    /// - Precondition: `count >= 1` and `initialValue` is finite; the message names the value.
    ///
    /// ```swift
    /// let perChannel = PReLU(count: 16)      // for inputs (N, 16, H, W)
    /// let shared = PReLU(initialValue: 0.1)
    /// ```
    public init(count: Int = 1, initialValue: Float = 0.25) {
        precondition(count >= 1, "PReLU: count must be at least 1, got \(count)")
        precondition(initialValue.isFinite, "PReLU: initialValue must be finite, got \(initialValue)")
        weight = Tensor(shape: [count], data: [Float](repeating: initialValue, count: count))
    }

    /// Makes a PReLU with the given slopes, e.g. ones learned before.
    ///
    /// - Precondition: `weight` is 1-d and not empty; the message names its shape.
    ///
    /// ```swift
    /// let prelu = PReLU(weight: Tensor([0.1, 0.2]))
    /// ```
    public init(weight: Tensor) {
        precondition(weight.rank == 1 && weight.count >= 1,
                     "PReLU: weight must be 1-d and not empty, got shape \(weight.shape)")
        self.weight = weight
    }

    /// `"PReLU"`.
    public var name: String { "PReLU" }

    /// `x` where `x > 0`, else `w_c·x` with `c` the element's channel.
    ///
    /// - Precondition: one weight, or as many weights as `x` has channels on axis 1.
    ///
    /// ```swift
    /// PReLU(weight: Tensor([0.5, 0.1]))(Tensor([[-2, -2]]))   // [[-1.0, -0.2]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        Kernels.zipMap(x, slopes(for: x)) { LeakyReLU.rectify($0, slope: $1) }
    }

    /// `gradOutput · PReLU′(x)`: the gradient for the input only. Use
    /// ``backwardWithWeightGradient(_:gradOutput:)`` to learn the weight too.
    ///
    /// ```swift
    /// PReLU().backward(Tensor([-1, 1]), gradOutput: Tensor([1, 1]))   // [0.25, 1.0]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        backwardWithWeightGradient(x, gradOutput: gradOutput).input
    }

    /// The two gradients of a PReLU: for its input and for its ``PReLU/weight``.
    public struct Gradients: Sendable {
        /// `∂L/∂x`, the shape of the input.
        public let input: Tensor
        /// `∂L/∂w`, the shape of ``PReLU/weight``.
        public let weight: Tensor
    }

    /// `∂L/∂x = g · PReLU′(x)` and `∂L/∂w_c = Σ gᵢ·xᵢ` over the elements of channel `c` with `xᵢ ≤ 0`
    /// (accumulated in double precision).
    ///
    /// - Precondition: `gradOutput.shape == x.shape`; the weight fits `x` as in ``forward(_:)``.
    ///
    /// ```swift
    /// let g = PReLU().backwardWithWeightGradient(Tensor([-2, 3]), gradOutput: Tensor([1, 1]))
    /// g.input    // [0.25, 1.0]
    /// g.weight   // [-2.0]
    /// ```
    public func backwardWithWeightGradient(_ x: Tensor, gradOutput: Tensor) -> Gradients {
        checkGradientShape(x, gradOutput)
        let slopes = slopes(for: x)
        let input = gradOutput * Kernels.zipMap(x, slopes) { LeakyReLU.slope(at: $0, negativeSlope: $1) }
        let contributions = Kernels.zipMap(x, gradOutput) { x, g in x > 0 ? 0 : x * g }
        let weightGradient: Tensor
        if weight.count == 1 {
            weightGradient = Tensor([contributions.sum()])
        } else {
            let (outer, channels, inner) = x.split(around: 1)
            weightGradient = contributions.reshaped(to: [outer, channels, inner])
                .sum(alongAxis: 2).sum(alongAxis: 0)
        }
        return Gradients(input: input, weight: weightGradient)
    }

    /// The slope of every element of `x`: the weight broadcast along the channel axis.
    private func slopes(for x: Tensor) -> Tensor {
        if weight.count == 1 { return Tensor.filled(with: weight.data[0], shape: x.shape) }
        precondition(x.rank >= 2,
                     "PReLU: \(weight.count) weights need a channel axis, but the input of shape \(x.shape) has rank \(x.rank) < 2")
        precondition(x.shape[1] == weight.count,
                     "PReLU: the input of shape \(x.shape) has \(x.shape[1]) channels on axis 1 but weight has \(weight.count) values")
        let perChannel = weight.reshaped(to: [weight.count] + [Int](repeating: 1, count: x.rank - 2))
        return Tensor.zeros(shape: x.shape) + perChannel
    }
}

/// `x` for `x > 0`, else `w_c·x` with the slopes `weight` along axis 1: the free-function twin of ``PReLU``.
///
/// ```swift
/// prelu(Tensor([-4, 4]), weight: Tensor([0.25]))   // [-1.0, 4.0]
/// ```
public func prelu(_ x: Tensor, weight: Tensor) -> Tensor {
    PReLU(weight: weight)(x)
}
