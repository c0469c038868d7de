/// An implementation of an activation that the module's checks judge: the
/// library's own, or a learner's type in another package.
///
/// The checks never name a library type: they call ``forward`` (and
/// ``backward``, when there is one) through this value, so any implementation
/// can be checked.
///
/// ```swift
/// // The library's ReLU:
/// let ours = ActivationUnderTest(ReLU())
/// // A learner's function, without a backward pass yet:
/// let theirs = ActivationUnderTest(name: "ReLU", kind: .elementwise) { x in x.map { max(0, $0) } }
/// ActivationChecks.relu(theirs).count   // the same checks as for ours
/// ```
public struct ActivationUnderTest: Sendable {
    /// How an activation relates inputs to outputs, which decides the checks that apply.
    public enum Kind: Sendable, Equatable {
        /// `y[i] = f(x[i])`: every element on its own (ReLU, Sigmoid, GELU…).
        case elementwise
        /// Each line along the last axis is mapped as a whole and keeps its length (Softmax).
        case alongLastAxis
        /// Lines along the last axis are mapped to lines of another length (GLU halves them):
        /// shape-preservation checks do not apply.
        case reshapingLastAxis
    }

    /// The name people read, e.g. `"ReLU"` or `"GELU (tanh)"`.
    public let name: String
    /// The name used in failure lines: `relu([-2.0]) gave …`.
    public let callName: String
    /// How inputs map to outputs.
    public let kind: Kind
    /// The function under test.
    public let forward: @Sendable (Tensor) -> Tensor
    /// The vector–Jacobian product `(x, ∂L/∂y) ↦ ∂L/∂x`, if the implementation has one yet.
    public let backward: (@Sendable (Tensor, Tensor) -> Tensor)?

    /// An implementation given as functions (a learner's, for instance).
    ///
    /// - Parameters:
    ///   - name: the name shown to people, e.g. `"Sigmoid"`.
    ///   - callName: the name in failure lines; the lowercased `name` without spaces by default.
    ///   - kind: how the implementation maps its input (elementwise, along the last axis, …).
    ///   - forward: `x ↦ f(x)`.
    ///   - backward: `(x, gradOutput) ↦ ∂L/∂x`; without it the gradient checks are left out with a note.
    ///
    /// ```swift
    /// ActivationUnderTest(name: "Sigmoid", kind: .elementwise,
    ///                     forward: { x in x.map { 1 / (1 + exp(-$0)) } })
    /// ```
    public init(name: String, callName: String? = nil, kind: Kind,
                forward: @escaping @Sendable (Tensor) -> Tensor,
                backward: (@Sendable (Tensor, Tensor) -> Tensor)? = nil) {
        self.name = name
        self.callName = callName ?? String(name.lowercased().filter { !$0.isWhitespace })
        self.kind = kind
        self.forward = forward
        self.backward = backward
    }

    /// Any value conforming to ``Activation``, with its ``Activation/backward(_:gradOutput:)``.
    ///
    /// Without `kind`, an ``ElementwiseActivation`` is `.elementwise`; any other activation
    /// is run once on a `[2, 4]` probe and is `.alongLastAxis` if the shape survives,
    /// `.reshapingLastAxis` otherwise. Pass `kind` when judging an implementation whose
    /// shape behaviour is itself under test.
    ///
    /// ```swift
    /// ActivationUnderTest(Softmax()).kind            // .alongLastAxis
    /// ActivationUnderTest(GELU(), callName: "gelu")
    /// ```
    public init(_ activation: some Activation, callName: String? = nil, kind: Kind? = nil) {
        let probe = Tensor.linspace(from: -1, to: 1, count: 8).reshaped(to: [2, 4])
        let inferred: Kind = if activation is any ElementwiseActivation {
            .elementwise
        } else {
            activation.forward(probe).shape == probe.shape ? .alongLastAxis : .reshapingLastAxis
        }
        self.init(name: activation.name, callName: callName, kind: kind ?? inferred,
                  forward: { activation.forward($0) },
                  backward: { activation.backward($0, gradOutput: $1) })
    }

    /// The entry's activation, named in failure lines by its catalog key (`gelu_tanh(…)`).
    ///
    /// ```swift
    /// ActivationUnderTest(ActivationCatalog.entries[0]).callName   // "relu"
    /// ```
    public init(_ entry: ActivationCatalog.Entry) {
        self.init(entry.activation, callName: entry.key)
    }

    /// `forward` applied to `x`.
    func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
}
