/// The module's checks, assembled for `tito test` and the test suite.
///
/// ```swift
/// for group in ModuleChecks.groups(for: .activations) {
///     print(group.heading, group.checks.filter { !$0.run().passed }.count, "failed")
/// }
/// ```
public enum ModuleChecks {
    /// What to check: the activations, the tensor, or both.
    public enum Module: String, Sendable, CaseIterable {
        /// Every activation in ``ActivationCatalog``.
        case activations
        /// ``Tensor``: creation, broadcasting, matmul, reductions, shape operations.
        case tensor
        /// Both, tensor first (the activations build on it).
        case all
    }

    /// The library's check groups for `module`.
    ///
    /// ```swift
    /// ModuleChecks.groups(for: .tensor).map(\.title).first   // "Tensor creation"
    /// ```
    public static func groups(for module: Module) -> [CheckGroup] {
        switch module {
        case .activations: ActivationCatalog.entries.map(activationGroup(for:))
        case .tensor: TensorChecks.groups()
        case .all: groups(for: .tensor) + groups(for: .activations)
        }
    }

    /// Every check of `module`, flattened: what a parameterized `@Test` runs.
    ///
    /// ```swift
    /// ModuleChecks.allChecks(for: .all).count > 100   // true
    /// ```
    public static func allChecks(for module: Module) -> [ModuleCheck] {
        groups(for: module).flatMap(\.checks)
    }

    /// The checks of one catalog entry: its own checks (for the activations the module
    /// knows by formula) followed by the generic ones every activation must pass.
    ///
    /// ```swift
    /// ModuleChecks.activationGroup(for: ActivationCatalog.entry(named: "relu")!).heading   // "ReLU activation"
    /// ```
    public static func activationGroup(for entry: ActivationCatalog.Entry) -> CheckGroup {
        let subject = ActivationUnderTest(entry)
        return activationGroup(subject, specificChecks: specificChecks(for: entry.activation, subject))
    }

    /// The group for any implementation: `specificChecks` (e.g. ``ActivationChecks/relu(_:)``
    /// of a learner's ReLU), then ``ActivationChecks/generic(_:)``; gradient checks are
    /// left out, with a note, when the implementation has no backward pass.
    ///
    /// ```swift
    /// let mine = ActivationUnderTest(name: "ReLU", kind: .elementwise) { $0.map { max(0, $0) } }
    /// ModuleChecks.activationGroup(mine, specificChecks: ActivationChecks.relu(mine))
    /// ```
    public static func activationGroup(_ subject: ActivationUnderTest, specificChecks: [ModuleCheck]) -> CheckGroup {
        let checks = (specificChecks + ActivationChecks.generic(subject))
            .filter { !$0.usesBackward || subject.backward != nil }
        return CheckGroup(title: subject.name, heading: "\(subject.name) activation", checks: checks,
                          notes: ActivationChecks.notes(for: subject))
    }

    /// The formula-specific checks for the library's activation types; none for others.
    static func specificChecks(for activation: any Activation, _ subject: ActivationUnderTest) -> [ModuleCheck] {
        switch activation {
        case is ReLU: ActivationChecks.relu(subject)
        case is Sigmoid: ActivationChecks.sigmoid(subject)
        case is Tanh: ActivationChecks.tanh(subject)
        case let gelu as GELU: ActivationChecks.gelu(subject, approximation: gelu.approximation)
        case let softmax as Softmax where softmax.axis == -1: ActivationChecks.softmax(subject)
        // The family members whose traps the issue names.
        case is Mish: ActivationChecks.mish(subject)
        case let softplus as Softplus: ActivationChecks.softplus(subject, form: softplus)
        case is LogSigmoid: ActivationChecks.logSigmoid(subject)
        case let logSoftmax as LogSoftmax where logSoftmax.axis == -1: ActivationChecks.logSoftmax(subject)
        case let relu6 as ReLU6: ActivationChecks.clamp(subject, matching: relu6, kinks: [0, 6])
        case let hardtanh as Hardtanh: ActivationChecks.clamp(subject, matching: hardtanh, kinks: [hardtanh.min, hardtanh.max])
        case let threshold as Threshold: ActivationChecks.clamp(subject, matching: threshold, kinks: [threshold.threshold])
        case let shrink as Hardshrink: ActivationChecks.clamp(subject, matching: shrink, kinks: [-shrink.lambda, shrink.lambda])
        case let shrink as Softshrink: ActivationChecks.clamp(subject, matching: shrink, kinks: [-shrink.lambda, shrink.lambda])
        case let glu as GLU where glu.axis == -1: ActivationChecks.glu(subject)
        case is Softmax2d: ActivationChecks.softmax2d(subject)
        default: []
        }
    }
}
