import Breaks
import Impact
import Foundation
import Forecaster
import AlmanacNumerics
import TimeSeries

/// Renders an `ImpactAnalysis` as text (summary, pointwise table, intervention effects), JSON
/// (schema `almanac.impact` version 1) and an SVG with three panels: actual vs counterfactual
/// with its band, the pointwise effect, and the cumulative effect.
public enum ImpactReport {
    public static let schema = "almanac.impact"
    public static let version = 1

    static func f(_ x: Double) -> String { NumberText.fixed(x, decimals: NumberText.decimals(forMagnitude: x)) }
    /// Fixed decimals chosen once from the typical size of the series, so columns line up.
    static func formatter(_ values: [Double]) -> (Double) -> String {
        let finite = values.filter(\.isFinite).map(abs).sorted()
        let d = NumberText.decimals(forMagnitude: finite.isEmpty ? 1 : finite[finite.count / 2])
        return { NumberText.fixed($0, decimals: d) }
    }
    static func pct(_ x: Double) -> String { NumberText.fixed(100 * x, decimals: 1) + "%" }
    static func p(_ x: Double) -> String { BreaksReport.p(x) }
    static func levelText(_ l: Double) -> String { "\(Int((l * 100).rounded()))%" }

    /// The one-line headline: direction, size and significance of the cumulative effect.
    public static func verdict(_ a: ImpactAnalysis) -> String {
        let i = a.impact
        let dir = i.cumulative.estimate >= 0 ? "above" : "below"
        return "after \(a.event) the series ran \(pct(abs(i.relative.estimate))) \(dir) the counterfactual "
            + "(cumulative effect \(f(i.cumulative.estimate)), p \(pEquals(i.pValue, bootstrap: i.bootstrapReplications)): \(BreakAnalysis.verdict(i.pValue)))"
    }

