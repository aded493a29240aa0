import Forecaster
import TimeSeries

/// Output of `forecast --scenario`: each scenario's forecast beside the baseline, its
/// difference from the baseline with an interval from the joint error covariance, and the
/// calendar-year totals of baseline and scenarios.
public enum ScenarioReport {
    static func levelText(_ l: Double) -> String { l == l.rounded() ? String(Int(l)) : String(l) }

    static func sizeText(_ s: Scenario) -> String {
        switch s.size {
        case .known(let c): return NumberText.exact(c)
        case .estimated(let e, let sign): return (sign < 0 ? "-" : "") + "estimated@\(e)"
        }
    }

    /// Scenario definitions with the effect used (model scale) and its standard error.
    public static func definitions(_ outcomes: [ScenarioOutcome], exact: Bool) -> TextTable {
        var t = TextTable(headers: ["scenario", "kind", "date", "size", "effect", "se"])
        for o in outcomes {
            guard let p = o.placed else { continue }
            func f(_ x: Double) -> String { exact ? NumberText.exact(x) : NumberText.fixed(x, decimals: 4) }
            t.rows.append([o.name, p.scenario.shape.rawValue, p.scenario.date.description, sizeText(p.scenario),
                           f(p.effect), f(p.effectVariance.squareRoot())])
        }
        return t
    }

    /// `date, baseline, <s>, <s>-baseline, lo, hi, …` per forecast period.
    public static func periodTable(_ history: TimeSeries, _ outcomes: [ScenarioOutcome], exact: Bool) -> TextTable {
        let levels = outcomes.first?.forecast.levels ?? []
        var headers = ["date", "baseline"]
        for o in outcomes.dropFirst() {
            headers += [o.name, "\(o.name)-baseline"]
            for l in levels { headers += ["lo\(levelText(l))", "hi\(levelText(l))"] }
        }
        var t = TextTable(headers: headers)
        let d = NumberText.decimals(forMagnitude: history.values.filter(\.isFinite).map(abs).max() ?? 1)
        func f(_ x: Double) -> String { exact ? NumberText.exact(x) : NumberText.fixed(x, decimals: d) }
        for h in 0..<(outcomes.first?.forecast.horizon ?? 0) {
            var row = [history.end.advanced(by: h + 1).description, f(outcomes[0].forecast.mean[h])]
            for o in outcomes.dropFirst() {
                let diff = o.difference?[h]
                row += [f(o.forecast.mean[h]), f(diff?.point ?? .nan)]
                for k in levels.indices { row += [f(diff?.lower[k] ?? .nan), f(diff?.upper[k] ?? .nan)] }
            }
            t.rows.append(row)
        }
        return t
    }

    /// `year, scenario, total, lo/hi…, difference, lo/hi…` for every completed year.
    public static func annualTable(_ outcomes: [ScenarioOutcome], exact: Bool) -> TextTable {
        let levels = outcomes.first?.forecast.levels ?? []
        let scenarios = outcomes.count > 1
        var headers = scenarios ? ["year", "scenario", "total"] : ["year", "total"]
        for l in levels { headers += ["lo\(levelText(l))", "hi\(levelText(l))"] }
        if scenarios {
            headers.append("difference")
            for l in levels { headers += ["dlo\(levelText(l))", "dhi\(levelText(l))"] }
        }
        var t = TextTable(headers: headers)
        let magnitude = outcomes.flatMap { $0.annual.map { abs($0.total.point) } }.max() ?? 1
        let d = NumberText.decimals(forMagnitude: magnitude)
        func f(_ x: Double) -> String { exact ? NumberText.exact(x) : NumberText.fixed(x, decimals: d) }
        let years = outcomes.first?.annual.map(\.year) ?? []
        for (k, year) in years.enumerated() {
            for o in outcomes {
                let a = o.annual[k]
                var row = scenarios ? [String(year), o.name, f(a.total.point)] : [String(year), f(a.total.point)]
                for j in levels.indices { row += [f(a.total.lower[j]), f(a.total.upper[j])] }
                if !scenarios {
                } else if let diff = a.difference {
                    row.append(f(diff.point))
                    for j in levels.indices { row += [f(diff.lower[j]), f(diff.upper[j])] }
                } else {
                    row += [String](repeating: "", count: 1 + 2 * levels.count)
                }
                t.rows.append(row)
            }
        }
        return t
    }

    /// The scenario section printed after the baseline forecast.
    public static func text(_ history: TimeSeries, _ outcomes: [ScenarioOutcome], logScale: Bool,
                            style: TextTable.Style) -> String {
        let annual = !(outcomes.first?.annual.isEmpty ?? true)
        let scenarios = outcomes.count > 1
        if style == .csv {
            var out = scenarios ? "\n" + definitions(outcomes, exact: true).rendered(.csv) + "\n"
                + periodTable(history, outcomes, exact: true).rendered(.csv) : ""
            if annual { out += "\n" + annualTable(outcomes, exact: true).rendered(.csv) }
            return out
        }
        var out = ""
        let how = logScale
            ? "sizes and effects on the log scale; points are medians, differences and totals from \(ScenarioAnalysis.draws) seeded joint draws"
            : "sizes and effects in series units; intervals from the joint error covariance"
        if scenarios {
            out += "\nScenarios (\(how))\n\n" + definitions(outcomes, exact: false).rendered(style)
            out += "\nScenario forecasts and differences from the baseline\n\n" + periodTable(history, outcomes, exact: false).rendered(style)
        }
        if annual {
            out += "\nCalendar-year totals" + (scenarios ? " by scenario, with the difference from the baseline" : "")
                + (logScale ? " (log model: median and quantiles of \(ScenarioAnalysis.draws) seeded joint draws)" : "") + "\n\n"
            out += annualTable(outcomes, exact: false).rendered(style)
        }
        return out
    }

