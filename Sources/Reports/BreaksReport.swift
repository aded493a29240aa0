import Breaks
import Foundation
import AlmanacNumerics
import TimeSeries

/// Renders a `BreakAnalysis` as text (tables and one verdict line per event), JSON (schema
/// `almanac.breaks` version 1) and an SVG with three panels: the series with breaks and
/// events, the F-statistic sequence with its 5% line, and the OLS-CUSUM path with its
/// boundaries.
public enum BreaksReport {
    public static let schema = "almanac.breaks"
    /// Version 2: with `--errors arima` (the default) `p_value` fields are bootstrap
    /// p-values calibrated for serially correlated errors; `p_value_iid` keeps strucchange's.
    public static let version = 2

    static func f(_ x: Double, _ d: Int = 4) -> String { NumberText.fixed(x, decimals: d) }
    static func p(_ x: Double) -> String {
        if x.isNaN { return "NA" }  // an undefined test (e.g. a singular covariance), not "nan"
        if x < 1e-16 { return "< 1e-16" }
        return x < 1e-4 ? String(format: "%.2e", x) : String(format: "%.4f", x)
    }

    /// "p = 0.0123" or "p < 1e-16".
    public static func pEquals(_ x: Double) -> String { x < 1e-16 ? "p < 1e-16" : "p = \(p(x))" }

    /// The plain-language line for one known-date test.
    public static func verdictLine(_ t: BreakAnalysis.KnownDateTest, hac: Bool) -> String {
        let c = t.chow
        let dates = t.regimeStarts.map(\.description).joined(separator: " and ")
        var line = "break at \(dates): F = \(f(c.statistic, 3)) (df \(c.df1), \(c.df2)), \(pEquals(c.pValue)): \(BreakAnalysis.verdict(c.pValue))"
        if hac {
            if c.robustPValue.isNaN {
                // Too few observations for the Newey–West covariance: no statistic, no verdict.
                line += "; HAC Wald = NA (df \(c.robustDF)): not defined (HAC covariance undefined)"
            } else {
                line += "; HAC Wald = \(f(c.robustWald, 3)) (df \(c.robustDF)), \(pEquals(c.robustPValue)): \(BreakAnalysis.verdict(c.robustPValue))"
            }
        }
        return line
    }

