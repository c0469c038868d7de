import Foundation
import TinyTorch

/// The self-contained report page: inline SVG charts and CSS, no scripts, no network.
struct HTMLReport {
    /// The overview chart (the course's three functions with their derivatives).
    var overview: Chart
    /// One chart per activation that has a curve, each with its derivative.
    var perActivation: [(summary: String, chart: Chart)]
    /// The notes about activations that could not be drawn.
    var chartNotes: [String]
    /// The analysis tables and the accuracy table, each with the id of the section it opens
    /// (`nil` to continue the previous section).
    var tables: [(id: String?, table: Table)]
    /// `"118 passed, 0 failed"` and the failing checks, if any.
    var checks: (tally: String, failures: [String])
    /// How the figures were produced (settings, machine, date).
    var provenance: String

    /// The whole page, well-formed XML (XHTML syntax) as well as HTML5.
    func render() -> String {
        var body = """
            <h1>TinyTorch Activations: the measured report</h1>
            <p class="meta">\(escaped(provenance))</p>
            <nav><a href="#curves">Curves</a> · <a href="#properties">Properties</a> · <a href="#gradient-flow">Gradient flow</a> · \
            <a href="#cost">Cost</a> · <a href="#accuracy">Accuracy</a> · <a href="#checks">Checks</a></nav>
            <section id="curves">
            <h2>The functions and their derivatives</h2>
            <figure class="wide">\(SVGChart(chart: overview).render())</figure>
            <div class="grid">

            """
        for (summary, chart) in perActivation {
            body += "<figure>\(SVGChart(chart: chart, width: 560, height: 340).render())<figcaption>\(escaped(summary))</figcaption></figure>\n"
        }
        body += "</div>\n"
        for note in chartNotes { body += "<p class=\"note\">\(escaped(note))</p>\n" }
        body += "</section>\n"
        for (id, table) in tables {
            body += "<section\(id.map { " id=\"\($0)\"" } ?? "")>\n\(table.html())</section>\n"
        }
        body += "<section id=\"checks\">\n<h2>Module checks</h2>\n<p class=\"tally\">\(escaped(checks.tally))</p>\n"
        if !checks.failures.isEmpty {
            body += "<ul class=\"failures\">\n" + checks.failures.map { "<li>\(escaped($0))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<p class=\"footnote\">The same checks as <code>tito test --module all</code> and <code>swift test</code>.</p>\n</section>\n"
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>TinyTorch Activations: report</title>
            <style>
            \(HTMLReport.css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static let css = """
        body { font-family: Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #222; }
        h1 { margin-bottom: 0.2em; } .meta, .footnote, .note { color: #666; font-size: 0.9em; }
        nav { margin: 1em 0 2em; } nav a { color: #1f77b4; }
        figure { margin: 0; } figure svg { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 0.9em; margin: 0 0 1.5em 1em; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 1em; }
        table { border-collapse: collapse; margin: 1.5em 0 0.5em; font-size: 0.92em; }
        caption { text-align: left; font-weight: bold; font-size: 1.15em; margin-bottom: 0.5em; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.35em 0.8em; text-align: right; white-space: nowrap; }
        th[scope=row], thead th:first-child { text-align: left; }
        thead th { border-bottom: 2px solid #999; }
        .tally { font-size: 1.2em; font-weight: bold; } .failures { color: #b00; }
        """
}
