/// The header row of a CSV file: column names and lookups that fail with the list of
/// columns that do exist.
public struct CSVHeader: Sendable {
    public let file: String
    public let line: Int
    public let names: [String]

    /// Reads the header (first non-empty record) from `tokenizer`.
    /// - Throws: `InputError` for an empty file or a repeated column name.
    public init(from tokenizer: inout CSVTokenizer, record: inout CSVRecord) throws(InputError) {
        file = tokenizer.file
        guard try tokenizer.next(into: &record) else {
            throw InputError(file: tokenizer.file, line: 1, column: 1, "empty file: expected a header row")
        }
        line = record.line
        names = record.strings.map { $0.trimmingBlanks() }
        var seen: [String: Int] = [:]
        for (j, n) in names.enumerated() {
            if let k = seen[n] {
                throw InputError(file: file, line: line, column: j + 1,
                                 "column name '\(n)' repeats column \(k + 1)")
            }
            seen[n] = j
        }
    }

    /// Index of the column `name` (exact match first, then case-insensitive), or `nil`.
    public func index(of name: String) -> Int? {
        if let i = names.firstIndex(of: name) { return i }
        let lower = name.lowercased()
        return names.firstIndex { $0.lowercased() == lower }
    }

    /// Index of the column `name`.
    /// - Throws: `InputError` naming the header line and listing the existing columns.
    public func require(_ name: String, purpose: String = "") throws(InputError) -> Int {
        guard let i = index(of: name) else {
            let role = purpose.isEmpty ? "" : " (\(purpose))"
            throw InputError(file: file, line: line, column: names.count + 1,
                             "missing column '\(name)'\(role); the file has columns: \(listing)")
        }
        return i
    }

    /// `'a', 'b', 'c'`.
    public var listing: String { names.map { "'\($0)'" }.joined(separator: ", ") }

    /// The error for a row whose field count differs from the header's.
    public func raggedRow(_ record: CSVRecord) -> InputError {
        InputError(file: file, line: record.line, column: min(record.count, names.count) + 1,
                   "row has \(record.count) field\(record.count == 1 ? "" : "s") but the header (line \(line)) has \(names.count)")
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
