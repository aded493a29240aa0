import Foundation
import Forecaster
import AlmanacNumerics
import Testing
import TimeSeries
import TestSupport
@testable import Impact

/// One case of `Tests/Fixtures/impact/make_counterfactual.R` (forecast 8.20).
struct CounterfactualCase: Decodable {
    var name: String
    var y: [String]
    var period: Int
    var at: Int
    var order: [Int]
    var seasonal: [Int]
    var xreg: [[Double]]?
    var coef: [Double]
    var loglik: Double
    var sigma2: Double
    var mean: [Double]
    var lower95: [Double]
    var upper95: [Double]
    var se: [Double]
    var cumulativeSE: Double
    var cumulativeEffect: Double
    var z: Double
    var pCumulative: Double
    var chi2: Double
    var pChi2: Double
    var residualDF: Int
    var pF: Double

    var series: [Double] { y.map { Double($0) ?? .nan } }
    var spec: ARIMA {
        ARIMA(p: order[0], d: order[1], q: order[2], P: seasonal[0], D: seasonal[1], Q: seasonal[2], period: period)
    }
}

@Suite struct ImpactTests {
    static let cases: [CounterfactualCase] =
        (try? Fixtures.json([CounterfactualCase].self, Fixtures.url("impact/counterfactual.json"))) ?? []

