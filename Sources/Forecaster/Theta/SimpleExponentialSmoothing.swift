import AlmanacNumerics

/// Simple exponential smoothing fitted as forecast's `ses(y)` (8.20): the state-space
/// model ETS(A,N,N) `y_t = ℓ_{t−1} + ε_t`, `ℓ_t = ℓ_{t−1} + α ε_t`, with `(α, ℓ₀)` chosen by
/// minimising the in-sample mean squared one-step error (`ets(y, "ANN", opt.crit = "mse")`).
///
/// This is a private helper of the Theta method: the `ets` branch estimates by likelihood
/// only, and `thetaf` needs the MSE criterion. It reproduces R's `etsmodel` for this one
/// form exactly: start `α = 0.0001 + 0.2·(0.9999 − 0.0001)`, `ℓ₀ = mean(y[1…min(10, n)])`
/// (R `initstate`), R's Nelder–Mead (`nmmin`, reltol √ε, at most 2000 evaluations), the
/// "both" bounds (`0.0001 ≤ α ≤ 0.9999`, objective +∞ outside), and R's running-mean
/// accumulation of the squared errors (`amse[1]` of `etscalc`), so the optimiser follows
/// R's path. `σ² = Σe² / (n − 2)` as `ets` reports it.
struct SimpleExponentialSmoothing: Sendable, Codable, Equatable {
    var alpha: Double
    var initialLevel: Double
    /// `ℓ_n`, the flat point forecast.
    var level: Double
    var sigma2: Double
    /// One-step fitted values `ℓ_{t−1}`.
    var fitted: [Double]

    static let lowerAlpha = 0.0001
    static let upperAlpha = 0.9999

    /// - Throws: `ForecasterError.tooShort` for n ≤ 6 (R switches to a Holt–Winters style fit
    ///   there), `.nonFiniteData` for missing or infinite values.
    /// - Complexity: O(evaluations · n), at most 2000 evaluations.
    init(_ y: [Double]) throws {
        let n = y.count
        guard n > 6 else { throw ForecasterError.tooShort(model: "ses", observations: n, needed: 7) }
        guard y.allSatisfy(\.isFinite) else {
            throw ForecasterError.nonFiniteData(model: "ses", detail: "missing or infinite value in the series")
        }
        var l0 = 0.0
        let maxn = min(10, n)
        for i in 0..<maxn { l0 += y[i] }
        l0 /= Double(maxn)
        let alpha0 = Self.lowerAlpha + 0.2 * (Self.upperAlpha - Self.lowerAlpha) / 1.0
        var options = NelderMead.Options()
        options.maxIterations = 2000
        var optimizer = NelderMead(dimension: 2, options: options)
        let result = y.withUnsafeBufferPointer { ys in
            optimizer.minimize(from: [alpha0, l0]) { p in
                Self.meanSquaredError(ys, alpha: p[0], level0: p[1])
            }
        }
        let alpha = result.x[0], start = result.x[1]
        var fitted = [Double](repeating: 0, count: n)
        var level = start, sse = 0.0
        for t in 0..<n {
            fitted[t] = level
            let e = y[t] - level
            sse += e * e
            level = level + alpha * (y[t] - level)
        }
        guard level.isFinite, sse.isFinite else {
            throw ForecasterError.fitFailed(model: "ses", detail: "non-finite level after optimisation")
        }
        self.alpha = alpha
        self.initialLevel = start
        self.level = level
        self.sigma2 = sse / Double(n - 2)
        self.fitted = fitted
    }

    /// R's objective: +∞ outside the bounds, else the running mean of squared one-step
    /// errors accumulated as `etscalc` does (`amse = (amse·(k−1) + e²)/k`).
    @inline(__always)
    static func meanSquaredError(_ y: UnsafeBufferPointer<Double>, alpha: Double, level0: Double) -> Double {
        if alpha < lowerAlpha || alpha > upperAlpha { return .infinity }
        var level = level0
        var amse = 0.0, denom = 0.0
        for t in 0..<y.count {
            let e = y[t] - level
            denom += 1
            amse = (amse * (denom - 1) + e * e) / denom
            level = level + alpha * (y[t] - level)
        }
        return amse.isNaN ? .infinity : amse
    }
}
