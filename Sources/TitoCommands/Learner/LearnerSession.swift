import Foundation
import TinyTorch

/// One judging of a learner's workspace: build it, list its functions' checks, run them.
/// `tito test`, `tito module status` and `tito module complete` all start here.
///
/// ```swift
/// let session = try LearnerSession.judge(try Workspace.resolve(path: nil), names: ["relu"]) { outcome in
///     print(outcome.plan.title, outcome.passed, "of", outcome.results.count)
/// }
/// ```
struct LearnerSession {
    let workspace: Workspace
    /// Every function's outcome, in the workspace's order (the course's: ReLU, Sigmoid, Tanh, …).
    let outcomes: [LearnerCheckRun.FunctionOutcome]

    /// Builds `workspace` and runs the checks of the functions named in `names` (all when empty),
    /// calling `each` as every function's checks finish, so a caller can print as it goes.
    ///
    /// - Throws: ``LearnerError`` with the compiler's first errors if the workspace does not
    ///   build, or naming the valid functions if a name is unknown.
    static func judge(_ workspace: Workspace, names: [String] = [],
                      each: (LearnerCheckRun.FunctionOutcome) -> Void = { _ in }) throws -> LearnerSession {
        let program = try WorkspaceBuild.checkProgram(of: workspace)
        let plans = try select(names, from: LearnerCheckRun.plans(program: program, workspace: workspace))
        var outcomes: [LearnerCheckRun.FunctionOutcome] = []
        for plan in plans {
            let outcome = try LearnerCheckRun.run(plan, program: program, workspace: workspace)
            each(outcome)
            outcomes.append(outcome)
        }
        return LearnerSession(workspace: workspace, outcomes: outcomes)
    }

    /// The plans named in `names` (matched as the catalog matches names: `ReLU`, `relu`, `gelu`),
    /// in the workspace's order; all of them when `names` is empty.
    static func select(_ names: [String], from plans: [LearnerCheckPlan]) throws -> [LearnerCheckPlan] {
        guard !names.isEmpty else { return plans }
        let keys = try names.map { name in
            guard let key = ActivationCatalog.entry(named: name)?.key, plans.contains(where: { $0.key == key }) else {
                throw LearnerError("this workspace has no function '\(name)'; it has: \(plans.map(\.key).joined(separator: ", "))")
            }
            return key
        }
        return plans.filter { keys.contains($0.key) }
    }

    var passed: Int { outcomes.reduce(0) { $0 + $1.passed } }
    var failed: Int { outcomes.reduce(0) { $0 + $1.results.count - $1.passed } }

    /// The required functions whose checks do not all pass yet.
    var requiredLeft: [LearnerCheckRun.FunctionOutcome] {
        outcomes.filter { $0.plan.required && !$0.allPassed }
    }
}
