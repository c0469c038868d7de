/// How the gradient's size changes on its way back through many layers: the
/// vanishing-gradient story in numbers.
///
/// The model is a stack of dense layers of width `w`. Going back through one layer,
/// the gradient g becomes `backward(z, g)·Wᵀ`, with fresh seeded pre-activations
/// z ~ N(0, 1) and weights W ~ N(0, 1/w) (which keep a gradient's size on average,
/// so what is left is the activation's own effect). For an elementwise activation
/// the size shrinks by about √E[f′(z)²] per layer: ≈ 0.71 for ReLU, ≤ 0.25 for Sigmoid.
///
/// ```swift
/// let flow = GradientFlow(ActivationUnderTest(Sigmoid()), settings: .quick)!
/// flow.sizes.first!.relativeRMS < 1e-5   // after 10 layers
/// ```
public struct GradientFlow: Sendable, Codable, Equatable {
    /// The gradient's root-mean-square after some layers, relative to where it started.
    public struct Size: Sendable, Codable, Equatable {
        /// How many layers the gradient went back through.
        public var layers: Int
        /// RMS(g after `layers`) / RMS(g at the start); 0 when every path died.
        public var relativeRMS: Double
    }

    /// One entry per count in ``AnalysisSettings/layerCounts``.
    public var sizes: [Size]

    /// The seeded stack the gradient goes back through: the same for every activation,
    /// so their figures compare like with like.
    public struct Layers: Sendable {
        /// The gradient arriving at the top, g ~ N(0, 1).
        let start: Tensor
        /// Per layer, from the top: the pre-activations z and the transposed weights Wᵀ.
        let layers: [(preActivation: Tensor, transposedWeights: Tensor)]
        /// After which layers to report.
        let counts: [Int]

        /// Draws the stack for `settings` (deepest count of layers, batch `gradientRows × width`).
        ///
        /// ```swift
        /// let stack = GradientFlow.Layers(settings: .quick)
        /// ```
        public init(settings: AnalysisSettings) {
            let shape = [settings.gradientRows, settings.width]
            start = Tensor.randomNormal(shape: shape, seed: settings.seed + 1)
            counts = settings.layerCounts
            layers = (1...(settings.layerCounts.max() ?? 0)).map { layer in
                let seed = settings.seed + 2 * UInt64(layer)
                return (Tensor.randomNormal(shape: shape, seed: seed),
                        Tensor.randomNormal(shape: [settings.width, settings.width],
                                            standardDeviation: 1 / Float(settings.width).squareRoot(), seed: seed + 1).transposed())
            }
        }
    }

    /// Runs the model for `subject` with a fresh stack drawn from `settings`.
    public init?(_ subject: ActivationUnderTest, settings: AnalysisSettings) {
        self.init(subject, through: Layers(settings: settings))
    }

    /// Runs the model for `subject` through `stack`, each batch laid out by its kind (images
    /// for `.alongChannels`); `nil` without a backward pass, or when the activation halves its
    /// axis (its gradients would not chain through layers of equal width).
    public init?(_ subject: ActivationUnderTest, through stack: Layers) {
        let kind = subject.kind
        guard let backward = subject.backward, kind != .halvingLastAxis else { return nil }
        var g = stack.start
        let start = GradientFlow.rms(g)
        sizes = []
        for (index, layer) in stack.layers.enumerated() {
            let gradient = backward(kind.input(fromLines: layer.preActivation), kind.input(fromLines: g))
            g = matmul(gradient.reshaped(to: g.shape), layer.transposedWeights)
            if stack.counts.contains(index + 1) {
                sizes.append(Size(layers: index + 1, relativeRMS: GradientFlow.rms(g) / start))
            }
        }
    }

    /// √(Σ gᵢ² / n) in double precision.
    static func rms(_ g: Tensor) -> Double {
        (g.data.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(max(g.count, 1))).squareRoot()
    }
}
