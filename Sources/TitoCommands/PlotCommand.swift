import ArgumentParser
import TinyTorch

/// `tito plot`: draws activations (and their derivatives) as an SVG file and, on a
/// terminal or when asked, in the terminal.
struct PlotCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Plot activations over an interval: an SVG file, and braille curves in the terminal.",
        discussion: """
            Names are case-insensitive catalog keys or display names (relu, GELU_tanh, "GELU (tanh)"). \
            Axis-wise activations such as Softmax are drawn over the interval taken as one 1-d vector.
            """
    )

    @Argument(help: "Activations to plot (default: relu sigmoid tanh).")
    var names: [String] = []

    @Option(parsing: .unconditional, help: "Start of the interval (negative values work: --from -3).")
    var from: Float = -5

    @Option(parsing: .unconditional, help: "End of the interval.")
    var to: Float = 5

    @Flag(help: "Also draw each derivative, dashed.")
    var derivative = false

    @Option(help: "Where to write the SVG image.")
    var output = "activations.svg"

    @Flag(help: "Draw in the terminal even when standard output is not one.")
    var terminal = false

    @OptionGroup var style: StyleOptions

    // Learner's workspace (tito module start): plot the learner's functions beside the reference.
    @Option(help: ArgumentHelp("A workspace from `tito module start`: draw its functions beside the reference and their difference, one SVG per function (<output stem>-<name>.svg). Default: the workspace around the current folder, if any.", valueName: "dir"))
    var path: String?

    /// The course's default trio, as the seed's plotting section draws them.
    static let defaultNames = ["relu", "sigmoid", "tanh"]

    func execute(on console: Console) throws(TitoError) -> Int32 {
        try PlotCommand.checkBounds(from: from, to: to)
        if let workspace = try LearnerTest.workspace(path: path) {
            guard !derivative else { throw .usage("--derivative does not go with a workspace: its plots compare your functions with the reference") }
            return try LearnerPlot.run(workspace, names: names, from: from, to: to, output: output, terminal: terminal,
                                       style: style.style(on: console), on: console)
        }
        let entries = try ActivationSelection.entries(named: names.isEmpty ? PlotCommand.defaultNames : names)
        let (chart, notes) = Chart.activations(entries, from: from, to: to, derivatives: derivative)
        let style = style.style(on: console)
        for note in notes { console.line(style.paint("Note: \(note)", .dim)) }
        guard !chart.series.isEmpty else { throw .usage("nothing to plot: none of the activations has a curve over x") }
        try FileOutput.write(SVGChart(chart: chart).render(), to: output)
        if terminal || console.isTerminal {
            for line in TerminalChart(chart: chart).render(style: style) { console.line(line) }
        }
        console.line("Wrote \(output)")
        return 0
    }

    /// Rejects bounds that cannot make an interval: non-finite, or `from ≥ to`.
    static func checkBounds(from: Float, to: Float) throws(TitoError) {
        for (name, value) in [("--from", from), ("--to", to)] where !value.isFinite {
            throw .usage("\(name) must be a finite number, got \(value)")
        }
        guard from < to else { throw .usage("--from (\(axisText(Double(from)))) must be less than --to (\(axisText(Double(to))))") }
    }
}
