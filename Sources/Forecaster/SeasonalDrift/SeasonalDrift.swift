import AlmanacNumerics

/// `--model sdrift`: the seasonal random walk with drift,
/// `y_t = y_{t−m} + b + e_t`, `e_t ~ N(0, σ²)` — R `rwf(y, lag = m, drift = TRUE)`.
///
/// The worked example of `docs/guides/adding-a-model.md`: this folder and one line in
/// `ModelRegistry.builtIn` are all it took to offer it as `--model sdrift`, as a combination
/// member, in model files and in the CI accuracy gate.
///
/// The drift is the mean seasonal difference `b = mean(y_t − y_{t−m})` over the `N`
/// differences, `σ²` their variance (divisor `N − 1`), and the forecast
/// `ŷ_{T+h} = y_{T+h−k·m} + k·b` with `k = ⌊(h−1)/m⌋ + 1` whole seasons. The error at `h` has
/// variance `σ²·k + k²·σ²/N` (innovations plus the drift estimate); errors at horizons in
/// the same season share `min(k_i, k_j)` innovations, and all share the drift.
public struct SeasonalDriftForecaster: ForecastModel {
    public init() {}

    /// - Throws: `ForecasterError.tooShort` without two full seasonal differences,
    ///   `.nonFiniteData` for missing or infinite values.
    public func fit(_ y: [Double], period: Int) throws -> SeasonalDriftModel {
        let m = max(period, 1)
        guard y.allSatisfy(\.isFinite) else {
            throw ForecasterError.nonFiniteData(model: "sdrift", detail: "missing or infinite value in the series")
        }
        guard y.count >= m + 2 else {
            throw ForecasterError.tooShort(model: "sdrift", observations: y.count, needed: m + 2)
        }
        let differences = (m..<y.count).map { y[$0] - y[$0 - m] }
        let n = Double(differences.count)
        let drift = differences.reduce(0, +) / n
        let sigma2 = differences.reduce(0) { $0 + ($1 - drift) * ($1 - drift) } / (n - 1)
        let fitted = (m..<y.count).map { y[$0 - m] + drift }
        return SeasonalDriftModel(period: m, drift: drift, sigma2: sigma2, differences: differences.count,
                                  lastSeason: Array(y.suffix(m)), fitted: fitted)
    }
}

/// A fitted `SeasonalDriftForecaster`.
public struct SeasonalDriftModel: FittedForecast {
    public static var fileKey: String { "sdrift" }

    public var period: Int
    /// The mean seasonal difference `b`.
    public var drift: Double
    /// The variance of the seasonal differences around `b`.
    public var sigma2: Double
    /// The number `N` of seasonal differences the drift was estimated from.
    public var differences: Int
    /// The last `period` observations, carried forward one season at a time.
    public var lastSeason: [Double]
    /// `y_{t−m} + b` from the second season on (the first season has no fit).
    public var fitted: [Double]

    public func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1") }
        let levels = try PredictionIntervals.validatedLevels(levels)
        let seasons = (1...horizon).map { Double(($0 - 1) / period + 1) }
        let driftVariance = sigma2 / Double(differences)
        let mean = (0..<horizon).map { lastSeason[$0 % period] + seasons[$0] * drift }
        let se = seasons.map { (sigma2 * $0 + $0 * $0 * driftVariance).squareRoot() }
        let (lower, upper) = try PredictionIntervals.normal(mean: mean, standardErrors: se, levels: levels)
        var cov: Matrix? = nil
        if covariance {
            var c = Matrix(rows: horizon, columns: horizon)
            for j in 0..<horizon {
                for i in 0..<horizon {
                    let shared = (i - j) % period == 0 ? min(seasons[i], seasons[j]) : 0
                    c[i, j] = sigma2 * shared + seasons[i] * seasons[j] * driftVariance
                }
            }
            cov = c
        }
        return Forecast(model: "sdrift", mean: mean, levels: levels, lower: lower, upper: upper, errorCovariance: cov)
    }

    public var fittedValues: [Double]? { fitted }

    /// A period in 1…1000 with that many finite last values, a finite drift, a finite
    /// non-negative variance and at least one difference (the drift's variance divides by it).
    public func validateLoaded() throws {
        guard (1...1000).contains(period) else { throw ForecasterError.invalidOption("period \(period) outside 1…1000") }
        guard lastSeason.count == period, lastSeason.allSatisfy(\.isFinite) else {
            throw ForecasterError.invalidOption("lastSeason: \(lastSeason.count) values for period \(period), each finite")
        }
        guard drift.isFinite, sigma2.isFinite, sigma2 >= 0, differences >= 1 else {
            throw ForecasterError.invalidOption("drift \(drift), sigma2 \(sigma2), differences \(differences): need finite values, sigma2 ≥ 0 and differences ≥ 1")
        }
    }
}
