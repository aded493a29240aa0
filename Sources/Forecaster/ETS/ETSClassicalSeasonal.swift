/// The seasonal component of R's `decompose()`: a centred moving average (2×m for even
/// m) as trend, detrended values averaged by position within the period (positions
/// counted from the first observation), then centred (additive) or normalised to mean 1
/// (multiplicative) and repeated over the series.
enum ETSClassicalSeasonal {
    /// - Complexity: O(n·m).
    static func figure(_ x: [Double], period f: Int, multiplicative: Bool) -> [Double] {
        let n = x.count
        var weights: [Double]
        if f % 2 == 0 {
            weights = [0.5] + [Double](repeating: 1, count: f - 1) + [0.5]
        } else {
            weights = [Double](repeating: 1, count: f)
        }
        weights = weights.map { $0 / Double(f) }
        let offset = weights.count / 2
        var detrended = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            // R filter(sides = 2): y[i] = Σ_j w[j] x[i + offset − j].
            let lo = i + offset - (weights.count - 1)
            let hi = i + offset
            guard lo >= 0 && hi < n else { continue }
            var s = 0.0
            for j in 0..<weights.count { s += weights[j] * x[i + offset - j] }
            detrended[i] = multiplicative ? x[i] / s : x[i] - s
        }
        var fig = [Double](repeating: 0, count: f)
        for i in 0..<f {
            var s = 0.0, c = 0
            var k = i
            while k < n {
                if !detrended[k].isNaN { s += detrended[k]; c += 1 }
                k += f
            }
            fig[i] = s / Double(c)
        }
        let mean = fig.reduce(0, +) / Double(f)
        fig = fig.map { multiplicative ? $0 / mean : $0 - mean }
        return (0..<n).map { fig[$0 % f] }
    }
}
