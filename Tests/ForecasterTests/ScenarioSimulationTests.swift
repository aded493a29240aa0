import Foundation
import AlmanacNumerics
import Testing
import TestSupport
import TimeSeries
@testable import Forecaster

/// Scenario differences and annual totals against 10,000 joint future paths simulated
/// independently of the engine: the errors from the ψ-weights of the fitted ARIMA
/// (`e_{n+h} = Σⱼ ψⱼ ε_{n+h−j}`, ψ from the expanded AR, differencing and MA polynomials)
/// rather than its Kalman covariance, and each estimated effect drawn from N(ĉ, se²).
@Suite struct ScenarioSimulationTests {
    static let paths = 10_000

    /// Turnover with a step estimated at 2022-03 (fixed orders (0,1,1)(0,1,1)[12] for speed):
    /// the baseline, the step repeated in 2027-01 with the estimate's uncertainty, and a known
    /// ramp (units) or step (log scale) from 2027-03.
    func setUp(log: Bool) throws -> (TimeSeries, ARIMAModel, Forecast, ScenarioPlan, [ScenarioOutcome]) {
        let series = try WideCSVReader.readSeries(path: Fixtures.dataset("russia-serbia-turnover.csv").path, column: "turnover")
        let h = 15
        let scenarios = [
            try Scenario.parse("again:step@2027-01=estimated@2022-03", resolution: .month),
            try Scenario.parse(log ? "wider:step@2027-03=-0.15" : "wider:ramp@2027-03=-4", resolution: .month),
        ]
        let plan = try ScenarioPlan(scenarios, history: series, horizon: h)
        let reg = RegressionWithARIMAErrors(orders: .fixed(ARIMA(d: 1, q: 1, D: 1, Q: 1, period: 12)), lambda: log ? 0 : nil)
        let model = try reg.fit(series.values, period: 12, drivers: try Matrix(columns: plan.historyColumns(start: series.start)),
                                names: plan.estimatedNames)
        let fc = try model.forecast(horizon: h, levels: [80, 95], xreg: try Matrix(columns: plan.futureColumns(start: series.start)))
        let mean = log ? fc.mean.map { Foundation.log($0) } : fc.mean
        let outcomes = try ScenarioAnalysis.run(history: series, model: fc.model, mean: mean, covariance: try #require(fc.errorCovariance),
                                                levels: fc.levels, logScale: log,
                                                scenarios: plan.place(model: model, start: series.start),
                                                years: try CalendarYear.completed(after: series, horizon: h))
        return (series, model, fc, plan, outcomes)
    }

    /// ψ-weights of `(1 − ΣφᵢBⁱ)(1 − ΣΔᵢBⁱ) z = (1 + ΣθⱼBʲ) ε`.
    func psi(_ m: ARIMAModel, count h: Int) -> [Double] {
        var ar = [Double](repeating: 0, count: m.phi.count + m.delta.count + 1)
        // a(B) = (1 − Σφ Bⁱ)(1 − ΣΔ Bⁱ), stored as coefficients of −a: z_t = Σ ar_i z_{t−i} + …
        let p1 = [1.0] + m.phi.map { -$0 }, p2 = [1.0] + m.delta.map { -$0 }
        for (i, a) in p1.enumerated() { for (j, b) in p2.enumerated() { ar[i + j] += a * b } }
        var psi = [Double](repeating: 0, count: h)
        psi[0] = 1
        for j in 1..<h {
            var v = j - 1 < m.theta.count ? m.theta[j - 1] : 0
            for i in 1...j where i < ar.count { v -= ar[i] * psi[j - i] }
            psi[j] = v
        }
        return psi
    }

    /// Joint paths of (errors, effects): `errors[r][t]`, `effects[r][s]`.
    func simulate(_ m: ARIMAModel, _ outcomes: [ScenarioOutcome], h: Int, seed: UInt64) -> ([[Double]], [[Double]]) {
        let w = psi(m, count: h)
        let sd = m.sigma2.squareRoot()
        var rng = RandomSource(seed: seed)
        var errors: [[Double]] = [], effects: [[Double]] = []
        for _ in 0..<Self.paths {
            let eps = (0..<h).map { _ in sd * rng.normal() }
            errors.append((0..<h).map { t in (0...t).reduce(0) { $0 + w[$1] * eps[t - $1] } })
            effects.append(outcomes.dropFirst().map { o in
                let p = o.placed!
                return p.effect + p.effectVariance.squareRoot() * rng.normal()
            })
        }
        return (errors, effects)
    }