    public static func text(_ a: ImpactAnalysis, style: TextTable.Style) -> String {
        let i = a.impact
        let name = a.series.name.isEmpty ? "series" : a.series.name
        let h = i.horizon
        let f = formatter(i.actual)
        var out = ImpactSummary.make(a).text(style: style)
        out += "\(name): impact of the event at \(a.event)\(i.logScale ? " (model on log values)" : "")\n"
        out += "counterfactual model \(i.model) fitted to \(a.series.start)…\(a.series.date(at: a.eventIndex - 1)) (\(a.eventIndex) observations)"
        out += a.controlNames.isEmpty ? "\n" : "; controls: \(a.controlNames.joined(separator: ", "))\n"
        out += "post-event period \(a.event)…\(a.date(ofStep: h - 1)) (\(h) observations), \(levelText(i.level)) intervals\n\n"
        out += verdict(a) + "\n\n"

        let actualTotal = i.actual.reduce(0, +)
        let cfTotal = i.counterfactual.reduce(0, +)
        var s = TextTable(headers: ["effect", "actual", "counterfactual", "estimate", "lower", "upper"])
        s.rows.append(["cumulative", f(actualTotal), f(cfTotal), f(i.cumulative.estimate), f(i.cumulative.lower), f(i.cumulative.upper)])
        s.rows.append(["average", f(actualTotal / Double(h)), f(cfTotal / Double(h)), f(i.average.estimate), f(i.average.lower), f(i.average.upper)])
        let pc = { (x: Double) in NumberText.fixed(100 * x, decimals: 1) }
        s.rows.append(["relative (%)", "", "", pc(i.relative.estimate), pc(i.relative.lower), pc(i.relative.upper)])
        out += "Summary over the post-event period\n" + s.rendered(style)
        out += "no-effect tests on the model scale: cumulative z = \(NumberText.fixed(i.z, decimals: 3)), p \(pEquals(i.pValue, bootstrap: i.bootstrapReplications)); "
        out += "omnibus χ²(\(h)) = \(NumberText.fixed(i.chiSquared, decimals: 2)), p \(pEquals(i.chiSquaredPValue, bootstrap: i.bootstrapReplications))"
        if let b = i.bootstrapReplications {
            out += "\np-values and the cumulative interval from a parametric bootstrap (\(b) no-effect series simulated from \(i.model), each refitting it)"
            if let n = i.normalPValue, let f = i.fPValue {
                out += "; normal and F approximations: p \(pEquals(n)), p \(pEquals(f))"
            }
            out += "\n"
        } else {
            out += i.chiSquaredResidualDF.map { " (as F(\(h), \($0)))\n" } ?? "\n"
        }
        if i.logScale {
            out += "counterfactual = log-normal mean; cumulative intervals from \(i.simulations) seeded joint draws\n"
        }
        out += "\n"

        var t = TextTable(headers: ["date", "actual", "counterfactual", "lower", "upper", "effect", "effect lower",
                                    "effect upper", "cumulative", "cum. lower", "cum. upper"])
        for k in 0..<h {
            t.rows.append([a.date(ofStep: k).description, f(i.actual[k]), f(i.counterfactual[k]), f(i.counterfactualLower[k]),
                           f(i.counterfactualUpper[k]), f(i.effect[k]), f(i.effectLower[k]), f(i.effectUpper[k]),
                           f(i.cumulativeEffect[k]), f(i.cumulativeLower[k]), f(i.cumulativeUpper[k])])
        }
        out += "Pointwise and cumulative effects\n" + t.rendered(style)

        if let iv = a.intervention {
            out += "\nIntervention analysis: \(iv.model.description)\(i.logScale ? " on log values" : ""), whole series"
            out += iv.ordersChosenAutomatically ? " (orders by auto-ARIMA with the regressors)\n" : "\n"
            var e = TextTable(headers: ["regressor", "estimate", "std.error", "z", "p-value", "lower", "upper"] + (i.logScale ? ["change (%)"] : []))
            for x in iv.effects {
                e.rows.append(["\(x.kind) \(a.series.date(at: x.position))", NumberText.fixed(x.estimate, decimals: 4), NumberText.fixed(x.standardError, decimals: 4),
                               NumberText.fixed(x.z, decimals: 3), p(x.pValue), NumberText.fixed(x.lower, decimals: 4),
                               NumberText.fixed(x.upper, decimals: 4)] + (i.logScale ? [NumberText.fixed(x.percentChange, decimals: 1)] : []))
            }
            out += e.rendered(style)
            out += "likelihood ratio vs the same orders without the regressors: LR = \(NumberText.fixed(iv.likelihoodRatio, decimals: 3)) "
            out += "(df \(iv.degreesOfFreedom)), p \(pEquals(iv.pValue))"
            if iv.bootstrapReplications > 0 {
                out += " (bootstrap, \(iv.bootstrapReplications) replicates; χ² p \(pEquals(iv.chiSquaredPValue)))"
            }
            out += ": \(BreakAnalysis.verdict(iv.pValue))\n"
        }
        return out
    }

    /// CSV of the pointwise table only (one row per post-event period, exact numbers).
    public static func csv(_ a: ImpactAnalysis) -> String {
        let i = a.impact
        var t = TextTable(headers: ["date", "actual", "counterfactual", "lower", "upper", "effect", "effect_lower",
                                    "effect_upper", "cumulative", "cumulative_lower", "cumulative_upper"])
        let e = NumberText.exact
        for k in 0..<i.horizon {
            t.rows.append([a.date(ofStep: k).description, e(i.actual[k]), e(i.counterfactual[k]), e(i.counterfactualLower[k]),
                           e(i.counterfactualUpper[k]), e(i.effect[k]), e(i.effectLower[k]), e(i.effectUpper[k]),
                           e(i.cumulativeEffect[k]), e(i.cumulativeLower[k]), e(i.cumulativeUpper[k])])
        }
        return t.rendered(.csv)
    }

