import Foundation
import TinyTorch

/// `tito plot` on a learner's workspace: each of the learner's functions beside the library's
/// reference and their difference, one chart (and one SVG file) per function — the course's
/// "implementation vs ideal" plots.
///
/// The learner's function is sampled by the workspace's program (`check-activations sample`),
/// so code that crashes only fails its own plot.
enum LearnerPlot {
    /// Points per curve, as `tito plot` samples the library's curves.
    static let points = 401

    /// Plots the functions named in `names` (default: ReLU, Sigmoid, Tanh) over `[from, to]`, writing
    /// `<output stem>-<key>.svg` for each; 1 if a function could not be plotted, else 0.
    static func run(_ workspace: Workspace, names: [String], from: Float, to: Float, output: String,
                    terminal: Bool, style: OutputStyle, on console: Console) throws(TitoError) -> Int32 {
        let (program, plans) = try LearnerSession.prepare(workspace, names: names.isEmpty ? PlotCommand.defaultNames : names,
                                                          progress: console.progress)
        console.progress("")
        var status: Int32 = 0
        for plan in plans {
            let entry = ActivationCatalog.entry(named: plan.key)!
            let reference = ActivationCurve(ActivationUnderTest(entry), from: from, to: to, count: points)!
            let yours: [Float]
            switch try sample(plan.key, from: from, to: to, program: program, workspace: workspace) {
            case .success(let curve) where curve.y.count == reference.x.count:
                yours = curve.y
            case .success(let curve):
                console.errorLine("error: your \(plan.title) returned \(curve.y.count) values for \(reference.x.count) inputs: not plotted")
                status = 1
                continue
            case .failure(let reason):
                console.errorLine("error: your \(plan.title) could not be plotted: \(reason.message)")
                status = 1
                continue
            }
            let chart = comparison(title: plan.title, colour: ActivationCatalog.keys.firstIndex(of: plan.key) ?? 0,
                                   x: reference.x, yours: yours, reference: reference.y, from: from, to: to)
            let file = fileName(output, key: plan.key)
            try FileOutput.write(SVGChart(chart: chart).render(), to: file)
            if terminal || console.isTerminal {
                TerminalChart(chart: chart).render(style: style).forEach { console.line($0) }
            }
            console.line(differenceSummary(plan.title, x: reference.x, yours: yours, reference: reference.y))
            console.line("Wrote \(file)")
        }
        return status
    }

    /// The learner's values at the points `tito plot` uses, or why there are none (a crash, a hang).
    static func sample(_ key: String, from: Float, to: Float, program: URL,
                       workspace: Workspace) throws(TitoError) -> Result<LearnerCurve, TitoError> {
        let output = try ChildProcess.temporaryFile("curve")
        defer { try? FileManager.default.removeItem(at: output) }
        let child = try ChildProcess.run([program.path, "sample", key, "--lower", "\(from)", "--upper", "\(to)",
                                          "--count", "\(points)", "--output", output.path],
                                         in: workspace.root, timeLimit: LearnerCheckRun.timeLimit)
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = LearnerCurve.nonFiniteDecoding
        guard child.status == .exited(0), let data = try? Data(contentsOf: output),
              let curve = try? decoder.decode(LearnerCurve.self, from: data) else {
            return .failure(.failure(LearnerCheckRun.crashDescription(child, workspace: workspace)))
        }
        return .success(curve)
    }

    /// One chart: the learner's curve (solid), the reference (dashed, same colour) and their
    /// difference (solid, another colour).
    static func comparison(title: String, colour: Int, x: [Float], yours: [Float], reference: [Float],
                           from: Float, to: Float) -> Chart {
        let difference = zip(yours, reference).map { $0 == $1 ? 0 : $0 - $1 }
        return Chart(title: "\(title): yours, the reference and their difference on [\(axisText(Double(from))), \(axisText(Double(to)))]",
                     series: [
                        Chart.Series(label: "\(title) (yours)", x: x, y: yours, colour: colour, dashed: false),
                        Chart.Series(label: "\(title) (reference)", x: x, y: reference, colour: colour, dashed: true),
                        Chart.Series(label: "yours − reference", x: x, y: difference, colour: (colour + 3) % 6, dashed: false),
                     ],
                     from: from, to: to)
    }

    /// One line on how far the learner's values are from the reference's.
    static func differenceSummary(_ title: String, x: [Float], yours: [Float], reference: [Float]) -> String {
        let pairs = zip(yours, reference).map { $0 == $1 ? 0 : $0 - $1 }
        if let i = pairs.firstIndex(where: \.isNaN) {
            return "\(title): yours gives \(yours[i]) at x = \(x[i]) where the reference gives \(reference[i])"
        }
        guard let worst = pairs.indices.max(by: { abs(pairs[$0]) < abs(pairs[$1]) }), pairs[worst] != 0 else {
            return "\(title): yours equals the reference at all \(x.count) points"
        }
        return "\(title): yours differs from the reference by up to \(abs(pairs[worst])) (at x = \(x[worst]))"
    }

    /// `activations.svg` and `relu` → `activations-relu.svg`.
    static func fileName(_ output: String, key: String) -> String {
        let stem = output.hasSuffix(".svg") ? String(output.dropLast(4)) : output
        return "\(stem)-\(key).svg"
    }
}
