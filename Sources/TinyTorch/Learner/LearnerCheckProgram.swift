import Foundation

/// The body of a workspace's `check-activations` program: lists the checks of the learner's
/// functions, or runs one function's checks, writing JSON for `tito` to read and render.
///
/// ```
/// check-activations list [--output FILE]                    the plans, one JSON array
/// check-activations run KEY [--from N] [--output FILE]      one JSON line per check, from check N on
/// check-activations sample KEY --lower A --upper B --count N [--output FILE]
///                                                           the function at N points on [A, B], as a LearnerCurve
/// ```
///
/// Each outcome is written with a single unbuffered write as soon as its check ends, so when
/// the learner's code crashes in check N, checks 0..<N are already on record and `tito` knows
/// which one crashed. Without `--output` the JSON goes to standard output.
///
/// ```swift
/// // Sources/check-activations/main.swift of a workspace:
/// LearnerCheckProgram.main([LearnerImplementation(key: "relu", MyActivations.ReLU()) { relu, x in relu(x) }])
/// ```
public enum LearnerCheckProgram {
    /// Runs the command in `arguments` (without the program's name) and exits: 0 when it
    /// ran, 2 with a line on standard error when the arguments are wrong.
    public static func main(_ implementations: [LearnerImplementation],
                            arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            try execute(arguments, implementations)
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("check-activations: \(error)\n".utf8))
            exit(2)
        }
    }

    /// A usage error, printed as one line.
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static let usage = "usage: check-activations list | run KEY [--from N] | sample KEY --lower A --upper B --count N, "
        + "each with [--output FILE] (run by `tito test` and `tito plot`)"

    static func execute(_ arguments: [String], _ implementations: [LearnerImplementation]) throws {
        var words = arguments
        let output = try takeOption("--output", from: &words).map(openForWriting) ?? FileHandle.standardOutput
        let from = try takeOption("--from", from: &words).map { text in
            guard let n = Int(text), n >= 0 else { throw UsageError(description: "--from needs a count ≥ 0, got '\(text)'") }
            return n
        } ?? 0
        let interval = try (takeOption("--lower", from: &words), takeOption("--upper", from: &words),
                            takeOption("--count", from: &words))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.nonConformingFloatEncodingStrategy = LearnerCurve.nonFiniteEncoding
        switch words.first {
        case "list" where words.count == 1:
            output.write(try encoder.encode(implementations.map(LearnerCheckPlan.init)) + Data("\n".utf8))
        case "run" where words.count == 2:
            let implementation = try find(words[1], in: implementations)
            for (index, check) in implementation.group.checks.enumerated().dropFirst(from) {
                let outcome = LearnerCheckOutcome(key: implementation.key, index: index, result: check.run())
                output.write(try encoder.encode(outcome) + Data("\n".utf8))
            }
        case "sample" where words.count == 2:
            guard let lower = interval.0.flatMap(Float.init), let upper = interval.1.flatMap(Float.init),
                  let count = interval.2.flatMap(Int.init), lower.isFinite, upper.isFinite, lower < upper, count >= 2 else {
                throw UsageError(description: "sample needs finite --lower < --upper and --count ≥ 2")
            }
            let implementation = try find(words[1], in: implementations)
            guard let curve = LearnerCurve(implementation, from: lower, to: upper, count: count) else {
                throw UsageError(description: "\(implementation.key) does not give the output shape its kind promises: it cannot be sampled along x")
            }
            output.write(try encoder.encode(curve) + Data("\n".utf8))
        default:
            throw UsageError(description: usage)
        }
    }

    static func find(_ key: String, in implementations: [LearnerImplementation]) throws -> LearnerImplementation {
        guard let implementation = implementations.first(where: { $0.key == key }) else {
            throw UsageError(description: "no function '\(key)' here; have: \(implementations.map(\.key).joined(separator: ", "))")
        }
        return implementation
    }

    /// Removes `--name VALUE` from `words` and returns VALUE.
    static func takeOption(_ name: String, from words: inout [String]) throws -> String? {
        guard let i = words.firstIndex(of: name) else { return nil }
        guard i + 1 < words.count else { throw UsageError(description: "\(name) needs a value") }
        defer { words.removeSubrange(i...(i + 1)) }
        return words[i + 1]
    }

    static func openForWriting(_ path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw UsageError(description: "cannot write \(path)")
        }
        return handle
    }
}
