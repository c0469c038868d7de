import Foundation
import TinyTorch

/// A line chart of one or more curves: what the SVG and terminal renderers draw.
struct Chart {
    /// One curve.
    struct Series {
        /// The legend's text, e.g. `"Sigmoid"` or `"Sigmoid′"`.
        var label: String
        /// The sample points.
        var x: [Float]
        /// The values; non-finite values break the line.
        var y: [Float]
        /// Index into the palette: a function and its derivative share one colour.
        var colour: Int
        /// Whether the line is dashed (derivatives are).
        var dashed: Bool
    }

    /// The heading, e.g. `"ReLU, Sigmoid and Tanh on [-5, 5]"`.
    var title: String
    /// The curves, drawn in order.
    var series: [Series]
    /// The horizontal axis, exactly the sampled interval.
    var xScale: AxisScale
    /// The vertical axis, widened to round numbers around every finite value.
    var yScale: AxisScale
    /// The axis captions.
    var xLabel = "x", yLabel = "f(x)"

    /// A chart of `series` over `[from, to]`; the vertical range covers all their finite values.
    init(title: String, series: [Series], from: Float, to: Float, yLabel: String = "f(x)") {
        self.title = title
        self.series = series
        self.yLabel = yLabel
        xScale = AxisScale(from: Double(from), to: Double(to), widening: false)
        let finite = series.flatMap(\.y).filter(\.isFinite).map(Double.init)
        yScale = AxisScale(from: finite.min() ?? 0, to: finite.max() ?? 1, widening: true)
    }

    /// The curves of `entries` sampled at `points` points on `[from, to]`, each followed by its
    /// dashed derivative when asked; the returned notes say how each non-elementwise activation's
    /// sweep is laid out (``ActivationKind/sweepLayout``).
    static func activations(_ entries: [ActivationCatalog.Entry], from: Float, to: Float,
                            derivatives: Bool, points: Int = 401) -> (chart: Chart, notes: [String]) {
        var series: [Series] = [], notes: [String] = [], plotted: [String] = []
        for entry in entries {
            let subject = ActivationUnderTest(entry)
            let index = ActivationCatalog.entries.firstIndex { $0.key == entry.key } ?? 0   // one colour per activation everywhere
            guard let curve = ActivationCurve(subject, from: from, to: to, count: points) else {
                notes.append("\(subject.name) does not give the shape its kind promises, so it is not plotted")
                continue
            }
            plotted.append(subject.name)
            series.append(Series(label: subject.name, x: curve.x, y: curve.y, colour: index, dashed: false))
            if let layout = entry.kind.sweepLayout {
                notes.append("\(subject.name) is drawn over \(layout)")
            }
            if derivatives, let derivative = curve.derivative {
                let label = entry.kind.isPointwiseOnSweep ? "\(subject.name)′" : "\(subject.name) ∂yᵢ/∂xᵢ"
                series.append(Series(label: label, x: curve.x, y: derivative, colour: index, dashed: true))
            }
        }
        let title = "\(listed(plotted)) on [\(axisText(Double(from))), \(axisText(Double(to)))]"
            + (derivatives ? ", derivatives dashed" : "")
        return (Chart(title: title, series: series, from: from, to: to,
                      yLabel: derivatives ? "f(x), f′(x)" : "f(x)"), notes)
    }

    /// `"A"`, `"A and B"`, `"A, B and C"`.
    static func listed(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

/// A linear axis from `lower` to `upper` with round tick values.
struct AxisScale: Equatable {
    /// The value at the start of the axis.
    var lower: Double
    /// The value at the end of the axis.
    var upper: Double
    /// Round values inside `[lower, upper]` where ticks and grid lines go.
    var ticks: [Double]
    /// The distance between ticks.
    var step: Double

    /// An axis over `[from, to]` with about six round ticks; `widening` moves the ends out to ticks
    /// (for data ranges) instead of keeping them (for the sampled interval).
    init(from: Double, to: Double, widening: Bool, targetTicks: Double = 6) {
        var (from, to) = (from, to)
        if to - from < 1e-12 * max(1, abs(from)) {   // a flat curve: give it room
            from -= 1
            to += 1
        }
        let rough = (to - from) / targetTicks
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let residual = rough / magnitude
        let step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude
        let lower = widening ? (from / step).rounded(.down) * step : from
        let upper = widening ? (to / step).rounded(.up) * step : to
        let first = Int((lower / step).rounded(.up)), last = Int((upper / step).rounded(.down))
        ticks = first <= last ? (first...last).map { Double($0) * step } : []
        (self.step, self.lower, self.upper) = (step, lower, upper)
    }

    /// Where `value` falls along the axis: 0 at ``lower``, 1 at ``upper``.
    func fraction(_ value: Double) -> Double {
        (value - lower) / (upper - lower)
    }

    /// A tick's text with as many decimals as the step needs: `-1`, `0.25`, `1e+06`.
    func label(_ value: Double) -> String {
        let decimals = max(0, Int(-log10(step).rounded(.down)))
        if abs(value) >= 1e6 || (decimals > 6 && value != 0) { return String(format: "%g", value) }
        let text = String(format: "%.\(decimals)f", value)
        return Double(text) == 0 ? String(text.drop { $0 == "-" }) : text
    }
}

/// A bound for a title: `-5`, `0.5`, `1e+30`.
func axisText(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : String(format: "%g", value)
}
