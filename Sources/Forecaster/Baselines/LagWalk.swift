import AlmanacNumerics

/// The random-walk family of R `forecast`: `naive` (lag 1), `snaive` (lag m) and
/// `rwf(drift = TRUE)`, all instances of one "lag walk" `ŷ_{T+h} = y_{T+h−k·lag} + h·b`.
///
/// With residuals `e_t = y_t − y_{t−lag} − b` and `σ̂² = Σe²/(N − [drift])`
/// (N non-missing residuals), the h-step error has variance
/// `σ̂²·s_h + (s_h·se(b))²` where `s_h = ⌊(h−1)/lag⌋ + 1` is the number of whole
/// seasonal steps, exactly as `forecast:::forecast.lagwalk`. Errors at horizons `i`
/// and `j` share `min(s_i, s_j)` innovations when `i ≡ j (mod lag)`, none otherwise,
/// and all share the drift estimate, which gives the error covariance across horizons.
public struct LagWalk: Sendable, Codable, Equatable {
    public var lag: Int
    public var drift: Double
    public var driftStandardError: Double
    public var sigma2: Double
    /// The last `lag` observations, repeated forward.
    public var future: [Double]
    public var name: String

    /// Fits the lag walk. Missing values inside the series are carried forward as R does
    /// (a missing observation is replaced by the one a lag earlier for the forecast origin).
    ///
    /// - Complexity: O(n).
    public init(_ y: [Double], lag: Int, drift: Bool, name: String) throws {
        guard lag >= 1 else { throw ForecasterError.invalidOption("lag must be at least 1") }
        guard y.contains(where: { !$0.isNaN }) else {
            throw ForecasterError.nonFiniteData(model: name, detail: "all values are missing")
        }
        guard y.allSatisfy({ !$0.isInfinite }) else {
            throw ForecasterError.nonFiniteData(model: name, detail: "infinite value in the series")
        }
        guard y.count > lag else {
            throw ForecasterError.tooShort(model: name, observations: y.count, needed: lag + 1)
        }
        // Fill missing origins from one lag earlier, as lagwalk does for `fits`.
        var filled = y
        for i in lag..<filled.count where filled[i].isNaN { filled[i] = filled[i - lag] }
        var diffs: [Double] = []
        diffs.reserveCapacity(y.count - lag)
        for i in lag..<y.count {
            let d = y[i] - filled[i - lag]
            if !d.isNaN { diffs.append(d) }
        }
        guard diffs.count >= (drift ? 2 : 1) else {
            throw ForecasterError.tooShort(model: name, observations: diffs.count, needed: drift ? 2 : 1)
        }
        let n = Double(diffs.count)
        if drift {
            let b = Vector.mean(diffs)
            var ss = 0.0
            for d in diffs { ss += (d - b) * (d - b) }
            let s2 = ss / (n - 1)
            self.drift = b
            self.driftStandardError = (s2 / n).squareRoot()
            // forecast.lagwalk divides by N − 1 only when the drift is non-zero.
            self.sigma2 = ss / (b != 0 ? n - 1 : n)
        } else {
            var ss = 0.0
            for d in diffs { ss += d * d }
            self.drift = 0
            self.driftStandardError = 0
            self.sigma2 = ss / n
        }
        self.lag = lag
        self.future = Array(filled.suffix(lag))
        self.name = name
    }

    /// The number of whole seasonal steps to horizon `h` (1-based).
    @inline(__always) func steps(_ h: Int) -> Int { (h - 1) / lag + 1 }

    /// Forecasts `horizon` steps with normal intervals at `levels` (percent).
    /// `covariance: false` skips the O(h²) error covariance.
    public func forecast(horizon: Int, levels: [Double] = [80, 95], covariance: Bool = true) throws -> Forecast {
        guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1") }
        let levels = try PredictionIntervals.validatedLevels(levels)
        var mean = [Double](repeating: 0, count: horizon)
        var se = [Double](repeating: 0, count: horizon)
        for h in 1...horizon {
            let s = Double(steps(h))
            mean[h - 1] = future[(h - 1) % lag] + s * drift
            se[h - 1] = (sigma2 * s + (s * driftStandardError) * (s * driftStandardError)).squareRoot()
        }
        var cov = Matrix(rows: covariance ? horizon : 0, columns: covariance ? horizon : 0)
        let v2 = driftStandardError * driftStandardError
        for j in 0..<(covariance ? horizon : 0) {
            for i in 0..<horizon {
                let si = Double(steps(i + 1)), sj = Double(steps(j + 1))
                let shared = (i - j) % lag == 0 ? min(si, sj) : 0
                cov[i, j] = sigma2 * shared + si * sj * v2
            }
        }
        let (lower, upper) = try PredictionIntervals.normal(mean: mean, standardErrors: se, levels: levels)
        return Forecast(model: name, mean: mean, levels: levels, lower: lower, upper: upper,
                        errorCovariance: covariance ? cov : nil)
    }
}

extension LagWalk {
    /// `naive`: the last value carried forward.
    public static func naive(_ y: [Double]) throws -> LagWalk {
        try LagWalk(y, lag: 1, drift: false, name: "naive")
    }

    /// `snaive`: the value one season earlier.
    public static func seasonalNaive(_ y: [Double], period: Int) throws -> LagWalk {
        try LagWalk(y, lag: max(1, period), drift: false, name: "snaive")
    }

    /// `rwf(drift = TRUE)`: random walk with the mean first difference as drift.
    public static func drift(_ y: [Double]) throws -> LagWalk {
        try LagWalk(y, lag: 1, drift: true, name: "drift")
    }
}
