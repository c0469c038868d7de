/// Every activation the library offers, under the short key that `tito`, the
/// benchmarks and the peers' scripts use (`relu`, `gelu_tanh`, …).
///
/// `tito plot`, `analyze`, `report`, `test`, `verify` and `bench` all read this
/// list, so an activation added here appears in every command.
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

        /// Makes a catalog entry.
        ///
        /// ```swift
        /// ActivationCatalog.Entry(key: "relu", activation: ReLU(), summary: "max(0, x)")
        /// ```
        public init(key: String, activation: any Activation, summary: String) {
            self.key = key
            self.activation = activation
            self.summary = summary
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
        Entry(key: "softmax", activation: Softmax(), summary: "probabilities along an axis"),
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
