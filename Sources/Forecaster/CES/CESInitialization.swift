/// statsforecast's CES starting values (`initstate`, `initparamces`) and parameter box.
enum CESInitialization {
    /// The initial state rows `0..<lag` (row-major, `type.components` columns):
    ///
    /// - N: `ℓ₀ = mean(y[0..<min(10, n)])`, `c₀ = ℓ₀ / 1.1` (one row).
    /// - S: `ℓ = y[0..<m]`, `c = ℓ / 1.1` (one row per season).
    /// - P: `ℓ = mean(y[0..<m])`, `c = ℓ / 1.1` in every row, `s` = the additive classical
    ///   seasonal indices of statsmodels `seasonal_decompose(y, period: m)`.
    /// - F: as P with the complex seasonal part `s′ = s / 1.1`.
    ///
    /// `y` must be finite with `n ≥ 2m` for the seasonal types.
    /// - Complexity: O(n · m) for P and F (the centred moving average), O(m) otherwise.
    static func states(_ y: [Double], lag m: Int, type: CESSeasonType) -> [Double] {
        let k = type.components
        var s = [Double](repeating: 0, count: m * k)
        switch type {
        case .none:
            let idx = min(10, y.count)
            var sum = 0.0
            for v in y[0..<idx] { sum += v }
            s[0] = sum / Double(idx)
            s[1] = s[0] / 1.1
        case .simple:
            for i in 0..<m {
                s[i * k] = y[i]
                s[i * k + 1] = y[i] / 1.1
            }
        case .partial, .full:
            var sum = 0.0
            for v in y[0..<m] { sum += v }
            let level = sum / Double(m)
            let seasonal = additiveSeasonalIndices(y, period: m)
            for i in 0..<m {
                s[i * k] = level
                s[i * k + 1] = level / 1.1
                s[i * k + 2] = seasonal[i]
                if type == .full { s[i * k + 3] = seasonal[i] / 1.1 }
            }
        }
        return s
    }

    /// The additive seasonal indices of a classical decomposition exactly as statsmodels
    /// `seasonal_decompose(model="additive")` computes them: the trend is the centred moving
    /// average (weights `1/m`, halved at both ends for even `m`; undefined for the first and
    /// last `⌊m/2⌋` points), each index is the mean of the detrended values at its position
    /// (over the defined ones), and the indices are centred to sum to zero. Index `i` belongs
    /// to observations `i, i + m, …`. Requires `y.count ≥ 2m`.
    /// - Complexity: O(n · m).
    static func additiveSeasonalIndices(_ y: [Double], period m: Int) -> [Double] {
        let n = y.count
        let half = m / 2
        var weights = [Double](repeating: 1.0 / Double(m), count: m % 2 == 0 ? m + 1 : m)
        if m % 2 == 0 {
            weights[0] = 0.5 / Double(m)
            weights[m] = 0.5 / Double(m)
        }
        var sums = [Double](repeating: 0, count: m)
        var counts = [Int](repeating: 0, count: m)
        if n - half > half {
            for t in half..<(n - half) {
                var trend = 0.0
                for (j, w) in weights.enumerated() { trend += w * y[t - half + j] }
                sums[t % m] += y[t] - trend
                counts[t % m] += 1
            }
        }
        var indices = (0..<m).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : 0 }
        var mean = 0.0
        for v in indices { mean += v }
        mean /= Double(m)
        for i in 0..<m { indices[i] -= mean }
        return indices
    }

    /// The starting point of the optimiser: `α₀ = 1.3`, `α₁ = 1`, then `β₀ = 0.1` (P) or
    /// `β₀ = 1.3`, `β₁ = 1` (F).
    static func startingParameters(_ type: CESSeasonType) -> [Double] {
        switch type {
        case .none, .simple: return [1.3, 1.0]
        case .partial: return [1.3, 1.0, 0.1]
        case .full: return [1.3, 1.0, 1.3, 1.0]
        }
    }

    /// statsforecast's box for `(α₀, α₁, β₀, β₁)`: lower 0.01, upper 1.8, 1.9, 1.5, 1.5.
    static func bounds(_ type: CESSeasonType) -> (lower: [Double], upper: [Double]) {
        let d = startingParameters(type).count
        return (Array([0.01, 0.01, 0.01, 0.01][0..<d]), Array([1.8, 1.9, 1.5, 1.5][0..<d]))
    }

    /// The parameter vector of the optimiser as `CESParameters`.
    static func parameters(_ x: UnsafeBufferPointer<Double>, type: CESSeasonType) -> CESParameters {
        switch type {
        case .none, .simple: return CESParameters(alpha0: x[0], alpha1: x[1])
        case .partial: return CESParameters(alpha0: x[0], alpha1: x[1], beta0: x[2])
        case .full: return CESParameters(alpha0: x[0], alpha1: x[1], beta0: x[2], beta1: x[3])
        }
    }
}
