/// One of a learner's own activations, handed to the module's checks by the
/// `check-activations` program of a `tito` workspace.
///
/// The checks are the library's (``ModuleChecks``): the same definitions that judge
/// TinyTorch's own ``ReLU`` judge the learner's. A learner's type needs only a `forward`;
/// if it also conforms to ``Activation``, its `backward` is checked as well.
///
/// ```swift
/// struct MyReLU: Sendable { func forward(_ x: Tensor) -> Tensor { x.map { $0 > 0 ? $0 : 0 } } }
/// let mine = LearnerImplementation(key: "relu", MyReLU()) { relu, x in relu.forward(x) }
/// mine.group.heading   // "ReLU activation"
/// ```
public struct LearnerImplementation: Sendable {
    /// The ``ActivationCatalog`` key of the function implemented: `"relu"`, `"sigmoid"`, …
    public let key: String
    /// Whether completing the module needs this function (ReLU, Sigmoid, Tanh) or it is optional.
    public let required: Bool
    /// The implementation as the checks see it.
    public let subject: ActivationUnderTest
    /// The library's activation with the same key: the checks' reference.
    let reference: any Activation

    /// Wraps a learner's `implementation` of the catalog's activation `key`.
    ///
    /// The name, and whether it maps elements or lines, come from the catalog entry; `forward`
    /// calls the learner's code.
    ///
    /// - Precondition: `key` is an ``ActivationCatalog`` key; the message lists the valid ones.
    public init<Implementation: Sendable>(key: String, _ implementation: Implementation, required: Bool = true,
                                          forward: @escaping @Sendable (Implementation, Tensor) -> Tensor) {
        guard let entry = ActivationCatalog.entry(named: key) else {
            preconditionFailure("LearnerImplementation: unknown key '\(key)'; valid keys: \(ActivationCatalog.keys.joined(separator: ", "))")
        }
        var backward: (@Sendable (Tensor, Tensor) -> Tensor)?
        if let activation = implementation as? any Activation {
            backward = { x, gradOutput in activation.backward(x, gradOutput: gradOutput) }
        }
        self.key = entry.key
        self.required = required
        self.reference = entry.activation
        self.subject = ActivationUnderTest(name: entry.activation.name, callName: entry.key,
                                           kind: entry.kind,
                                           forward: { x in forward(implementation, x) }, backward: backward)
    }

    /// The learner's checks: the reference's formula-specific checks, then the generic ones,
    /// built over the learner's code.
    ///
    /// ```swift
    /// mine.group.checks.first?.summary   // "ReLU handles negative inputs correctly"
    /// ```
    public var group: CheckGroup {
        ModuleChecks.activationGroup(subject, specificChecks: ModuleChecks.specificChecks(for: reference, subject))
    }
}
