import Foundation

// What a workspace's `check-activations` program tells `tito`, as JSON: first the plan
// (every function's checks, before any learner code runs), then one line per check run.
// A check whose line never comes is the one during which the learner's code crashed.

/// The checks of one of the learner's functions, listed before any of them runs.
///
/// ```json
/// {"key": "relu", "title": "ReLU", "heading": "ReLU activation", "required": true, "notes": [],
///  "checks": [{"id": "relu.negative-inputs", "area": "correctness",
///              "summary": "ReLU handles negative inputs correctly", "hint": "…"}]}
/// ```
public struct LearnerCheckPlan: Codable, Sendable, Equatable {
    /// One check, as listed: everything but its outcome.
    public struct Check: Codable, Sendable, Equatable {
        /// The check's ``ModuleCheck/id``, e.g. `"relu.negative-inputs"`.
        public var id: String
        /// The testing area it covers.
        public var area: CheckArea
        /// What it establishes: `"ReLU handles negative inputs correctly"`.
        public var summary: String
        /// The line shown under a failure.
        public var hint: String

        /// The check's result when it could not report one itself (the learner's code crashed).
        ///
        /// ```swift
        /// check.failed("crashed: Fatal error: Index out of range").passed   // false
        /// ```
        public func failed(_ detail: String) -> CheckResult {
            CheckResult(id: id, area: area, summary: summary, hint: hint, passed: false, detail: detail)
        }
    }

    /// The catalog key: `"relu"`.
    public var key: String
    /// The short name in progress lines: `"ReLU"`.
    public var title: String
    /// The heading: `"ReLU activation"`.
    public var heading: String
    /// Whether completing the module needs this function.
    public var required: Bool
    /// Remarks on checks left out, e.g. gradient checks without a backward pass.
    public var notes: [String]
    /// The checks, in the order they run.
    public var checks: [Check]

    /// The plan of one implementation: its ``LearnerImplementation/group`` without running anything.
    ///
    /// ```swift
    /// LearnerCheckPlan(mine).checks.count   // 9
    /// ```
    public init(_ implementation: LearnerImplementation) {
        let group = implementation.group
        self.key = implementation.key
        self.title = group.title
        self.heading = group.heading
        self.required = implementation.required
        self.notes = group.notes
        self.checks = group.checks.map { Check(id: $0.id, area: $0.area, summary: $0.summary, hint: $0.hint) }
    }
}

/// The outcome of check number `index` of the function `key`: one JSON line.
///
/// ```json
/// {"key": "relu", "index": 0, "result": {"id": "relu.negative-inputs", "passed": false, "detail": "…", …}}
/// ```
public struct LearnerCheckOutcome: Codable, Sendable, Equatable {
    /// The function's catalog key: `"relu"`.
    public var key: String
    /// The check's position in the function's ``LearnerCheckPlan/checks``.
    public var index: Int
    /// What the check found.
    public var result: CheckResult

    /// Makes an outcome line.
    ///
    /// ```swift
    /// LearnerCheckOutcome(key: "relu", index: 0, result: check.run())
    /// ```
    public init(key: String, index: Int, result: CheckResult) {
        self.key = key
        self.index = index
        self.result = result
    }
}

/// A learner's function sampled along x, for `tito plot` to draw beside the reference.
/// Non-finite values are written as the strings `"nan"`, `"inf"` and `"-inf"`.
///
/// ```json
/// {"x": [-5, -4.975, …], "y": [0, 0, …]}
/// ```
public struct LearnerCurve: Codable, Sendable, Equatable {
    /// The sample points, as ``ActivationCurve`` spaces them.
    public var x: [Float]
    /// The learner's outputs; as many as the function returned, which may differ from `x.count`.
    public var y: [Float]

    /// How non-finite floats are written in JSON.
    public static let nonFiniteEncoding = JSONEncoder.NonConformingFloatEncodingStrategy
        .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    /// How they are read back.
    public static let nonFiniteDecoding = JSONDecoder.NonConformingFloatDecodingStrategy
        .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

    /// `implementation` at `count` points from `from` to `to`, sampled by ``ActivationCurve``
    /// (the sweep laid out by the entry's ``ActivationKind``: a function along an axis sees it as
    /// one 1-d vector); `nil` when the output has not the shape that kind promises.
    ///
    /// ```swift
    /// LearnerCurve(mine, from: -5, to: 5, count: 401)?.y.count   // 401 if the shape is kept
    /// ```
    public init?(_ implementation: LearnerImplementation, from: Float, to: Float, count: Int) {
        guard let curve = ActivationCurve(implementation.subject, from: from, to: to, count: count) else { return nil }
        x = curve.x
        y = curve.y
    }
}
