import Foundation
import AlmanacNumerics
import Testing
import TimeSeries
@testable import Forecaster

/// The ex-ante simulation against its analytic normal law in series units: each step's
/// variance is `Σ_tt + Σ_j β_j² σ_{j,t}²`; a year's total has variance `1ᵀΣ1 + Σ_j β_j²
/// (Σ_t σ_{j,t})²` with persistent driver errors and `1ᵀΣ1 + Σ_j β_j² Σ_t σ_{j,t}²` with
/// independent ones. Tolerance: 4 Monte-Carlo standard errors of a sample quantile,
/// `√(p(1−p)/N)/φ(z_p) · sd` (0.027 sd at p = 0.025 and N = 10,000).
@Suite struct ExAnteSimulationTests {
    // Monthly history ending 2026-12: the forecast covers 2027 (12 steps).
    var history: TimeSeries { try! TimeSeries(name: "y", start: .month(2026, 1), frequency: .monthly, values: [Double](repeating: 100, count: 12)) }
    let h = 12
    let beta = [2.0, -30.0]

    /// Σ of an AR(1)-like error, Σ_st = 4 · 0.6^|s−t| (s,t ≥ 1, growing with the step).
    var sigma: Matrix {
        var m = Matrix(rows: h, columns: h)
        for s in 0..<h { for t in 0..<h { m[s, t] = 4 * Double(min(s, t) + 1) * pow(0.6, Double(abs(s - t))) } }
        return m
    }

    var deviations: Matrix {
        var m = Matrix(rows: h, columns: 2)
        for t in 0..<h { m[t, 0] = 1 + 0.5 * Double(t); m[t, 1] = 0.05 * Double(t + 1).squareRoot() }
        return m
    }

    func check(_ path: DriverErrorPath) throws {
        let series = history
        let m = (0..<h).map { 50 + Double($0) }
        let sim = ExAnteSimulation(coefficients: beta, standardDeviations: deviations, path: path)
        let years = try CalendarYear.completed(after: series, horizon: h)
        let out = try sim.run(history: series, model: "test", mean: m, covariance: sigma, levels: [80, 95],
                              logScale: false, years: years)
        #expect(out.forecast.mean == m)
        let n = Double(sim.draws)
        for (l, level) in [80.0, 95.0].enumerated() {
            let p = 0.5 + level / 200, z = try Normal.quantile(p)
            let mcFactor = 4 * (p * (1 - p) / n).squareRoot() / Normal.pdf(z)
            for t in 0..<h {
                var v = sigma[t, t]
                for j in 0..<2 { v += beta[j] * beta[j] * deviations[t, j] * deviations[t, j] }
                let sd = v.squareRoot()
                #expect(abs(out.forecast.upper[l][t] - (m[t] + z * sd)) <= mcFactor * sd, "\(path) hi\(Int(level))[\(t)]")
                #expect(abs(out.forecast.lower[l][t] - (m[t] - z * sd)) <= mcFactor * sd, "\(path) lo\(Int(level))[\(t)]")
            }
            // The 2027 total: persistent driver errors add (Σ σ)², independent ones Σ σ².
            let year = try #require(out.annual.first)
            var v = 0.0
            for s in 0..<h { for t in 0..<h { v += sigma[s, t] } }
            var other = v
            for j in 0..<2 {
                let column = (0..<h).map { deviations[$0, j] }
                let sumSD = column.reduce(0, +), sumVar = column.reduce(0) { $0 + $1 * $1 }
                v += beta[j] * beta[j] * (path == .persistent ? sumSD * sumSD : sumVar)
                other += beta[j] * beta[j] * (path == .persistent ? sumVar : sumSD * sumSD)
            }
            let total = m.reduce(0, +), sd = v.squareRoot()
            #expect(year.sum.total == total)
            #expect(abs(year.sum.upper[l] - (total + z * sd)) <= mcFactor * sd, "\(path) total hi\(Int(level))")
            #expect(abs(year.sum.lower[l] - (total - z * sd)) <= mcFactor * sd, "\(path) total lo\(Int(level))")
            // …and not the other assumption's (the two differ by far more than the MC error).
            #expect(abs(year.sum.upper[l] - (total + z * other.squareRoot())) > mcFactor * sd, "\(path) total vs other law")
        }
    }

    @Test func persistentDriverErrors() throws { try check(.persistent) }
    @Test func independentDriverErrors() throws { try check(.independent) }

    /// Byte-deterministic: the same seed gives the same bounds.
    @Test func deterministic() throws {
        let series = history
        let sim = ExAnteSimulation(coefficients: beta, standardDeviations: deviations)
        let m = [Double](repeating: 3, count: h)
        let a = try sim.run(history: series, model: "t", mean: m, covariance: sigma, levels: [95], logScale: true, years: [])
        let b = try sim.run(history: series, model: "t", mean: m, covariance: sigma, levels: [95], logScale: true, years: [])
        #expect(a.forecast.upper == b.forecast.upper && a.forecast.lower == b.forecast.lower)
        #expect(a.forecast.mean.allSatisfy { abs($0 - exp(3)) < 1e-12 })
    }
}
