import Foundation
import AlmanacNumerics
import TimeSeries

/// How a driver's forecast errors move across the horizon in ``ExAnteSimulation``.
public enum DriverErrorPath: String, Sendable, CaseIterable {
    /// One standard normal per driver and path, scaled by each horizon's standard deviation:
    /// perfectly correlated across horizons. Driver forecasts (oil, an exchange rate) err
    /// persistently — a path that starts high stays high —, so this is the default; it gives
    /// the wider annual totals.
    case persistent
    /// Independent normals at each horizon.
    case independent
}

/// Ex-ante forecasts (Hyndman & Athanasopoulos, FPP §7.6 and ch. 10): the drivers' future
/// values are themselves forecasts with intervals, and their uncertainty is propagated to
/// the forecast of `y` by simulation.
///
/// On the model scale (logs with `--log`) path `r` is
///
/// `z_{r,t} = m_t + e_{r,t} + Σ_j β_j σ_{j,t} u_{r,j,t}`,
///
/// with `m` the forecast at the drivers' given values, `e_r ~ N(0, Σ)` the model's joint
/// forecast errors (Σ with ``CoefficientUncertainty`` when asked for; it is then taken at
/// the given driver values, leaving out the second-order term `(β − β̂)ᵀ(x − x̄)`), `σ_{j,t}`
/// driver `j`'s standard deviation at step `t` (``DriverInterval``) and `u` standard normals
/// independent of `e` and across drivers: `u_{r,j,t} = u_{r,j}` for every `t` when
/// ``DriverErrorPath/persistent``, independent across `t` when
/// ``DriverErrorPath/independent``. Each step's variance is then
/// `Σ_tt + Σ_j β_j² σ_{j,t}²` either way; sums over steps differ (`(Σ_t σ_{j,t})²` against
/// `Σ_t σ_{j,t}²`). Bounds are the quantiles (R type 7) of `y = z` (or `exp z`) over the
/// paths; annual totals are quantiles of the paths' sums plus the year's observed part.
/// The point forecast stays the plug-in `m` (`exp m`, the median, on the log scale) and a
/// total's point is `known + Σ m` in units, the median of the totals on the log scale.
/// A fixed seed makes the output byte-deterministic.
public struct ExAnteSimulation: Sendable {
    public static let defaultDraws = 10_000
    public static let defaultSeed: UInt64 = 20_270_102

    /// `β_j`, the drivers' coefficients on the model scale.
    public var coefficients: [Double]
    /// h×k standard deviations `σ_{j,t}` of the future driver values.
    public var standardDeviations: Matrix
    public var path: DriverErrorPath
    public var draws: Int
    public var seed: UInt64

    public init(coefficients: [Double], standardDeviations: Matrix, path: DriverErrorPath = .persistent,
                draws: Int = ExAnteSimulation.defaultDraws, seed: UInt64 = ExAnteSimulation.defaultSeed) {
        self.coefficients = coefficients
        self.standardDeviations = standardDeviations
        self.path = path
        self.draws = draws
        self.seed = seed
    }

    /// `Σ + D`, the model-scale covariance of the paths: `D_st = Σ_j β_j² σ_{j,s} σ_{j,t}`
    /// (persistent) or that on the diagonal only (independent).
    public func covariance(adding sigma: Matrix) -> Matrix {
        var out = sigma
        let h = standardDeviations.rows
        for s in 0..<h {
            for t in 0..<h where path == .persistent || s == t {
                for (j, b) in coefficients.enumerated() {
                    out[s, t] += b * b * standardDeviations[s, j] * standardDeviations[t, j]
                }
            }
        }
        return out
    }