    public static func json(_ a: ImpactAnalysis) -> String {
        let i = a.impact
        func estimate(_ x: ImpactEstimate) -> JSONValue {
            .object([("estimate", .number(x.estimate)), ("std_error", .number(x.standardError)),
                     ("lower", .number(x.lower)), ("upper", .number(x.upper))])
        }
        var pairs: [(String, JSONValue)] = [
            ("schema", .string(schema)), ("version", .integer(version)),
            ("name", .string(a.series.name)), ("event", .string(a.event.description)),
            ("summary", ImpactSummary.make(a).json),
            ("scale", .string(i.logScale ? "log" : "level")), ("level", .number(i.level)),
            ("model", .string(i.model)), ("controls", .array(a.controlNames.map { .string($0) })),
            ("pre_period", .object([("start", .string(a.series.start.description)),
                                    ("end", .string(a.series.date(at: a.eventIndex - 1).description)),
                                    ("observations", .integer(a.eventIndex))])),
            ("post_period", .object([("start", .string(a.event.description)),
                                     ("end", .string(a.date(ofStep: i.horizon - 1).description)),
                                     ("observations", .integer(i.horizon))])),
            ("cumulative", estimate(i.cumulative)), ("average", estimate(i.average)), ("relative", estimate(i.relative)),
            ("tests", .object([
                ("reference", .string(i.bootstrapReplications == nil ? "normal and F" : "parametric bootstrap")),
                ("bootstrap_replications", i.bootstrapReplications.map { .integer($0) } ?? .null),
                ("cumulative_z", .object([("statistic", .number(i.z)), ("p_value", .number(i.pValue)),
                                          ("normal_p_value", i.normalPValue.map { .number($0) } ?? .null),
                                          ("model_scale_error", .number(i.modelScaleCumulativeError)),
                                          ("model_scale_std_error", .number(i.modelScaleCumulativeSE))])),
                ("chi_squared", .object([("statistic", .number(i.chiSquared)), ("df", .integer(i.horizon)),
                                         ("residual_df", i.chiSquaredResidualDF.map { .integer($0) } ?? .null),
                                         ("p_value", .number(i.chiSquaredPValue)),
                                         ("f_p_value", i.fPValue.map { .number($0) } ?? .null)])),
                ("verdict", .string(BreakAnalysis.verdict(i.pValue))),
            ])),
            ("simulations", .integer(i.simulations)),
            ("pointwise", .object([
                ("dates", .array((0..<i.horizon).map { .string(a.date(ofStep: $0).description) })),
                ("actual", .numbers(i.actual)), ("counterfactual", .numbers(i.counterfactual)),
                ("counterfactual_lower", .numbers(i.counterfactualLower)), ("counterfactual_upper", .numbers(i.counterfactualUpper)),
                ("effect", .numbers(i.effect)), ("effect_lower", .numbers(i.effectLower)), ("effect_upper", .numbers(i.effectUpper)),
                ("cumulative", .numbers(i.cumulativeEffect)), ("cumulative_lower", .numbers(i.cumulativeLower)),
                ("cumulative_upper", .numbers(i.cumulativeUpper)),
            ])),
        ]
        if let iv = a.intervention {
            pairs.append(("intervention", .object([
                ("model", .string(iv.model.description)),
                ("orders_chosen_automatically", .bool(iv.ordersChosenAutomatically)),
                ("coefficients", .object(zip(iv.model.coefficientNames, iv.model.coefficients).map { ($0, .number($1)) })),
                ("log_likelihood", .number(iv.model.logLikelihood)),
                ("null_log_likelihood", .number(iv.nullModel.logLikelihood)),
                ("effects", .array(iv.effects.map { e in
                    .object([("regressor", .string(e.name)), ("kind", .string(e.kind)),
                             ("date", .string(a.series.date(at: e.position).description)), ("estimate", .number(e.estimate)),
                             ("std_error", .number(e.standardError)), ("z", .number(e.z)), ("p_value", .number(e.pValue)),
                             ("lower", .number(e.lower)), ("upper", .number(e.upper)),
                             ("percent_change", i.logScale ? .number(e.percentChange) : .null)])
                })),
                ("likelihood_ratio", .object([("statistic", .number(iv.likelihoodRatio)), ("df", .integer(iv.degreesOfFreedom)),
                                              ("p_value", .number(iv.pValue)),
                                              ("chi_squared_p_value", .number(iv.chiSquaredPValue)),
                                              ("bootstrap_replications", .integer(iv.bootstrapReplications))])),
            ])))
        } else {
            pairs.append(("intervention", .null))
        }
        return JSONValue.object(pairs).rendered()
    }