    @Test func fixtureLoads() { #expect(Self.cases.count == 3) }

    /// Forecast of an R Arima fit to the pre-period and the interval arithmetic built on its
    /// error covariance (R: propagated from the fitted state-space model): cumulative standard
    /// error √(1ᵀΣ1), z and p of the cumulative effect, χ² of all post-period errors.
    @Test(arguments: 0..<3) func intervalArithmeticMatchesR(_ i: Int) throws {
        guard i < Self.cases.count else { Issue.record("fixture missing"); return }
        let c = Self.cases[i]
        let controls = try c.xreg.map { try Matrix(columns: $0) }
        let r = try CounterfactualImpact.estimate(c.series, period: c.period, eventIndex: c.at, controls: controls,
                                                  controlNames: controls == nil ? nil : ["rear"], model: .arima(c.spec),
                                                  coefficientUncertainty: false)  // R's forecast.Arima covariance
        let h = c.mean.count
        #expect(r.horizon == h)
        let scale = c.mean.map(abs).max() ?? 1
        for t in 0..<h {
            #expect(abs(r.counterfactual[t] - c.mean[t]) < 1e-4 * scale, "\(c.name) mean[\(t)]")
            #expect(abs(r.counterfactualLower[t] - c.lower95[t]) < 1e-4 * scale, "\(c.name) lower[\(t)]")
            #expect(abs(r.counterfactualUpper[t] - c.upper95[t]) < 1e-4 * scale, "\(c.name) upper[\(t)]")
        }
        #expect(isClose(r.modelScaleCumulativeSE, c.cumulativeSE, rel: 1e-3), "\(c.name) cse \(r.modelScaleCumulativeSE) vs \(c.cumulativeSE)")
        #expect(isClose(r.modelScaleCumulativeError, c.cumulativeEffect, rel: 1e-3), "\(c.name) cum \(r.modelScaleCumulativeError) vs \(c.cumulativeEffect)")
        #expect(isClose(r.z, c.z, rel: 2e-3), "\(c.name) z \(r.z) vs \(c.z)")
        #expect(isClose(r.pValue, c.pCumulative, rel: 1e-2), "\(c.name) p \(r.pValue) vs \(c.pCumulative)")
        #expect(isClose(r.chiSquared, c.chi2, rel: 2e-3), "\(c.name) chi2 \(r.chiSquared) vs \(c.chi2)")
        // The omnibus p-value is the predictive F tail (R: pf(chi2 / h, h, nobs - k)), not χ²(h)'s.
        #expect(r.chiSquaredResidualDF == c.residualDF, "\(c.name) residual df \(String(describing: r.chiSquaredResidualDF))")
        #expect(isClose(r.chiSquaredPValue, c.pF, rel: 2e-2), "\(c.name) F p \(r.chiSquaredPValue) vs \(c.pF)")
        #expect(r.chiSquaredPValue > c.pChi2, "\(c.name): the F tail is heavier than χ²(h)'s")
        // On the level scale the cumulative interval is the normal one: effect ∓ z·√(1ᵀΣ1).
        if i == 2 {
            let q = 1.959963984540054
            #expect(isClose(r.cumulative.standardError, c.cumulativeSE, rel: 1e-3))
            #expect(isClose(r.cumulative.lower, c.cumulativeEffect - q * c.cumulativeSE, rel: 1e-3))
            #expect(isClose(r.cumulative.upper, c.cumulativeEffect + q * c.cumulativeSE, rel: 1e-3))
            #expect(isClose(r.average.estimate, c.cumulativeEffect / Double(h), rel: 1e-3))
        }
    }

    /// A seeded SARIMA(1,0,0)(0,1,1)[12] series (φ = 0.5, Θ = −0.6, σ = 1) around a seasonal
    /// pattern: 120 months before an event, 24 after, plus `effect` from month 120 (added, or
    /// multiplying when `multiplicative`).
    static func simulated(effect: Double, seed: UInt64, multiplicative: Bool = false) -> [Double] {
        var rng = RandomSource(seed: seed)
        let burn = 60, n = 144
        var e = [Double](repeating: 0, count: burn + n), u = e, y = e
        for t in 0..<(burn + n) {
            e[t] = rng.normal()
            u[t] = (t >= 1 ? 0.5 * u[t - 1] : 0) + e[t] - (t >= 12 ? 0.6 * e[t - 12] : 0)
            y[t] = t >= 12 ? y[t - 12] + u[t] : 100 + 8 * sin(2 * Double.pi * Double(t) / 12) + u[t]
        }
        return (0..<n).map { t in
            let v = y[burn + t]
            if t < 120 { return v }
            return multiplicative ? v * (1 + effect) : v + effect
        }
    }

    /// A known step of +6 over 24 months: the cumulative interval covers the true 144, the
    /// average interval covers 6, and the p-value rejects "no effect".
    @Test func recoversInjectedEffect() throws {
        let y = Self.simulated(effect: 6, seed: 42)
        let r = try CounterfactualImpact.estimate(y, period: 12, eventIndex: 120)
        #expect(r.cumulative.lower < 144 && 144 < r.cumulative.upper, "\(r.cumulative)")
        #expect(r.average.lower < 6 && 6 < r.average.upper, "\(r.average)")
        #expect(r.pValue < 0.01)
        #expect(abs(r.cumulativeEffect.last! - r.cumulative.estimate) < 1e-9)
    }

    /// The same series without the step: the p-value is large and the interval covers 0.
    @Test func noEffectGivesLargePValue() throws {
        let y = Self.simulated(effect: 0, seed: 42)
        let r = try CounterfactualImpact.estimate(y, period: 12, eventIndex: 120)
        #expect(r.pValue > 0.2, "p = \(r.pValue)")
        #expect(r.cumulative.lower < 0 && 0 < r.cumulative.upper)
        // The χ² omnibus is not asserted here: it weighs the directions of smallest forecast
        // variance, where ignored parameter uncertainty matters most (see CounterfactualImpact).
        #expect(r.chiSquared.isFinite)
    }

    /// On the log scale a +8% effect is recovered as a relative effect whose simulated
    /// interval covers 0.08; results are deterministic (seeded draws).
    @Test func logScaleRelativeEffect() throws {
        let y = Self.simulated(effect: 0.08, seed: 7, multiplicative: true)
        let spec = ARIMA(p: 1, D: 1, Q: 1, period: 12)
        let a = try CounterfactualImpact.estimate(y, period: 12, eventIndex: 120, model: .arima(spec), logScale: true)
        let b = try CounterfactualImpact.estimate(y, period: 12, eventIndex: 120, model: .arima(spec), logScale: true)
        #expect(a.cumulativeLower == b.cumulativeLower && a.cumulativeUpper == b.cumulativeUpper)
        #expect(a.relative.lower == b.relative.lower && a.relative.upper == b.relative.upper)
        #expect(a.relative.lower < 0.08 && 0.08 < a.relative.upper, "\(a.relative)")
        #expect(a.simulations == 4000)
        // Pointwise bounds are exact log-normal quantiles; the counterfactual is the log-normal mean.
        let sd = a.forecast.errorCovariance![0, 0].squareRoot()
        #expect(isClose(a.counterfactualUpper[0], exp(a.forecast.mean[0] + 1.959963984540054 * sd), rel: 1e-12))
        #expect(isClose(a.counterfactual[0], exp(a.forecast.mean[0] + sd * sd / 2), rel: 1e-12))
        // The simulated cumulative interval contains the exact-mean point estimate.
        #expect(a.cumulative.lower < a.cumulative.estimate && a.cumulative.estimate < a.cumulative.upper)
    }

    /// ETS counterfactual: same contract, covariance from the ETS forecast.
    @Test func etsModel() throws {
        let y = Self.simulated(effect: 6, seed: 42)
        let r = try CounterfactualImpact.estimate(y, period: 12, eventIndex: 120, model: .ets)
        #expect(r.model.hasPrefix("ETS"))
        #expect(r.cumulative.lower < 144 && 144 < r.cumulative.upper, "\(r.cumulative)")
    }

    @Test func refusesBadInput() {
        var y = Self.simulated(effect: 0, seed: 1)
        #expect(throws: ImpactError.self) { try CounterfactualImpact.estimate(y, period: 12, eventIndex: 144) }
        #expect(throws: ImpactError.self) { try CounterfactualImpact.estimate(y, period: 12, eventIndex: 100, level: 95) }
        let x = try? Matrix(columns: [y])
        #expect(throws: ImpactError.self) { try CounterfactualImpact.estimate(y, period: 12, eventIndex: 100, controls: x, model: .ets) }
        y[130] = .nan
        #expect(throws: ImpactError.self) { try CounterfactualImpact.estimate(y, period: 12, eventIndex: 100) }
        y[130] = -1
        #expect(throws: ImpactError.self) { try CounterfactualImpact.estimate(y, period: 12, eventIndex: 100, logScale: true) }
    }
}

/// The dated bundle behind `almanac impact`, on the seat-belt data read from the shared CSV.
@Suite struct ImpactAnalysisTests {
    /// With the orders of the R fixture, the intervention step at 1983-02 equals forecast::Arima's
    /// (intervention.json case 2) and the counterfactual is fitted to the 169 months before it.
    @Test func seatbeltLawFromCSV() throws {
        let url = Fixtures.dataset("reference/seatbelts.csv")
        let drivers = try WideCSVReader.readSeries(path: url.path, column: "drivers")
        guard let event = Period(parsing: "1983-02") else { Issue.record("date"); return }
        let spec = ARIMA(p: 1, q: 1, D: 1, Q: 1, period: 12)
        // R's forecast.Arima covariance, for the comparison with the R case below.
        let a = try ImpactAnalysis(series: drivers, event: event, model: .arima(spec), logScale: true,
                                   coefficientUncertainty: false)
        #expect(a.eventIndex == 169)
        #expect(a.impact.horizon == 23)
        let r = try #require(InterventionTests.cases.count > 1 ? InterventionTests.cases[1] : nil)
        let step = try #require(a.intervention?.effects.first)
        #expect(abs(step.estimate - r.coef[3]) < 1e-3)
        #expect(abs(step.standardError - r.se[3]) < 1e-3)
        #expect(isClose(a.intervention?.likelihoodRatio ?? 0, r.lr, rel: 1e-3))
        #expect(a.date(ofStep: 0) == event)
        // The counterfactual matches the level-scale-free R case 0 on the log scale: its mean is exp(μ + σ²/2).
        let c = try #require(ImpactTests.cases.first)
        let sd0 = c.se[0]
        #expect(isClose(a.impact.counterfactual[0], exp(c.mean[0] + sd0 * sd0 / 2), rel: 1e-4))
        #expect(isClose(a.impact.counterfactualLower[0], exp(c.lower95[0]), rel: 1e-4))
    }

