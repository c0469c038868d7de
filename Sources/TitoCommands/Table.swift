/// A table of text cells with a caption: rendered aligned for the terminal and as
/// `<table>` in the HTML report, so both show the same figures.
struct Table {
    /// The caption, e.g. `"Gradient flow"`.
    var title: String
    /// The column headings.
    var header: [String]
    /// The rows, as many cells each as ``header``.
    var rows: [[String]]
    /// A sentence under the table saying how the figures were obtained.
    var footnote: String = ""

    /// The title, the columns padded to their widest cell (first column left-aligned, the rest
    /// right-aligned), a rule under the header, and the footnote.
    func text(style: OutputStyle) -> [String] {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var lines = [style.paint(title, .bold), line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        if !footnote.isEmpty { lines.append(style.paint(footnote, .dim)) }
        return lines
    }

    /// `<table>` with a `<caption>`, a header row and the cells, all escaped; the footnote follows in a `<p>`.
    func html() -> String {
        var out = "<table>\n<caption>\(escaped(title))</caption>\n<thead><tr>"
        out += header.map { "<th>\(escaped($0))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { column, cell in
                column == 0 ? "<th scope=\"row\">\(escaped(cell))</th>" : "<td>\(escaped(cell))</td>"
            }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !footnote.isEmpty { out += "<p class=\"footnote\">\(escaped(footnote))</p>\n" }
        return out
    }
}
