/// The module's checks for each activation, built over any implementation.
///
/// Each function takes the implementation under test and returns its checks;
/// ``generic(_:)`` adds the checks every activation must pass. ``ModuleChecks``
/// assembles them for the library's catalog.
///
/// ```swift
/// let checks = ActivationChecks.relu(ActivationUnderTest(ReLU()))
/// checks.allSatisfy { $0.run().passed }   // true
/// ```
public enum ActivationChecks {
    /// The seeded sample the range checks draw from: `count` values of N(0, σ²).
    static func normalSample(count: Int = 1000, standardDeviation: Float, seed: UInt64) -> (Tensor, String) {
        (Tensor.randomNormal(shape: [count], standardDeviation: standardDeviation, seed: seed),
         "\(count) samples of N(0, \(shortText(standardDeviation))²)")
    }
}

extension ActivationUnderTest {
    /// A check on this implementation, identified as `callName.slug`.
    func check(_ slug: String, _ area: CheckArea, _ summary: String, hint: String,
               _ body: @escaping @Sendable () throws -> String) -> ModuleCheck {
        ModuleCheck(id: "\(callName).\(slug)", area: area, summary: summary, hint: hint, usesBackward: false, body: body)
    }

    /// A check of the backward pass: left out (with a note) when the implementation has none.
    func gradientCheck(_ slug: String, _ summary: String, hint: String,
                       _ body: @escaping @Sendable () throws -> String) -> ModuleCheck {
        ModuleCheck(id: "\(callName).\(slug)", area: .correctness, summary: summary, hint: hint, usesBackward: true, body: body)
    }
}

extension ActivationUnderTest {
    /// Requires `f(x)` to match a reference function rounded to `Float`, within `tolerance`.
    func expect(_ x: Tensor, matches exact: (ReferenceReal) -> ReferenceReal, _ tolerance: Tolerance,
                label: String? = nil) throws -> String {
        try expect(x, gives: reference(x, exact), tolerance, label: label)
    }

    /// Requires `backward(x, gradOutput: 1)`, that is f′(x) at each element, to match a
    /// reference derivative within `tolerance`.
    func expectDerivative(at x: Tensor, matches exact: (ReferenceReal) -> ReferenceReal,
                          _ tolerance: Tolerance) throws -> String {
        let grad = try gradient(x, Tensor.ones(shape: x.shape))
        let what = "\(callName).backward(\(brief(x)), gradOutput: 1)"
        try requireOutput(grad, of: x, matches: reference(x, exact), tolerance, what: what)
        return "\(what) = \(brief(grad))"
    }
}
