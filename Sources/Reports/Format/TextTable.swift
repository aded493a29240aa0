import Foundation

/// A table of text cells rendered for a terminal (aligned columns), as CSV or as Markdown.
/// Numeric-looking columns are right-aligned.
public struct TextTable: Sendable, Equatable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]] = []) {
        self.headers = headers
        self.rows = rows
    }

    public enum Style: String, Sendable, CaseIterable { case table, csv, markdown, html }

    public func rendered(_ style: Style) -> String {
        switch style {
        case .table: return aligned()
        case .csv: return csv()
        case .markdown: return markdown()
        case .html: return html()
        }
    }

    func isNumericColumn(_ j: Int) -> Bool {
        let cells = rows.compactMap { j < $0.count ? $0[j] : nil }.filter { !$0.isEmpty && $0 != "NA" }
        return !cells.isEmpty && cells.allSatisfy { Double($0.replacingOccurrences(of: ",", with: "")) != nil }
    }

    func widths() -> [Int] {
        headers.indices.map { j in
            max(headers[j].count, rows.map { j < $0.count ? $0[j].count : 0 }.max() ?? 0)
        }
    }

    func aligned() -> String {
        // Labels from the input must not break lines or carry escape sequences to the terminal.
        let table = TextTable(headers: headers.map { TerminalText.escapeControls($0) },
                              rows: rows.map { $0.map { TerminalText.escapeControls($0) } })
        return table.alignedCells()
    }

    func alignedCells() -> String {
        let w = widths()
        let numeric = headers.indices.map(isNumericColumn)
        func line(_ cells: [String]) -> String {
            headers.indices.map { j -> String in
                let c = j < cells.count ? cells[j] : ""
                let pad = String(repeating: " ", count: w[j] - c.count)
                return numeric[j] ? pad + c : c + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(headers) + "\n"
        out += w.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }

    func csv() -> String {
        ([headers] + rows).map { $0.map(CSVField.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    func html() -> String {
        let numeric = headers.indices.map(isNumericColumn)
        var out = "<table>\n<thead><tr>" + headers.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for r in rows {
            out += "<tr>" + r.enumerated().map { j, c in
                numeric.indices.contains(j) && numeric[j] ? "<td class=\"num\">\(HTML.escape(c))</td>" : "<td>\(HTML.escape(c))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    func markdown() -> String {
        let numeric = headers.indices.map(isNumericColumn)
        func esc(_ s: String) -> String { TerminalText.escapeControls(s).replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + headers.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for r in rows { out += "| " + r.map(esc).joined(separator: " | ") + " |\n" }
        return out
    }
}

/// Number formatting for human-facing tables: fixed decimals chosen from the magnitude,
/// thousands grouped; NaN as `NA`.
public enum NumberText {
    /// `decimals` fixed digits after the point.
    public static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "NA" : (x > 0 ? "Inf" : "-Inf") }
        return String(format: "%.\(decimals)f", x == 0 ? 0 : x)
    }

    /// Decimals suited to values of this magnitude: 0 above 10,000, 1 above 100, 2 above 1,
    /// then enough to show three significant digits.
    public static func decimals(forMagnitude m: Double) -> Int {
        let a = abs(m)
        if !a.isFinite || a >= 10_000 { return 0 }
        if a >= 100 { return 1 }
        if a >= 1 { return 2 }
        if a == 0 { return 2 }
        return min(8, Int((-log10(a)).rounded(.up)) + 2)
    }

    /// Shortest round-trip text for machine-readable output (CSV).
    public static func exact(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NA" : (x > 0 ? "Inf" : "-Inf") }
        return JSONValue.format(x)
    }
}
