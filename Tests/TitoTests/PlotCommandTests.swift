import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TinyTorch
@testable import TitoCommands

@Suite("tito plot")
struct PlotCommandTests {
    @Test("The default SVG: ReLU, Sigmoid and Tanh on [−5, 5], one path per curve, axes, ticks, grid, legend, title")
    func defaultSVG() throws {
        let dir = try TemporaryDirectory()
        let run = try tito(["plot", "--output", dir.file("a.svg")])
        #expect(run.status == 0 && run.output == "Wrote \(dir.file("a.svg"))\n")
        let svg = try xmlDocument(String(contentsOfFile: dir.file("a.svg"), encoding: .utf8))
        let paths = try elements("path", in: svg)
        #expect(paths.map { attribute("data-label", of: $0) } == ["ReLU", "Sigmoid", "Tanh"])
        #expect(Set(paths.map { attribute("stroke", of: $0) }).count == 3)
        #expect(paths.allSatisfy { attribute("stroke-dasharray", of: $0).isEmpty })
        let lines = try elements("line", in: svg)
        #expect(lines.contains { attribute("class", of: $0) == "x-axis" } && lines.contains { attribute("class", of: $0) == "y-axis" })
        let tickLabels = try elements("text", in: svg).filter { attribute("class", of: $0) == "tick-label" }.map { $0.stringValue ?? "" }
        #expect(tickLabels.contains("−4") && tickLabels.contains("4") && tickLabels.contains("0"))
        #expect(try svg.nodes(forXPath: "//*[@class='grid']/*").count >= 8)
        let legend = try #require(try svg.nodes(forXPath: "//*[@class='legend']").first)
        #expect(try elements("text", in: legend).map { $0.stringValue ?? "" } == ["ReLU", "Sigmoid", "Tanh"])
        #expect(try elements("title", in: svg).first?.stringValue == "ReLU, Sigmoid and Tanh on [-5, 5]")
        #expect(try dir.contents() == ["a.svg"])
    }

