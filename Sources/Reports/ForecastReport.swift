import Forecaster
import TimeSeries

/// One series' forecast with what the reports need around it.
public struct SeriesForecast: Sendable {
    public var history: TimeSeries
    public var forecast: Forecast
    public var annual: [AnnualTotal]
    public var warnings: [String]
    /// How the annual totals' intervals were formed, for the table's heading (nil: from the
    /// covariance of the forecast errors).
    public var annualMethod: String?

    public init(history: TimeSeries, forecast: Forecast, annual: [AnnualTotal] = [], warnings: [String] = [],
                annualMethod: String? = nil) {
        self.history = history
        self.forecast = forecast
        self.annual = annual
        self.warnings = warnings
        self.annualMethod = annualMethod
    }

    /// The calendar position of forecast step `h` (0-based).
    public func date(ofStep h: Int) -> Period { history.end.advanced(by: h + 1) }
}

/// Renders forecasts as a terminal table, CSV, Markdown or JSON (schema
/// `almanac.forecast` version 1, documented in docs/json-schema.md), and as a fan chart.
public enum ForecastReport {
    public static let schema = "almanac.forecast"
    public static let version = 1

    static func levelText(_ l: Double) -> String { l == l.rounded() ? String(Int(l)) : String(l) }

    /// Rows `series,date,mean,lo80,hi80,lo95,hi95` (the series column only with several series).
    public static func monthlyTable(_ results: [SeriesForecast], exact: Bool) -> TextTable {
        let levels = results.first?.forecast.levels ?? []
        let many = results.count > 1
        var headers = many ? ["series"] : []
        headers += ["date", "mean"]
        for l in levels { headers += ["lo\(levelText(l))", "hi\(levelText(l))"] }
        var table = TextTable(headers: headers)
        for r in results {
            let magnitude = r.history.values.filter(\.isFinite).map(abs).max() ?? 1
            let d = NumberText.decimals(forMagnitude: magnitude)
            func text(_ x: Double) -> String { exact ? NumberText.exact(x) : NumberText.fixed(x, decimals: d) }
            for h in 0..<r.forecast.horizon {
                var row = many ? [r.history.name] : []
                row += [r.date(ofStep: h).description, text(r.forecast.mean[h])]
                for k in r.forecast.levels.indices { row += [text(r.forecast.lower[k][h]), text(r.forecast.upper[k][h])] }
                table.rows.append(row)
            }
        }
        return table
    }

    /// Rows `series,year,total,lo80,hi80,…,observed,forecast` for the calendar-year totals.
    public static func annualTable(_ results: [SeriesForecast], exact: Bool) -> TextTable {
        let levels = results.first?.forecast.levels ?? []
        let many = results.count > 1
        var headers = many ? ["series"] : []
        headers += ["year", "total"]
        for l in levels { headers += ["lo\(levelText(l))", "hi\(levelText(l))"] }
        headers += ["observed", "forecast"]
        var table = TextTable(headers: headers)
        for r in results {
            let magnitude = r.annual.map { abs($0.sum.total) }.max() ?? 1
            let d = NumberText.decimals(forMagnitude: magnitude)
            func text(_ x: Double) -> String { exact ? NumberText.exact(x) : NumberText.fixed(x, decimals: d) }
            for a in r.annual {
                var row = many ? [r.history.name] : []
                row += [String(a.year), text(a.sum.total)]
                for k in a.sum.levels.indices { row += [text(a.sum.lower[k]), text(a.sum.upper[k])] }
                row += ["\(a.observedPeriods)", "\(a.forecastPeriods)"]
                table.rows.append(row)
            }
        }
        return table
    }

