import ArgumentParser
import Foundation

/// `tito module status [--path DIR]`: per function of the learner's workspace, which checks pass.
///
/// ```
/// 📋 Activations module in /home/ada/activations-workspace, started 2026-12-01
/// ReLU               ✓ all 10 checks pass
/// Sigmoid            ✗ 6 of 13 checks pass; failing:
///     ✗ Sigmoid(0) is exactly 0.5
/// …
/// Next: Sigmoid (`tito test sigmoid`); then `tito module complete`.
/// ```
struct ModuleStatus: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Build your workspace and show, per function, which checks pass."
    )

    @OptionGroup var workspaceOption: WorkspaceOption

    @OptionGroup var style: StyleOptions

    func execute(on console: Console) throws(TitoError) -> Int32 {
        let style = style.style(on: console)
        let workspace = try workspaceOption.workspace()
        let record = try workspace.record()
        console.line(style.mark("📋", plain: "") + "Activations module in \(workspace.root.path), started \(ModuleStatus.day(record.started))")
        let session = try LearnerSession.judge(workspace, progress: console.progress) { outcome in
            console.progress("")
            ModuleStatus.lines(outcome, style: style).forEach { console.line($0) }
        }
        console.line(ModuleStatus.footer(session, record, style: style))
        return 0
    }

    /// `ReLU               ✓ all 10 checks pass`, or the count and the summaries of the failing checks.
    static func lines(_ outcome: LearnerCheckRun.FunctionOutcome, style: OutputStyle) -> [String] {
        let name = outcome.group.title
        let padded = name.padding(toLength: max(name.count + 1, 19), withPad: " ", startingAt: 0)
        let (pass, fail) = style.emoji ? ("✓", "✗") : ("ok", "FAILED")
        if outcome.allPassed {
            return ["\(padded)\(style.paint(pass, .green)) all \(outcome.results.count) checks pass"]
        }
        return ["\(padded)\(style.paint(fail, .red)) \(outcome.passed) of \(outcome.results.count) checks pass; failing:"]
            + outcome.results.filter { !$0.passed }.map { "    \(style.emoji ? "✗" : "-") \($0.summary)" }
    }

    /// Whether the module is complete, or what to do next.
    static func footer(_ session: LearnerSession, _ record: ModuleRecord, style: OutputStyle) -> String {
        let next = session.requiredLeft.first
        if let completed = record.completed {
            let since = next.map { " Since then \($0.plan.title) fails checks again: `tito test \($0.plan.key)`." } ?? ""
            return style.mark("🎉", plain: "") + "Completed on \(day(completed.at)) (\(completed.functions.joined(separator: ", "))).\(since)"
        }
        if let next {
            return "Next: \(next.plan.title) (`tito test \(next.plan.key)`); then `tito module complete`."
        }
        return "ReLU, Sigmoid and Tanh pass every check: run `tito module complete`."
    }

    /// `2026-12-01`.
    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}