    @Test("--derivative adds a dashed path per function in the same colour; names are case-insensitive and include Softmax and GELU forms")
    func derivatives() throws {
        let dir = try TemporaryDirectory()
        let run = try tito(["plot", "GELU_TANH", "Softmax", "gelu-sigmoid", "--derivative", "--from", "-3", "--to", "2",
                            "--output", dir.file("d.svg")])
        #expect(run.status == 0)
        #expect(run.output.contains("Note: Softmax is drawn over the sweep taken as one 1-d vector"))
        let paths = try elements("path", in: xmlDocument(String(contentsOfFile: dir.file("d.svg"), encoding: .utf8)))
        #expect(paths.map { attribute("data-label", of: $0) }
                == ["GELU (tanh)", "GELU (tanh)′", "Softmax", "Softmax ∂yᵢ/∂xᵢ", "GELU (sigmoid)", "GELU (sigmoid)′"])
        for pair in stride(from: 0, to: paths.count, by: 2) {
            #expect(attribute("stroke", of: paths[pair]) == attribute("stroke", of: paths[pair + 1]))
            #expect(attribute("stroke-dasharray", of: paths[pair + 1]) == "7 5")
        }
        #expect(attribute("d", of: paths[0]).hasPrefix("M"))
    }

    @Test("Every catalog entry is plotted with its derivative; the notes say how Softmax2d and GLU take the sweep")
    func everyEntry() throws {
        let dir = try TemporaryDirectory()
        let run = try tito(["plot"] + ActivationCatalog.keys + ["--derivative", "--output", dir.file("all.svg")])
        #expect(run.status == 0)
        let labels = try elements("path", in: xmlDocument(String(contentsOfFile: dir.file("all.svg"), encoding: .utf8)))
            .map { attribute("data-label", of: $0) }
        #expect(labels.count == 2 * ActivationCatalog.entries.count)
        for entry in ActivationCatalog.entries {
            let name = entry.activation.name
            #expect(labels.contains(name) && labels.contains(entry.kind.isPointwiseOnSweep ? name + "′" : name + " ∂yᵢ/∂xᵢ"), "\(name)")
        }
        #expect(run.lines.contains("Note: Softmax2d is drawn over the sweep taken as the channels of one (C, 1, 1) image"))
        #expect(run.lines.contains("Note: GLU is drawn over its diagonal: both halves equal to the sweep (a = b = x)"))
    }

    @Test("GLU's curve is its diagonal x·σ(x), with slope σ(x) + x·σ′(x)")
    func gluDiagonal() throws {
        let (chart, _) = Chart.activations([ActivationCatalog.entry(named: "glu")!], from: -4, to: 4, derivatives: true, points: 9)
        let (curve, slope) = (chart.series[0], chart.series[1])
        for (k, x) in curve.x.enumerated() {
            #expect(abs(curve.y[k] - x * Sigmoid().value(at: x)) <= 1e-6 * max(1, abs(x)))
            #expect(abs(slope.y[k] - (Sigmoid().value(at: x) + x * Sigmoid().derivative(at: x))) <= 1e-6)
        }
    }

    @Test("The terminal chart: braille with axis labels and a legend, on a terminal or with --terminal only")
    func terminal() throws {
        let dir = try TemporaryDirectory()
        let piped = try tito(["plot", "--output", dir.file("p.svg")])
        #expect(!piped.output.contains("┤"))
        let asked = try tito(["plot", "--terminal", "--output", dir.file("t.svg")])
        let lines = asked.lines
        #expect(lines.first == "ReLU, Sigmoid and Tanh on [-5, 5]")
        // Without colour each function gets its own panel, titled with its name.
        #expect(lines.contains("ReLU") && lines.contains("Sigmoid") && lines.contains("Tanh"))
        #expect(lines.contains { $0.hasPrefix("0 ┤") } && lines.contains { $0.hasPrefix("-1.0 ┤") })
        #expect(lines.contains { $0.contains("└────") })
        #expect(asked.output.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(lines.contains { $0.contains("── Tanh") })
        #expect(!asked.output.contains("\u{1B}["))
        let coloured = try tito(["plot", "--output", dir.file("c.svg")], terminal: true)
        #expect(coloured.output.contains("\u{1B}[34m"))
        #expect(coloured.lines.contains { $0.hasPrefix(" 5 ┤") } && coloured.lines.contains { $0.hasPrefix("-1 ┤") })
        #expect(!coloured.lines.contains("Sigmoid"))   // one shared panel
    }

    @Test("Bad bounds, unknown names and unwritable outputs: one line each, exit 2 or 1, no file left behind")
    func errors() throws {
        let dir = try TemporaryDirectory()
        let cases: [([String], Int32, String)] = [
            (["plot", "--from", "2", "--to", "2"], 2, "error: --from (2) must be less than --to (2)\n"),
            (["plot", "--from", "5", "--to", "-5"], 2, "error: --from (5) must be less than --to (-5)\n"),
            (["plot", "--from", "nan"], 2, "error: --from must be a finite number, got nan\n"),
            (["plot", "--to", "inf"], 2, "error: --to must be a finite number, got inf\n"),
            (["plot", "relu", "swish9"], 2, "error: unknown activation 'swish9'; valid names: \(ActivationCatalog.keys.joined(separator: ", "))\n"),
            (["plot", "--output", dir.file("missing/x.svg")], 1, "error: cannot write \(dir.file("missing/x.svg")): the directory \(dir.file("missing")) does not exist\n"),
            (["plot", "--output", dir.path], 1, "error: cannot write \(dir.path): it is a directory\n"),
        ]
        for (arguments, status, message) in cases {
            let run = try tito(arguments.contains("--output") ? arguments : arguments + ["--output", dir.file("never.svg")])
            #expect(run.status == status, "\(arguments)")
            #expect(run.errors == message, "\(arguments)")
        }
        #expect(try dir.contents().isEmpty)
    }

    #if os(Linux)
    @Test("A directory nobody can write into (here /proc, even for root) gives the system's reason")
    func unwritable() throws {
        let run = try tito(["plot", "--output", "/proc/tito-plot-test.svg"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: cannot write /proc/tito-plot-test.svg: "))
        #expect(run.errors.split(separator: "\n").count == 1)
    }
    #endif

    @Test("Axis ticks are round numbers inside the axis")
    func ticks() {
        let x = AxisScale(from: -5, to: 5, widening: false)
        #expect(x.ticks == [-4, -2, 0, 2, 4])
        let y = AxisScale(from: -0.17, to: 1.13, widening: true)
        #expect(abs(y.lower - -0.2) < 1e-12 && abs(y.upper - 1.2) < 1e-12 && y.ticks.count == 8)
        #expect(y.label(-0.2) == "-0.2" && y.label(0) == "0.0")
        let flat = AxisScale(from: 3, to: 3, widening: true)
        #expect(flat.lower < 3 && flat.upper > 3)
    }
}
