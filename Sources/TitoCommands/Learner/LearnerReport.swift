import TinyTorch

/// The course's feedback for a learner's checks, as text:
///
/// ```
/// 🔬 Unit Test: ReLU activation...
/// ❌ ReLU handles negative inputs correctly: relu([-2.0, -1.0, 0.0]) gave [-2.0, -1.0, 0.0], expected [0.0, 0.0, 0.0]
///    Hint: ReLU keeps positive values and replaces the rest by 0.
/// ✅ ReLU preserves positive inputs
/// 📈 Progress: ReLU ✗ (2 of 4 checks)
/// ```
enum LearnerReport {
    /// One function's block: heading, a line per check (with the hint under a failure), notes, progress.
    static func block(_ outcome: LearnerCheckRun.FunctionOutcome, verbose: Bool = false) -> String {
        var lines = ["🔬 Unit Test: \(outcome.plan.heading)..."]
        for result in outcome.results {
            if result.passed {
                lines.append("✅ \(result.summary)" + (verbose ? ": \(result.detail)" : ""))
            } else {
                lines.append("❌ \(result.summary): \(result.detail)")
                lines.append("   Hint: \(result.hint)")
            }
        }
        lines += outcome.plan.notes.map { "   Note: \($0)" }
        lines.append("📈 Progress: \(progress(outcome))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `ReLU ✓`, or `ReLU ✗ (2 of 4 checks)`; optional functions say so.
    static func progress(_ outcome: LearnerCheckRun.FunctionOutcome) -> String {
        let name = outcome.plan.title + (outcome.plan.required ? "" : " (optional)")
        return outcome.allPassed ? "\(name) ✓" : "\(name) ✗ (\(outcome.passed) of \(outcome.results.count) checks)"
    }

    /// The run's last line, alone: `N passed, M failed`.
    static func totals(_ session: LearnerSession) -> String {
        "\(session.passed) passed, \(session.failed) failed\n"
    }
}
