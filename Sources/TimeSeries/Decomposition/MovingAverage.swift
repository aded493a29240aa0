/// Moving averages as `forecast::ma(x, order, centre)` (a two-sided `stats::filter`).
extension Transforms {
    /// The moving average of `order` points.
    ///
    /// Odd order: the equally weighted mean of `x[t−k … t+k]`, `k = (order−1)/2`. Even order
    /// with `centre` (the default, as R): the "2×order" average with weights
    /// `(½, 1, …, 1, ½)/order` over `x[t−order/2 … t+order/2]`, which centres the window on
    /// `t` (the classical trend estimate for seasonal period `order`). Even order without
    /// `centre`: equal weights over `x[t−order/2+1 … t+order/2]` (R `filter`'s offset for an
    /// even-length window, `sides = 2`). Values whose window leaves the series, or meets a
    /// NaN, are NaN.
    /// - Throws: `InputError` when `order < 1`.
    /// - Complexity: O(n·order).
    public static func movingAverage(_ x: [Double], order: Int, centre: Bool = true) throws(InputError) -> [Double] {
        guard order >= 1 else {
            throw InputError(file: "moving average", "order must be at least 1, got \(order)")
        }
        let weights: [Double]
        if order % 2 == 0 && centre {
            weights = ([0.5] + [Double](repeating: 1, count: order - 1) + [0.5]).map { $0 / Double(order) }
        } else {
            weights = [Double](repeating: 1 / Double(order), count: order)
        }
        // R filter(sides = 2): out[t] = Σ_j w[j]·x[t + o − j], o = length(w) %/% 2.
        let nf = weights.count, o = nf / 2
        var out = [Double](repeating: .nan, count: x.count)
        for t in 0..<x.count where t + o - (nf - 1) >= 0 && t + o < x.count {
            var s = 0.0
            for j in 0..<nf { s += weights[j] * x[t + o - j] }
            out[t] = s
        }
        return out
    }
}
