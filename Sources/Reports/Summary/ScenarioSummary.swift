import Forecaster
import TimeSeries

/// The answer to "what if…?": for the last calendar year the forecast completes, each
/// scenario's total with its interval and its difference from the baseline with the
/// difference's own interval (from the joint error covariance, or joint draws on the log
/// scale; `ScenarioAnalysis`). The baseline's total leads when no other summary gives it.
public enum ScenarioSummary {
    public static func make(_ history: TimeSeries, _ outcomes: [ScenarioOutcome], includeBaseline: Bool) -> AnswerSummary? {
        guard outcomes.count > 1 || includeBaseline, let base = outcomes.first, let year = base.annual.last?.year else { return nil }
        let name = history.name.isEmpty ? "total" : history.name
        var sentences: [String] = []
        var items: [JSONValue] = []
        for o in outcomes {
            guard let y = o.annual.first(where: { $0.year == year }), let k = ForecastSummary.levelIndex(y.total.levels) else { continue }
            let lv = ForecastReport.levelText(y.total.levels[k])
            let d = NumberText.decimals(forMagnitude: abs(y.total.point))
            func g(_ x: Double) -> String { NumberText.grouped(x, decimals: d) }
            func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + g(x) }
            let total = "\(g(y.total.point)) (\(lv)%: \(g(y.total.lower[k]))–\(g(y.total.upper[k])))"
            var fields: [(String, JSONValue)] = [("name", .string(o.name)), ("year", .integer(year)),
                                                 ("total", .number(y.total.point)), ("level", .number(y.total.levels[k])),
                                                 ("lower", .number(y.total.lower[k])), ("upper", .number(y.total.upper[k]))]
            if let p = o.placed, let diff = y.difference {
                let what = "\(p.scenario.shape.rawValue) at \(p.scenario.date), \(ScenarioReport.sizeText(p.scenario))"
                sentences.append("Scenario \(o.name) (\(what)): \(year) \(name) \(total), \(signed(diff.point)) on the baseline "
                                 + "(\(lv)%: \(signed(diff.lower[k])) to \(signed(diff.upper[k]))).")
                fields += [("difference", .number(diff.point)), ("difference_lower", .number(diff.lower[k])),
                           ("difference_upper", .number(diff.upper[k]))]
            } else if includeBaseline {
                sentences.append("\(year) \(name), baseline: \(total).")
            }
            items.append(.object(fields))
        }
        return sentences.isEmpty ? nil : AnswerSummary(sentences: sentences, fields: [("scenarios", .array(items))])
    }
}