    /// The `scenarios` member of the JSON document (baseline first).
    public static func json(_ history: TimeSeries, _ outcomes: [ScenarioOutcome], logScale: Bool) -> JSONValue {
        func interval(_ e: IntervalEstimate, _ key: String) -> [(String, JSONValue)] {
            var pairs: [(String, JSONValue)] = [(key, .number(e.point))]
            for (k, l) in e.levels.enumerated() {
                pairs.append(("lo\(levelText(l))", .number(e.lower[k])))
                pairs.append(("hi\(levelText(l))", .number(e.upper[k])))
            }
            return pairs
        }
        let items: [JSONValue] = outcomes.map { o in
            var pairs: [(String, JSONValue)] = [("name", .string(o.name))]
            if let p = o.placed {
                pairs += [("kind", .string(p.scenario.shape.rawValue)), ("date", .string(p.scenario.date.description)),
                          ("size", .string(sizeText(p.scenario))), ("scale", .string(logScale ? "log" : "units")),
                          ("effect", .number(p.effect)), ("effect_standard_error", .number(p.effectVariance.squareRoot()))]
            }
            let steps: [JSONValue] = (0..<o.forecast.horizon).map { h in
                var s: [(String, JSONValue)] = [("date", .string(history.end.advanced(by: h + 1).description))]
                s += interval(IntervalEstimate(point: o.forecast.mean[h], levels: o.forecast.levels,
                                               lower: o.forecast.lower.map { $0[h] }, upper: o.forecast.upper.map { $0[h] }), "mean")
                if let d = o.difference?[h] { s.append(("difference", .object(interval(d, "value")))) }
                return .object(s)
            }
            let annual: [JSONValue] = o.annual.map { a in
                var s: [(String, JSONValue)] = [("year", .integer(a.year))] + interval(a.total, "total")
                if let d = a.difference { s.append(("difference", .object(interval(d, "value")))) }
                return .object(s)
            }
            pairs += [("forecast", .array(steps)), ("annual", .array(annual))]
            return .object(pairs)
        }
        return .array(items)
    }

    /// `document` (a rendered top-level JSON object) with `"scenarios": …` appended.
    public static func appending(_ scenarios: JSONValue, to document: String) -> String {
        appending(key: "scenarios", scenarios, to: document)
    }

    /// `document` (a rendered top-level JSON object) with `"key": value` appended.
    public static func appending(key: String, _ value: JSONValue, to document: String) -> String {
        var head = document
        while head.last == "\n" || head.last == " " { head.removeLast() }
        guard head.last == "}" else { return document }
        head.removeLast()
        while head.last == "\n" { head.removeLast() }
        let tail = JSONValue.object([(key, value)]).rendered().dropFirst(2)
        return head + ",\n" + tail
    }

    static let palette = ["#c05621", "#2f855a", "#6b46c1", "#b83280", "#2c7a7b", "#975a16"]

    /// The baseline fan chart with each scenario's forecast and its widest interval overlaid.
    public static func chart(_ base: SeriesForecast, _ outcomes: [ScenarioOutcome], events: [(Period, String)]) -> String {
        let hx = base.history.dates.map(\.decimalYear)
        let fx = (0..<base.forecast.horizon).map { base.date(ofStep: $0).decimalYear }
        let name = base.history.name.isEmpty ? "Forecast" : base.history.name
        var labelled = base.forecast
        labelled.model = "baseline"
        var chart = ForecastChart.make(title: "\(name): scenarios", unit: name, historyX: hx, history: base.history.values,
                                       forecastX: fx, forecast: labelled,
                                       events: events.map { ($0.0.decimalYear, "\($0.0) \($0.1)") },
                                       xLabel: { String(Int($0.rounded())) })
        for (i, o) in outcomes.dropFirst().enumerated() {
            let color = palette[i % palette.count]
            if let k = o.forecast.levels.indices.max(by: { o.forecast.levels[$0] < o.forecast.levels[$1] }) {
                chart.bands.append(.init(label: "\(o.name) \(levelText(o.forecast.levels[k]))%", x: fx,
                                         lower: o.forecast.lower[k], upper: o.forecast.upper[k], color: color, opacity: 0.12))
            }
            chart.lines.append(.init(label: o.name, x: fx, y: o.forecast.mean, color: color, width: 2, dashed: true))
        }
        chart.integerXTicks = base.history.frequency.resolution != .index
        return chart.svg()
    }
}
