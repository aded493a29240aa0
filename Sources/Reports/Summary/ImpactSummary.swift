import Breaks
import Impact
import Foundation
import TimeSeries

/// The answer to "how much did the event change the series?": the average relative effect
/// over the post-event period with its interval and the cumulative-effect test, then (when
/// the intervention model was fitted) the level shift it estimates.
///
/// The omnibus χ² test is left to the detail: it is oversized under estimated ARIMA
/// parameters (Benchmarks/breaks/size-power/RESULTS.md), so a headline does not rest on it.
public enum ImpactSummary {
    public static func make(_ a: ImpactAnalysis) -> AnswerSummary {
        let i = a.impact
        let name = a.series.name.isEmpty ? "the series" : a.series.name
        let dir = i.cumulative.estimate >= 0 ? "above" : "below"
        let lv = ImpactReport.levelText(i.level)
        let r = i.relative
        let span = "\(a.event)…\(a.date(ofStep: i.horizon - 1)), \(AnswerSummary.periods(i.horizon, of: a.series))"
        var sentences = [
            "After \(a.event) \(name) ran \(ImpactReport.pct(abs(r.estimate))) \(dir) the counterfactual (\(lv): "
                + "\(NumberText.signedPercent(100 * r.lower)) to \(NumberText.signedPercent(100 * r.upper))) over \(span): "
                + "\(BreakAnalysis.verdict(i.pValue)) (cumulative-effect test\(i.bootstrapReplications == nil ? "" : ", bootstrap"), p \(ImpactReport.pEquals(i.pValue, bootstrap: i.bootstrapReplications)))."
        ]
        var fields: [(String, JSONValue)] = [
            ("event", .string(a.event.description)), ("relative_percent", .number(100 * r.estimate)),
            ("relative_percent_lower", .number(100 * r.lower)), ("relative_percent_upper", .number(100 * r.upper)),
            ("level", .number(i.level)), ("p_value", .number(i.pValue)),
        ]
        if let iv = a.intervention, let e = iv.effects.first {
            let d = NumberText.decimals(forMagnitude: e.estimate)
            func units(_ x: Double) -> String { (x >= 0 ? "+" : "") + NumberText.fixed(x, decimals: d) }
            let size = i.logScale ? NumberText.signedPercent(e.percentChange) : units(e.estimate)
            let bounds = i.logScale ? "\(NumberText.signedPercent(100 * (exp(e.lower) - 1))) to \(NumberText.signedPercent(100 * (exp(e.upper) - 1)))"
                                    : "\(units(e.lower)) to \(units(e.upper))"
            sentences.append("Intervention model on the whole series: \(e.kind) \(size) (\(ImpactReport.levelText(e.level)): \(bounds)), "
                             + "\(BreakAnalysis.verdict(iv.pValue)) (likelihood-ratio test, \(iv.bootstrapReplications > 0 ? "bootstrap " : "")p \(ImpactReport.pEquals(iv.pValue))).")
            fields.append(("intervention", .object([("kind", .string(e.kind)), ("estimate", .number(e.estimate)),
                                                    ("lower", .number(e.lower)), ("upper", .number(e.upper)),
                                                    ("p_value", .number(iv.pValue))])))
        }
        return AnswerSummary(sentences: sentences, fields: fields)
    }
}
