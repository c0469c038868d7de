import ArgumentParser
import Foundation

/// `tito module complete [--path DIR]`: runs every check with the course's output; when the required
/// functions pass them all, records completion in the workspace's `tito-module.json` and prints the
/// course's closing lines, otherwise lists what is left and exits 1.
struct ModuleComplete: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Run every check; when ReLU, Sigmoid and Tanh pass them all, record the module as complete.",
        discussion: "GELU and Softmax are optional: they are checked and reported, but do not hold completion back."
    )

    @OptionGroup var workspaceOption: WorkspaceOption

    @OptionGroup var style: StyleOptions

    func execute(on console: Console) throws(TitoError) -> Int32 {
        let style = style.style(on: console)
        let workspace = try workspaceOption.workspace()
        var record = try workspace.record()
        let printer = CheckPrinter(style: style, verbose: false)
        let session = try LearnerSession.judge(workspace, progress: console.progress) { outcome in
            console.progress("")
            printer.print(outcome.group, outcome.results, on: console)
        }
        let left = session.requiredLeft
        guard left.isEmpty else {
            ModuleComplete.whatIsLeft(left).forEach { console.line($0) }
            return 1
        }
        record.completed = ModuleRecord.Completion(at: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
                                                   checksPassed: session.passed,
                                                   functions: session.outcomes.filter(\.allPassed).map(\.plan.title))
        try workspace.save(record)
        ModuleComplete.closing(session, style: style).forEach { console.line($0) }
        return 0
    }

    /// Each required function still failing, how many checks it fails and the first of them.
    static func whatIsLeft(_ left: [LearnerCheckRun.FunctionOutcome]) -> [String] {
        ["Not complete yet. Left to do:"]
            + left.map { outcome in
                let failing = outcome.results.filter { !$0.passed }
                return "  \(outcome.plan.title): \(failing.count) of \(outcome.results.count) checks fail, first: \(failing[0].summary)"
            }
            + ["Run `tito test \(left[0].plan.key)` for the details and hints."]
    }

    /// The course's closing lines, what was recorded, and the optional functions still open.
    static func closing(_ session: LearnerSession, style: OutputStyle) -> [String] {
        let required = session.outcomes.filter(\.plan.required)
        let checks = required.reduce(0) { $0 + $1.results.count }
        var lines = [
            style.mark("🎉", plain: "") + style.paint("ALL TESTS PASSED! Module ready for export.", .green),
            "   \(Chart.listed(required.map(\.plan.title))) pass all \(checks) checks; completion recorded in \(Workspace.markerName).",
        ]
        let optionalLeft = session.outcomes.filter { !$0.plan.required && !$0.allPassed }
        if !optionalLeft.isEmpty {
            lines.append("   Optional, still open if you like: "
                + optionalLeft.map { "\($0.plan.title) (\($0.passed) of \($0.results.count) checks)" }.joined(separator: ", ") + ".")
        }
        return lines
    }
}