    /// One CSV table for `--format csv --annual`: the forecast rows (`kind` = `forecast`) and
    /// then the calendar-year totals (`kind` = `annual_total`, `mean` = the total, with the
    /// observed and forecast period counts), so a CSV reader gets a single rectangular table.
    public static func combinedTable(_ results: [SeriesForecast]) -> TextTable {
        // Each series' rows of the monthly and annual tables, with `kind` after the date column.
        let monthly = monthlyTable(results, exact: true), annual = annualTable(results, exact: true)
        let at = results.count > 1 ? 2 : 1
        func tagged(_ row: [String], _ kind: String) -> [String] { Array(row[..<at]) + [kind] + Array(row[at...]) }
        var table = TextTable(headers: tagged(monthly.headers, "kind") + ["observed", "forecast"])
        var m = 0, y = 0
        for r in results {
            table.rows += monthly.rows[m..<(m + r.forecast.horizon)].map { tagged($0, "forecast") + ["", ""] }
            table.rows += annual.rows[y..<(y + r.annual.count)].map { tagged($0, "annual_total") }
            m += r.forecast.horizon
            y += r.annual.count
        }
        return table
    }

    /// Human-readable output: a header line per series, the monthly table and the totals.
    /// - Parameters:
    ///   - results: the forecast series, in output order.
    ///   - style: the table style (`.csv` writes the combined CSV table instead).
    ///   - summary: print the "In short" answer first (a caller that merges it with its own
    ///     answer passes false and prints the merged one).
    public static func text(_ results: [SeriesForecast], style: TextTable.Style, summary: Bool = true) -> String {
        if style == .csv {
            guard results.contains(where: { !$0.annual.isEmpty }) else { return monthlyTable(results, exact: true).rendered(.csv) }
            return combinedTable(results).rendered(.csv)
        }
        var out = ""
        for r in results where results.count == 1 || style == .markdown {
            // The answer first; the long combination label moves to "Models" at the end.
            if summary { out += ForecastSummary.make(r)?.text(style: style) ?? "" }
            let title = "\(r.history.name.isEmpty ? "series" : r.history.name): \(headlineLabel(r.forecast.model)), " +
                "\(r.history.count) observations \(r.history.start)…\(r.history.end), horizon \(r.forecast.horizon)"
            out += style == .markdown ? "### \(title)\n\n" : title + "\n\n"
            for w in r.warnings { out += "warning: \(w)\n" }
            if !r.warnings.isEmpty { out += "\n" }
        }
        out += monthlyTable(results, exact: false).rendered(style)
        if results.contains(where: { !$0.annual.isEmpty }) {
            let method = results.first(where: { !$0.annual.isEmpty })?.annualMethod ?? "interval from the covariance of the forecast errors"
            out += "\n" + "Calendar-year totals (\(method))" + (style == .markdown ? ":\n\n" : "\n\n")
            out += annualTable(results, exact: false).rendered(style)
        }
        let long = results.filter { (results.count == 1 || style == .markdown) && headlineLabel($0.forecast.model) != $0.forecast.model }
        if !long.isEmpty {
            out += "\n" + (style == .markdown ? "Models:\n\n" : "Models\n")
            for r in long { out += (results.count > 1 ? "  \(r.history.name): " : "  ") + r.forecast.model + "\n" }
        }
        return out
    }

