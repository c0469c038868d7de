import Foundation
import TinyTorch

/// Runs the module's checks on a learner's code: each function's checks in a child process
/// (the workspace's `check-activations`), so that code that traps fails one check and the
/// run goes on — with the next check in a fresh process.
///
/// ```swift
/// let outcomes = try LearnerCheckRun.run(program: program, workspace: workspace, keys: ["relu"])
/// outcomes[0].results.filter(\.passed).count   // checks of ReLU that pass
/// ```
enum LearnerCheckRun {
    /// How long one child may run before it is killed and its current check failed (seconds).
    static let timeLimit: Double = 10

    /// One function's plan and the results of its checks, in plan order.
    struct FunctionOutcome: Equatable {
        let plan: LearnerCheckPlan
        let results: [CheckResult]

        var passed: Int { results.count(where: \.passed) }
        var allPassed: Bool { passed == results.count }
    }

    /// The plans of every function in the workspace, without running learner code.
    static func plans(program: URL, workspace: Workspace) throws(TitoError) -> [LearnerCheckPlan] {
        let output = try ChildProcess.temporaryFile("plans")
        defer { try? FileManager.default.removeItem(at: output) }
        let listing = try ChildProcess.run([program.path, "list", "--output", output.path], in: workspace.root,
                                           timeLimit: timeLimit)
        guard listing.status == .exited(0),
              let plans = try? JSONDecoder().decode([LearnerCheckPlan].self, from: Data(contentsOf: output)) else {
            throw .failure("the workspace's check program did not list its checks (\(describe(listing.status))): "
                + (listing.errors.split(separator: "\n").first.map(String.init) ?? "no message"))
        }
        return plans
    }

    /// Runs the checks of `plan`, restarting after each check that crashes or hangs.
    static func run(_ plan: LearnerCheckPlan, program: URL, workspace: Workspace) throws(TitoError) -> FunctionOutcome {
        let output = try ChildProcess.temporaryFile("outcomes")
        defer { try? FileManager.default.removeItem(at: output) }
        var results: [CheckResult] = []
        while results.count < plan.checks.count {
            let start = results.count
            let child = try ChildProcess.run([program.path, "run", plan.key, "--from", String(start), "--output", output.path],
                                             in: workspace.root, timeLimit: timeLimit)
            let reported = ((try? String(contentsOf: output, encoding: .utf8)) ?? "")
                .split(separator: "\n")
                .compactMap { try? JSONDecoder().decode(LearnerCheckOutcome.self, from: Data($0.utf8)) }
            for outcome in reported where outcome.index == results.count {
                results.append(outcome.result)
            }
            if results.count < plan.checks.count {
                let failure = crashDescription(child, workspace: workspace)
                results.append(plan.checks[results.count].failed(failure))
            }
        }
        return FunctionOutcome(plan: plan, results: results)
    }

    /// Why a child stopped before reporting its check, in one line: the runtime's message and
    /// where in the learner's file it happened, e.g.
    /// `crashed: Fatal error: Index out of range (at Sources/MyActivations/Activations.swift:52)`.
    static func crashDescription(_ child: ChildProcess, workspace: Workspace) -> String {
        if case .timedOut(let seconds) = child.status {
            return "did not finish within \(Int(seconds)) s (an endless loop?)"
        }
        let lines = child.errors.split(separator: "\n").map(String.init)
        let phrases = ["Fatal error", "Precondition failed", "Assertion failed", "Program crashed"]
        let message = lines.lazy.compactMap { line in
            phrases.lazy.compactMap { line.range(of: $0) }.first.map { String(line[$0.lowerBound...]) }
        }.first ?? describe(child.status)
        let root = workspace.root.path + "/"
        let place = lines.lazy.compactMap { line -> String? in
            guard let at = line.range(of: " at " + root + "Sources/MyActivations/") else { return nil }
            let location = line[at.upperBound...].split(separator: ":").prefix(2).joined(separator: ":")
            return "Sources/MyActivations/" + location
        }.first
        return "crashed: " + message + (place.map { " (at \($0))" } ?? "")
    }

    static func describe(_ status: ChildProcess.Status) -> String {
        switch status {
        case .exited(let code): "exit code \(code)"
        case .signalled(let signal): "stopped by signal \(signal)"
        case .timedOut(let seconds): "killed after \(Int(seconds)) s"
        }
    }
}
