import ArgumentParser
import TinyTorch

/// `tito test`: runs the module's checks and prints them as the course does.
///
/// ```
/// 🔬 Unit Test: ReLU activation...
/// ✅ ReLU handles negative inputs correctly
/// 📈 Progress: ReLU ✓
/// …
/// 118 passed, 0 failed
/// ```
struct TestCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the module's checks with the course's feedback; exit 1 if any fails.",
        discussion: """
            The checks cover the module's five areas: mathematical correctness, numerical stability \
            at extreme values, shape preservation, range validation and integration with tensor operations. \
            They are the same values `swift test` runs.
            """
    )

    @Option(help: "Which checks: activations, tensor or all.")
    var module: ModuleChecks.Module = .activations

    @Argument(help: "Activations to check (default: all of them), e.g. relu sigmoid.")
    var names: [String] = []

    @Flag(help: "Also show what each passing check saw.")
    var verbose = false

    @OptionGroup var style: StyleOptions

    // Learner's workspace (tito module start): check the learner's own functions instead of the library's.
    @Option(help: "A workspace from `tito module start` whose functions to check (default: the one around the current folder, if any).")
    var path: String?

    func execute(on console: Console) throws(TitoError) -> Int32 {
        if path != nil && module != .activations { throw .usage("--path goes with --module activations") }
        if module == .activations, let workspace = try LearnerTest.workspace(path: path) {
            return try LearnerTest.run(workspace, names: names,
                                       printer: CheckPrinter(style: style.style(on: console), verbose: verbose), on: console)
        }
        let groups: [CheckGroup]
        if names.isEmpty {
            groups = ModuleChecks.groups(for: module)
        } else {
            guard module == .activations else { throw .usage("activation names only go with --module activations") }
            groups = try ActivationSelection.entries(named: names).map(ModuleChecks.activationGroup(for:))
        }
        return TestCommand.run(groups, printer: CheckPrinter(style: style.style(on: console), verbose: verbose), on: console)
    }

    /// Runs and prints every group, then the tally; 1 if any check failed, else 0.
    static func run(_ groups: [CheckGroup], printer: CheckPrinter, on console: Console) -> Int32 {
        var passed = 0, failed = 0
        for group in groups {
            let results = group.checks.map { $0.run() }
            printer.print(group, results, on: console)
            passed += results.count { $0.passed }
            failed += results.count { !$0.passed }
        }
        console.line(CheckPrinter.tally(passed: passed, failed: failed))
        return failed == 0 ? 0 : 1
    }
}

extension ModuleChecks.Module: ExpressibleByArgument {}

/// The course's format for check results.
struct CheckPrinter {
    let style: OutputStyle
    let verbose: Bool

    /// Prints one group: heading, notes, one line per check (with the hint under a failure), progress.
    func print(_ group: CheckGroup, _ results: [CheckResult], on console: Console) {
        console.line(style.paint(style.mark("🔬", plain: "") + "Unit Test: \(group.heading)...", .bold))
        for note in group.notes {
            console.line(style.paint(style.mark("📝", plain: "") + "Note: \(note)", .dim))
        }
        for result in results {
            if result.passed {
                console.line(style.mark("✅", plain: style.paint("PASS", .green)) + result.summary)
                if verbose { console.line(style.paint("   \(result.detail)", .dim)) }
            } else {
                console.line(style.mark("❌", plain: "FAIL") + style.paint("\(result.summary): \(result.detail)", .red))
                console.line(style.paint("   Hint: \(result.hint)", .yellow))
            }
        }
        let passed = results.count { $0.passed }
        let verdict = passed == results.count
            ? style.paint(style.emoji ? "✓" : "ok", .green)
            : style.paint(style.emoji ? "✗" : "FAILED", .red) + " (\(passed) of \(results.count) checks)"
        console.line(style.mark("📈", plain: "") + "Progress: \(group.title) \(verdict)")
        console.line()
    }

    /// The run's last line: `N passed, M failed`.
    static func tally(passed: Int, failed: Int) -> String {
        "\(passed) passed, \(failed) failed"
    }
}
