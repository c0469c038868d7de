import Testing
import TinyTorch
@testable import TitoCommands

@Suite("tito test")
struct TestCommandTests {
    @Test("Prints the course's lines for every activation and ends with the tally alone; exit 0")
    func courseFormat() throws {
        let run = try tito(["test", "--emoji", "always"])
        #expect(run.status == 0)
        let lines = run.lines.filter { !$0.isEmpty }
        #expect(lines.first == "🔬 Unit Test: ReLU activation...")
        #expect(lines.contains("✅ ReLU handles negative inputs correctly"))
        #expect(lines.contains("📈 Progress: ReLU ✓"))
        for entry in ActivationCatalog.entries {
            #expect(lines.contains("🔬 Unit Test: \(entry.activation.name) activation..."))
            #expect(lines.contains("📈 Progress: \(entry.activation.name) ✓"))
        }
        let total = ModuleChecks.allChecks(for: .activations).count
        #expect(lines.last == "\(total) passed, 0 failed")
        #expect(!run.output.contains("\u{1B}["))
    }

    @Test("Piped without options: no emoji and no colour; on a terminal: emoji and colour unless NO_COLOR")
    func decoration() throws {
        let piped = try tito(["test", "relu"])
        #expect(piped.lines.first == "Unit Test: ReLU activation...")
        #expect(piped.lines.contains("PASS ReLU handles negative inputs correctly"))
        #expect(piped.lines.contains("Progress: ReLU ok"))
        #expect(!piped.output.unicodeScalars.contains { $0.properties.isEmojiPresentation })
        let terminal = try tito(["test", "relu"], terminal: true)
        #expect(terminal.output.contains("🔬") && terminal.output.contains("\u{1B}[32m"))
        let noColor = try tito(["test", "relu"], terminal: true, environment: ["NO_COLOR": "1"])
        #expect(noColor.output.contains("✅") && !noColor.output.contains("\u{1B}["))
        let forced = try tito(["test", "relu", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(forced.output.contains("\u{1B}["))
    }

    @Test("--module tensor and all; --verbose shows the evidence")
    func modules() throws {
        let tensor = try tito(["test", "--module", "tensor", "--verbose"])
        #expect(tensor.status == 0)
        #expect(tensor.lines.contains("Unit Test: Broadcasting..."))
        #expect(tensor.lines.contains("   [[1, 2], [3, 4]] + [[10, 20], [30, 40]] = [[11.0, 22.0], [33.0, 44.0]]"))
        #expect(tensor.lines.last { !$0.isEmpty } == "\(ModuleChecks.allChecks(for: .tensor).count) passed, 0 failed")
        let all = try tito(["test", "--module", "all"])
        #expect(all.lines.last { !$0.isEmpty } == "\(ModuleChecks.allChecks(for: .all).count) passed, 0 failed")
    }

    @Test("A failing check prints ❌ with input, value and expectation, then the hint; the run goes on and exits 1")
    func failure() throws {
        let skeleton = ActivationUnderTest(name: "ReLU", kind: .elementwise) { $0 }
        let groups = [ModuleChecks.activationGroup(skeleton, specificChecks: ActivationChecks.relu(skeleton)),
                      ModuleChecks.activationGroup(for: ActivationCatalog.entries[1])]
        let console = Console.capturing()
        let status = TestCommand.run(groups, printer: CheckPrinter(style: OutputStyle(colour: false, emoji: true), verbose: false), on: console)
        #expect(status == 1)
        let lines = console.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("❌ ReLU handles negative inputs correctly: relu([-3.0, -2.0, -1.0, -0.5, 0.0]) gave [-3.0, -2.0, -1.0, -0.5, 0.0], expected [0.0, 0.0, 0.0, 0.0, 0.0]"))
        #expect(lines.contains("   Hint: ReLU keeps positive values and replaces the rest by 0."))
        #expect(lines.contains { $0.hasPrefix("📈 Progress: ReLU ✗ (") && $0.hasSuffix(" checks)") })
        #expect(lines.contains("📈 Progress: Sigmoid ✓"))
        #expect(lines.contains("📝 Note: ReLU has no backward pass yet: gradient checks skipped"))
        let failed = groups[0].checks.map { $0.run() }.count { !$0.passed }
        #expect(lines.last == "\(groups.flatMap(\.checks).count - failed) passed, \(failed) failed")
    }

    @Test("Unknown names list the valid ones and exit 2; names need --module activations")
    func errors() throws {
        let unknown = try tito(["test", "relu", "swish9"])
        #expect(unknown.status == 2)
        #expect(unknown.errors == "error: unknown activation 'swish9'; valid names: \(ActivationCatalog.keys.joined(separator: ", "))\n")
        let mixed = try tito(["test", "--module", "tensor", "relu"])
        #expect(mixed.status == 2 && mixed.errors.hasPrefix("error: activation names only go with --module activations"))
        #expect(throws: (any Error).self) { try Tito.parseAsRoot(["test", "--module", "layers"]) }
    }
}
