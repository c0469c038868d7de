/// The randomized leaky ReLU: in training every element gets its own negative slope,
/// drawn uniformly from `[lower, upper)`; in evaluation the slope is their mean.
///
/// ```
/// RReLU(x) = x        for x > 0
///          = a·x      for x ≤ 0,   a ~ U[lower, upper)   (training)
///                                  a = (lower + upper)/2  (evaluation)
/// ```
///
/// The random slopes come from a ``SeededGenerator``: the seed is part of the value
/// (``Mode/training(seed:)``), so ``forward(_:)`` and ``backward(_:gradOutput:)`` see the
/// same slopes, a run can be repeated bit for bit, and a training loop draws new slopes
/// by setting a new seed for each step.
///
/// - **Why this form is exact:** the rule of ``LeakyReLU`` with one slope per element: one
///   correctly rounded product on the negative side.
/// - **Derivative:** `1` for `x > 0`, the element's slope `a` for `x ≤ 0`.
/// - **Properties:** range `(−∞, ∞)`; `RReLU(0) = 0`; monotone; NaN propagates. In evaluation
///   it equals `LeakyReLU(negativeSlope: (lower + upper)/2)` bit for bit.
/// - **Accuracy:** correctly rounded (≤ 0.5 ULP), exact on the positive side.
///
/// ```swift
/// let rrelu = RReLU()                      // evaluation: slope (1/8 + 1/3)/2 = 11/48
/// rrelu(Tensor([-48, 1]))                  // [-11.0, 1.0]
/// let training = RReLU(mode: .training(seed: 7))
/// training(Tensor([-1, -1]))               // two slopes from [1/8, 1/3)
/// ```
public struct RReLU: Activation {
    /// Whether slopes are random (training) or the mean (evaluation).
    public enum Mode: Sendable, Equatable {
        /// The mean slope `(lower + upper)/2` for every element.
        case evaluation
        /// A slope per element drawn from `[lower, upper)` by a generator seeded with `seed`.
        case training(seed: UInt64)
    }

    /// The smallest slope.
    public let lower: Float
    /// The bound the slopes stay below (reached only when `lower == upper`).
    public let upper: Float
    /// Training or evaluation; change it between steps (`rrelu.mode = .training(seed: step)`).
    public var mode: Mode

    /// Makes an RReLU with slopes from `[lower, upper)`.
    ///
    /// - Precondition: `lower` and `upper` are finite and `lower <= upper`; the message names both.
    ///
    /// ```swift
    /// let rrelu = RReLU(lower: 0.1, upper: 0.3, mode: .training(seed: 42))
    /// ```
    public init(lower: Float = 1.0 / 8, upper: Float = 1.0 / 3, mode: Mode = .evaluation) {
        precondition(lower.isFinite && upper.isFinite,
                     "RReLU: lower and upper must be finite, got lower \(lower) and upper \(upper)")
        precondition(lower <= upper, "RReLU: lower must be <= upper, got lower \(lower) > upper \(upper)")
        self.lower = lower
        self.upper = upper
        self.mode = mode
    }

    /// `"RReLU"`.
    public var name: String { "RReLU" }

    /// The slope used in evaluation: `(lower + upper)/2`, rounded once.
    ///
    /// ```swift
    /// RReLU(lower: 0.1, upper: 0.3).meanSlope   // 0.2
    /// ```
    public var meanSlope: Float { Float((Double(lower) + Double(upper)) / 2) }

    /// The negative slope each element of a tensor of `shape` gets in the current mode.
    ///
    /// ```swift
    /// RReLU().slopes(shape: [2]).data   // [0.22916667, 0.22916667]
    /// ```
    public func slopes(shape: [Int]) -> Tensor {
        switch mode {
        case .evaluation:
            Tensor.filled(with: meanSlope, shape: shape)
        case .training(let seed):
            lower == upper ? Tensor.filled(with: lower, shape: shape)
                           : Tensor.randomUniform(shape: shape, in: lower..<upper, seed: seed)
        }
    }

    /// `x` where `x > 0`, else `a·x` with the element's slope.
    ///
    /// ```swift
    /// RReLU(lower: 0.5, upper: 0.5)(Tensor([-2]))   // [-1.0]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        Kernels.zipMap(x, slopes(shape: x.shape)) { LeakyReLU.rectify($0, slope: $1) }
    }

    /// `gradOutput · RReLU′(x)`, with the same slopes as ``forward(_:)``.
    ///
    /// ```swift
    /// RReLU().backward(Tensor([-1, 1]), gradOutput: Tensor([48, 48]))   // [11.0, 48.0]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        checkGradientShape(x, gradOutput)
        return gradOutput * Kernels.zipMap(x, slopes(shape: x.shape)) { LeakyReLU.slope(at: $0, negativeSlope: $1) }
    }
}

/// The randomized leaky ReLU elementwise: the free-function twin of ``RReLU``.
///
/// ```swift
/// rrelu(Tensor([-48, 1]))                                      // [-11.0, 1.0] (evaluation)
/// rrelu(Tensor([-1, 1]), mode: .training(seed: 3))             // a random slope on -1
/// ```
public func rrelu(_ x: Tensor, lower: Float = 1.0 / 8, upper: Float = 1.0 / 3,
                  mode: RReLU.Mode = .evaluation) -> Tensor {
    RReLU(lower: lower, upper: upper, mode: mode)(x)
}
