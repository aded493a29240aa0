import ArgumentParser
import Foundation
import AlmanacNumerics
import Reports
import TimeSeries

/// `almanac describe`: what a series looks like before modelling it.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Length, dates, missing values, summary statistics, ndiffs, nsdiffs, Guerrero lambda, seasonal strength, KPSS and ACF.",
        discussion: """
        JSON keys (schema almanac.describe, version 1): name, frequency, start, end, length, missing,
        summary {min, q1, median, mean, q3, max, sd}, ndiffs, nsdiffs, lambda, seasonal_strength,
        kpss {statistic, lag, p_value}, acf (lags 1…).

        Example:
          almanac describe Datasets/reference/airpassengers.csv --format json
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("acf-lags"), parsing: .unconditional, help: "Number of ACF lags to report (default: R's 10·log10(n), at most n − 1).")
    var acfLags: Int?

    func validate() throws {
        if let acfLags, acfLags < 1 { throw ValidationError("--acf-lags must be at least 1") }
    }

    func run() throws {
        let all = try input.load()
        let descriptions = try all.map { try SeriesDescription(series: $0, acfLags: acfLags) }
        switch output.format {
        case .json:
            let docs = descriptions.map(\.json)
            try output.emit(JSONValue.object([("schema", .string("almanac.describe")), ("version", .integer(1)),
                                              ("series", .array(docs))]).rendered())
        default:
            var text = ""
            for d in descriptions { text += d.table.rendered(output.tableStyle) + (descriptions.count > 1 ? "\n" : "") }
            try output.emit(text)
        }
    }
}

/// The facts `describe` reports, computed once and rendered as a table or JSON.
struct SeriesDescription {
    var series: TimeSeries
    var missing: Int
    var summary: [(String, Double)]
    var ndiffs: Int?
    var nsdiffs: Int?
    var lambda: Double?
    var seasonalStrength: Double?
    var kpss: KPSS?
    var acf: [Double]

    init(series: TimeSeries, acfLags: Int?) throws {
        self.series = series
        let x = series.values
        let finite = x.filter(\.isFinite).sorted()
        missing = x.count - finite.count
        func quantile(_ p: Double) -> Double {  // R type 7
            guard !finite.isEmpty else { return .nan }
            let h = Double(finite.count - 1) * p
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, finite.count - 1)
            return finite[lo] + (h - Double(lo)) * (finite[hi] - finite[lo])
        }
        summary = [("min", finite.first ?? .nan), ("q1", quantile(0.25)), ("median", quantile(0.5)),
                   ("mean", Vector.mean(finite)), ("q3", quantile(0.75)), ("max", finite.last ?? .nan),
                   ("sd", Vector.variance(finite).squareRoot())]
        let complete = missing == 0 && finite.count >= 3
        let m = series.period
        ndiffs = complete ? UnitRoot.ndiffs(x) : nil
        nsdiffs = complete && m > 1 ? UnitRoot.nsdiffs(x, period: m) : nil
        lambda = complete && finite.first.map({ $0 > 0 }) == true ? BoxCox.guerreroLambda(x, period: max(m, 2)) : nil
        seasonalStrength = complete && m > 1 ? try? SeasonalStrength.of(x, period: m) : nil
        kpss = complete ? KPSS(x) : nil
        let lags = min(acfLags ?? Autocorrelation.defaultMaxLag(count: finite.count), max(0, finite.count - 1))
        acf = complete && lags > 0 ? Array(Autocorrelation.acf(x, maxLag: lags).dropFirst()) : []
    }

    var json: JSONValue {
        func opt(_ v: Double?) -> JSONValue { v.map { .number($0) } ?? .null }
        func optInt(_ v: Int?) -> JSONValue { v.map { .integer($0) } ?? .null }
        return .object([
            ("name", .string(series.name)),
            ("frequency", .string(series.frequency.description)),
            ("start", .string(series.start.description)),
            ("end", .string(series.end.description)),
            ("length", .integer(series.count)),
            ("missing", .integer(missing)),
            ("summary", .object(summary.map { ($0.0, .number($0.1)) })),
            ("ndiffs", optInt(ndiffs)),
            ("nsdiffs", optInt(nsdiffs)),
            ("lambda", opt(lambda)),
            ("seasonal_strength", opt(seasonalStrength)),
            ("kpss", kpss.map { .object([("statistic", .number($0.statistic)), ("lag", .integer($0.lag)),
                                         ("p_value", .number($0.pValue))]) } ?? .null),
            ("acf", .numbers(acf)),
        ])
    }

    var table: TextTable {
        func f(_ v: Double?, _ d: Int = 4) -> String { v.map { NumberText.fixed($0, decimals: d) } ?? "NA" }
        let mag = summary.map { abs($0.1) }.filter(\.isFinite).max() ?? 1
        let d = NumberText.decimals(forMagnitude: mag)
        var rows: [[String]] = [
            ["series", series.name.isEmpty ? "-" : series.name],
            ["frequency", series.frequency.description],
            ["dates", "\(series.start) … \(series.end)"],
            ["length", "\(series.count)"],
            ["missing", "\(missing)"],
        ]
        rows += summary.map { [$0.0, NumberText.fixed($0.1, decimals: d)] }
        rows += [
            ["ndiffs (KPSS, 5%)", ndiffs.map(String.init) ?? "NA"],
            ["nsdiffs (seasonal strength)", nsdiffs.map(String.init) ?? "NA"],
            ["Guerrero lambda", f(lambda)],
            ["seasonal strength", f(seasonalStrength)],
            ["KPSS level statistic", f(kpss?.statistic)],
            ["KPSS p-value", kpss.map { NumberText.fixed($0.pValue, decimals: 3) + ($0.pValue <= 0.01 || $0.pValue >= 0.1 ? " (table bound)" : "") } ?? "NA"],
            ["ACF lags 1…\(acf.count)", acf.prefix(12).map { NumberText.fixed($0, decimals: 3) }.joined(separator: " ") + (acf.count > 12 ? " …" : "")],
        ]
        return TextTable(headers: ["statistic", "value"], rows: rows)
    }
}
