import Foundation

/// Runs a program to its end (or until a time limit) and collects what it wrote.
///
/// Output goes to temporary files rather than pipes, so a child that writes a lot can never
/// block on a full pipe while we wait for it.
///
/// ```swift
/// let run = try ChildProcess.run(["swift", "--version"])
/// run.status   // .exited(0)
/// run.output   // "Swift version 6.3.1 …"
/// ```
struct ChildProcess {
    /// How a child ended.
    enum Status: Equatable {
        /// It returned from `main` or called `exit` with this code.
        case exited(Int32)
        /// A signal ended it (a Swift trap is SIGILL or SIGTRAP).
        case signalled(Int32)
        /// It ran past the time limit and was killed.
        case timedOut(seconds: Double)
    }

    /// How it ended.
    let status: Status
    /// What it wrote to standard output.
    let output: String
    /// What it wrote to standard error.
    let errors: String

    /// Runs `arguments` (looked up on `PATH` through `/usr/bin/env`) in `folder`, killing it
    /// after `timeLimit` seconds if it is still running.
    ///
    /// - Throws: ``TitoError/failure(_:)`` if the program cannot be started.
    static func run(_ arguments: [String], in folder: URL? = nil, timeLimit: Double? = nil) throws(TitoError) -> ChildProcess {
        let outURL = try temporaryFile("stdout"), errURL = try temporaryFile("stderr")
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        guard let out = FileHandle(forWritingAtPath: outURL.path), let err = FileHandle(forWritingAtPath: errURL.path) else {
            throw .failure("cannot open \(outURL.path) to collect a program's output")
        }
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .failure("cannot run \(arguments.joined(separator: " ")): \(error.localizedDescription)")
        }

        let deadline: DispatchTime = timeLimit.map { .now() + $0 } ?? .distantFuture
        let timedOut = finished.wait(timeout: deadline) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let status: Status = if timedOut {
            .timedOut(seconds: timeLimit ?? 0)
        } else if process.terminationReason == .uncaughtSignal {
            .signalled(process.terminationStatus)
        } else {
            .exited(process.terminationStatus)
        }
        return ChildProcess(status: status,
                            output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                            errors: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// A new empty file in the temporary directory, named after `purpose`.
    static func temporaryFile(_ purpose: String) throws(TitoError) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tito-\(purpose)-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw .failure("cannot create a temporary file in \(FileManager.default.temporaryDirectory.path)")
        }
        return url
    }
}
