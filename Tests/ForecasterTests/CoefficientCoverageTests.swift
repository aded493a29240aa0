import Foundation
import AlmanacNumerics
import Testing
@testable import Forecaster

/// Coverage of 95% intervals with and without `--xreg-uncertainty coefficients`, by
/// simulation (Benchmarks/drivers/RESULTS.md records a larger run):
///
/// `yₜ = 1 + 2·x₁ₜ − 1·x₂ₜ + ηₜ`, `ηₜ = 0.6 ηₜ₋₁ + εₜ`, `ε ~ N(0, 1)`, n = 60, h = 12;
/// `x₁` a random walk (an oil-price-like driver that wanders away from its history's
/// range), `x₂` an AR(1) with φ = 0.8; the future drivers are their realised values
/// (ex-post forecasts, so only the model's own uncertainty counts). Each replicate fits
/// `Arima(y, order = c(1,0,0), xreg = X)` and checks whether the 12 future values fall in
/// the 95% intervals. Seeded: the counts are the same on every run.
@Suite struct CoefficientCoverageTests {
    struct Coverage { var without: Double; var with: Double; var replicates: Int; var failures: Int }

    static func run(replicates: Int, seed: UInt64) -> Coverage {
        var rng = RandomSource(seed: seed)
        let n = 60, h = 12
        var hitWithout = 0, hitWith = 0, used = 0, failures = 0
        for _ in 0..<replicates {
            var x1 = [Double](), x2 = [Double](), eta = [Double]()
            var a = 0.0, b = 0.0, e = rng.normal() / (1 - 0.36).squareRoot()
            for _ in 0..<(n + h) {
                a += rng.normal(); b = 0.8 * b + rng.normal(); e = 0.6 * e + rng.normal()
                x1.append(a); x2.append(b); eta.append(e)
            }
            let y: [Double] = (0..<(n + h)).map { (t: Int) -> Double in 1.0 + 2.0 * x1[t] - x2[t] + eta[t] }
            do {
                let history = try Matrix(columns: [Array(x1[..<n]), Array(x2[..<n])])
                let future = try Matrix(columns: [Array(x1[n...]), Array(x2[n...])])
                let model = try RegressionWithARIMAErrors(orders: .fixed(ARIMA(p: 1, includeMean: true)))
                    .fit(Array(y[..<n]), period: 1, drivers: history, names: ["x1", "x2"])
                let plain = try RegressionWithARIMAErrors.forecast(model, history: history, future: future, horizon: h,
                                                                   levels: [95], coefficientUncertainty: false)
                let wide = try RegressionWithARIMAErrors.forecast(model, history: history, future: future, horizon: h,
                                                                  levels: [95], coefficientUncertainty: true)
                for t in 0..<h {
                    let v = y[n + t]
                    if plain.lower[0][t] <= v && v <= plain.upper[0][t] { hitWithout += 1 }
                    if wide.lower[0][t] <= v && v <= wide.upper[0][t] { hitWith += 1 }
                }
                used += 1
            } catch {
                failures += 1
            }
        }
        let total = Double(used * h)
        return Coverage(without: Double(hitWithout) / total, with: Double(hitWith) / total,
                        replicates: used, failures: failures)
    }

    /// With the option, 95% coverage is closer to 0.95 than without (same series, paired).
    /// `ALMANAC_COVERAGE_REPLICATES` sets the number of replicates (default 300).
    @Test func closerToNominal() {
        let reps = ProcessInfo.processInfo.environment["ALMANAC_COVERAGE_REPLICATES"].flatMap(Int.init) ?? 300
        let c = Self.run(replicates: reps, seed: 18)
        print(String(format: "coverage95 replicates=%d failures=%d without=%.4f with=%.4f", c.replicates, c.failures, c.without, c.with))
        #expect(c.replicates >= reps * 9 / 10)
        #expect(abs(c.with - 0.95) < abs(c.without - 0.95), "with \(c.with), without \(c.without)")
        #expect(c.with >= c.without)
    }
}