    public static func text(_ a: BreakAnalysis, hac: Bool, style: TextTable.Style) -> String {
        var out = BreaksSummary.make(a).text(style: style)
        let name = a.series.name.isEmpty ? "series" : a.series.name
        let scale = a.scale == .level ? "" : " on \(a.scale.rawValue) values"
        out += "\(name): \(a.model)\(scale), \(a.regression.count) observations \(a.date(ofRow: 0))…\(a.date(ofRow: a.regression.count - 1))\n"
        out += BreakVerdicts.basis(a) + "\n\n"
        if a.calibrated != nil, !(a.events.isEmpty && a.untestable.isEmpty) {
            out += "Did the series break at the event dates? (the new regime starts at the date)\n"
            for i in a.events.indices { out += "  " + BreakVerdicts.line(a, event: i) + "\n" }
            for l in BreakVerdicts.untestableLines(a) { out += "  " + l + "\n" }
            out += "\n"
        }
        if a.calibrated == nil, !a.knownDates.isEmpty {
            out += "Known-date tests (Chow; the new regime starts at the date)\n"
            for t in a.knownDates { out += "  " + verdictLine(t, hac: hac) + "  [\(t.labels.joined(separator: "; "))]\n" }
            if let j = a.joint { out += "  joint: " + verdictLine(j, hac: hac) + "\n" }
            if let note = a.jointNote { out += "  \(note)\n" }
            out += "\n"
            var changes = TextTable(headers: ["regime starts", "coefficient", "change", "std.error", "lo95", "hi95"] + (hac ? ["HAC s.e."] : []))
            // With many regressors (seasonal dummies) the level change is the one analysts read;
            // JSON output carries every coefficient.
            let brief = a.regression.regressorCount > 4
            for t in a.knownDates {
                for c in t.chow.changes where !brief || c.regressor == "(Intercept)" {
                    changes.rows.append([t.regimeStarts[c.breakIndex].description, c.regressor, f(c.estimate), f(c.standardError),
                                         f(c.lower), f(c.upper)] + (hac ? [f(c.robustStandardError)] : []))
                }
            }
            let level = Int(((a.knownDates.first?.chow.level ?? 0.95) * 100).rounded())
            out += "Coefficient changes at the event dates (\(level)% intervals\(a.regression.regressorCount > 4 ? "; intercept only, --format json lists all" : ""))\n"
            out += changes.rendered(style) + "\n"
        }
        out += "Unknown break date (trimming \(a.fstats.from)…\(a.fstats.to) of \(a.fstats.count))\n"
        let calibrated = a.calibrated != nil
        var sc = TextTable(headers: ["test", "statistic", "p-value", "verdict"] + (calibrated ? ["p-value (iid)"] : []))
        for (t, c) in unknownDateTests(a) {
            let label = t.method.hasSuffix("CUSUM test") || t.method.hasSuffix("MOSUM test") ? t.method : t.statisticName
            if calibrated {
                let shown = c.map { BreakVerdicts.pEquals($0.pValue, replications: a.calibrated?.replications ?? 0)
                    .replacingOccurrences(of: "p = ", with: "").replacingOccurrences(of: "p ", with: "") } ?? "NA"
                sc.rows.append([label, f(t.statistic), shown,
                                c.map { BreakAnalysis.verdict($0.pValue) } ?? "not defined", p(t.pValue)])
            } else {
                sc.rows.append([label, f(t.statistic), p(t.pValue), BreakAnalysis.verdict(t.pValue)])
            }
        }
        out += sc.rendered(style)
        out += "supF is largest at \(a.date(ofRow: a.fstats.breakpoint - 1)) (the last observation before the break)\n\n"

        out += "Multiple breaks (Bai–Perron, minimum segment \(a.breakpoints.minimumSegment) observations)\n"
        var bp = TextTable(headers: ["breaks", "RSS", "BIC", "LWZ", "break dates"])
        for m in 0...a.breakpoints.maximumBreaks {
            let dates = (try? a.breakpoints.breakpoints(m))?.map { a.date(ofRow: $0 - 1).description }.joined(separator: ", ") ?? ""
            bp.rows.append(["\(m)", String(format: "%.7g", a.breakpoints.rss[m]), f(a.breakpoints.bic[m], 3), f(a.breakpoints.lwz[m], 3), dates])
        }
        out += bp.rendered(style)
        if calibrated, a.chosenBreaks == 0 {
            out += "No break: the calibrated supF test is not significant at 5% (BIC alone would choose \(a.breakpoints.bicOptimalBreaks)).\n"
        } else if a.breaks.isEmpty {
            out += "BIC chooses no break.\n"
        } else {
            out += (calibrated ? "The calibrated supF test is significant at 5%; BIC chooses" : "BIC chooses")
            out += " \(a.breaks.count) break(s); \(Int((a.confidenceLevel * 100).rounded()))% confidence intervals for the dates:\n"
            for b in a.breaks {
                out += "  \(b.lower?.description ?? "NA") < \(b.date) < \(b.upper?.description ?? "NA")\n"
            }
        }
        return out
    }

    /// supF, aveF, expF and the fluctuation tests under iid errors, each with its calibrated
    /// counterpart when there is one.
    static func unknownDateTests(_ a: BreakAnalysis) -> [(BreakTestResult, BreakTestResult?)] {
        let iid = [a.supF, a.aveF, a.expF] + a.fluctuationTests
        guard let cal = a.calibrated else { return iid.map { ($0, nil) } }
        return iid.map { t in
            (t, cal.unknownDate.compactMap { $0 }.first { $0.statisticName == t.statisticName })
        }
    }

