import AlmanacNumerics
import TimeSeries

/// Scenarios checked against a series and horizon, and the regressors they need: a step at
/// each past date whose effect is `estimated` (a level-shift intervention added to the
/// model, continuing at 1 through the horizon), and each scenario's future regressor.
public struct ScenarioPlan: Sendable {
    public var scenarios: [Scenario]
    /// Past dates whose level shift the model estimates, in order of first mention.
    public var estimatedDates: [Period]
    /// 0-based position of each scenario's date, counted from the series' start.
    public var positions: [Int]
    public var historyCount: Int
    public var horizon: Int

    /// Largest `|c·xₜ|` a known size may reach on the log scale (e²⁰ ≈ 5·10⁸ times the level).
    public static let maxLogEffect = 20.0

    /// - Throws: `ScenarioError` naming `--scenario` (or `source`) for a duplicate name, a
    ///   date not after the history's end or after the horizon, an `estimated@` date outside
    ///   the history (it needs observations before and after it), or a known size beyond
    ///   `InputLimits.maxMagnitude` (or, with `logScale`, whose effect `|c·xₜ|` exceeds
    ///   `maxLogEffect`: a size given in units where a log change was meant).
    public init(_ scenarios: [Scenario], history: TimeSeries, horizon: Int, logScale: Bool = false,
                source: String = "--scenario") throws {
        var seen = Set<String>()
        var dates: [Period] = []
        var positions: [Int] = []
        let n = history.count
        let last = history.end.advanced(by: horizon)
        for s in scenarios {
            guard seen.insert(s.name).inserted else { throw ScenarioError("\(source): duplicate scenario name '\(s.name)'") }
            guard let pos = history.start.distance(to: s.date), pos >= n else {
                throw ScenarioError("\(source) \(s.name): date \(s.date) is not after the end of the history (\(history.end)); a scenario starts in the forecast period")
            }
            guard pos < n + horizon else {
                throw ScenarioError("\(source) \(s.name): date \(s.date) is after the last forecast period \(last); lengthen --horizon")
            }
            positions.append(pos)
            if case .known(let c) = s.size {
                let reach = abs(c) * s.intervention(at: pos).future(after: n, horizon: horizon).map(abs).max()!
                guard abs(c) <= InputLimits.maxMagnitude, !logScale || reach <= Self.maxLogEffect else {
                    throw ScenarioError("\(source) \(s.name): size \(c) is too large\(logScale ? " for the log scale (effect up to \(reach)); give a log change, e.g. -0.15 for about -14%" : "")")
                }
            }
            if case .estimated(let e, _) = s.size {
                guard let k = history.start.distance(to: e), k >= 1, k < n else {
                    throw ScenarioError("\(source) \(s.name): estimated@\(e) must be a date inside the history (\(history.start.advanced(by: 1))–\(history.end)) so its level shift can be estimated")
                }
                if !dates.contains(e) { dates.append(e) }
            }
        }
        self.scenarios = scenarios
        self.estimatedDates = dates
        self.positions = positions
        self.historyCount = n
        self.horizon = horizon
    }

    /// Names of the estimated steps' regressors, e.g. `step@2022-03`.
    public var estimatedNames: [String] { estimatedDates.map { "step@\($0)" } }

    private func stepIndex(_ e: Period, start: Period) -> Int { start.distance(to: e) ?? 0 }

    /// The estimated steps over the history (n values each).
    public func historyColumns(start: Period) -> [[Double]] {
        estimatedDates.map { Intervention.step(at: stepIndex($0, start: start)).values(count: historyCount) }
    }

    /// The estimated steps over the horizon (all 1: a past shift persists).
    public func futureColumns(start: Period) -> [[Double]] {
        estimatedDates.map { Intervention.step(at: stepIndex($0, start: start)).future(after: historyCount, horizon: horizon) }
    }

    /// Each scenario with its future regressor and effect. `model` was fitted with the
    /// estimated steps as its last `estimatedDates.count` regressors.
    public func place(model: ARIMAModel, start: Period) -> [PlacedScenario] {
        let first = model.coefficients.count - estimatedDates.count
        let se = model.standardErrors
        return zip(scenarios, positions).map { s, pos in
            let x = s.intervention(at: pos).future(after: historyCount, horizon: horizon)
            switch s.size {
            case .known(let c):
                return PlacedScenario(scenario: s, regressor: x, effect: c, effectVariance: 0)
            case .estimated(let e, let sign):
                let k = first + (estimatedDates.firstIndex(of: e) ?? 0)
                let v = se[k].isNaN ? 0 : se[k] * se[k]
                return PlacedScenario(scenario: s, regressor: x, effect: sign * model.coefficients[k], effectVariance: v)
            }
        }
    }
}
