/// A function applied to a tensor to make a network non-linear, together with
/// the gradient rule that lets a network learn through it.
///
/// Every activation in TinyTorch is a small `Sendable` value that stores only
/// its parameters. Call it like a function, or use ``forward(_:)`` (the two
/// spellings give the same result):
///
/// ```swift
/// let relu = ReLU()
/// relu(Tensor([-2, -1, 0, 1, 2]))           // [0.0, 0.0, 0.0, 1.0, 2.0]
/// relu.forward(Tensor([-2, -1, 0, 1, 2]))   // the same
/// ```
///
/// Every activation returns a new tensor and leaves its input untouched. Most keep the
/// shape of their input (0-d, zero-size and any rank); ``ActivationKind`` names the
/// exceptions (``Softmax2d`` takes images only, ``GLU`` halves its axis).
public protocol Activation: Sendable {
    /// The name shown to people, e.g. `"ReLU"` or `"GELU (tanh)"`.
    var name: String { get }

    /// The activation applied to `x`: a new tensor of the same shape.
    ///
    /// ```swift
    /// Sigmoid().forward(Tensor([0]))   // [0.5]
    /// ```
    func forward(_ x: Tensor) -> Tensor

    /// The vector–Jacobian product: given the gradient `gradOutput` = ∂L/∂y of
    /// some loss L with respect to the output y = f(x), returns ∂L/∂x.
    /// For an elementwise activation that is `gradOutput · f′(x)`.
    ///
    /// - Precondition: `gradOutput.shape == x.shape`; the message names both.
    ///
    /// ```swift
    /// Sigmoid().backward(Tensor([0]), gradOutput: Tensor([1]))   // [0.25]
    /// ```
    func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor
}

extension Activation {
    /// The activation applied to `x`; the same as ``forward(_:)``.
    ///
    /// ```swift
    /// let tanh = Tanh()
    /// tanh(Tensor([0]))   // [0.0]
    /// ```
    public func callAsFunction(_ x: Tensor) -> Tensor {
        forward(x)
    }

    /// Checks the shapes given to ``backward(_:gradOutput:)``.
    func checkGradientShape(_ x: Tensor, _ gradOutput: Tensor) {
        precondition(x.shape == gradOutput.shape,
                     "\(name).backward: gradOutput has shape \(gradOutput.shape) but the input has shape \(x.shape)")
    }
}

/// An activation that maps every element on its own: `y[i] = f(x[i])`.
///
/// A conforming type supplies the scalar function ``value(at:)`` and its
/// derivative ``derivative(at:)``; ``Activation/forward(_:)`` and ``Activation/backward(_:gradOutput:)``
/// come from the numerical kernels, which apply them to whole tensors.
///
/// ```swift
/// Sigmoid().value(at: 0)        // 0.5
/// Sigmoid().derivative(at: 0)   // 0.25
/// ```
public protocol ElementwiseActivation: Activation {
    /// f(x) for one element.
    ///
    /// ```swift
    /// ReLU().value(at: -3)   // 0.0
    /// ```
    func value(at x: Float) -> Float

    /// f′(x) for one element.
    ///
    /// ```swift
    /// Tanh().derivative(at: 0)   // 1.0
    /// ```
    func derivative(at x: Float) -> Float
}

extension ElementwiseActivation {
    /// `f` applied to every element of `x`.
    ///
    /// ```swift
    /// ReLU().forward(Tensor([[-1, 2]]))   // [[0.0, 2.0]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        Kernels.map(x) { value(at: $0) }
    }

    /// `gradOutput[i] · f′(x[i])` for every element.
    ///
    /// - Precondition: `gradOutput.shape == x.shape`.
    ///
    /// ```swift
    /// ReLU().backward(Tensor([-1, 2]), gradOutput: Tensor([5, 5]))   // [0.0, 5.0]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        checkGradientShape(x, gradOutput)
        return Kernels.zipMap(x, gradOutput) { value, gradient in gradient * derivative(at: value) }
    }
}
