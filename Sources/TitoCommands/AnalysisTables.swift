import Foundation
import TinyTorch

/// The tables of `tito analyze` (and of the report): the figures of an ``ActivationAnalysis``
/// as text cells.
enum AnalysisTables {
    /// All four tables.
    static func all(_ analysis: ActivationAnalysis) -> [Table] {
        [properties(analysis), derivatives(analysis), gradientFlow(analysis), cost(analysis)]
    }

    /// Range, limits, f(0), mean, symmetry, monotonicity and sparsity.
    static func properties(_ analysis: ActivationAnalysis) -> Table {
        let s = analysis.settings
        return Table(
            title: "Mathematical properties (measured)",
            header: ["activation", "range seen", "f(−∞)", "f(0)", "f(+∞)", "mean on N(0,1)", "zero-centred",
                     "symmetry", "monotone", "sparsity"],
            rows: analysis.activations.map { record in
                let p = record.properties
                return [record.name, "[\(figure(p.rangeObserved.min)), \(figure(p.rangeObserved.max))]",
                        figure(p.atNegativeInfinity), figure(p.atZero), figure(p.atPositiveInfinity),
                        figure(p.meanOnNormal), p.zeroCentred ? "yes" : "no",
                        p.symmetry?.description ?? "–", p.monotonicity?.rawValue ?? "–", percent(p.sparsity)]
            },
            footnote: "Sweep x = k/\(Int(1 / s.sweepStep)) on [−\(figure(s.sweepLimit)), \(figure(s.sweepLimit))] plus ±∞; "
                + "mean and sparsity (exact zeros) on \(s.normalRows)×\(s.width) seeded N(0, 1) values (seed \(s.seed)); "
                + "zero-centred when |mean| ≤ 4 standard errors; – where a property needs a curve y = f(x) (not along an axis).")
    }

    /// max |f′| and where, f′(0), and saturation on each side.
    static func derivatives(_ analysis: ActivationAnalysis) -> Table {
        Table(
            title: "Derivatives (measured through backward)",
            header: ["activation", "max |f′|", "at x", "f′(0)", "saturated (|f′| < 1e−3) for"],
            rows: analysis.activations.map { record in
                let p = record.properties
                let at = p.maxAbsDerivative.map { $0.from == $0.to ? figure($0.at) : "\(figure($0.from)) … \(figure($0.to))" }
                return [record.name, figure(p.maxAbsDerivative?.value), at ?? "–", figure(p.derivativeAtZero),
                        p.saturation.map(saturation) ?? "–"]
            },
            footnote: "f′ = backward(x, gradOutput: 1) over the sweep; saturation holds from that |x| to the end of the sweep.")
    }

    /// The gradient's relative size after each reported number of layers.
    static func gradientFlow(_ analysis: ActivationAnalysis) -> Table {
        let counts = analysis.settings.layerCounts
        return Table(
            title: "Gradient flow: size of the gradient after n layers (relative to the start)",
            header: ["activation"] + counts.map { "\($0) layers" },
            rows: analysis.activations.map { record in
                [record.name] + counts.map { n in
                    figure(record.gradientFlow?.sizes.first { $0.layers == n }?.relativeRMS)
                }
            },
            footnote: "RMS of g after g ← backward(z, g)·Wᵀ per layer, z ~ N(0, 1), W ~ N(0, 1/\(analysis.settings.width)), "
                + "\(analysis.settings.gradientRows)×\(analysis.settings.width) batch, seeded; 0 means every path died.")
    }

    /// Time per million elements, throughput, ratio to ReLU and share of copy bandwidth.
    static func cost(_ analysis: ActivationAnalysis) -> Table {
        Table(
            title: "Cost of forward on this machine (measured)",
            header: ["activation", "ms per 1M", "Gelem/s", "vs ReLU", "of copy bandwidth"],
            rows: analysis.activations.map { record in
                let c = record.cost
                return [record.name, figure(c.millisecondsPerMillion), figure(c.elementsPerNanosecond),
                        c.ratioToReLU.map(ratio) ?? "–", c.fractionOfCopyBandwidth.map(percent) ?? "–"]
            } + [["copy (memcpy)", figure(analysis.copy.millisecondsPerMillion), figure(analysis.copy.elementsPerNanosecond), "", "100%"]],
            footnote: "Best of ≥ \(analysis.settings.costMinimumRuns) timed calls on \(analysis.settings.costElements) elements, "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores; timings vary with the machine and its load.")
    }

    /// `"x ≤ −6.9 and x ≥ 6.9"`, `"x ≤ 0"`, `"never"`.
    static func saturation(_ s: MeasuredProperties.Saturation) -> String {
        let sides = [s.negative.map { "x ≤ \(figure(-$0))" }, s.positive.map { "x ≥ \(figure($0))" }].compactMap { $0 }
        return sides.isEmpty ? "never" : sides.joined(separator: " and ")
    }

    /// `"3.4× slower"`, `"1.0×"`, `"0.8× (faster)"`.
    static func ratio(_ r: Double) -> String {
        let text = String(format: "%.1f×", r)
        return r >= 1.05 ? text + " slower" : r <= 0.95 ? text + " (faster)" : text
    }
}

/// A measured number in at most three significant digits: `0.25`, `6.9`, `9.54e-07`, `∞`, `–` for none.
func figure(_ value: Double?) -> String {
    guard let value else { return "–" }
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "∞" : "−∞" }
    if value == 0 { return "0" }
    let text = String(format: "%.3g", value)
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
}

/// ``figure(_:)-(Double?)`` for a `Float`.
func figure(_ value: Float?) -> String { figure(value.map(Double.init)) }

/// A fraction as a percentage: `50.1%`.
func percent(_ fraction: Double) -> String {
    String(format: fraction >= 0.1 || fraction == 0 ? "%.0f%%" : "%.2g%%", fraction * 100)
}
