import Foundation
import AlmanacNumerics
import TimeSeries

/// A scenario placed on a forecast: its regressor over the horizon and its effect.
public struct PlacedScenario: Sendable {
    public var scenario: Scenario
    /// `xₜ` for the forecast steps.
    public var regressor: [Double]
    /// `c`, on the model scale (log scale with `--log`).
    public var effect: Double
    /// `Var(ĉ)`: 0 for a known size, the squared standard error of an estimated effect.
    public var effectVariance: Double

    public init(scenario: Scenario, regressor: [Double], effect: Double, effectVariance: Double) {
        self.scenario = scenario
        self.regressor = regressor
        self.effect = effect
        self.effectVariance = effectVariance
    }
}

/// One scenario's (or the baseline's) forecast, difference from the baseline and annual totals.
public struct ScenarioOutcome: Sendable {
    public struct Year: Sendable {
        public var year: Int
        public var total: IntervalEstimate
        /// Scenario total − baseline total (nil for the baseline).
        public var difference: IntervalEstimate?
    }
    public var name: String
    public var placed: PlacedScenario?
    /// Period forecasts on the original scale.
    public var forecast: Forecast
    /// Scenario − baseline for each step (nil for the baseline).
    public var difference: [IntervalEstimate]?
    public var annual: [Year]
}

/// Forecasts under scenarios from one model, jointly with the baseline.
///
/// On the model scale the baseline is `zₜ = mₜ + eₜ` with `e ~ N(0, Σ)` (Σ the H×H
/// forecast-error covariance) and a scenario `zₜ + c·xₜ`, where `c ~ N(ĉ, v)` independently
/// of `e` (v = 0 for a known size). Both share the same future errors, so:
///
/// - in series units: scenario − baseline `= c·xₜ` (variance `v·xₜ²`), a year's total
///   `K + Σ_S (mₜ + ĉxₜ)` with variance `1ᵀΣ_S1 + v·(Σ_S xₜ)²` and its difference
///   `ĉ·Σ_S xₜ` with variance `v·(Σ_S xₜ)²`: normal, exact;
/// - on the log scale (`--log`): period bounds `exp(mₜ + ĉxₜ ± z·√(Σₜₜ + v·xₜ²))` (exact
///   quantiles; the point is the median `exp(mₜ + ĉxₜ)`, as `forecast` without bias
///   adjustment), while differences `e^{mₜ+eₜ}(e^{c·xₜ} − 1)` and annual totals (sums of
///   correlated log-normals, no closed form) come from `draws` joint draws of `(e, c)`
///   with a fixed seed: points are their medians, bounds their quantiles (R type 7).
///   The same draws serve every scenario, so the output is byte-deterministic.
public enum ScenarioAnalysis {
    public static let draws = 10_000
    public static let seed: UInt64 = 20_270_101

