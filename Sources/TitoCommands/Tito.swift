import ArgumentParser

/// The `tito` command line: the TinyTorch course's driver for the Activations module.
public struct Tito: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tito",
        abstract: "TinyTorch's Activations module in Swift: demos, checks, plots and analysis.",
        subcommands: [Demo.self, Verify.self, Bench.self, TestCommand.self, PlotCommand.self, AnalyzeCommand.self, ReportCommand.self,
                      Module.self]
    )

    public init() {}
}