    /// The JSON document (schema `almanac.forecast`, version 1).
    public static func json(_ results: [SeriesForecast]) -> String {
        let series: [JSONValue] = results.map { r in
            let steps: [JSONValue] = (0..<r.forecast.horizon).map { h in
                var pairs: [(String, JSONValue)] = [("date", .string(r.date(ofStep: h).description)),
                                                    ("step", .integer(h + 1)),
                                                    ("mean", .number(r.forecast.mean[h]))]
                for (k, l) in r.forecast.levels.enumerated() {
                    pairs.append(("lo\(levelText(l))", .number(r.forecast.lower[k][h])))
                    pairs.append(("hi\(levelText(l))", .number(r.forecast.upper[k][h])))
                }
                return .object(pairs)
            }
            let annual: [JSONValue] = r.annual.map { a in
                var pairs: [(String, JSONValue)] = [("year", .integer(a.year)), ("total", .number(a.sum.total)),
                                                    ("standard_error", .number(a.sum.standardError))]
                for (k, l) in a.sum.levels.enumerated() {
                    pairs.append(("lo\(levelText(l))", .number(a.sum.lower[k])))
                    pairs.append(("hi\(levelText(l))", .number(a.sum.upper[k])))
                }
                pairs += [("observed_periods", .integer(a.observedPeriods)),
                          ("forecast_periods", .integer(a.forecastPeriods)),
                          ("observed_part", .number(a.sum.known))]
                return .object(pairs)
            }
            return .object([
                ("name", .string(r.history.name)),
                ("model", .string(r.forecast.model)),
                ("frequency", .string(r.history.frequency.description)),
                ("start", .string(r.history.start.description)),
                ("end", .string(r.history.end.description)),
                ("observations", .integer(r.history.count)),
                ("levels", .numbers(r.forecast.levels)),
                ("warnings", .array(r.warnings.map { .string($0) })),
                ("summary", ForecastSummary.make(r)?.json ?? .null),
                ("forecast", .array(steps)),
                ("annual", .array(annual)),
            ])
        }
        return JSONValue.object([("schema", .string(schema)), ("version", .integer(version)),
                                 ("series", .array(series))]).rendered()
    }

    /// The label in headlines and summaries: a combination `name(a+b+…)` longer than 40
    /// characters becomes `name (k models)` (its members are listed under "Models"); any
    /// other label, however long, is kept whole, since it names the model fitted.
    public static func headlineLabel(_ model: String) -> String {
        guard model.count > 40, let open = model.firstIndex(of: "(") else { return model }
        let parts = memberCount(model, from: open)
        return parts > 1 ? "\(model[..<open]) (\(parts) models)" : model
    }

    /// The members of a combination label `name(a+b+…)`: one plus the `+` signs directly
    /// inside brackets opened at `open` (a member's own brackets do not count).
    static func memberCount(_ model: String, from open: String.Index) -> Int {
        var depth = 0, parts = 1
        for c in model[open...] {
            switch c {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "+" where depth == 1: parts += 1
            default: break
            }
        }
        return parts
    }

    /// A model label short enough for a chart title: labels up to 40 characters unchanged;
    /// a longer combination label `name(a+b+…)` becomes `name (k models)` and a weighted one
    /// `name[a w, b w]` becomes `name` (the full label is in the text and JSON outputs).
    public static func chartLabel(_ model: String) -> String {
        guard model.count > 40 else { return model }
        // A weighted list `name(…)[a w, b w]` at the top level: keep `name(…)`.
        var level = 0
        for i in model.indices {
            switch model[i] {
            case "(": level += 1
            case ")": level -= 1
            case "[" where level == 0: return String(model[..<i])
            default: break
            }
        }
        guard let open = model.firstIndex(of: "(") else { return model }
        let parts = memberCount(model, from: open)
        return parts > 1 ? "\(model[..<open]) (\(parts) models)" : String(model[..<open])
    }

    /// The fan chart of one series: history, forecast, bands and event markers.
    public static func chart(_ r: SeriesForecast, events: [(Period, String)] = [], unit: String = "") -> String {
        let hx = r.history.dates.map(\.decimalYear)
        let fx = (0..<r.forecast.horizon).map { r.date(ofStep: $0).decimalYear }
        let marks = events.map { ($0.0.decimalYear, "\($0.0) \($0.1)") }
        let name = r.history.name.isEmpty ? "Forecast" : r.history.name
        var labelled = r.forecast
        labelled.model = chartLabel(r.forecast.model)
        var chart = ForecastChart.make(title: "\(name): \(labelled.model) forecast", unit: unit.isEmpty ? name : unit,
                                       historyX: hx, history: r.history.values, forecastX: fx, forecast: labelled,
                                       events: marks, xLabel: { String(Int($0.rounded())) })
        chart.integerXTicks = r.history.frequency.resolution != .index
        return chart.svg()
    }
}
