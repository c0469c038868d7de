import Foundation

/// How the learner reaches this `tito`: by name on `PATH`, or only by its full path
/// (after `swift run tito` or `swift build`), in which case the next steps say how to call it.
///
/// ```swift
/// TitoInvocation.current.pathHint   // nil when `tito` on PATH is this program
/// ```
struct TitoInvocation: Equatable {
    /// The running program's absolute path.
    let executable: String
    /// Whether `tito` on `PATH` is this program.
    let onPath: Bool

    /// This process.
    static var current: TitoInvocation {
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
            .standardizedFileURL.resolvingSymlinksInPath().path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let onPath = path.split(separator: ":").contains { folder in
            URL(fileURLWithPath: String(folder)).appendingPathComponent("tito")
                .standardizedFileURL.resolvingSymlinksInPath().path == executable
        }
        return TitoInvocation(executable: executable, onPath: onPath)
    }

    /// A line telling how to call `tito` by name, when it is not on `PATH`.
    var pathHint: String? {
        onPath ? nil : "`tito` is not on your PATH; to use the commands above as written: alias tito='\(executable)'"
    }
}
