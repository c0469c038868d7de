import ArgumentParser
import Foundation

/// Where a command writes, and what it knows about where that goes.
///
/// `tito` writes through a console so that tests can run a command in-process
/// and read its output: ``standard()`` writes to the process' streams, ``capturing(isTerminal:environment:)``
/// keeps everything in memory.
final class Console {
    /// Whether standard output is a terminal (colour, emoji and terminal plots depend on it).
    let isTerminal: Bool
    /// Whether standard error is a terminal (progress is shown only then).
    let showsProgress: Bool
    /// The environment, for `NO_COLOR`.
    let environment: [String: String]
    /// Everything written to standard output, when capturing.
    private(set) var output = ""
    /// Everything written to standard error, when capturing.
    private(set) var errors = ""
    private let capturing: Bool

    private init(isTerminal: Bool, showsProgress: Bool, environment: [String: String], capturing: Bool) {
        self.isTerminal = isTerminal
        self.showsProgress = showsProgress
        self.environment = environment
        self.capturing = capturing
    }

    /// The process' own standard output and error.
    static func standard() -> Console {
        Console(isTerminal: isatty(STDOUT_FILENO) == 1, showsProgress: isatty(STDERR_FILENO) == 1,
                environment: ProcessInfo.processInfo.environment, capturing: false)
    }

    /// A console that keeps what is written in ``output`` and ``errors``.
    static func capturing(isTerminal: Bool = false, environment: [String: String] = [:]) -> Console {
        Console(isTerminal: isTerminal, showsProgress: false, environment: environment, capturing: true)
    }

    /// Writes one line to standard output.
    func line(_ text: String = "") {
        if capturing { output += text + "\n" } else { print(text) }
    }

    /// Writes one line to standard error.
    func errorLine(_ text: String) {
        if capturing { errors += text + "\n" } else { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    }

    /// Overwrites the progress line on a terminal (`\r`, no newline); nothing otherwise.
    func progress(_ text: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }
}

/// A failure `tito` reports as one line, `error: <message>`, with an exit code:
/// 2 for input the user can correct, 1 for everything else.
struct TitoError: Error, Equatable, CustomStringConvertible {
    /// The line after `error: `.
    let message: String
    /// The process' exit status.
    let exitCode: Int32

    /// Bad input: an unknown name, impossible bounds (exit code 2).
    static func usage(_ message: String) -> TitoError { TitoError(message: message, exitCode: 2) }
    /// A failure while working, such as a file that cannot be written (exit code 1).
    static func failure(_ message: String) -> TitoError { TitoError(message: message, exitCode: 1) }

    var description: String { message }
}

/// A `tito` subcommand whose work runs on a ``Console`` and returns an exit status, so that
/// tests can run it in-process and read what it wrote.
protocol ConsoleCommand: ParsableCommand {
    /// Does the work; returns the exit status (0 for success) or throws a ``TitoError``.
    func execute(on console: Console) throws(TitoError) -> Int32
}

extension ConsoleCommand {
    /// Runs ``execute(on:)`` on the process' streams: a ``TitoError`` becomes one line on
    /// standard error and its exit code, never a stack trace.
    func run() throws {
        let console = Console.standard()
        let status: Int32
        do {
            status = try execute(on: console)
        } catch {
            console.errorLine("error: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
