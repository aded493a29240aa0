extension NumberText {
    /// `x` with `decimals` fixed digits and a comma between groups of three integer digits,
    /// as plain-language summaries quote totals ("2,985.2"). Non-finite values as in `fixed`.
    public static func grouped(_ x: Double, decimals: Int) -> String {
        let plain = fixed(x, decimals: decimals)
        guard x.isFinite else { return plain }
        let negative = plain.hasPrefix("-")
        let body = negative ? plain.dropFirst() : Substring(plain)
        let integer = body.prefix { $0 != "." }
        let fraction = body.dropFirst(integer.count)
        var digits = ""
        for (k, ch) in integer.enumerated() {
            if k > 0 && (integer.count - k) % 3 == 0 { digits.append(",") }
            digits.append(ch)
        }
        return (negative ? "-" : "") + digits + fraction
    }

    /// A signed percentage with one decimal, "+0.3%" or "-12.7%".
    public static func signedPercent(_ x: Double) -> String {
        (x >= 0 ? "+" : "") + fixed(x, decimals: 1) + "%"
    }
}
