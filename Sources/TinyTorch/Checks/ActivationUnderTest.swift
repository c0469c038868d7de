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
    /// The name people read, e.g. `"ReLU"` or `"GELU (tanh)"`.
    public let name: String
    /// The name used in failure lines: `relu([-2.0]) gave …`.
    public let callName: String
    /// How inputs map to outputs: the shapes the checks give it and expect back.
    public let kind: ActivationKind
    /// The function under test.
    public let forward: @Sendable (Tensor) -> Tensor
    /// The vector–Jacobian product `(x, ∂L/∂y) ↦ ∂L/∂x`, if the implementation has one yet.
    public let backward: (@Sendable (Tensor, Tensor) -> Tensor)?

    /// An implementation given as functions (a learner's, for instance).
    ///
    /// - Parameters:
    ///   - name: the name shown to people, e.g. `"Sigmoid"`.
    ///   - callName: the name in failure lines; the lowercased `name` without spaces by default.
    ///   - kind: how the implementation maps its input (elementwise, along the last axis, …);
    ///     the checks lay their inputs out as it says.
    ///   - forward: `x ↦ f(x)`.
    ///   - backward: `(x, gradOutput) ↦ ∂L/∂x`; without it the gradient checks are left out with a note.
    ///
    /// ```swift
    /// ActivationUnderTest(name: "Sigmoid", kind: .elementwise,
    ///                     forward: { x in x.map { 1 / (1 + exp(-$0)) } })
    /// ```
    public init(name: String, callName: String? = nil, kind: ActivationKind,
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
    /// `.halvingLastAxis` if it becomes `[2, 2]`. Pass `kind` for any other activation
    /// (`.alongChannels` for ``Softmax2d``, which takes images only), and when judging an
    /// implementation whose shape behaviour is itself under test.
    ///
    /// - Precondition: `kind` is given, or the probe's shape becomes `[2, 4]` or `[2, 2]`; the
    ///   message names the shape it became.
    ///
    /// ```swift
    /// ActivationUnderTest(Softmax()).kind                        // .alongLastAxis
    /// ActivationUnderTest(Softmax2d(), kind: .alongChannels)
    /// ActivationUnderTest(GELU(), callName: "gelu")
    /// ```
    public init(_ activation: some Activation, callName: String? = nil, kind: ActivationKind? = nil) {
        self.init(name: activation.name, callName: callName, kind: kind ?? ActivationUnderTest.probedKind(of: activation),
                  forward: { activation.forward($0) },
                  backward: { activation.backward($0, gradOutput: $1) })
    }

    /// The entry's activation, named in failure lines by its catalog key (`gelu_tanh(…)`).
    ///
    /// ```swift
    /// ActivationUnderTest(ActivationCatalog.entries[0]).callName   // "relu"
    /// ```
    public init(_ entry: ActivationCatalog.Entry) {
        self.init(entry.activation, callName: entry.key, kind: entry.kind)
    }

    /// `.elementwise` for an ``ElementwiseActivation``; otherwise what a `[2, 4]` probe shows.
    private static func probedKind(of activation: some Activation) -> ActivationKind {
        if activation is any ElementwiseActivation { return .elementwise }
        let probe = Tensor.linspace(from: -1, to: 1, count: 8).reshaped(to: [2, 4])
        switch activation.forward(probe).shape {
        case [2, 4]: return .alongLastAxis
        case [2, 2]: return .halvingLastAxis
        case let shape: preconditionFailure("ActivationUnderTest: \(activation.name) maps a [2, 4] probe to shape \(shape); pass its kind")
        }
    }

    /// `forward` applied to `x`.
    func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
}
