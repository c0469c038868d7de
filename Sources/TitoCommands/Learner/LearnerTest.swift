import Foundation

/// `tito test` on a learner's workspace: builds it, runs the module's checks on the learner's
/// functions and prints the course's feedback, function by function, ending with `N passed, M failed`.
///
/// ```swift
/// let passed = try LearnerTest.run(workspace, names: ["relu"]) { print($0, terminator: "") }
/// ```
enum LearnerTest {
    /// Prints (through `write`) each function's block as soon as its checks are done, then the totals.
    /// Returns whether every check passed.
    ///
    /// - Throws: ``LearnerError`` with the compiler's first errors when the workspace does not build.
    static func run(_ workspace: Workspace, names: [String] = [], verbose: Bool = false,
                    write: (String) -> Void) throws -> Bool {
        var first = true
        let session = try LearnerSession.judge(workspace, names: names) { outcome in
            write((first ? "" : "\n") + LearnerReport.block(outcome, verbose: verbose))
            first = false
        }
        write("\n" + LearnerReport.totals(session))
        return session.failed == 0
    }
}
