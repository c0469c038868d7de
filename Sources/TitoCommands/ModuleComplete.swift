import ArgumentParser
import Foundation

/// `tito module complete [--path DIR]`: runs every check; when the required functions pass them
/// all, records completion in the workspace's `tito-module.json` and prints the course's closing lines.
struct ModuleComplete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Run every check; when ReLU, Sigmoid and Tanh pass them all, record the module as complete.",
        discussion: "Exits 1, listing what is left, while a required function fails a check."
    )

    @Option(help: "The workspace (default: the one around the current folder).")
    var path: String?

    func run() throws {
        let workspace = try Workspace.resolve(path: path)
        let (text, completed) = try ModuleComplete.complete(workspace) { print("📈 Progress: \(LearnerReport.progress($0))") }
        print(text, terminator: "")
        if !completed { throw ExitCode(1) }
    }

    /// Judges `workspace` (calling `each` per function as it finishes), records completion if
    /// every required function passes, and returns the closing text and whether it completed.
    static func complete(_ workspace: Workspace, now: Date = Date(),
                         each: (LearnerCheckRun.FunctionOutcome) -> Void = { _ in }) throws -> (String, Bool) {
        var record = try workspace.record()
        let session = try LearnerSession.judge(workspace, each: each)
        let left = session.requiredLeft
        guard left.isEmpty else {
            var lines = ["Not complete yet. Left to do:"]
            for outcome in left {
                lines.append("  \(outcome.plan.title): \(outcome.results.count - outcome.passed) of \(outcome.results.count) checks fail, e.g. \(outcome.results.first { !$0.passed }!.summary)")
            }
            lines.append("Run `tito test \(left[0].plan.key)` for the details and hints.")
            return (lines.joined(separator: "\n") + "\n", false)
        }
        let done = session.outcomes.filter(\.allPassed)
        record.completed = ModuleRecord.Completion(at: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)),
                                                   checksPassed: session.passed, functions: done.map(\.plan.title))
        try workspace.save(record)
        let required = session.outcomes.filter(\.plan.required)
        var lines = [
            "🎉 ALL TESTS PASSED! Module ready for export.",
            "   \(required.map(\.plan.title).formatted()) pass all \(required.reduce(0) { $0 + $1.results.count }) checks; recorded in \(Workspace.markerName).",
        ]
        let optionalLeft = session.outcomes.filter { !$0.plan.required && !$0.allPassed }
        if !optionalLeft.isEmpty {
            lines.append("   Optional, still open if you like: "
                + optionalLeft.map { "\($0.plan.title) (\($0.passed) of \($0.results.count) checks)" }.joined(separator: ", ") + ".")
        }
        return (lines.joined(separator: "\n") + "\n", true)
    }
}
