// The seam between activations and kernels: which activations have a vector kernel, and the
// three ways a kernel's result reaches a tensor (a new tensor, an existing one, the input itself).

/// An elementwise activation whose tensor forms run a vector kernel. The conformances sit next
/// to their kernels (`extension Sigmoid: VectorizedActivation` in SigmoidKernel.swift, …), and
/// the ``Kernels`` entry points find them with one dynamic cast per call; any other elementwise
/// activation runs its ``ElementwiseActivation/value(at:)`` per element instead.
protocol VectorizedActivation: ElementwiseActivation {
    /// The kernel that computes this activation (GELU picks one per form).
    var kernel: any ElementwiseKernel.Type { get }
    /// The tier the kernel runs in.
    var precision: Precision { get }
}

extension Kernels {
    /// `activation` applied to every element of `x`, in a new tensor (pooled when large).
    static func forward(_ activation: some ElementwiseActivation, _ x: Tensor) -> Tensor {
        makeTensor(shape: x.shape, count: x.count) { output in
            x.data.withUnsafeBufferPointer { input in
                forward(activation, SharedBuffer(input), output, count: x.count)
            }
        }
    }

    /// `activation` applied to every element of `x`, written into `output` (same shape).
    static func forward(_ activation: some ElementwiseActivation, _ x: Tensor, into output: inout Tensor) {
        output.releaseStorageLease()
        output.data.withUnsafeMutableBufferPointer { buffer in
            x.data.withUnsafeBufferPointer { input in
                forward(activation, SharedBuffer(input), SharedBuffer(buffer), count: x.count)
            }
        }
    }

    /// `activation` applied to every element of `x`, in `x`'s storage.
    static func forward(_ activation: some ElementwiseActivation, inPlace x: inout Tensor) {
        x.releaseStorageLease()
        let count = x.count
        x.data.withUnsafeMutableBufferPointer { buffer in
            forward(activation, SharedBuffer(buffer), SharedBuffer(buffer), count: count)
        }
    }

    /// `gradOutput[i]·f′(x[i])` in a new tensor.
    static func backward(_ activation: some ElementwiseActivation, _ x: Tensor, _ gradOutput: Tensor) -> Tensor {
        makeTensor(shape: x.shape, count: x.count) { output in
            x.data.withUnsafeBufferPointer { x in
                gradOutput.data.withUnsafeBufferPointer { g in
                    backward(activation, SharedBuffer(x), SharedBuffer(g), output, count: x.count)
                }
            }
        }
    }

    /// `gradOutput[i]·f′(x[i])` written into `gradInput` (same shape).
    static func backward(_ activation: some ElementwiseActivation, _ x: Tensor, _ gradOutput: Tensor,
                         into gradInput: inout Tensor) {
        gradInput.releaseStorageLease()
        gradInput.data.withUnsafeMutableBufferPointer { buffer in
            x.data.withUnsafeBufferPointer { x in
                gradOutput.data.withUnsafeBufferPointer { g in
                    backward(activation, SharedBuffer(x), SharedBuffer(g), SharedBuffer(buffer), count: x.count)
                }
            }
        }
    }

    /// The forward loop over raw storage: the vector kernel in parallel parts, or value(at:).
    private static func forward(_ activation: some ElementwiseActivation, _ input: SharedBuffer<Float>,
                                _ output: SharedBuffer<Float>, count: Int) {
        guard let vectorized = activation as? any VectorizedActivation else {
            forEachPart(of: count, threshold: parallelThreshold) { range in
                for i in range { output[i] = activation.value(at: input[i]) }
            }
            return
        }
        let kernel = vectorized.kernel, precision = vectorized.precision
        let threshold = precision == .fast ? kernel.fastParallelThreshold : kernel.parallelThreshold
        let streaming = streams(count, to: output.base)
        forEachPart(of: count, threshold: threshold) { range in
            kernel.forward(input.base + range.lowerBound, output.base + range.lowerBound,
                           count: range.count, precision: precision, streaming: streaming)
        }
    }

    /// The backward loop over raw storage.
    private static func backward(_ activation: some ElementwiseActivation, _ x: SharedBuffer<Float>,
                                 _ gradOutput: SharedBuffer<Float>, _ gradInput: SharedBuffer<Float>, count: Int) {
        guard let vectorized = activation as? any VectorizedActivation else {
            forEachPart(of: count, threshold: parallelThreshold) { range in
                for i in range { gradInput[i] = gradOutput[i] * activation.derivative(at: x[i]) }
            }
            return
        }
        let kernel = vectorized.kernel, precision = vectorized.precision
        let threshold = precision == .fast ? kernel.fastParallelThreshold : kernel.parallelThreshold
        let streaming = streams(count, to: gradInput.base)
        forEachPart(of: count, threshold: threshold) { range in
            let start = range.lowerBound
            kernel.backward(x.base + start, gradOutput.base + start, gradInput.base + start,
                            count: range.count, precision: precision, streaming: streaming)
        }
    }
}

// MARK: - The activations with kernels

extension ReLU: VectorizedActivation {
    var kernel: any ElementwiseKernel.Type { ReLUKernel.self }
    /// ReLU is exact: one tier.
    var precision: Precision { .accurate }
}

extension Sigmoid: VectorizedActivation {
    var kernel: any ElementwiseKernel.Type { SigmoidKernel.self }
}

extension SiLU: VectorizedActivation {
    var kernel: any ElementwiseKernel.Type { SiLUKernel.self }
}

extension Tanh: VectorizedActivation {
    var kernel: any ElementwiseKernel.Type { TanhKernel.self }
}

extension GELU: VectorizedActivation {
    var kernel: any ElementwiseKernel.Type {
        switch approximation {
        case .none: GELUErfKernel.self
        case .tanh: GELUTanhKernel.self
        case .sigmoid: GELUSigmoidKernel.self
        }
    }
}
