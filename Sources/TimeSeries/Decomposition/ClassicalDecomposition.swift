/// Classical decomposition by moving averages, exactly as R's `stats::decompose`.
///
/// With period `m` the trend is the centred moving average of order `m` (for even `m`
/// the 2×m average: weights `(½, 1, …, 1, ½)/m` over `m + 1` points), so it is NaN on
/// the first and last `⌊m/2⌋` observations. The detrended series is `x − T` (additive)
/// or `x / T` (multiplicative); the *seasonal figure* `s_j` (j = 1…m) is the mean of the
/// detrended values at positions `j, j+m, j+2m, …` (missing values ignored), normalised
/// to sum 0 (additive: `s_j − mean(s)`) or mean 1 (multiplicative: `s_j / mean(s)`).
/// The seasonal component repeats the figure from the first observation on, and the
/// remainder (R's `random`) is `x − S − T` or `x / (S · T)`.
///
/// As in R, the figure is aligned with the *first observation*, not with a calendar
/// cycle: position 1 of the series is position 1 of the figure.
public struct ClassicalDecomposition: Codable, Sendable, Equatable {
    /// Additive `x = T + S + R` or multiplicative `x = T · S · R`.
    public enum Kind: String, Codable, Sendable {
        case additive
        case multiplicative
    }

    /// The decomposed series.
    public var data: [Double]
    /// Seasonal period `m`.
    public var period: Int
    public var type: Kind
    /// Centred moving average; NaN where the window does not fit (the ends) or covers a NaN.
    public var trend: [Double]
    /// The figure repeated over the series, starting at observation 1.
    public var seasonal: [Double]
    /// `x − S − T` (additive) or `x / S / T` (multiplicative): NaN where the trend is.
    public var random: [Double]
    /// The `m` normalised seasonal indices.
    public var figure: [Double]

    /// The seasonally adjusted series: `x − S` (additive) or `x / S` (multiplicative),
    /// as forecast's `seasadj` (used by the Theta method and Naive2).
    public var seasonallyAdjusted: [Double] {
        switch type {
        case .additive: return zip(data, seasonal).map { $0 - $1 }
        case .multiplicative: return zip(data, seasonal).map { $0 / $1 }
        }
    }

    /// Decomposes `x` (NaN = missing) with seasonal period `period`.
    ///
    /// - Throws: `InputError` when `period < 2`, when fewer than `2·period`
    ///   observations are non-missing (R: "time series has no or less than 2 periods"),
    ///   or when a NaN lies strictly inside the series (R: "time series contains internal
    ///   NAs"); leading and trailing NaN are allowed and propagate as in R.
    ///   Zeros in a multiplicative decomposition are not an error: as in R they give
    ///   ±Inf/NaN in the affected components.
    /// - Complexity: O(n·m) time for the moving average (summed term by term in R's
    ///   order so results agree to the last bits), O(n) memory.
    public static func decompose(_ x: [Double], period: Int, type: Kind = .additive) throws -> ClassicalDecomposition {
        let n = x.count
        guard period >= 2 else {
            throw InputError(file: "<series>", "classical decomposition needs a seasonal period of at least 2, got \(period)")
        }
        let present = x.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
        guard present >= 2 * period else {
            throw InputError(file: "<series>",
                             "classical decomposition needs at least two full periods (\(2 * period) non-missing observations), got \(present)")
        }
        if let first = x.firstIndex(where: { !$0.isNaN }), let last = x.lastIndex(where: { !$0.isNaN }),
           let gap = x[first...last].firstIndex(where: { $0.isNaN }) {
            // R's na.omit.ts refuses internal gaps; leading and trailing NaN are fine.
            throw InputError(file: "<series>", "classical decomposition: observation \(gap + 1) is missing inside the series (only leading/trailing NaN are allowed)")
        }
        let trend = centredMovingAverage(x, order: period)
        var detrended = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            detrended[i] = type == .additive ? x[i] - trend[i] : x[i] / trend[i]
        }
        var figure = [Double](repeating: .nan, count: period)
        var bucket: [Double] = []
        bucket.reserveCapacity(n / period + 1)
        for j in 0..<period {
            bucket.removeAll(keepingCapacity: true)
            var i = j
            while i < n {
                if !detrended[i].isNaN { bucket.append(detrended[i]) }
                i += period
            }
            figure[j] = RMean.of(bucket)
        }
        let centre = RMean.of(figure)
        for j in 0..<period {
            figure[j] = type == .additive ? figure[j] - centre : figure[j] / centre
        }
        var seasonal = [Double](repeating: 0, count: n)
        var random = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            seasonal[i] = figure[i % period]
            random[i] = type == .additive ? x[i] - seasonal[i] - trend[i] : x[i] / seasonal[i] / trend[i]
        }
        return ClassicalDecomposition(data: x, period: period, type: type, trend: trend,
                                      seasonal: seasonal, random: random, figure: figure)
    }

    /// R's `filter(x, f, sides = 2)` with the classical weights: `m` points of `1/m` for odd
    /// `m`, `m + 1` points `(½, 1, …, 1, ½)/m` for even `m`. The output at `i` sums
    /// `w_j · x[i + ⌊k/2⌋ − j]` for `j = 0…k−1` in that order (R's `cfilter`), NaN when the
    /// window leaves the series or covers a NaN.
    static func centredMovingAverage(_ x: [Double], order m: Int) -> [Double] {
        let weights: [Double]
        if m % 2 == 0 {
            weights = [0.5 / Double(m)] + [Double](repeating: 1 / Double(m), count: m - 1) + [0.5 / Double(m)]
        } else {
            weights = [Double](repeating: 1 / Double(m), count: m)
        }
        let k = weights.count
        let offset = k / 2
        let n = x.count
        var out = [Double](repeating: .nan, count: n)
        x.withUnsafeBufferPointer { xs in
            weights.withUnsafeBufferPointer { w in
                for i in 0..<n where i + offset - (k - 1) >= 0 && i + offset < n {
                    var z = 0.0
                    var missing = false
                    for j in 0..<k {
                        let v = xs[i + offset - j]
                        if v.isNaN { missing = true; break }
                        z += w[j] * v
                    }
                    out[i] = missing ? .nan : z
                }
            }
        }
        return out
    }
}
