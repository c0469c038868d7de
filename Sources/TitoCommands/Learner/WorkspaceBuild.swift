import Foundation

/// Builds a workspace's `check-activations` program with `swift build`.
///
/// ```swift
/// let program = try WorkspaceBuild.checkProgram(of: workspace)   // builds, then returns the executable
/// ```
enum WorkspaceBuild {
    /// The product that runs the checks on the learner's types.
    static let product = "check-activations"
    /// How many compiler errors a failed build shows.
    static let errorsShown = 3

    /// Builds the workspace and returns the path of its check program.
    ///
    /// - Throws: ``TitoError/failure(_:)`` whose text is the compiler's first errors when the build fails.
    static func checkProgram(of workspace: Workspace) throws(TitoError) -> URL {
        let build = try ChildProcess.run(["swift", "build", "--package-path", workspace.root.path,
                                          "--product", product])
        guard build.status == .exited(0) else {
            throw .failure(failureSummary(build.output + "\n" + build.errors, workspace: workspace))
        }
        let binPath = try ChildProcess.run(["swift", "build", "--package-path", workspace.root.path, "--show-bin-path"])
        let folder = binPath.output.split(separator: "\n").last.map(String.init) ?? ""
        guard binPath.status == .exited(0), !folder.isEmpty else {
            throw .failure("swift build --show-bin-path failed in \(workspace.root.path): \(binPath.errors)")
        }
        return URL(fileURLWithPath: folder).appendingPathComponent(product)
    }

    /// The build's first ``errorsShown`` errors, each with the source lines the compiler
    /// quotes, paths relative to the workspace, and how many more there are.
    ///
    /// ```swift
    /// WorkspaceBuild.failureSummary(output, workspace: workspace)
    /// // "the workspace does not compile (1 error):
    /// //  Sources/MyActivations/Activations.swift:40:16: error: cannot find 'y' in scope
    /// //  40 |         return y
    /// //     |                `- error: cannot find 'y' in scope
    /// //  (…)"
    /// ```
    static func failureSummary(_ output: String, workspace: Workspace) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [[String]] = []
        var seen = Set<String>()
        for (i, line) in lines.enumerated() where isErrorHeader(line) && seen.insert(line).inserted {
            let quoted = lines[(i + 1)...].prefix { isQuotedSource($0) }
            blocks.append([line] + quoted)
        }
        let root = workspace.root.path + "/"
        func relative(_ line: String) -> String { line.replacingOccurrences(of: root, with: "") }
        guard !blocks.isEmpty else {
            let tail = lines.filter { !$0.isEmpty }.suffix(10).map(relative)
            return (["the workspace does not build; the build ended with:"] + tail).joined(separator: "\n")
        }
        var summary = ["the workspace does not compile (\(blocks.count) error\(blocks.count == 1 ? "" : "s")):"]
        summary += blocks.prefix(errorsShown).flatMap { $0.map(relative) }
        if blocks.count > errorsShown {
            summary.append("… and \(blocks.count - errorsShown) more: run `swift build` in \(workspace.root.path) to see them all")
        }
        return summary.joined(separator: "\n")
    }

    /// `path:line:col: error: …` from the compiler, or `error: …` from the package manager.
    /// Lines that only say a compiler invocation failed are left out: they repeat nothing useful.
    static func isErrorHeader(_ line: String) -> Bool {
        (line.hasPrefix("error: ") || line.contains(": error: ")) && !line.contains("command failed with exit code")
    }

    /// A line of the source excerpt the compiler prints under a diagnostic (` 40 |  code`, `    | ^`).
    static func isQuotedSource(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        let afterNumber = trimmed.drop { $0.isNumber }
        return afterNumber.hasPrefix(" |") || afterNumber.hasPrefix("|")
    }
}