    func quantile(_ x: [Double], _ p: Double) -> Double { ScenarioAnalysis.quantile(x.sorted(), p) }

    /// Monte-Carlo standard error of the p-quantile of `x`: √(p(1−p)/N) / f̂, with the
    /// density f̂ from the spread of the neighbouring quantiles.
    func quantileSE(_ x: [Double], _ p: Double) -> Double {
        let s = x.sorted(), dp = 0.01
        let f = 2 * dp / max(ScenarioAnalysis.quantile(s, min(p + dp, 1)) - ScenarioAnalysis.quantile(s, max(p - dp, 0)), 1e-12)
        return (p * (1 - p) / Double(x.count)).squareRoot() / f
    }

    func agree(_ sample: [Double], _ e: IntervalEstimate, engineSimulated: Bool, _ what: String) {
        // The engine's own draws (log scale) add their Monte-Carlo error: √2 × the tolerance.
        let k = engineSimulated ? 4 * 2.0.squareRoot() : 4.0
        let sd = (sample.map { $0 * $0 }.reduce(0, +) / Double(sample.count) - pow(sample.reduce(0, +) / Double(sample.count), 2)).squareRoot()
        if sd < 1e-9 {
            #expect(abs(sample[0] - e.point) < 1e-6 && abs(e.lower[1] - e.upper[1]) < 1e-6, "\(what): degenerate")
            return
        }
        #expect(abs(quantile(sample, 0.5) - e.point) <= k * quantileSE(sample, 0.5), "\(what) median \(quantile(sample, 0.5)) vs \(e.point)")
        for (j, level) in e.levels.enumerated() {
            let lo = 0.5 - level / 200, hi = 0.5 + level / 200
            #expect(abs(quantile(sample, lo) - e.lower[j]) <= k * quantileSE(sample, lo), "\(what) lo\(level): \(quantile(sample, lo)) vs \(e.lower[j])")
            #expect(abs(quantile(sample, hi) - e.upper[j]) <= k * quantileSE(sample, hi), "\(what) hi\(level): \(quantile(sample, hi)) vs \(e.upper[j])")
        }
    }

    func check(log: Bool) throws {
        let (series, model, fc, _, outcomes) = try setUp(log: log)
        let h = fc.horizon
        let mean = log ? fc.mean.map { Foundation.log($0) } : fc.mean
        let (errors, effects) = simulate(model, outcomes, h: h, seed: 7)
        let back: (Double) -> Double = log ? { Foundation.exp($0) } : { $0 }
        let year = try #require(CalendarYear.completed(after: series, horizon: h).first { $0.year == 2027 })
        let k2027 = try #require(outcomes[0].annual.firstIndex { $0.year == 2027 })
        for (s, o) in outcomes.enumerated() {
            let x = o.placed?.regressor ?? [Double](repeating: 0, count: h)
            func path(_ r: Int, _ t: Int, scenario: Bool) -> Double {
                back(mean[t] + errors[r][t] + (scenario && s > 0 ? effects[r][s - 1] * x[t] : 0))
            }
            let totals = (0..<Self.paths).map { r in year.known + year.steps.reduce(0) { $0 + path(r, $1, scenario: true) } }
            agree(totals, o.annual[k2027].total, engineSimulated: log, "\(o.name) 2027 total")
            guard s > 0 else { continue }
            for t in [3, 8, 14] {
                let d = (0..<Self.paths).map { path($0, t, scenario: true) - path($0, t, scenario: false) }
                agree(d, o.difference![t], engineSimulated: log, "\(o.name) difference at step \(t + 1)")
            }
            let diffs = (0..<Self.paths).map { r in year.steps.reduce(0) { $0 + path(r, $1, scenario: true) - path(r, $1, scenario: false) } }
            agree(diffs, o.annual[k2027].difference!, engineSimulated: log, "\(o.name) 2027 difference")
        }
    }

    /// Series units: the engine's exact normal intervals against the simulated paths.
    @Test func unitsAgreeWithSimulatedPaths() throws { try check(log: false) }

    /// Log scale: the engine's seeded draws (Cholesky of Σ) against the ψ-weight paths.
    @Test func logScaleAgreesWithSimulatedPaths() throws { try check(log: true) }
}
