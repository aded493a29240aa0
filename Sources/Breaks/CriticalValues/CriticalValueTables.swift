/// Parsed views of the published p-value tables in `CriticalValueTableData`.
enum CriticalValueTables {
    /// A row-major numeric table.
    struct Table: Sendable {
        let rows: Int
        let columns: Int
        let values: [Double]

        subscript(row: Int, column: Int) -> Double { values[row * columns + column] }

        /// Parses whitespace-separated rows; every row must have the same width (checked
        /// by the tests against the generated file, which is never edited by hand).
        init(_ text: String) {
            var vals: [Double] = []
            var rows = 0, cols = 0
            for line in text.split(separator: "\n") {
                let cells = line.split(separator: " ")
                if cells.isEmpty { continue }
                cols = cells.count
                rows += 1
                for c in cells { vals.append(Double(c) ?? .nan) }
            }
            self.rows = rows
            self.columns = cols
            self.values = vals
        }
    }

    /// Hansen (1997) supF response surface (`sc.beta.sup`), 1000 × 3.
    static let hansenSup = Table(CriticalValueTableData.hansenSup)
    /// Hansen (1997) aveF response surface (`sc.beta.ave`), 1000 × 5.
    static let hansenAve = Table(CriticalValueTableData.hansenAve)
    /// Hansen (1997) expF response surface (`sc.beta.exp`), 1000 × 5.
    static let hansenExp = Table(CriticalValueTableData.hansenExp)
    /// Chu, Hornik & Kuan (1995) MOSUM critical values (`sc.me`), 60 × 4.
    static let mosum = Table(CriticalValueTableData.mosum)
}
