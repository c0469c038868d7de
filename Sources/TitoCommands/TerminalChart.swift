/// Draws a ``Chart`` in the terminal with Unicode braille (2×4 dots per character),
/// with labelled axes and a legend.
///
/// With colour, all curves share one panel, one colour per function. Without colour
/// they could not be told apart there, so each function gets its own panel.
struct TerminalChart {
    /// ANSI colours matching ``SVGChart/palette`` as closely as the terminal allows.
    static let paints: [OutputStyle.Paint] = [.blue, .yellow, .green, .red, .magenta, .cyan]

    let chart: Chart
    var columns = 64
    var rows = 16

    /// The lines to print.
    func render(style: OutputStyle) -> [String] {
        if style.colour || Set(chart.series.map(\.colour)).count <= 1 {
            return [style.paint(chart.title, .bold)] + panel(chart, style: style)
        }
        var lines = [style.paint(chart.title, .bold)]
        for colour in Set(chart.series.map(\.colour)).sorted() {
            let own = chart.series.filter { $0.colour == colour }
            var sub = Chart(title: own[0].label, series: own, from: Float(chart.xScale.lower), to: Float(chart.xScale.upper))
            sub.yLabel = chart.yLabel
            lines += ["", own[0].label] + TerminalChart(chart: sub, columns: columns, rows: max(8, rows / 2)).panel(sub, style: style)
        }
        return lines
    }

    /// One framed plot with y labels on the left, x labels below and a legend line.
    func panel(_ chart: Chart, style: OutputStyle) -> [String] {
        var canvas = BrailleCanvas(columns: columns, rows: rows)
        for series in chart.series {
            canvas.draw(series, xScale: chart.xScale, yScale: chart.yScale)
        }
        let ys = chart.yScale
        var labels: [Int: String] = [:]   // row → tick label, rows at least two apart
        for tick in ys.ticks {
            let row = Int(((1 - ys.fraction(tick)) * Double(rows - 1)).rounded())
            if !labels.keys.contains(where: { abs($0 - row) < 2 }) { labels[row] = ys.label(tick) }
        }
        let margin = labels.values.map(\.count).max() ?? 0
        var lines: [String] = []
        for row in 0..<rows {
            let label = labels[row].map { String(repeating: " ", count: margin - $0.count) + $0 + " ┤" }
                ?? String(repeating: " ", count: margin) + " │"
            let cells = (0..<columns).map { column in
                let (glyph, colour) = canvas.cell(row: row, column: column)
                return colour.map { style.paint(glyph, TerminalChart.paints[$0 % TerminalChart.paints.count]) } ?? glyph
            }
            lines.append(label + cells.joined())
        }
        lines.append(String(repeating: " ", count: margin) + " └" + String(repeating: "─", count: columns))
        lines.append(String(repeating: " ", count: margin + 2) + xLabels(chart.xScale))
        let legend = chart.series.map { series in
            let sample = series.dashed ? "╌╌" : "──"
            let swatch = style.colour ? style.paint(sample, TerminalChart.paints[series.colour % TerminalChart.paints.count]) : sample
            return "\(swatch) \(series.label)"
        }
        lines.append(String(repeating: " ", count: margin + 2) + legend.joined(separator: "   ") + "   (\(chart.xLabel) →, \(chart.yLabel) ↑)")
        return lines
    }

    /// Tick values placed under their columns, skipping any that would touch the previous one.
    func xLabels(_ scale: AxisScale) -> String {
        var line = [Character](repeating: " ", count: columns + 8)
        var free = 0
        for tick in scale.ticks {
            let text = Array(scale.label(tick))
            let centre = Int((scale.fraction(tick) * Double(columns - 1)).rounded())
            let start = min(max(0, centre - text.count / 2), line.count - text.count)
            guard start >= free else { continue }
            line.replaceSubrange(start..<start + text.count, with: text)
            free = start + text.count + 1
        }
        return String(String(line).reversed().drop { $0 == " " }.reversed())
    }
}

/// A grid of braille characters, each holding 2×4 dots, with the colour of the last curve drawn in each.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var dots: [UInt8]
    private var colours: [Int?]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        dots = Array(repeating: 0, count: columns * rows)
        colours = Array(repeating: nil, count: columns * rows)
    }

    /// The bit of each dot in a braille cell, indexed [dot row][dot column] (Unicode's numbering).
    private static let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// The character and colour of one cell (a blank braille pattern when empty).
    func cell(row: Int, column: Int) -> (String, Int?) {
        let i = row * columns + column
        return (String(UnicodeScalar(0x2800 + UInt32(dots[i]))!), colours[i])
    }

    /// Sets the dot at dot coordinates (x right, y down), if it is on the canvas.
    mutating func set(x: Int, y: Int, colour: Int) {
        guard x >= 0, y >= 0, x < columns * 2, y < rows * 4 else { return }
        let i = (y / 4) * columns + x / 2
        dots[i] |= BrailleCanvas.bits[y % 4][x % 2]
        colours[i] = colour
    }

    /// Draws the series as straight segments between its finite points; dashed series
    /// leave every other run of four dots blank.
    mutating func draw(_ series: Chart.Series, xScale: AxisScale, yScale: AxisScale) {
        let width = Double(columns * 2 - 1), height = Double(rows * 4 - 1)
        var previous: (Double, Double)?
        var dotCount = 0
        for (x, y) in zip(series.x, series.y) {
            guard y.isFinite else { previous = nil; continue }
            let point = (xScale.fraction(Double(x)) * width, (1 - yScale.fraction(Double(y))) * height)
            let start = previous ?? point
            let steps = max(1, Int(max(abs(point.0 - start.0), abs(point.1 - start.1)).rounded(.up)))
            for step in 1...steps {
                let t = Double(step) / Double(steps)
                dotCount += 1
                if series.dashed && (dotCount / 4) % 2 == 1 { continue }
                set(x: Int((start.0 + t * (point.0 - start.0)).rounded()),
                    y: Int((start.1 + t * (point.1 - start.1)).rounded()), colour: series.colour)
            }
            previous = point
        }
    }
}
