import ArgumentParser
import Foundation
import TinyTorch

/// `tito report`: everything on one self-contained page, `DIR/index.html`, and a summary
/// in the terminal.
struct ReportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: curves, properties, gradient flow, cost, accuracy, checks.",
        discussion: "The page has inline SVG and CSS only: it opens offline in any browser."
    )

    @Option(help: "The directory to write index.html into (created if needed).")
    var output = "report"

    @Flag(help: "Smaller samples and short timings (2¹⁶ elements): a fast, noisier report.")
    var quick = false

    @OptionGroup var style: StyleOptions

    func execute(on console: Console) throws(TitoError) -> Int32 {
        try FileOutput.makeDirectory(output)
        let path = (output as NSString).appendingPathComponent("index.html")
        try FileOutput.checkWritable(path)   // before the measurements, not after them
        let entries = ActivationCatalog.entries
        let analysis = AnalyzeCommand.measure(entries, quick: quick, on: console)
        console.progress("Measuring accuracy against the reference")
        let (accuracy, worst) = AccuracyTable.measure(entries, quick: quick)
        console.progress("Running the module checks")
        let checkResults = ModuleChecks.groups(for: .all).map { group in (group, group.checks.map { $0.run() }) }
        console.progress("")

        let failures = checkResults.flatMap { group, results in
            results.filter { !$0.passed }.map { "\(group.title): \($0.summary): \($0.detail)" }
        }
        let passed = checkResults.reduce(0) { $0 + $1.1.count { $0.passed } }
        let tally = CheckPrinter.tally(passed: passed, failed: failures.count)
        let overview = Chart.activations(ActivationCatalog.entries.filter { PlotCommand.defaultNames.contains($0.key) },
                                         from: -5, to: 5, derivatives: true).chart
        var perActivation: [(String, Chart)] = [], notes: [String] = []
        for entry in entries {
            let (chart, entryNotes) = Chart.activations([entry], from: -5, to: 5, derivatives: true)
            notes += entryNotes
            if !chart.series.isEmpty { perActivation.append(("\(entry.key): \(entry.summary)", chart)) }
        }
        let settings = quick ? "quick settings (small samples, short timings)" : "standard settings"
        let provenance = "Measured by `tito report` on \(ISO8601DateFormatter().string(from: Date())), "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(settings). Every figure on this page was computed by that run."
        let page = HTMLReport(overview: overview, perActivation: perActivation, chartNotes: notes,
                              tables: [("properties", AnalysisTables.properties(analysis)), (nil, AnalysisTables.derivatives(analysis)),
                                       ("gradient-flow", AnalysisTables.gradientFlow(analysis)), ("cost", AnalysisTables.cost(analysis)),
                                       ("accuracy", accuracy)],
                              checks: (tally, failures), provenance: provenance).render()
        try FileOutput.write(page, to: path)

        let style = style.style(on: console)
        console.line(style.mark("📊", plain: "") + "Report written to \(path)")
        console.line()
        for line in summary(analysis, worst: worst, checks: checkResults).text(style: style) { console.line(line) }
        console.line()
        console.line("Checks: \(tally)")
        return 0
    }

    /// One row per activation: the figures a reader looks for first.
    func summary(_ analysis: ActivationAnalysis, worst: [String: Double],
                 checks: [(CheckGroup, [CheckResult])]) -> Table {
        let tenth = analysis.settings.layerCounts.first ?? 10
        return Table(
            title: "Summary",
            header: ["activation", "range seen", "max |f′|", "gradient after \(tenth) layers", "cost vs ReLU", "max error (ULP)", "checks"],
            rows: analysis.activations.map { record in
                let results = checks.first { $0.0.title == record.name }?.1 ?? []
                return [record.name, "[\(figure(record.properties.rangeObserved.min)), \(figure(record.properties.rangeObserved.max))]",
                        figure(record.properties.maxAbsDerivative?.value),
                        figure(record.gradientFlow?.sizes.first?.relativeRMS),
                        record.cost.ratioToReLU.map(AnalysisTables.ratio) ?? "–",
                        worst[record.key].map(Verifier.format) ?? "–",
                        "\(results.count { $0.passed })/\(results.count)"]
            })
    }
}
