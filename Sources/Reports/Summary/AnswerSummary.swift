/// The short plain-language answer that `forecast --annual`, `breaks --events`, `impact` and
/// `report` give before any table: one sentence per question the analyst came with ("what
/// will next year's total be?", "did the sanctions matter?"), each with its interval and the
/// test it rests on. The detail follows it.
///
/// The same sentences, with the numbers behind them, are the `summary` object of the JSON
/// output (`json`), so a pipeline can quote the answer without parsing text.
public struct AnswerSummary: Sendable {
    /// Sentences, each ending with a full stop.
    public var sentences: [String]
    /// Machine-readable fields behind the sentences, in output order.
    public var fields: [(String, JSONValue)]

    public init(sentences: [String], fields: [(String, JSONValue)] = []) {
        self.sentences = sentences
        self.fields = fields
    }

    /// The `summary` JSON object: `text` (the sentences joined by spaces), `sentences`, then `fields`.
    public var json: JSONValue {
        .object([("text", .string(sentences.joined(separator: " "))),
                 ("sentences", .array(sentences.map { .string($0) }))] + fields)
    }

    /// "In short:" and the sentences, one per line, followed by a blank line (a bulleted list
    /// in Markdown). Empty when there is nothing to say.
    public func text(style: TextTable.Style) -> String {
        guard !sentences.isEmpty else { return "" }
        if style == .markdown {
            return "**In short**\n\n" + sentences.map { "- \($0)\n" }.joined() + "\n"
        }
        return "In short:\n" + sentences.map { "  \($0)\n" }.joined() + "\n"
    }
}

import TimeSeries

extension AnswerSummary {
    /// "12 months", "1 quarter", "3 years" or "5 observations" for `count` periods of `series`.
    static func periods(_ count: Int, of series: TimeSeries) -> String {
        let word: String
        switch series.frequency.resolution {
        case .month: word = "month"
        case .quarter: word = "quarter"
        case .year: word = "year"
        default: word = "observation"
        }
        return "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
