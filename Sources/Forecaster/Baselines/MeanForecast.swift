import AlmanacNumerics

/// `meanf`: every future value is forecast by the sample mean.
///
/// With mean `ȳ` and sample standard deviation `s` over the `n` non-missing values, the
/// bounds are `ȳ ± t_{n−1}(0.5 + level/200) · s·√(1 + 1/n)` as R `forecast::meanf`. The
/// forecast errors across horizons share the error of `ȳ`: `Cov(e_i, e_j) = s²/n` for
/// `i ≠ j` and `s²(1 + 1/n)` on the diagonal.
public struct MeanForecast: Sendable, Codable, Equatable {
    public var mean: Double
    public var standardDeviation: Double
    public var count: Int

    public init(_ y: [Double]) throws {
        let x = y.filter { !$0.isNaN }
        guard x.allSatisfy({ $0.isFinite }) else {
            throw ForecasterError.nonFiniteData(model: "mean", detail: "infinite value in the series")
        }
        guard x.count >= 2 else {
            throw ForecasterError.tooShort(model: "mean", observations: x.count, needed: 2)
        }
        mean = Vector.mean(x)
        standardDeviation = Vector.variance(x).squareRoot()
        count = x.count
    }

    /// `covariance: false` skips the O(h²) error covariance.
    public func forecast(horizon: Int, levels: [Double] = [80, 95], covariance: Bool = true) throws -> Forecast {
        guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1") }
        let levels = try PredictionIntervals.validatedLevels(levels)
        let n = Double(count)
        let t = try StudentT(df: n - 1)
        let width = standardDeviation * (1 + 1 / n).squareRoot()
        var lower: [[Double]] = []
        var upper: [[Double]] = []
        for level in levels {
            let q = try t.quantile(0.5 + level / 200)
            lower.append([Double](repeating: mean - q * width, count: horizon))
            upper.append([Double](repeating: mean + q * width, count: horizon))
        }
        let s2 = standardDeviation * standardDeviation
        var cov: Matrix? = nil
        if covariance {
            var c = Matrix(rows: horizon, columns: horizon, repeating: s2 / n)
            for h in 0..<horizon { c[h, h] = s2 * (1 + 1 / n) }
            cov = c
        }
        return Forecast(model: "mean", mean: [Double](repeating: mean, count: horizon), levels: levels,
                        lower: lower, upper: upper, errorCovariance: cov)
    }
}
