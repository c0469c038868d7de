import Foundation

/// Draws a ``Chart`` as a standalone SVG image: a title, a framed plot area with a
/// grid, ticks and tick labels on both axes, emphasised zero lines, axis captions,
/// one `<path>` per curve (one colour per function, derivatives dashed) and a legend.
///
/// Elements carry classes (`grid`, `x-axis`, `y-axis`, `tick-label`, `curve`,
/// `legend`) so the output can be restyled and tested.
struct SVGChart {
    /// One colour per function (Tableau 10), cycling after ten.
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    let chart: Chart
    var width = 760.0
    var height = 460.0

    /// The SVG document (no XML declaration, so it can also be inlined in HTML).
    func render() -> String {
        let legendWidth = 44 + 7.5 * Double(chart.series.map(\.label.count).max() ?? 0)
        let plot = (left: 70.0, top: 48.0, right: width - 20 - legendWidth, bottom: height - 56)
        let (xs, ys) = (chart.xScale, chart.yScale)
        func px(_ x: Double) -> Double { plot.left + xs.fraction(x) * (plot.right - plot.left) }
        func py(_ y: Double) -> Double { plot.bottom - ys.fraction(y) * (plot.bottom - plot.top) }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="Helvetica, Arial, sans-serif" font-size="13">
            <title>\(escaped(chart.title))</title>
            <rect class="background" width="100%" height="100%" fill="#ffffff"/>
            <text class="title" x="\(n((plot.left + plot.right) / 2))" y="28" text-anchor="middle" font-size="16" font-weight="bold">\(escaped(chart.title))</text>

            """
        svg += "<g class=\"grid\" stroke=\"#e6e6e6\" stroke-width=\"1\">\n"
        for t in xs.ticks { svg += "<line x1=\"\(n(px(t)))\" y1=\"\(n(plot.top))\" x2=\"\(n(px(t)))\" y2=\"\(n(plot.bottom))\"/>\n" }
        for t in ys.ticks { svg += "<line x1=\"\(n(plot.left))\" y1=\"\(n(py(t)))\" x2=\"\(n(plot.right))\" y2=\"\(n(py(t)))\"/>\n" }
        svg += "</g>\n"

        svg += "<g class=\"axes\" stroke=\"#333333\" stroke-width=\"1\">\n"
        svg += "<rect class=\"frame\" x=\"\(n(plot.left))\" y=\"\(n(plot.top))\" width=\"\(n(plot.right - plot.left))\" height=\"\(n(plot.bottom - plot.top))\" fill=\"none\"/>\n"
        let zeroY = ys.lower <= 0 && 0 <= ys.upper ? py(0) : plot.bottom
        let zeroX = xs.lower <= 0 && 0 <= xs.upper ? px(0) : plot.left
        svg += "<line class=\"x-axis\" x1=\"\(n(plot.left))\" y1=\"\(n(zeroY))\" x2=\"\(n(plot.right))\" y2=\"\(n(zeroY))\" stroke-width=\"1.5\"/>\n"
        svg += "<line class=\"y-axis\" x1=\"\(n(zeroX))\" y1=\"\(n(plot.top))\" x2=\"\(n(zeroX))\" y2=\"\(n(plot.bottom))\" stroke-width=\"1.5\"/>\n"
        for t in xs.ticks { svg += "<line class=\"tick\" x1=\"\(n(px(t)))\" y1=\"\(n(plot.bottom))\" x2=\"\(n(px(t)))\" y2=\"\(n(plot.bottom + 5))\"/>\n" }
        for t in ys.ticks { svg += "<line class=\"tick\" x1=\"\(n(plot.left - 5))\" y1=\"\(n(py(t)))\" x2=\"\(n(plot.left))\" y2=\"\(n(py(t)))\"/>\n" }
        svg += "</g>\n<g class=\"tick-labels\" fill=\"#333333\">\n"
        for t in xs.ticks {
            svg += "<text class=\"tick-label\" x=\"\(n(px(t)))\" y=\"\(n(plot.bottom + 20))\" text-anchor=\"middle\">\(minus(xs.label(t)))</text>\n"
        }
        for t in ys.ticks {
            svg += "<text class=\"tick-label\" x=\"\(n(plot.left - 9))\" y=\"\(n(py(t) + 4))\" text-anchor=\"end\">\(minus(ys.label(t)))</text>\n"
        }
        svg += "<text class=\"axis-label\" x=\"\(n((plot.left + plot.right) / 2))\" y=\"\(n(height - 14))\" text-anchor=\"middle\" font-style=\"italic\">\(escaped(chart.xLabel))</text>\n"
        svg += "<text class=\"axis-label\" transform=\"translate(18 \(n((plot.top + plot.bottom) / 2))) rotate(-90)\" text-anchor=\"middle\" font-style=\"italic\">\(escaped(chart.yLabel))</text>\n"
        svg += "</g>\n"

        svg += "<g class=\"curves\" fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\">\n"
        for series in chart.series {
            let d = SVGChart.pathData(series) { (px(Double($0)), py(Double($1))) }
            svg += "<path class=\"curve\(series.dashed ? " derivative" : "")\" data-label=\"\(escaped(series.label))\" stroke=\"\(colour(series))\"\(dash(series)) d=\"\(d)\"/>\n"
        }
        svg += "</g>\n"

        svg += "<g class=\"legend\" transform=\"translate(\(n(plot.right + 16)) \(n(plot.top)))\">\n"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(n(legendWidth - 8))\" height=\"\(n(Double(chart.series.count) * 22 + 10))\" fill=\"#ffffff\" stroke=\"#cccccc\"/>\n"
        for (row, series) in chart.series.enumerated() {
            let y = 20 + Double(row) * 22
            svg += "<line x1=\"8\" y1=\"\(n(y - 4))\" x2=\"34\" y2=\"\(n(y - 4))\" stroke=\"\(colour(series))\" stroke-width=\"2\"\(dash(series))/>\n"
            svg += "<text x=\"40\" y=\"\(n(y))\">\(escaped(series.label))</text>\n"
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    /// `M x y L x y …`, starting a new piece after every non-finite value.
    static func pathData(_ series: Chart.Series, _ point: (Float, Float) -> (Double, Double)) -> String {
        var d: [String] = [], pen = false
        for (x, y) in zip(series.x, series.y) {
            guard y.isFinite else { pen = false; continue }
            let (u, v) = point(x, y)
            d.append("\(pen ? "L" : "M")\(n(u)) \(n(v))")
            pen = true
        }
        return d.joined(separator: " ")
    }

    private func colour(_ series: Chart.Series) -> String { SVGChart.palette[series.colour % SVGChart.palette.count] }
    private func dash(_ series: Chart.Series) -> String { series.dashed ? " stroke-dasharray=\"7 5\"" : "" }
}

/// A coordinate with at most two decimals.
private func n(_ value: Double) -> String {
    let text = String(format: "%.2f", value)
    return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
}

/// A tick label with a typographic minus sign.
private func minus(_ text: String) -> String {
    text.hasPrefix("-") ? "−" + text.dropFirst() : text
}

/// `text` with the five XML special characters escaped.
func escaped(_ text: String) -> String {
    var out = ""
    for c in text {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        default: out.append(c)
        }
    }
    return out
}