    /// Three stacked panels over the same dates — the last `max(4m, 2H)` periods before the
    /// event and the H after it: the series with the model's fit before the event and the
    /// counterfactual with its band after; the pointwise effect (pre-event: the one-step
    /// residuals y − ŷ, which show how well the model tracked the series); the cumulative effect.
    public static func chart(_ a: ImpactAnalysis) -> String {
        let i = a.impact
        let monthly = a.series.period
        let label: @Sendable (Double) -> String = { x in
            guard monthly > 1 else { return String(Int(x.rounded())) }
            let y = (x + 1e-9).rounded(.down)
            let k = Int(((x - y) * Double(monthly)).rounded())
            if k == 0 { return String(Int(y)) }
            return monthly == 12 ? String(format: "%d-%02d", Int(y), k + 1) : "\(Int(y))Q\(k + 1)"
        }
        let name = a.series.name.isEmpty ? "series" : a.series.name
        let window = min(a.eventIndex, max(4 * max(1, a.series.period), 2 * i.horizon))
        let first = a.eventIndex - window
        let preIdx = Array(first..<a.eventIndex)
        let preX = preIdx.map { a.series.date(at: $0).decimalYear }
        let postX = (0..<i.horizon).map { a.date(ofStep: $0).decimalYear }
        let allX = preX + postX
        let short = (allX.last ?? 0) - (allX.first ?? 0) < 4
        let band = "\(levelText(i.level)) interval"
        let marker = LineChart.Marker(x: a.event.decimalYear, label: "event \(a.event)")
        func panel(_ title: String, _ yLabel: String, height: Double) -> LineChart {
            var c = LineChart(title: title, yLabel: yLabel, xLabel: label)
            c.integerXTicks = !short
            c.height = height
            c.markers.append(marker)
            return c
        }

        var top = panel("\(name): actual vs counterfactual", name, height: 400)
        top.bands.append(.init(label: band, x: postX, lower: i.counterfactualLower, upper: i.counterfactualUpper,
                               color: "#2b6cb0", opacity: 0.2))
        top.lines.append(.init(label: "actual", x: allX, y: preIdx.map { a.series.values[$0] } + i.actual,
                               color: "#1a1a1a", width: 1.3))
        top.lines.append(.init(label: "fit / counterfactual", x: allX, y: preIdx.map { i.preFitted[$0] } + i.counterfactual,
                               color: "#2b6cb0", width: 1.6, dashed: true))

        var mid = panel("Pointwise effect (before the event: residuals)", "actual − counterfactual", height: 300)
        mid.bands.append(.init(label: band, x: postX, lower: i.effectLower, upper: i.effectUpper, color: "#c05621", opacity: 0.2))
        mid.lines.append(.init(label: "effect", x: allX, y: preIdx.map { a.series.values[$0] - i.preFitted[$0] } + i.effect,
                               color: "#c05621", width: 1.5))
        mid.references.append(.init(y: 0, label: "", color: "#888888"))

        var bottom = panel("Cumulative effect \(f(i.cumulative.estimate)), p \(pEquals(i.pValue, bootstrap: i.bootstrapReplications))", "cumulative effect", height: 300)
        bottom.bands.append(.init(label: band, x: postX, lower: i.cumulativeLower, upper: i.cumulativeUpper,
                                  color: "#2f855a", opacity: 0.2))
        // Zero up to the last pre-event period, then the running total.
        let flat = preX.isEmpty ? [] : [preX[0], preX[preX.count - 1]]
        bottom.lines.append(.init(label: "cumulative effect", x: flat + postX,
                                  y: flat.map { _ in 0 } + i.cumulativeEffect, color: "#2f855a", width: 1.8))
        bottom.references.append(.init(y: 0, label: "", color: "#888888"))
        return ChartStack([top, mid, bottom]).svg()
    }

    /// "= 0.0123", or "≤ 0.001" at a bootstrap's resolution (no replicate as extreme), to
    /// follow "p"; without a bootstrap as `pEquals(_:)`.
    static func pEquals(_ x: Double, bootstrap: Int?) -> String {
        guard let b = bootstrap else { return pEquals(x) }
        return String(BreakVerdicts.pEquals(x, replications: b).dropFirst(2))
    }

    /// "= 0.0123" or "< 1e-16", to follow "p".
    static func pEquals(_ x: Double) -> String {
        let t = p(x)
        return t.hasPrefix("<") ? t : "= " + t
    }
}