    /// On log values ETS is restricted to additive errors (forecast::ets with a lambda), and no
    /// intervention analysis is attempted (ETS has no ARIMA errors).
    @Test func etsOnLogValuesIsAdditive() throws {
        let url = Fixtures.dataset("reference/seatbelts.csv")
        let drivers = try WideCSVReader.readSeries(path: url.path, column: "drivers")
        let a = try ImpactAnalysis(series: drivers, event: try #require(Period(parsing: "1983-02")), model: .ets, logScale: true)
        #expect(a.impact.model.hasPrefix("ETS(A,"), "\(a.impact.model)")
        #expect(a.intervention == nil)
        #expect(a.impact.cumulative.upper < 0)
    }

    @Test func refusesUnknownDateAndUncoveredControl() throws {
        let url = Fixtures.dataset("reference/seatbelts.csv")
        let drivers = try WideCSVReader.readSeries(path: url.path, column: "drivers")
        let spec = ARIMA(p: 1, D: 1, Q: 1, period: 12)
        #expect(throws: ImpactError.self) {
            try ImpactAnalysis(series: drivers, event: Period(parsing: "1990-01")!, model: .arima(spec))
        }
        let short = drivers.prefix(100)
        #expect(throws: ImpactError.self) {
            try ImpactAnalysis(series: drivers, event: Period(parsing: "1983-02")!, controls: [short], model: .arima(spec))
        }
    }
}

@Suite struct ImpactCodingTests {
    /// Non-finite summary fields are omitted and read back as NaN; finite ones round-trip exactly.
    @Test func estimateRoundTrip() throws {
        let e = ImpactEstimate(estimate: -0.218, standardError: .nan, lower: -0.259, upper: .nan)
        let data = try JSONEncoder().encode(e)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("standardError") && !text.contains("upper"))
        let back = try JSONDecoder().decode(ImpactEstimate.self, from: data)
        #expect(back.estimate == -0.218 && back.lower == -0.259)
        #expect(back.standardError.isNaN && back.upper.isNaN)
    }
}
