/// Every activation the library offers, under the short key that `tito`, the
/// benchmarks and the peers' scripts use (`relu`, `gelu_tanh`, …).
///
/// `tito plot`, `analyze`, `report`, `test`, `verify` and `bench` all read this
/// list, so an activation added here appears in every command. Each entry states its
/// ``ActivationKind``, and every command lays its inputs out as that kind accepts them.
///
/// ```swift
/// ActivationCatalog.entry(named: "GELU_Tanh")?.activation.name   // "GELU (tanh)"
/// ActivationCatalog.keys.prefix(3)                               // ["relu", "sigmoid", "tanh"]
/// ```
public enum ActivationCatalog {
    /// One activation in the catalog.
    public struct Entry: Sendable {
        /// The lowercase key, e.g. `"gelu_tanh"`: the name on the command line and in benchmark records.
        public let key: String
        /// The activation with its default parameters.
        public let activation: any Activation
        /// One line saying what it is for.
        public let summary: String
        /// Its input rule: the shapes it accepts and how the checks, the analysis and `tito`
        /// lay inputs out for it.
        public let kind: ActivationKind

        /// Makes a catalog entry. `kind` may be left out for an ``ElementwiseActivation``;
        /// any other activation states how it maps its input.
        ///
        /// - Precondition: `kind` is given unless `activation` is an ``ElementwiseActivation``;
        ///   the message names the key.
        ///
        /// ```swift
        /// ActivationCatalog.Entry(key: "relu", activation: ReLU(), summary: "max(0, x)")
        /// ActivationCatalog.Entry(key: "softmax", activation: Softmax(), summary: "probabilities", kind: .alongLastAxis)
        /// ```
        public init(key: String, activation: any Activation, summary: String, kind: ActivationKind? = nil) {
            precondition(kind != nil || activation is any ElementwiseActivation,
                         "ActivationCatalog.Entry '\(key)': \(activation.name) is not an ElementwiseActivation; pass its kind")
            self.key = key
            self.activation = activation
            self.summary = summary
            self.kind = kind ?? .elementwise
        }
    }

    /// All entries, the course's three first.
    public static let entries: [Entry] = [
        Entry(key: "relu", activation: ReLU(), summary: "max(0, x): the workhorse of hidden layers"),
        Entry(key: "sigmoid", activation: Sigmoid(), summary: "1/(1 + e^−x): probabilities and gates"),
        Entry(key: "tanh", activation: Tanh(), summary: "zero-centred S-curve in (−1, 1)"),
        Entry(key: "gelu", activation: GELU(), summary: "x·Φ(x): the transformer default (exact, via erfc)"),
        Entry(key: "gelu_tanh", activation: GELU(approximation: .tanh), summary: "GELU's tanh approximation"),
        Entry(key: "gelu_sigmoid", activation: GELU(approximation: .sigmoid), summary: "GELU's sigmoid approximation x·σ(1.702x)"),
        Entry(key: "silu", activation: SiLU(), summary: "x·σ(x) (swish): a smooth, self-gated ReLU"),
        Entry(key: "softmax", activation: Softmax(), summary: "probabilities along an axis", kind: .alongLastAxis),
        // BEGIN activation family (issue 5)
        Entry(key: "leaky_relu", activation: LeakyReLU(), summary: "x, or 0.01x below 0: ReLU whose gradient never dies"),
        // PReLU with one weight and RReLU in evaluation map every element alone.
        Entry(key: "prelu", activation: PReLU(), summary: "leaky ReLU with a learned slope (0.25 initially)",
              kind: .elementwise),
        Entry(key: "rrelu", activation: RReLU(), summary: "leaky ReLU with a random slope in [1/8, 1/3) when training",
              kind: .elementwise),
        Entry(key: "relu6", activation: ReLU6(), summary: "min(max(0, x), 6): the mobile networks' rectifier"),
        Entry(key: "relu_squared", activation: ReLUSquared(), summary: "max(0, x)²"),
        Entry(key: "threshold", activation: Threshold(threshold: 0, value: 0), summary: "x above a threshold, a fixed value below"),
        Entry(key: "step", activation: Step(), summary: "1 above the threshold, 0 below: the perceptron's step"),
        Entry(key: "elu", activation: ELU(), summary: "x, or α(eˣ − 1) below 0, via expm1"),
        Entry(key: "celu", activation: CELU(), summary: "x, or α(e^(x/α) − 1) below 0: C¹ for every α"),
        Entry(key: "selu", activation: SELU(), summary: "λ·ELU_α with the exact self-normalising constants"),
        Entry(key: "mish", activation: Mish(), summary: "x·tanh(softplus(x))"),
        Entry(key: "softplus", activation: Softplus(), summary: "log(1 + eˣ): a smooth ReLU, linear above 20"),
        Entry(key: "log_sigmoid", activation: LogSigmoid(), summary: "log σ(x) = −softplus(−x)"),
        Entry(key: "softsign", activation: Softsign(), summary: "x/(1 + |x|): a rational S-curve"),
        Entry(key: "squareplus", activation: Squareplus(), summary: "(x + √(x² + 4))/2: a smooth ReLU without exponentials"),
        Entry(key: "sparse_plus", activation: SparsePlus(), summary: "0, (x + 1)²/4, x: softplus with exact zeros"),
        Entry(key: "sparse_sigmoid", activation: SparseSigmoid(), summary: "0, (x + 1)/2, 1: a sigmoid with exact 0 and 1"),
        Entry(key: "hardtanh", activation: Hardtanh(), summary: "x clipped to [−1, 1]"),
        Entry(key: "hardsigmoid", activation: Hardsigmoid(), summary: "(x + 3)/6 clipped to [0, 1]"),
        Entry(key: "hardswish", activation: Hardswish(), summary: "x·hardsigmoid(x): MobileNetV3's activation"),
        Entry(key: "hardshrink", activation: Hardshrink(), summary: "x outside [−0.5, 0.5], 0 inside"),
        Entry(key: "softshrink", activation: Softshrink(), summary: "x moved 0.5 toward 0, 0 inside [−0.5, 0.5]"),
        Entry(key: "tanhshrink", activation: Tanhshrink(), summary: "x − tanh(x), by its series near 0"),
        Entry(key: "log_softmax", activation: LogSoftmax(), summary: "log-probabilities along an axis", kind: .alongLastAxis),
        Entry(key: "softmin", activation: Softmin(), summary: "softmax(−x): probabilities favouring the smallest",
              kind: .alongLastAxis),
        Entry(key: "softmax2d", activation: Softmax2d(), summary: "softmax over the channels of (C, H, W) or (N, C, H, W)",
              kind: .alongChannels),
        Entry(key: "glu", activation: GLU(), summary: "a·σ(b) for the halves [a, b] of the last axis: halves its length",
              kind: .halvingLastAxis),
        // END activation family (issue 5)
    ]

    /// The keys of all entries, in catalog order.
    public static var keys: [String] { entries.map(\.key) }

    /// The entry whose key or display name matches `name`, ignoring case, spaces,
    /// hyphens, underscores and parentheses (`"GELU (tanh)"`, `"gelu-tanh"` and
    /// `"GELU_TANH"` all find `gelu_tanh`).
    ///
    /// ```swift
    /// ActivationCatalog.entry(named: "ReLU")?.key   // "relu"
    /// ```
    public static func entry(named name: String) -> Entry? {
        let wanted = normalized(name)
        return entries.first { normalized($0.key) == wanted || normalized($0.activation.name) == wanted }
    }

    private static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
