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

    /// The activation of `x` written into `output`, reusing its storage: no allocation when
    /// `output` is the only holder of its elements (the usual case in a training loop).
    ///
    /// - Precondition: `output.shape == x.shape`; the message names both.
    ///
    /// ```swift
    /// var y = Tensor.zeros(shape: [3])
    /// Sigmoid().forward(Tensor([0, 1, -1]), into: &y)   // y = [0.5, 0.7310586, 0.26894143]
    /// ```
    func forward(_ x: Tensor, into output: inout Tensor)

    /// Replaces `x` by its activation, in place: no allocation when `x` is the only holder of
    /// its elements.
    ///
    /// ```swift
    /// var x = Tensor([-1, 2])
    /// ReLU().apply(inPlace: &x)   // x = [0.0, 2.0]
    /// ```
    func apply(inPlace x: inout Tensor)

    /// ``backward(_:gradOutput:)`` written into `gradInput`, reusing its storage.
    ///
    /// - Precondition: `x`, `gradOutput` and `gradInput` have one shape; the message names them.
    ///
    /// ```swift
    /// var dx = Tensor.zeros(shape: [1])
    /// Sigmoid().backward(Tensor([0]), gradOutput: Tensor([1]), into: &dx)   // dx = [0.25]
    /// ```
    func backward(_ x: Tensor, gradOutput: Tensor, into gradInput: inout Tensor)
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

    /// Checks the destination given to an `into:` form.
    func checkOutputShape(_ x: Tensor, _ output: Tensor, _ function: String) {
        precondition(x.shape == output.shape,
                     "\(name).\(function): the output has shape \(output.shape) but the input has shape \(x.shape)")
    }

    /// ``forward(_:)``, then assigned to `output` (activations with a kernel write in place).
    public func forward(_ x: Tensor, into output: inout Tensor) {
        checkOutputShape(x, output, "forward(_:into:)")
        output = forward(x)
    }

    /// `x = forward(x)` (activations with a kernel write in place).
    public func apply(inPlace x: inout Tensor) {
        x = forward(x)
    }

    /// ``backward(_:gradOutput:)``, then assigned to `gradInput`.
    public func backward(_ x: Tensor, gradOutput: Tensor, into gradInput: inout Tensor) {
        checkOutputShape(x, gradInput, "backward(_:gradOutput:into:)")
        gradInput = backward(x, gradOutput: gradOutput)
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
    /// `f` applied to every element of `x`: by the activation's vector kernel when it has one
    /// (`Kernels/`), else by ``value(at:)``.
    ///
    /// ```swift
    /// ReLU().forward(Tensor([[-1, 2]]))   // [[0.0, 2.0]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        Kernels.forward(self, x)
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
        return Kernels.backward(self, x, gradOutput)
    }

    /// `f` of every element of `x`, written into `output`'s storage.
    ///
    /// - Precondition: `output.shape == x.shape`.
    ///
    /// ```swift
    /// var y = Tensor.zeros(shape: [2])
    /// Tanh().forward(Tensor([0, 1]), into: &y)   // y = [0.0, 0.7615942]
    /// ```
    public func forward(_ x: Tensor, into output: inout Tensor) {
        checkOutputShape(x, output, "forward(_:into:)")
        Kernels.forward(self, x, into: &output)
    }

    /// Every element of `x` replaced by `f` of it, in `x`'s own storage.
    ///
    /// ```swift
    /// var x = Tensor([0])
    /// Sigmoid().apply(inPlace: &x)   // x = [0.5]
    /// ```
    public func apply(inPlace x: inout Tensor) {
        Kernels.forward(self, inPlace: &x)
    }

    /// `gradOutput[i] · f′(x[i])` written into `gradInput`'s storage.
    ///
    /// - Precondition: the three tensors have one shape.
    ///
    /// ```swift
    /// var dx = Tensor.zeros(shape: [2])
    /// ReLU().backward(Tensor([-1, 2]), gradOutput: Tensor([5, 5]), into: &dx)   // dx = [0.0, 5.0]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor, into gradInput: inout Tensor) {
        checkGradientShape(x, gradOutput)
        checkOutputShape(x, gradInput, "backward(_:gradOutput:into:)")
        Kernels.backward(self, x, gradOutput, into: &gradInput)
    }
}
