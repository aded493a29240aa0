/// HTML escaping for text placed in Almanac's reports.
public enum HTML {
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// A self-contained HTML page (inline CSS and SVG, no network): a title, then sections of
/// paragraphs, tables and charts. The same inputs give the same bytes (no timestamps).
public struct HTMLReport: Sendable {
    public enum Block: Sendable {
        case paragraph(String)
        case verdicts([String])
        case table(TextTable)
        case svg(String)
        case note(String)
    }

    public struct Section: Sendable {
        public var title: String
        public var blocks: [Block]
        public init(title: String, blocks: [Block] = []) {
            self.title = title
            self.blocks = blocks
        }
    }

    public var title: String
    public var subtitle: String
    public var sections: [Section] = []

    public init(title: String, subtitle: String) {
        self.title = title
        self.subtitle = subtitle
    }

    public func rendered() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(HTML.escape(title))</title>
        <style>
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 960px; margin: 2em auto; color: #222; line-height: 1.45; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { font-size: 1.25em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
        .subtitle { color: #666; margin-top: 0; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
        th, td { padding: 0.25em 0.7em; border-bottom: 1px solid #eee; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        ul.verdicts li { margin: 0.3em 0; }
        .note { color: #666; font-size: 0.9em; }
        svg { max-width: 100%; height: auto; }
        </style>
        </head>
        <body>
        <h1>\(HTML.escape(title))</h1>
        <p class="subtitle">\(HTML.escape(subtitle))</p>

        """
        for section in sections {
            out += "<h2>\(HTML.escape(section.title))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let p): out += "<p>\(HTML.escape(p))</p>\n"
                case .note(let p): out += "<p class=\"note\">\(HTML.escape(p))</p>\n"
                case .verdicts(let lines):
                    out += "<ul class=\"verdicts\">\n" + lines.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n"
                case .table(let t): out += t.rendered(.html)
                case .svg(let svg): out += "<figure>\n" + svg + "</figure>\n"
                }
            }
        }
        return out + "</body>\n</html>\n"
    }
}
