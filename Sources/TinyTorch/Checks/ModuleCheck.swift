// The module's checks: what they are, how one runs, and what a run reports.
//
// A check is defined once, here in the library, as a description the course
// prints ("ReLU handles negative inputs correctly"), a hint for learners and a
// computation. `tito test` prints the checks in the course's format, the test
// suite runs the very same values with Swift Testing, and a learner's own
// implementation is judged by building the checks over it (see
// ``ActivationUnderTest``).

/// Which of the module's five testing areas a check belongs to.
///
/// ```swift
/// CheckArea.stability.rawValue   // "stability"
/// ```
public enum CheckArea: String, Sendable, CaseIterable, Codable {
    /// The function computes what its formula says.
    case correctness
    /// Extreme inputs (±1000, ±∞, subnormals, NaN) give sensible outputs, never overflow.
    case stability
    /// The output has the input's shape, whatever its rank or size.
    case shape
    /// Every output lies in the function's range.
    case range
    /// The function works with the rest of the tensor library: matmul, arithmetic, batches, chains.
    case integration
}

/// Why a check failed: the input, the value it gave, and what was expected, in one line.
///
/// ```swift
/// throw CheckFailure("relu([-2.0]) gave [-2.0], expected [0.0]")
/// ```
public struct CheckFailure: Error, Sendable, CustomStringConvertible {
    /// The line shown after the check's description, e.g. `relu([-2.0]) gave [-2.0], expected [0.0]`.
    public let description: String

    /// A failure with the given explanation.
    ///
    /// ```swift
    /// CheckFailure("sigmoid(0) gave 0.4, expected 0.5")
    /// ```
    public init(_ description: String) {
        self.description = description
    }
}

/// One check of the module: a course-style description, the computation, and a
/// hint for learners.
///
/// The computation returns the evidence it saw (shown by `tito test --verbose`)
/// or throws a ``CheckFailure`` naming the input, the value and the expectation.
///
/// ```swift
/// let check = ModuleCheck(id: "demo.zero", area: .correctness,
///                         summary: "ReLU maps 0 to 0",
///                         hint: "max(0, 0) is 0.") {
///     let y = relu(Tensor([0]))
///     guard y.data == [0] else { throw CheckFailure("relu([0.0]) gave \(y), expected [0.0]") }
///     return "relu([0.0]) = \(y)"
/// }
/// check.run().passed   // true
/// ```
public struct ModuleCheck: Sendable, Identifiable, CustomStringConvertible {
    /// A stable identifier, e.g. `"relu.negative-inputs"`: the subject's key, a dot, the check's slug.
    public let id: String
    /// The testing area the check covers.
    public let area: CheckArea
    /// What the check establishes, as the course prints it: `"ReLU handles negative inputs correctly"`.
    public let summary: String
    /// One line that points a learner toward a fix without giving the solution.
    public let hint: String
    /// Whether the check calls the backward pass (left out for implementations without one).
    let usesBackward: Bool
    /// The computation: returns its evidence or throws a ``CheckFailure``.
    let body: @Sendable () throws -> String

    /// Makes a check. `body` returns what it saw, or throws a ``CheckFailure``.
    ///
    /// ```swift
    /// ModuleCheck(id: "x.y", area: .range, summary: "…", hint: "…") { "ok" }
    /// ```
    public init(id: String, area: CheckArea, summary: String, hint: String,
                body: @escaping @Sendable () throws -> String) {
        self.init(id: id, area: area, summary: summary, hint: hint, usesBackward: false, body: body)
    }

    init(id: String, area: CheckArea, summary: String, hint: String, usesBackward: Bool,
         body: @escaping @Sendable () throws -> String) {
        self.id = id
        self.area = area
        self.summary = summary
        self.hint = hint
        self.usesBackward = usesBackward
        self.body = body
    }

    /// `"relu.negative-inputs: ReLU handles negative inputs correctly"` (how Swift Testing names a case).
    public var description: String { "\(id): \(summary)" }

    /// Runs the computation once and reports the outcome; a thrown error other than
    /// ``CheckFailure`` also fails the check, with the error's text.
    ///
    /// ```swift
    /// let result = check.run()
    /// result.passed ? print("✅", result.summary) : print("❌", result.summary + ":", result.detail)
    /// ```
    public func run() -> CheckResult {
        do {
            return CheckResult(id: id, area: area, summary: summary, hint: hint, passed: true, detail: try body())
        } catch {
            return CheckResult(id: id, area: area, summary: summary, hint: hint, passed: false, detail: "\(error)")
        }
    }
}

/// The outcome of one run of a ``ModuleCheck``; `Codable`, so a learner's workspace
/// can hand results to `tito` as JSON.
///
/// ```swift
/// let result = check.run()
/// result.passed    // true or false
/// result.detail    // the evidence, or the failure line
/// ```
public struct CheckResult: Sendable, Codable, Equatable {
    /// The check's ``ModuleCheck/id``.
    public var id: String
    /// The check's area.
    public var area: CheckArea
    /// The check's description.
    public var summary: String
    /// The check's hint for learners.
    public var hint: String
    /// Whether the check held.
    public var passed: Bool
    /// The evidence when it passed; the input, value and expectation when it failed.
    public var detail: String
}

/// The checks of one subject, run and printed together: one activation
/// (`"ReLU activation"`) or one part of ``Tensor`` (`"Broadcasting"`).
///
/// ```swift
/// let group = ModuleChecks.activationGroup(for: ActivationCatalog.entries[0])
/// group.title     // "ReLU"
/// group.heading   // "ReLU activation"
/// ```
public struct CheckGroup: Sendable {
    /// The short name used in the progress line: `"ReLU"`.
    public let title: String
    /// The name used in the group's heading: `"ReLU activation"`.
    public let heading: String
    /// The checks, in the order they run.
    public let checks: [ModuleCheck]
    /// Remarks about checks that do not apply to this subject and why (shown, not counted).
    public let notes: [String]

    /// Makes a group.
    ///
    /// ```swift
    /// CheckGroup(title: "ReLU", heading: "ReLU activation", checks: [], notes: [])
    /// ```
    public init(title: String, heading: String, checks: [ModuleCheck], notes: [String] = []) {
        self.title = title
        self.heading = heading
        self.checks = checks
        self.notes = notes
    }
}
