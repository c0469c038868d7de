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
    /// calling `each` as every function's checks finish, so a caller can print as it goes, and
    /// `progress` with a line saying what takes time now.
    ///
    /// - Throws: ``TitoError`` with the compiler's first errors if the workspace does not
    ///   build, or naming the valid functions if a name is unknown.
    static func judge(_ workspace: Workspace, names: [String] = [], progress: (String) -> Void = { _ in },
                      each: (LearnerCheckRun.FunctionOutcome) -> Void = { _ in }) throws(TitoError) -> LearnerSession {
        defer { progress("") }
        let (program, plans) = try prepare(workspace, names: names, progress: progress)
        var outcomes: [LearnerCheckRun.FunctionOutcome] = []
        for plan in plans {
            progress("Checking your \(plan.title)…")
            let outcome = try LearnerCheckRun.run(plan, program: program, workspace: workspace)
            each(outcome)
            outcomes.append(outcome)
        }
        return LearnerSession(workspace: workspace, outcomes: outcomes)
    }

    /// Builds `workspace` and lists the plans of the functions named in `names` (all when empty):
    /// the workspace's check program, and what it can check.
    static func prepare(_ workspace: Workspace, names: [String],
                        progress: (String) -> Void) throws(TitoError) -> (program: URL, plans: [LearnerCheckPlan]) {
        progress("Building \(workspace.root.lastPathComponent) (the first build compiles TinyTorch too)…")
        let program = try WorkspaceBuild.checkProgram(of: workspace)
        return (program, try select(names, from: LearnerCheckRun.plans(program: program, workspace: workspace)))
    }

    /// The plans named in `names` (matched as the catalog matches names: `ReLU`, `relu`, `gelu`),
    /// in the workspace's order; all of them when `names` is empty.
    static func select(_ names: [String], from plans: [LearnerCheckPlan]) throws(TitoError) -> [LearnerCheckPlan] {
        guard !names.isEmpty else { return plans }
        var keys: [String] = []
        for name in names {
            guard let key = ActivationCatalog.entry(named: name)?.key, plans.contains(where: { $0.key == key }) else {
                throw .usage("this workspace has no function '\(name)'; it has: \(plans.map(\.key).joined(separator: ", "))")
            }
            keys.append(key)
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