    /// - Parameters:
    ///   - history: the observed series (for the annual totals' observed part).
    ///   - model: the label of the forecast.
    ///   - m: model-scale point forecasts at the given driver values.
    ///   - sigma: Σ, the model's forecast-error covariance on the model scale.
    ///   - levels: interval levels in percent.
    ///   - logScale: the model is of `log y`.
    ///   - years: the calendar years to total (`CalendarYear.completed`; empty for none).
    /// - Returns: the forecast and the totals. The forecast's `errorCovariance` is in series
    ///   units, as the annual summary reads it: `covariance(adding: Σ)` in units, the paths'
    ///   sample covariance on the log scale.
    /// - Complexity: O(H³ + draws·(H² + H·k)) time, O(draws·H) memory.
    public func run(history: TimeSeries, model: String, mean m: [Double], covariance sigma: Matrix,
                    levels: [Double], logScale: Bool, years: [CalendarYear]) throws -> (forecast: Forecast, annual: [AnnualTotal]) {
        let h = m.count, k = coefficients.count
        guard standardDeviations.rows == h, standardDeviations.columns == k, sigma.rows == h, draws >= 2 else {
            throw ForecasterError.invalidArgument("ex-ante simulation: \(standardDeviations.rows)×\(standardDeviations.columns) driver deviations for \(h) steps and \(k) drivers")
        }
        let factor = try ScenarioAnalysis.choleskyFactor(sigma)
        var rng = RandomSource(seed: seed)
        let back: (Double) -> Double = logScale ? { Foundation.exp($0) } : { $0 }
        var paths = [[Double]](repeating: [Double](repeating: 0, count: h), count: draws)
        for r in 0..<draws {
            let xi = (0..<h).map { _ in rng.normal() }
            let persistent = path == .persistent ? (0..<k).map { _ in rng.normal() } : []
            for t in 0..<h {
                var z = m[t]
                for i in 0...t { z += factor[t, i] * xi[i] }
                for j in 0..<k {
                    let u = path == .persistent ? persistent[j] : rng.normal()
                    z += coefficients[j] * standardDeviations[t, j] * u
                }
                paths[r][t] = back(z)
            }
        }
        let lowP = levels.map { 0.5 - $0 / 200 }, highP = levels.map { 0.5 + $0 / 200 }
        var lower = levels.map { _ in [Double](repeating: 0, count: h) }, upper = lower
        for t in 0..<h {
            let sorted = (0..<draws).map { paths[$0][t] }.sorted()
            for l in 0..<levels.count {
                lower[l][t] = ScenarioAnalysis.quantile(sorted, lowP[l])
                upper[l][t] = ScenarioAnalysis.quantile(sorted, highP[l])
            }
        }
        let forecast = Forecast(model: model, mean: m.map(back), levels: levels, lower: lower, upper: upper,
                                errorCovariance: logScale ? try Self.sampleCovariance(paths) : covariance(adding: sigma))
        let annual = years.map { y -> AnnualTotal in
            let totals = (0..<draws).map { r in y.known + y.steps.reduce(0) { $0 + paths[r][$1] } }
            let sorted = totals.sorted()
            let average = totals.reduce(0, +) / Double(draws)
            let sd = (totals.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(draws - 1)).squareRoot()
            let point = logScale ? ScenarioAnalysis.quantile(sorted, 0.5) : y.known + y.steps.reduce(0) { $0 + m[$1] }
            let sum = HorizonSum(steps: y.steps, known: y.known, total: point, standardError: sd, levels: levels,
                                 lower: lowP.map { ScenarioAnalysis.quantile(sorted, $0) },
                                 upper: highP.map { ScenarioAnalysis.quantile(sorted, $0) })
            return AnnualTotal(year: y.year, observedPeriods: history.period - y.steps.count,
                               forecastPeriods: y.steps.count, sum: sum)
        }
        return (forecast, annual)
    }

    /// The sample covariance (divisor draws − 1) of the paths' steps.
    static func sampleCovariance(_ paths: [[Double]]) throws -> Matrix {
        let n = paths.count, h = paths.first?.count ?? 0
        let means = (0..<h).map { t in paths.reduce(0) { $0 + $1[t] } / Double(n) }
        var out = Matrix(rows: h, columns: h)
        for s in 0..<h {
            for t in s..<h {
                var c = 0.0
                for p in paths { c += (p[s] - means[s]) * (p[t] - means[t]) }
                out[s, t] = c / Double(n - 1)
                out[t, s] = out[s, t]
            }
        }
        return out
    }
}
