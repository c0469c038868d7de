import Foundation
import Testing
import TinyTorch
@testable import TitoCommands

/// The skeleton's body for any function: the input unchanged.
private struct Unchanged: Sendable {}

/// The learner's workflow through the real commands, on one workspace in a temporary folder:
/// the first build compiles TinyTorch once (about half a minute), every later step recompiles
/// only the learner's file.
@Suite("The learner's workflow, end to end")
struct LearnerEndToEndTests {
    /// Runs `tito arguments` in-process on a capturing console (emoji on, as on a terminal).
    static func tito(_ arguments: [String]) throws -> (status: Int32, output: String, error: TitoError?) {
        let command = try #require(try Tito.parseAsRoot(arguments + ["--emoji", "always"]) as? any ConsoleCommand)
        let console = Console.capturing()
        do {
            return (try command.execute(on: console), console.output, nil)
        } catch {
            return (error.exitCode, console.output, error)
        }
    }

    /// What `tito test` prints for a function whose body returns its input unchanged (the skeleton's),
    /// computed in-process from the library's checks: the workspace must give exactly this.
    static func skeletonBlock(_ key: String) -> String {
        let implementation = LearnerImplementation(key: key, Unchanged(), required: ["relu", "sigmoid", "tanh"].contains(key)) { _, x in x }
        let results = implementation.group.checks.map { $0.run() }
        let outcome = LearnerCheckRun.FunctionOutcome(plan: LearnerCheckPlan(implementation), results: results)
        let console = Console.capturing()
        CheckPrinter(style: OutputStyle(colour: false, emoji: true), verbose: false).print(outcome.group, results, on: console)
        return console.output
    }

    /// The summary of the library's check `id` (e.g. `relu.shape`) for the function `key`.
    static func summary(_ id: String) throws -> String {
        let entry = try #require(ActivationCatalog.entry(named: String(id.prefix { $0 != "." })))
        return try #require(ModuleChecks.activationGroup(for: entry).checks.first { $0.id == id }).summary
    }

    /// Replaces the learner's file (atomically, so the build sees a new file).
    static func write(_ source: String, to workspace: Workspace) throws {
        try Data(source.utf8).write(to: workspace.learnerFile, options: .atomic)
    }

    @Test("start, see the skeletons fail, implement, pass, plot, complete; then code that traps and code that does not compile")
    func workflow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("activations-workspace").path
        let workspace = Workspace(root: URL(fileURLWithPath: path))

        // Start: the workspace exists; starting again changes nothing and fails.
        let start = try Self.tito(["module", "start", "activations", "--path", path])
        #expect(start.status == 0 && start.output.hasPrefix("✅ Made the Activations workspace in \(workspace.root.path)\n"))
        let again = try Self.tito(["module", "start", "activations", "--path", path])
        #expect(again.status == 1 && again.error?.message.contains("already a tito workspace") == true)

        // The skeletons build, and fail with the course's lines.
        let skeleton = try Self.tito(["test", "--path", path])
        #expect(skeleton.status == 1)
        for key in ["relu", "sigmoid", "tanh", "gelu", "softmax"] {
            #expect(skeleton.output.contains(Self.skeletonBlock(key)), "\(key)'s block differs from the library's checks run in-process")
        }
        let lines = skeleton.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("❌ ReLU handles negative inputs correctly: relu([-3.0, -2.0, -1.0, -0.5, 0.0]) gave [-3.0, -2.0, -1.0, -0.5, 0.0], expected [0.0, 0.0, 0.0, 0.0, 0.0]") })
        #expect(lines.contains("   Hint: ReLU keeps positive values and replaces the rest by 0."))
        #expect(lines.contains { $0.wholeMatch(of: /📈 Progress: ReLU ✗ \(\d+ of \d+ checks\)/) != nil })
        let tally = try #require(lines.last)
        #expect(tally.wholeMatch(of: /\d+ passed, [1-9]\d* failed/) != nil, "last line: \(tally)")

        let early = try Self.tito(["module", "complete", "--path", path])
        #expect(early.status == 1)
        #expect(early.output.contains("Not complete yet. Left to do:\n  ReLU: "))
        #expect(early.output.contains("checks fail, first: \(try Self.summary("relu.negative-inputs"))\n"))
        #expect(try workspace.record().completed == nil)

        // A correct implementation passes every check, plots on top of the reference, completes.
        try Self.write(LearnerSolutions.correct, to: workspace)
        let solved = try Self.tito(["test", "--path", path])
        #expect(solved.status == 0)
        #expect(!solved.output.contains("❌"))
        for title in ["ReLU", "Sigmoid", "Tanh", "GELU (optional)", "Softmax (optional)"] {
            #expect(solved.output.contains("📈 Progress: \(title) ✓\n"))
        }
        #expect(solved.output.contains("✅ \(try Self.summary("relu.gradient"))\n"),
                "a type that conforms to Activation has its backward checked")
        #expect(solved.output.hasSuffix(" passed, 0 failed\n"))

        let svg = folder.appendingPathComponent("mine.svg").path
        let plot = try Self.tito(["plot", "--path", path, "relu", "tanh", "--output", svg])
        #expect(plot.status == 0)
        #expect(plot.output.contains("ReLU: yours equals the reference at all 401 points\n"))
        #expect(plot.output.contains("Wrote \(folder.appendingPathComponent("mine-tanh.svg").path)\n"))
        let drawing = try String(contentsOfFile: folder.appendingPathComponent("mine-relu.svg").path, encoding: .utf8)
        #expect(drawing.contains("ReLU (yours)") && drawing.contains("ReLU (reference)") && drawing.contains("yours − reference"))

        let complete = try Self.tito(["module", "complete", "--path", path])
        #expect(complete.status == 0)
        #expect(complete.output.contains("🎉 ALL TESTS PASSED! Module ready for export.\n"))
        #expect(try workspace.record().completed?.functions == ["ReLU", "Sigmoid", "Tanh", "GELU", "Softmax"])

        // Code that traps fails the check it trapped in, with the message and the line; the run goes on.
        let trapping = LearnerSolutions.trapping
        try Self.write(trapping.source, to: workspace)
        let trapped = try Self.tito(["test", "--path", path, "relu", "sigmoid"])
        #expect(trapped.status == 1)
        #expect(trapped.output.contains("❌ \(try Self.summary("relu.shape")): crashed: Fatal error: Index out of range (at \(Workspace.learnerFilePath):\(trapping.line))\n"))
        #expect(trapped.output.contains("✅ \(try Self.summary("relu.batch"))\n"), "checks after the crash still run")
        #expect(trapped.output.contains("📈 Progress: Sigmoid ✓\n"))
        #expect(trapped.output.hasSuffix(" passed, 1 failed\n"))

        // Code that does not compile: the compiler's first errors, short, paths relative to the workspace.
        try Self.write(LearnerSolutions.notCompiling, to: workspace)
        let broken = try Self.tito(["test", "--path", path])
        let message = try #require(broken.error?.message)
        #expect(broken.status == 1 && broken.output.isEmpty)
        #expect(message.hasPrefix("the workspace does not compile (1 error):\n\(Workspace.learnerFilePath):"))
        #expect(message.contains("error: cannot find 'undefinedValue' in scope"))
        #expect(message.split(separator: "\n").count < 12)
    }
}
