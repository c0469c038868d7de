// The input rule of an activation: which shapes it takes, what shape it gives back, and how
// the checks, the analysis and `tito` lay their inputs out for it.

/// How an activation relates its input to its output: the shapes it accepts, the shape it
/// returns, and which inputs each output depends on.
///
/// Every catalog entry declares its kind (``ActivationCatalog/Entry/kind``). The checks,
/// the analysis and `tito` write their inputs as *lines* — a tensor whose last axis holds
/// lines of values, `[n]` or `[rows, n]` — and ``input(fromLines:)`` lays them out as the
/// activation wants them; a 1-d sweep of x that is to be drawn goes through ``sweep(_:)``.
///
/// | kind | accepts | returns | a line runs along | a sweep of x is laid out as |
/// |---|---|---|---|---|
/// | ``elementwise`` | any shape | the same shape | – (each element alone) | the points |
/// | ``alongLastAxis`` | any shape | the same shape | the last axis | one line |
/// | ``alongChannels`` | `(C, H, W)`, `(N, C, H, W)` | the same shape | axis −3, the channels | one `(C, 1, 1)` image |
/// | ``halvingLastAxis`` | an even last axis | the last axis halved | the last axis | one line `[x, x]` (a = b = x) |
///
/// ```swift
/// ActivationKind.alongChannels.input(fromLines: Tensor([[1, 2, 3]])).shape   // [1, 3, 1, 1]
/// ActivationKind.halvingLastAxis.outputShape(for: [2, 6])                  // [2, 3]
/// ActivationKind.halvingLastAxis.sweep([-1, 0, 1])                         // [-1.0, 0.0, 1.0, -1.0, 0.0, 1.0]
/// ```
public enum ActivationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `y[i] = f(x[i])`: every element on its own, any shape (ReLU, Sigmoid, GELU…).
    case elementwise
    /// Each line along the last axis is mapped as a whole to a line of the same length; any
    /// shape, a 0-d tensor being one line of one value (Softmax, LogSoftmax, Softmin).
    case alongLastAxis
    /// Each line along the channel axis (−3) of an image `(C, H, W)` or a batch of images
    /// `(N, C, H, W)` is mapped as a whole, keeping the shape (Softmax2d).
    case alongChannels
    /// Each line along the last axis, of even length `2n`, is split into halves `a` and `b`
    /// and mapped to a line of length `n` in which output `k` depends on `aₖ` and `bₖ` (GLU).
    case halvingLastAxis

    /// Whether an activation of this kind accepts an input of this shape.
    ///
    /// ```swift
    /// ActivationKind.alongChannels.accepts([2, 3])       // false: not an image
    /// ActivationKind.halvingLastAxis.accepts([2, 5])     // false: 5 has no halves
    /// ```
    public func accepts(_ shape: [Int]) -> Bool {
        switch self {
        case .elementwise, .alongLastAxis: true
        case .alongChannels: shape.count == 3 || shape.count == 4
        case .halvingLastAxis: shape.last.map { $0 % 2 == 0 } ?? false
        }
    }

    /// The shape of the output for an input of `shape`.
    ///
    /// - Precondition: the kind ``accepts(_:)`` the shape; the message names both.
    ///
    /// ```swift
    /// ActivationKind.alongLastAxis.outputShape(for: [2, 6])     // [2, 6]
    /// ActivationKind.halvingLastAxis.outputShape(for: [2, 6])   // [2, 3]
    /// ```
    public func outputShape(for shape: [Int]) -> [Int] {
        precondition(accepts(shape), "ActivationKind.\(self) does not accept an input of shape \(shape)")
        guard self == .halvingLastAxis else { return shape }
        return Array(shape.dropLast()) + [shape[shape.count - 1] / 2]
    }

    /// The axis, counted from the end, along which the lines of ``input(fromLines:)`` run:
    /// −3 for ``alongChannels``, −1 otherwise.
    public var lineAxis: Int { self == .alongChannels ? -3 : -1 }

    /// `lines` (the last axis holding lines: `[n]` or `[rows, n]`) laid out as this kind's input:
    /// unchanged, except that for ``alongChannels`` each line becomes the channels of a
    /// `1 × 1` image (`[n]` → `[n, 1, 1]`, `[rows, n]` → `[rows, n, 1, 1]`). The elements keep
    /// their order, so `input.data == lines.data`.
    ///
    /// ```swift
    /// ActivationKind.alongChannels.input(fromLines: Tensor([1, 2])).shape   // [2, 1, 1]
    /// ```
    public func input(fromLines lines: Tensor) -> Tensor {
        lines.laidAlong(axis: lineAxis)
    }

    /// The input whose outputs, in order, are the curve at `points`: the points as one line
    /// (``input(fromLines:)``), except for ``halvingLastAxis``, whose line is `[x, x]`, so that
    /// output `k` is the activation on its diagonal `a = b = xₖ` (for GLU, `xₖ·σ(xₖ)`).
    ///
    /// ```swift
    /// ActivationKind.alongLastAxis.sweep([1, 2]).shape   // [2]
    /// ```
    public func sweep(_ points: [Float]) -> Tensor {
        self == .halvingLastAxis ? Tensor(points + points) : input(fromLines: Tensor(points))
    }

    /// The slope of the curve at each sweep point, from the gradient of the loss with respect
    /// to ``sweep(_:)``'s input: point `k` feeds both `aₖ` and `bₖ` of a ``halvingLastAxis``
    /// line, so its slope is the sum of the two; for the other kinds it is the gradient itself.
    ///
    /// ```swift
    /// ActivationKind.halvingLastAxis.slopes(fromSweepGradient: Tensor([0.5, 0.5, 0.25, 0.25]))   // [0.75, 0.75]
    /// ```
    public func slopes(fromSweepGradient gradient: Tensor) -> [Float] {
        guard self == .halvingLastAxis else { return gradient.data }
        let half = gradient.count / 2
        return (0..<half).map { gradient.data[$0] + gradient.data[half + $0] }
    }

    /// Whether output `k` of a sweep depends on point `k` alone (``elementwise``,
    /// ``halvingLastAxis``): then the sweep is a curve `y = f(x)` with limits, symmetry and
    /// a derivative, and one backward pass with a gradient of ones gives every slope. Along
    /// an axis, every output depends on the whole sweep.
    public var isPointwiseOnSweep: Bool { self == .elementwise || self == .halvingLastAxis }

    /// How ``sweep(_:)`` lays the points out, for notes beside a plot or an analysis; `nil` for
    /// ``elementwise``, where the curve is simply `f(x)`.
    ///
    /// ```swift
    /// ActivationKind.alongLastAxis.sweepLayout   // "the sweep taken as one 1-d vector"
    /// ```
    public var sweepLayout: String? {
        switch self {
        case .elementwise: nil
        case .alongLastAxis: "the sweep taken as one 1-d vector"
        case .alongChannels: "the sweep taken as the channels of one (C, 1, 1) image"
        case .halvingLastAxis: "its diagonal: both halves equal to the sweep (a = b = x)"
        }
    }
}

extension Tensor {
    /// This tensor's lines — along its last axis — laid along `axis` (negative, counted from the
    /// end) by appending axes of length 1, which leaves every element in place: `[2, 5]` laid
    /// along −3 is `[2, 5, 1, 1]`, two images of five channels of 1 × 1 pixels.
    ///
    /// - Precondition: `axis < 0`; the message names it.
    func laidAlong(axis: Int) -> Tensor {
        precondition(axis < 0, "Tensor.laidAlong(axis: \(axis)): the axis must be negative, counted from the end")
        return reshaped(to: shape + Array(repeating: 1, count: -axis - 1))
    }
}
