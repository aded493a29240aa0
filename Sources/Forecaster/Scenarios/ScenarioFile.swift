import TimeSeries

extension Scenario {
    /// Scenarios from a CSV `name,kind,date,size` (header required; `size` a number or
    /// `estimated@DATE`), each row read as `--scenario name:kind@date=size`.
    /// - Throws: `ScenarioError` naming `path:line`.
    public static func parseFile(_ text: String, path: String, resolution: Period.Resolution) throws -> [Scenario] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        let cells = { (l: String) in l.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        guard let h = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
              cells(lines[h]).map({ $0.lowercased() }) == ["name", "kind", "date", "size"] else {
            throw ScenarioError("\(path):1: the header must be name,kind,date,size")
        }
        var out: [Scenario] = []
        for k in (h + 1)..<lines.count where !lines[k].trimmingCharacters(in: .whitespaces).isEmpty {
            let c = cells(lines[k])
            guard c.count == 4 else { throw ScenarioError("\(path):\(k + 1): \(c.count) fields, expected name,kind,date,size") }
            out.append(try parse("\(c[0]):\(c[1])@\(c[2])=\(c[3])", source: "\(path):\(k + 1):", resolution: resolution))
        }
        guard !out.isEmpty else { throw ScenarioError("\(path): no scenarios after the header") }
        return out
    }
}
