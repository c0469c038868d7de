import ArgumentParser
import Foundation
import TinyTorch

/// `tito analyze`: the seed's comparison tables, measured at run time.
///
/// With `--json` it prints an ``ActivationAnalysis`` in its stable schema
/// (`"schema": "tinytorch.analyze"`, `"version": 1`); see the README section
/// "Use and analyze: tito" for every field.
struct AnalyzeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure each activation's properties, gradient flow and cost.",
        discussion: "Everything is measured when the command runs, on seeded inputs; --json prints it in a stable schema."
    )

    @Argument(help: "Activations to analyse (default: all of them).")
    var names: [String] = []

    @Flag(help: "Print JSON (schema tinytorch.analyze, version 1) instead of tables.")
    var json = false

    @Flag(help: "Smaller samples and short timings (2¹⁶ elements): a fast, noisier look.")
    var quick = false

    @OptionGroup var style: StyleOptions

    func execute(on console: Console) throws(TitoError) -> Int32 {
        let entries = try ActivationSelection.entries(named: names)
        let analysis = AnalyzeCommand.measure(entries, quick: quick, on: console)
        if json {
            let data: Data
            do { data = try ActivationAnalysis.jsonEncoder().encode(analysis) } catch {
                throw .failure("cannot encode the analysis as JSON: \(error)")
            }
            console.line(String(decoding: data, as: UTF8.self))
            return 0
        }
        let style = style.style(on: console)
        for table in AnalysisTables.all(analysis) {
            for line in table.text(style: style) { console.line(line) }
            console.line()
        }
        for record in analysis.activations where !record.notes.isEmpty {
            console.line(style.paint("Note: \(record.name): \(record.notes.joined(separator: "; "))", .dim))
        }
        return 0
    }

    /// Runs the analysis, with a progress counter on a terminal.
    static func measure(_ entries: [ActivationCatalog.Entry], quick: Bool, on console: Console) -> ActivationAnalysis {
        let analysis = ActivationAnalysis.measure(entries, settings: quick ? .quick : .standard) { done, total, key in
            console.progress("Analysing \(done)/\(total): \(key)")
        }
        console.progress("")
        return analysis
    }
}