    public static func json(_ a: BreakAnalysis, hac: Bool) -> String {
        func test(_ t: BreakTestResult, _ c: BreakTestResult?) -> JSONValue {
            var fields: [(String, JSONValue)] = [("method", .string(t.method)), ("statistic_name", .string(t.statisticName)),
                                                 ("statistic", .number(t.statistic))]
            if a.calibrated != nil {
                fields += [("p_value", c.map { .number($0.pValue) } ?? .null), ("p_value_iid", .number(t.pValue))]
            } else {
                fields.append(("p_value", .number(t.pValue)))
            }
            return .object(fields)
        }
        let tests = unknownDateTests(a)
        func eventJSON(_ i: Int) -> JSONValue {
            guard let cal = a.calibrated else { return .null }
            let ev = a.events[i], t = cal.events[i]
            var shift: JSONValue = .null
            if let ls = t.levelShift {
                var f: [(String, JSONValue)] = [("estimate", .number(ls.estimate)),
                                                ("lower", t.levelShiftInterval.map { .number($0.lowerBound) } ?? .null),
                                                ("upper", t.levelShiftInterval.map { .number($0.upperBound) } ?? .null)]
                if let pct = BreakVerdicts.percent(ls.estimate, scale: a.scale) {
                    f.append(("percent", .number(pct)))
                    f.append(("percent_lower", t.levelShiftInterval.flatMap { BreakVerdicts.percent($0.lowerBound, scale: a.scale) }.map { .number($0) } ?? .null))
                    f.append(("percent_upper", t.levelShiftInterval.flatMap { BreakVerdicts.percent($0.upperBound, scale: a.scale) }.map { .number($0) } ?? .null))
                }
                f += [("statistic", .number(ls.statistic)), ("p_value", t.levelShiftPValue.map { .number($0) } ?? .null),
                      ("post_observations", .integer(ls.postRows))]
                shift = .object(f)
            }
            var coef: JSONValue = .null
            if let cc = t.coefficientChange {
                coef = .object([("test", .string(cc.kind.rawValue)), ("statistic", .number(cc.statistic)),
                                ("df1", .integer(cc.df1)), ("df2", .integer(cc.df2)),
                                ("p_value", t.coefficientPValue.map { .number($0) } ?? .null)])
            }
            return .object([("date", .string(ev.date.description)), ("label", .string(ev.label)),
                            ("level_shift", shift), ("all_coefficients", coef),
                            ("verdict", .string(BreakVerdicts.line(a, event: i))),
                            ("notes", .array(t.notes.map { .string($0) }))])
        }
        func known(_ t: BreakAnalysis.KnownDateTest) -> JSONValue {
            let c = t.chow
            return .object([
                ("labels", .array(t.labels.map { .string($0) })),
                ("regime_starts", .array(t.regimeStarts.map { .string($0.description) })),
                ("statistic", .number(c.statistic)), ("df1", .integer(c.df1)), ("df2", .integer(c.df2)),
                ("p_value", .number(c.pValue)),
                ("hac_wald", .number(c.robustWald)), ("hac_df", .integer(c.robustDF)), ("hac_p_value", .number(c.robustPValue)),
                ("verdict", .string(BreakAnalysis.verdict(hac ? c.robustPValue : c.pValue))),
                ("level", .number(c.level)),
                ("changes", .array(c.changes.map { ch in
                    .object([("regime_starts", .string(t.regimeStarts[ch.breakIndex].description)),
                             ("coefficient", .string(ch.regressor)), ("estimate", .number(ch.estimate)),
                             ("std_error", .number(ch.standardError)), ("lower", .number(ch.lower)),
                             ("upper", .number(ch.upper)), ("hac_std_error", .number(ch.robustStandardError))])
                })),
            ])
        }
        let bp = a.breakpoints
        let errorModel: JSONValue = a.calibrated.map { .string($0.errorModel) } ?? .null
        var bootstrap: JSONValue = .null
        if let c = a.calibrated {
            bootstrap = .object([("replications", .integer(c.replications)), ("seed", .string(String(c.seed)))])
        }
        let untestable: [JSONValue] = a.untestable.map {
            .object([("date", .string($0.event.date.description)), ("label", .string($0.event.label)),
                     ("reason", .string($0.reason))])
        }
        let fluctuation: [JSONValue] = tests.dropFirst(3).map { test($0.0, $0.1) }
        let doc: JSONValue = .object([
            ("schema", .string(schema)), ("version", .integer(version)),
            ("name", .string(a.series.name)), ("model", .string(a.model.description)),
            ("scale", .string(a.scale.rawValue)), ("observations", .integer(a.regression.count)),
            ("summary", BreaksSummary.make(a).json),
            ("start", .string(a.date(ofRow: 0).description)),
            ("end", .string(a.date(ofRow: a.regression.count - 1).description)),
            ("known_dates", .array(a.knownDates.map(known))),
            ("joint", a.joint.map(known) ?? .null),
            ("fstats", .object([
                ("from", .integer(a.fstats.from)), ("to", .integer(a.fstats.to)),
                ("dates", .array((a.fstats.from...a.fstats.to).map { .string(a.date(ofRow: $0 - 1).description) })),
                ("statistics", .numbers(a.fstats.statistics)),
                ("max_at", .string(a.date(ofRow: a.fstats.breakpoint - 1).description)),
                ("supF_critical_5pct", a.supFCritical.map { .number($0) } ?? .null),
            ])),
            ("errors", .string(a.errors.rawValue)),
            ("error_model", errorModel),
            ("bootstrap", bootstrap),
            ("events", .array(a.events.indices.map(eventJSON))),
            ("untestable", .array(untestable)),
            ("supF", test(tests[0].0, tests[0].1)), ("aveF", test(tests[1].0, tests[1].1)), ("expF", test(tests[2].0, tests[2].1)),
            ("fluctuation", .array(fluctuation)),
            ("breakpoints", .object([
                ("minimum_segment", .integer(bp.minimumSegment)),
                ("rss", .numbers(bp.rss)), ("bic", .numbers(bp.bic)), ("lwz", .numbers(bp.lwz)),
                ("bic_breaks", .integer(bp.bicOptimalBreaks)), ("lwz_breaks", .integer(bp.lwzOptimalBreaks)),
                ("chosen_breaks", .integer(a.breaks.count)),
                ("level", .number(a.confidenceLevel)),
                ("breaks", .array(a.breaks.map { b in
                    .object([("date", .string(b.date.description)), ("lower", b.lower.map { .string($0.description) } ?? .null),
                             ("upper", b.upper.map { .string($0.description) } ?? .null)])
                })),
            ])),
        ])
        return doc.rendered()
    }

