import Foundation
import Testing
@testable import TinyTorch

/// A learner's first ReLU: the skeleton's body, which returns its input unchanged.
private struct UnchangedReLU: Sendable {
    func forward(_ x: Tensor) -> Tensor { x }
}

@Suite("The check program of a learner's workspace")
struct LearnerCheckProgramTests {
    let unchanged = LearnerImplementation(key: "relu", UnchangedReLU()) { relu, x in relu.forward(x) }

    /// Runs the program's command `arguments` and returns what it wrote to its output file.
    func output(of arguments: [String], _ implementations: [LearnerImplementation]) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("learner-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try LearnerCheckProgram.execute(arguments + ["--output", file.path], implementations)
        return try Data(contentsOf: file)
    }

    @Test("a learner's function gets the library's checks for its key, gradient checks left out without backward")
    func plansAreTheLibrarysChecks() throws {
        let plans = try JSONDecoder().decode([LearnerCheckPlan].self, from: output(of: ["list"], [unchanged]))
        let library = ModuleChecks.activationGroup(for: ActivationCatalog.entry(named: "relu")!)
        #expect(plans.count == 1)
        #expect(plans[0].key == "relu" && plans[0].title == "ReLU" && plans[0].heading == "ReLU activation")
        #expect(plans[0].required)
        #expect(plans[0].checks.map(\.id) == library.checks.filter { !$0.usesBackward }.map(\.id))
        #expect(plans[0].checks.first?.hint == library.checks.first?.hint)
        #expect(plans[0].notes == ["ReLU has no backward pass yet: gradient checks skipped"])
    }

    @Test("a learner's type that conforms to Activation has its backward checked too")
    func backwardIsCheckedWhenPresent() {
        let withBackward = LearnerImplementation(key: "relu", ReLU(), required: false) { relu, x in relu(x) }
        let library = ModuleChecks.activationGroup(for: ActivationCatalog.entry(named: "relu")!)
        #expect(LearnerCheckPlan(withBackward).checks.map(\.id) == library.checks.map(\.id))
        #expect(!LearnerCheckPlan(withBackward).required)
    }

    @Test("run writes one outcome line per check from --from on, the same results as running the checks")
    func runFromAnIndex() throws {
        let text = String(decoding: try output(of: ["run", "relu", "--from", "2"], [unchanged]), as: UTF8.self)
        let outcomes = try text.split(separator: "\n").map { try JSONDecoder().decode(LearnerCheckOutcome.self, from: Data($0.utf8)) }
        let checks = unchanged.group.checks
        #expect(outcomes.map(\.index) == Array(2..<checks.count))
        #expect(outcomes.map(\.result) == checks.dropFirst(2).map { $0.run() })
        let first = try #require(try output(of: ["run", "relu"], [unchanged]).split(separator: UInt8(ascii: "\n")).first)
        let negative = try JSONDecoder().decode(LearnerCheckOutcome.self, from: Data(first)).result
        #expect(!negative.passed)
        #expect(negative.detail == "relu([-3.0, -2.0, -1.0, -0.5, 0.0]) gave [-3.0, -2.0, -1.0, -0.5, 0.0], expected [0.0, 0.0, 0.0, 0.0, 0.0]")
    }

    @Test("wrong arguments are usage errors naming the problem", arguments: [
        (["run", "sigmoid"], "no function 'sigmoid' here; have: relu"),
        (["run", "relu", "--from", "-1"], "--from needs a count ≥ 0, got '-1'"),
        (["run", "relu", "--from"], "--from needs a value"),
        (["list", "extra"], LearnerCheckProgram.usage),
        ([], LearnerCheckProgram.usage),
    ])
    func usageErrors(arguments: [String], message: String) {
        #expect {
            try LearnerCheckProgram.execute(arguments, [unchanged])
        } throws: { error in
            (error as? LearnerCheckProgram.UsageError)?.description == message
        }
    }

    @Test("an unknown key stops with a message listing the catalog's keys")
    func unknownKey() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = LearnerImplementation(key: "swish", UnchangedReLU()) { relu, x in relu.forward(x) }
        }
        #expect(standardError(of: result).contains("unknown key 'swish'; valid keys: relu, sigmoid, tanh"))
    }
}