    /// - Parameters:
    ///   - history: the observed series the forecast continues.
    ///   - model: the fitted model's label; a scenario's forecast is labelled "MODEL + NAME".
    ///   - m: model-scale point forecasts `mₜ`.
    ///   - covariance: Σ, the forecast-error covariance on the model scale.
    ///   - levels: interval levels in percent.
    ///   - logScale: the model is of `log y`.
    ///   - scenarios: the placed scenarios, each compared with the baseline.
    ///   - years: the calendar years to total (`CalendarYear.completed`; empty for none).
    /// - Returns: the baseline first, then the scenarios in order.
    /// - Complexity: O(H³ + draws·H·(H + scenarios)) on the log scale, O(H²·scenarios) otherwise.
    public static func run(history: TimeSeries, model: String, mean m: [Double], covariance: Matrix,
                           levels: [Double], logScale: Bool, scenarios: [PlacedScenario],
                           years: [CalendarYear]) throws -> [ScenarioOutcome] {
        let h = m.count
        let zs = try levels.map { try Normal.quantile(0.5 + $0 / 200) }
        let cases: [PlacedScenario?] = [nil] + scenarios
        func periodForecast(_ s: PlacedScenario?) -> Forecast {
            let c = s?.effect ?? 0, v = s?.effectVariance ?? 0, x = s?.regressor ?? [Double](repeating: 0, count: h)
            let mu = (0..<h).map { m[$0] + c * x[$0] }
            let sd = (0..<h).map { max(covariance[$0, $0] + v * x[$0] * x[$0], 0).squareRoot() }
            let back: (Double) -> Double = logScale ? { Foundation.exp($0) } : { $0 }
            return Forecast(model: s.map { "\(model) + \($0.scenario.name)" } ?? model, mean: mu.map(back), levels: levels,
                            lower: zs.map { z in (0..<h).map { back(mu[$0] - z * sd[$0]) } },
                            upper: zs.map { z in (0..<h).map { back(mu[$0] + z * sd[$0]) } })
        }
        func normal(_ point: Double, _ sd: Double) -> IntervalEstimate {
            IntervalEstimate(point: point, levels: levels, lower: zs.map { point - $0 * sd }, upper: zs.map { point + $0 * sd })
        }
        if !logScale {
            return cases.map { s in
                let c = s?.effect ?? 0, v = s?.effectVariance ?? 0, x = s?.regressor ?? [Double](repeating: 0, count: h)
                let diff = s.map { _ in (0..<h).map { normal(c * x[$0], v.squareRoot() * abs(x[$0])) } }
                let annual = years.map { y -> ScenarioOutcome.Year in
                    var total = y.known, variance = 0.0, sx = 0.0
                    for i in y.steps {
                        total += m[i] + c * x[i]; sx += x[i]
                        for j in y.steps { variance += covariance[i, j] }
                    }
                    variance += v * sx * sx
                    return .init(year: y.year, total: normal(total, max(variance, 0).squareRoot()),
                                 difference: s.map { _ in normal(c * sx, v.squareRoot() * abs(sx)) })
                }
                return ScenarioOutcome(name: s?.scenario.name ?? "baseline", placed: s, forecast: periodForecast(s),
                                       difference: diff, annual: annual)
            }
        }
        // Log scale: joint draws of the errors (and of each estimated effect).
        let factor = try choleskyFactor(covariance)
        var rng = RandomSource(seed: seed)
        var base = [[Double]](repeating: [Double](repeating: 0, count: h), count: draws)   // exp(m + e)
        var effects = [[Double]](repeating: [Double](repeating: 0, count: scenarios.count), count: draws)
        for r in 0..<draws {
            let xi = (0..<h).map { _ in rng.normal() }
            for t in 0..<h {
                var e = 0.0
                for k in 0...t { e += factor[t, k] * xi[k] }
                base[r][t] = Foundation.exp(m[t] + e)
            }
            for (j, s) in scenarios.enumerated() { effects[r][j] = s.effect + s.effectVariance.squareRoot() * rng.normal() }
        }
        func summary(_ sample: [Double]) -> IntervalEstimate {
            let sorted = sample.sorted()
            return IntervalEstimate(point: quantile(sorted, 0.5), levels: levels,
                                    lower: levels.map { quantile(sorted, 0.5 - $0 / 200) },
                                    upper: levels.map { quantile(sorted, 0.5 + $0 / 200) })
        }
        return cases.enumerated().map { (idx, s) in
            let x = s?.regressor ?? [Double](repeating: 0, count: h)
            // Path r of the scenario: base[r][t] · exp(c_r xₜ).
            func path(_ r: Int, _ t: Int) -> Double {
                idx == 0 ? base[r][t] : base[r][t] * Foundation.exp(effects[r][idx - 1] * x[t])
            }
            let diff = s.map { _ in (0..<h).map { t in summary((0..<draws).map { path($0, t) - base[$0][t] }) } }
            let annual = years.map { y -> ScenarioOutcome.Year in
                let totals = (0..<draws).map { r in y.known + y.steps.reduce(0) { $0 + path(r, $1) } }
                let d = s.map { _ in summary((0..<draws).map { r in y.steps.reduce(0) { $0 + path(r, $1) - base[r][$1] } }) }
                return .init(year: y.year, total: summary(totals), difference: d)
            }
            return ScenarioOutcome(name: s?.scenario.name ?? "baseline", placed: s, forecast: periodForecast(s),
                                   difference: diff, annual: annual)
        }
    }

    /// R's type-7 quantile of sorted values.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let pos = p * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (pos - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    /// Lower Cholesky factor of Σ, with a ridge of 1e-10·max Σₜₜ when Σ is only
    /// semi-definite (e.g. deterministic components).
    static func choleskyFactor(_ s: Matrix) throws -> Matrix {
        if let c = try? Cholesky(s) { return c.lower }
        let ridge = 1e-10 * max(s.diagonal.max() ?? 1, .leastNormalMagnitude)
        var a = s
        for i in 0..<s.rows { a.storage[i + s.rows * i] += ridge }
        return try Cholesky(a).lower
    }
}
