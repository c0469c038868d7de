import Foundation
import TinyTorch

/// `tito test` on a learner's workspace: builds it, runs the module's checks on the learner's
/// functions and prints them with the course's ``CheckPrinter``, function by function as they
/// finish, ending with `N passed, M failed`.
///
/// ```swift
/// let status = try LearnerTest.run(workspace, names: ["relu"], printer: printer, on: console)   // 0 or 1
/// ```
enum LearnerTest {
    /// The workspace `tito test` or `tito plot` works on: the one at `path`; without a path, the one
    /// around the current folder; `nil` (the library itself) when there is none.
    ///
    /// - Throws: ``TitoError/usage(_:)`` when `path` is not a workspace.
    static func workspace(path: String?) throws(TitoError) -> Workspace? {
        if let path { return try Workspace.resolve(path: path) }
        return Workspace.enclosing(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Checks the functions named in `names` (all when empty); 1 if any check failed, else 0.
    ///
    /// - Throws: ``TitoError`` with the compiler's first errors when the workspace does not build.
    static func run(_ workspace: Workspace, names: [String], printer: CheckPrinter,
                    on console: Console) throws(TitoError) -> Int32 {
        let session = try LearnerSession.judge(workspace, names: names, progress: console.progress) { outcome in
            console.progress("")
            printer.print(outcome.group, outcome.results, on: console)
        }
        console.line(CheckPrinter.tally(passed: session.passed, failed: session.failed))
        return session.failed == 0 ? 0 : 1
    }
}

extension LearnerCheckRun.FunctionOutcome {
    /// What ``CheckPrinter`` prints for this function: its title (marked when optional),
    /// heading and notes. The checks themselves ran in the workspace's program, so the
    /// group carries none; their results come with the outcome.
    var group: CheckGroup {
        CheckGroup(title: plan.title + (plan.required ? "" : " (optional)"), heading: plan.heading,
                   checks: [], notes: plan.notes)
    }
}