    /// Three stacked panels: series with breaks/intervals and events; F statistics with the
    /// 5% supF line; OLS-CUSUM with its 5% boundaries.
    ///
    /// The p-values in the labels are the ones the verdicts rest on: under calibrated
    /// inference the events' level-shift tests and the bootstrap supF and OLS-CUSUM tests
    /// (the chart used to print strucchange's iid p-values, "p < 1e-16" beside a verdict of
    /// p = 0.76). The supF critical value and the CUSUM boundaries are strucchange's
    /// asymptotic ones and are labelled "iid" then.
    public static func chart(_ a: BreakAnalysis) -> String {
        let label: @Sendable (Double) -> String = { String(Int($0.rounded())) }
        let rowsX = (0..<a.regression.count).map { a.date(ofRow: $0).decimalYear }
        let name = a.series.name.isEmpty ? "series" : a.series.name
        var top = LineChart(title: "\(name): \(a.model)\(a.scale == .level ? "" : " (\(a.scale.rawValue))") — breaks and events", yLabel: a.scale == .level ? name : "\(a.scale.rawValue) \(name)", xLabel: label)
        top.lines.append(.init(label: "observed", x: rowsX, y: a.regression.y, color: "#1a1a1a", width: 1.3))
        // Fitted segment means under the BIC-optimal breaks.
        if let fitted = try? segmentFit(a) {
            top.lines.append(.init(label: "fit with \(a.breaks.count) break(s)", x: rowsX, y: fitted, color: "#2b6cb0", width: 2))
        }
        for b in a.breaks {
            let lo = b.lower?.decimalYear ?? b.date.decimalYear, hi = b.upper?.decimalYear ?? b.date.decimalYear
            top.markers.append(.init(x: b.date.decimalYear, label: "break \(b.date)", interval: lo...max(lo, hi), color: "#2b6cb0"))
        }
        let cal = a.calibrated
        if let cal {
            for (i, ev) in a.events.enumerated() where i < cal.events.count {
                let p = cal.events[i].levelShiftPValue.map { "level shift " + BreakVerdicts.pEquals($0, replications: cal.replications) }
                top.markers.append(.init(x: ev.date.decimalYear, label: "\(ev.date) \(p ?? "not testable")", color: "#b22222"))
            }
        } else {
            for t in a.knownDates {
                top.markers.append(.init(x: t.regimeStarts[0].decimalYear, label: "\(t.regimeStarts[0]) \(pEquals(t.chow.pValue))", color: "#b22222"))
            }
        }
        let iid = cal == nil ? "" : " (iid)"
        var mid = LineChart(title: "F statistics for a break at each date (supF \(BreakVerdicts.supF(a).pText))", yLabel: "F", xLabel: label)
        let fx = (a.fstats.from...a.fstats.to).map { a.date(ofRow: $0 - 1).decimalYear }
        mid.lines.append(.init(label: "F statistic", x: fx, y: a.fstats.statistics, color: "#2b6cb0"))
        if let c = a.supFCritical { mid.references.append(.init(y: c, label: "5% supF critical value\(iid) \(f(c, 2))")) }
        mid.height = 300
        // All panels share one time axis, starting one period before the first observation
        // (where the CUSUM path starts).
        let step = 1 / Double(max(1, a.series.period))
        let domain = ((rowsX.first ?? 0) - step)...(rowsX.last ?? 1)
        top.xDomain = domain
        mid.xDomain = domain
        var charts = [top, mid]
        if let cusum = a.fluctuation.first(where: { $0.kind == .olsCUSUM }) {
            var pText = pEquals(cusum.test().pValue)
            if let cal, let t = cal.unknownDate.compactMap({ $0 }).first(where: { $0.statisticName == "S0" }) {
                pText = BreakVerdicts.pEquals(t.pValue, replications: cal.replications)
            }
            var bottom = LineChart(title: "OLS-CUSUM (\(pText))", yLabel: "empirical fluctuation", xLabel: label)
            let cx = cusum.observationNumbers.map { $0 == 0 ? domain.lowerBound : a.date(ofRow: $0 - 1).decimalYear }
            bottom.lines.append(.init(label: "OLS-CUSUM", x: cx, y: cusum.process, color: "#2b6cb0"))
            if let b = try? cusum.boundary(alpha: 0.05) {
                bottom.lines.append(.init(label: "5% boundary\(iid)", x: cx, y: b, color: "#b22222", width: 1.2, dashed: true))
                bottom.lines.append(.init(label: "", x: cx, y: b.map { -$0 }, color: "#b22222", width: 1.2, dashed: true))
            }
            bottom.references.append(.init(y: 0, label: "", color: "#888888"))
            bottom.height = 300
            bottom.xDomain = domain
            charts.append(bottom)
        }
        return ChartStack(charts).svg()
    }

    /// Fitted values of the segment-wise OLS fit at the reported breaks (`chosenBreaks`).
    static func segmentFit(_ a: BreakAnalysis) throws -> [Double] {
        let reg = a.regression
        // The breaks the verdict reports (none under calibrated inference unless the
        // calibrated supF test rejects), so the line matches its "fit with k break(s)" label.
        let bps = try a.breakpoints.breakpoints(min(a.chosenBreaks, a.breakpoints.maximumBreaks))
        let bounds = [0] + bps + [reg.count]
        var fitted = [Double](repeating: .nan, count: reg.count)
        for s in 0..<(bounds.count - 1) {
            let rows = Array(bounds[s]..<bounds[s + 1])
            let fit = try LinearRegression(y: rows.map { reg.y[$0] }, x: reg.x.selecting(rows: rows),
                                           rankPolicy: .dropAliased)
            for (k, r) in rows.enumerated() { fitted[r] = fit.fitted[k] }
        }
        return fitted
    }
}

