/// Softmax over the channels at every spatial location of an image batch: for each pixel,
/// the probabilities of the classes (semantic segmentation).
///
/// ```
/// Softmax2d(x)[n, c, h, w] = e^(x[n, c, h, w]) / Σ_c′ e^(x[n, c′, h, w])
/// ```
///
/// It is ``Softmax`` along axis −3, the channel axis of both `(C, H, W)` and `(N, C, H, W)`,
/// and inherits all its care: the shift by the maximum, double-precision sums, and the
/// special-line rules.
///
/// - **Derivative:** ``Softmax``'s vector–Jacobian product along the channel axis.
/// - **Properties:** outputs in [0, 1]; at every `(n, h, w)` the channels sum to 1.
/// - **Accuracy:** as ``Softmax``: within 2 ULP.
///
/// ```swift
/// let softmax2d = Softmax2d()
/// softmax2d(Tensor([[[0]], [[0]]]))   // [[[0.5]], [[0.5]]]  (C = 2, H = W = 1)
/// ```
public struct Softmax2d: Activation {
    /// Makes a channel softmax; it has no parameters.
    ///
    /// ```swift
    /// let softmax2d = Softmax2d()
    /// ```
    public init() {}

    /// `"Softmax2d"`.
    public var name: String { "Softmax2d" }

    /// Softmax along the channel axis (−3).
    ///
    /// - Precondition: `x` has rank 3 `(C, H, W)` or 4 `(N, C, H, W)`; the message names its shape.
    ///
    /// ```swift
    /// Softmax2d()(Tensor([[[1]], [[1]]]))   // [[[0.5]], [[0.5]]]
    /// ```
    public func forward(_ x: Tensor) -> Tensor {
        Softmax2d.channelSoftmax(for: x).forward(x)
    }

    /// ``Softmax``'s backward along the channel axis.
    ///
    /// - Precondition: rank 3 or 4, and `gradOutput.shape == x.shape`.
    ///
    /// ```swift
    /// Softmax2d().backward(Tensor([[[0]], [[0]]]), gradOutput: Tensor([[[1]], [[0]]]))   // [[[0.25]], [[-0.25]]]
    /// ```
    public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        Softmax2d.channelSoftmax(for: x).backward(x, gradOutput: gradOutput)
    }

    /// The softmax over axis −3, after checking that `x` is an image or a batch of images.
    private static func channelSoftmax(for x: Tensor) -> Softmax {
        precondition(x.rank == 3 || x.rank == 4,
                     "Softmax2d: the input must have rank 3 (C, H, W) or 4 (N, C, H, W), got shape \(x.shape)")
        return Softmax(axis: -3)
    }
}

/// Softmax over the channel axis of `(C, H, W)` or `(N, C, H, W)`: the free-function twin of ``Softmax2d``.
///
/// ```swift
/// softmax2d(Tensor([[[0]], [[0]]]))   // [[[0.5]], [[0.5]]]
/// ```
public func softmax2d(_ x: Tensor) -> Tensor { Softmax2d()(x) }
