import ArgumentParser
import Foundation

/// `tito module status [--path DIR]`: per function of the learner's workspace, which checks pass.
struct ModuleStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Build your workspace and show, per function, which checks pass."
    )

    @Option(help: "The workspace (default: the one around the current folder).")
    var path: String?

    func run() throws {
        let workspace = try Workspace.resolve(path: path)
        let record = try workspace.record()
        print(ModuleStatus.header(workspace, record))
        let session = try LearnerSession.judge(workspace) { outcome in
            print(ModuleStatus.lines(outcome), terminator: "")
        }
        print(ModuleStatus.footer(session, record))
    }

    static func header(_ workspace: Workspace, _ record: ModuleRecord) -> String {
        "📋 Activations module in \(workspace.root.path), started \(day(record.started))"
    }

    /// `ReLU      ✓ all 10 checks pass`, or the count and the summaries of the failing checks.
    static func lines(_ outcome: LearnerCheckRun.FunctionOutcome) -> String {
        let name = (outcome.plan.title + (outcome.plan.required ? "" : " (optional)"))
        let padded = name.padding(toLength: max(name.count + 1, 19), withPad: " ", startingAt: 0)
        if outcome.allPassed {
            return "\(padded)✓ all \(outcome.results.count) checks pass\n"
        }
        var lines = ["\(padded)✗ \(outcome.passed) of \(outcome.results.count) checks pass; failing:"]
        lines += outcome.results.filter { !$0.passed }.map { "    ✗ \($0.summary)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the module is complete, or what to do next.
    static func footer(_ session: LearnerSession, _ record: ModuleRecord) -> String {
        let next = session.requiredLeft.first
        if let completed = record.completed {
            let since = next.map { " Since then \($0.plan.title) fails checks again: `tito test \($0.plan.key)`." } ?? ""
            return "🎉 Completed on \(day(completed.at)) (\(completed.functions.joined(separator: ", "))).\(since)"
        }
        if let next {
            return "Next: \(next.plan.title) (`tito test \(next.plan.key)`); then `tito module complete`."
        }
        return "ReLU, Sigmoid and Tanh pass every check: run `tito module complete`."
    }

    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}
