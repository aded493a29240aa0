import Forecaster
import Foundation
import AlmanacNumerics
import TimeSeries

/// The answer to "what will next year's total be?": the first calendar year the forecast
/// covers entirely, its total with the widest requested interval (95% by default), and the
/// change on the year before with its own interval.
///
/// The change's interval comes from the forecast-error covariance of both years' months:
/// Var(T₁ − T₀) = Var(T₁) + Var(T₀) − 2 Cov(T₁, T₀), where T₀'s observed months carry no
/// error. It is quoted relative to the previous year's point total, (T₁ − T₀)/T̂₀, which
/// treats that total as known; with most of T₀ observed this is the usual reading.
public enum ForecastSummary {
    /// Nil without calendar-year totals (`--annual` not asked for, or undated data).
    public static func make(_ r: SeriesForecast) -> AnswerSummary? {
        guard let target = r.annual.first(where: { $0.observedPeriods == 0 }) ?? r.annual.last,
              let k = levelIndex(target.sum.levels) else { return nil }
        let level = target.sum.levels[k]
        let name = r.history.name.isEmpty ? "total" : r.history.name
        let d = NumberText.decimals(forMagnitude: abs(target.sum.total))
        func g(_ x: Double) -> String { NumberText.grouped(x, decimals: d) }
        let lv = ForecastReport.levelText(level)
        var sentence = "\(target.year) \(name): \(g(target.sum.total)) (\(lv)%: \(g(target.sum.lower[k]))–\(g(target.sum.upper[k])))"
        var fields: [(String, JSONValue)] = [
            ("year", .integer(target.year)), ("total", .number(target.sum.total)), ("level", .number(level)),
            ("lower", .number(target.sum.lower[k])), ("upper", .number(target.sum.upper[k])),
        ]
        if let change = change(r, target: target, level: level) {
            sentence += ", \(NumberText.signedPercent(change.percent)) on \(target.year - 1) "
            sentence += "(\(lv)%: \(NumberText.signedPercent(change.lower)) to \(NumberText.signedPercent(change.upper)); "
            sentence += "\(target.year - 1): \(g(change.previous))\(change.note))"
            fields += [("previous_year", .integer(target.year - 1)), ("previous_total", .number(change.previous)),
                       ("change_percent", .number(change.percent)),
                       ("change_percent_lower", .number(change.lower)), ("change_percent_upper", .number(change.upper))]
        }
        let short = ForecastReport.headlineLabel(r.forecast.model)
        var model = "Model: \(short)"
        if short != r.forecast.model { model += "; the members are listed under Models" }
        fields.append(("model", .string(short)))
        return AnswerSummary(sentences: [sentence + ".", model + "."], fields: fields)
    }

    /// The index of 95% if requested, else of the widest level.
    static func levelIndex(_ levels: [Double]) -> Int? {
        if let i = levels.firstIndex(of: 95) { return i }
        return levels.indices.max { levels[$0] < levels[$1] }
    }

    struct Change {
        var previous: Double
        var percent: Double
        var lower: Double
        var upper: Double
        var note: String
    }

    /// The change of `target` on the year before, in percent, with its interval; nil when the
    /// year before is neither among the totals nor fully observed, or its total is not positive.
    static func change(_ r: SeriesForecast, target: AnnualTotal, level: Double) -> Change? {
        guard let cov = r.forecast.errorCovariance else { return nil }
        var previous: Double
        var previousSteps: [Int] = []
        var note = ""
        let unit = r.history.period == 4 ? "quarters" : "months"
        if let p = r.annual.first(where: { $0.year == target.year - 1 }) {
            previous = p.sum.total
            previousSteps = p.sum.steps
            if p.forecastPeriods > 0 { note = ", \(p.observedPeriods) \(unit) observed" }
        } else {
            let rows = (0..<r.history.count).filter { r.history.date(at: $0).year == target.year - 1 }
            guard rows.count == r.history.period, rows.allSatisfy({ r.history.values[$0].isFinite }) else { return nil }
            previous = rows.reduce(0) { $0 + r.history.values[$1] }
        }
        guard previous > 0, previous.isFinite else { return nil }
        let steps = target.sum.steps
        var variance = 0.0
        for i in steps { for j in steps { variance += cov[i, j] } }
        for i in previousSteps { for j in previousSteps { variance += cov[i, j] } }
        for i in steps { for j in previousSteps { variance -= 2 * cov[i, j] } }
        guard let z = try? Normal.quantile(0.5 + level / 200) else { return nil }
        let diff = target.sum.total - previous
        let se = max(variance, 0).squareRoot()
        return Change(previous: previous, percent: 100 * diff / previous,
                      lower: 100 * (diff - z * se) / previous, upper: 100 * (diff + z * se) / previous, note: note)
    }
}
