/// A dated event an analyst asks about (a sanction package, a policy change).
public struct Event: Sendable, Codable, Equatable {
    public var date: Period
    public var label: String
    public init(date: Period, label: String) {
        self.date = date
        self.label = label
    }
}

/// Reads an event file: CSV with a header `date,label` (column order free, extra columns
/// ignored), dates in any format the series readers accept (`2022-03`, `2022Q1`, `2022`).
public enum EventFile {
    /// - Throws: `InputError` naming the line and column of an unreadable date, a missing
    ///   column (listing those present) or an empty file.
    public static func read(_ path: String) throws(InputError) -> [Event] {
        var tokenizer = try CSVTokenizer(path: path)
        var record = CSVRecord()
        let header = try CSVHeader(from: &tokenizer, record: &record)
        let dateColumn = try header.require("date", purpose: "event dates")
        let labelColumn = try header.require("label", purpose: "event labels")
        var events: [Event] = []
        while try tokenizer.next(into: &record) {
            guard record.count == header.names.count else { throw header.raggedRow(record) }
            let text = record.string(dateColumn)
            guard let date = Period(parsing: text) else {
                throw InputError(file: tokenizer.file, line: record.line, column: dateColumn + 1,
                                 "unreadable event date '\(text)' (expected YYYY-MM, YYYY-MM-DD, YYYYQn or YYYY)")
            }
            events.append(Event(date: date, label: record.string(labelColumn)))
        }
        guard !events.isEmpty else {
            throw InputError(file: tokenizer.file, line: header.line + 1, column: 1, "no events: the file has only a header")
        }
        return events
    }
}
