import Foundation

/// Sample autocorrelation and partial autocorrelation functions, as R's `acf` / `pacf`.
///
/// For a series x₁…xₙ with mean x̄ the sample autocovariance at lag k is
///
///     c(k) = (1/n) Σ_{t=1}^{n−k} (x_{t+k} − x̄)(x_t − x̄)
///
/// (denominator n, not n − k, so the sequence is positive semi-definite) and the
/// autocorrelation is r(k) = c(k) / c(0), clamped to [−1, 1] as R does.
///
/// Missing values (NaN) follow R's `na.action = na.pass` — the behaviour of forecast's
/// `Acf`: the mean is taken over the observed values, a lag-k product is summed only when
/// both ends are observed, and with ν such pairs the lag-k covariance is the sum divided by
/// ν + k (for complete data ν + k = n). A lag with no observed pair gives NaN.
public enum Autocorrelation {
    /// The largest lag R uses by default, `10 log10(n)` (floor), at most n − 1.
    public static func defaultMaxLag(count n: Int) -> Int {
        guard n > 1 else { return 0 }
        let l = Int((10 * log10(Double(n))).rounded(.down))
        return min(l, n - 1)
    }

    /// Sample autocovariances c(0)…c(maxLag), as R `acf(x, lag.max, type = "covariance",
    /// demean = TRUE, plot = FALSE, na.action = na.pass)`.
    ///
    /// `maxLag` is clamped to n − 1 as R does. An empty series or a negative `maxLag`
    /// (R stops with an error) gives `[]`.
    /// - Complexity: O(n · maxLag).
    public static func autocovariance(_ x: [Double], maxLag: Int) -> [Double] {
        let n = x.count
        guard n > 0, maxLag >= 0 else { return [] }
        let lags = min(maxLag, n - 1)
        let mean = observedMean(x)
        var centred = x
        for i in 0..<n { centred[i] -= mean }
        var out = [Double](repeating: .nan, count: lags + 1)
        centred.withUnsafeBufferPointer { c in
            for lag in 0...lags {
                var sum = 0.0
                var pairs = 0
                // Same summation order as R's C routine `acf0`, so results agree to rounding.
                for i in 0..<(n - lag) where !c[i + lag].isNaN && !c[i].isNaN {
                    pairs += 1
                    sum += c[i + lag] * c[i]
                }
                out[lag] = pairs > 0 ? sum / Double(pairs + lag) : .nan
            }
        }
        return out
    }

    /// Sample autocorrelations r(0)…r(maxLag) (r(0) = 1), exactly as R
    /// `acf(x, lag.max = maxLag, demean = TRUE, plot = FALSE, na.action = na.pass)$acf`.
    ///
    /// Edge cases, as R: a constant series has c(0) = 0 and every r(k) is NaN (0/0);
    /// a single observation gives `[1]`; `maxLag` is clamped to n − 1. An empty series or
    /// a negative `maxLag` gives `[]` (R stops with an error).
    /// - Complexity: O(n · maxLag).
    public static func acf(_ x: [Double], maxLag: Int) -> [Double] {
        var c = autocovariance(x, maxLag: maxLag)
        guard !c.isEmpty else { return [] }
        if x.count == 1 { return [1] }
        let c0 = c[0]
        for k in c.indices {
            let a = c[k] / c0
            // R clamps so rounding can never produce |r| > 1; NaN passes through.
            c[k] = a > 1 ? 1 : (a < -1 ? -1 : a)
        }
        return c
    }

    /// Sample partial autocorrelations φ₁₁…φ_{mm} for lags 1…maxLag (no lag 0), as R
    /// `pacf(x, lag.max = maxLag, plot = FALSE, na.action = na.pass)$acf`.
    ///
    /// Computed from the sample autocorrelations by the Durbin–Levinson recursion:
    /// φ_{kk} = (r(k) − Σ_{j<k} φ_{k−1,j} r(k−j)) / (1 − Σ_{j<k} φ_{k−1,j} r(j)),
    /// φ_{k,j} = φ_{k−1,j} − φ_{kk} φ_{k−1,k−j}.
    ///
    /// `maxLag` is clamped to n − 1; fewer than two observations or `maxLag < 1`
    /// (R stops with an error) give `[]`. A constant series gives NaN throughout.
    /// - Complexity: O(n · maxLag + maxLag²).
    public static func pacf(_ x: [Double], maxLag: Int) -> [Double] {
        guard x.count >= 2, maxLag >= 1 else { return [] }
        return partialFromAutocorrelations(acf(x, maxLag: maxLag))
    }

    /// The Durbin–Levinson recursion on autocorrelations `r` = [r(0), r(1), …, r(m)],
    /// returning φ₁₁…φ_{mm} (R's C routine `uni_pacf`, same operation order).
    /// - Complexity: O(m²) time, O(m) workspace.
    public static func partialFromAutocorrelations(_ r: [Double]) -> [Double] {
        let m = r.count - 1
        guard m >= 1 else { return [] }
        var p = [Double](repeating: 0, count: m)
        var v = [Double](repeating: 0, count: m)
        var w = [Double](repeating: 0, count: m)
        w[0] = r[1]
        p[0] = r[1]
        var ll = 1
        while ll < m {
            var a = r[ll + 1]
            var b = 1.0
            for i in 0..<ll {
                a -= w[i] * r[ll - i]
                b -= w[i] * r[i + 1]
            }
            let c = a / b
            p[ll] = c
            if ll + 1 == m { break }
            w[ll] = c
            for i in 0..<ll { v[ll - i - 1] = w[i] }
            for i in 0..<ll { w[i] -= c * v[i] }
            ll += 1
        }
        return p
    }

    /// Mean of the observed (non-NaN) values; NaN when none is observed.
    ///
    /// Accumulated in extended precision where the platform has it, as R's `colMeans`
    /// (`LDOUBLE`) does, so a constant series centres to exactly zero as in R.
    static func observedMean(_ x: [Double]) -> Double {
        #if arch(x86_64) && !os(Windows)
        var sum: Float80 = 0
        #else
        var sum = 0.0
        #endif
        var count = 0
        for v in x where !v.isNaN {
            sum += .init(v)
            count += 1
        }
        return count > 0 ? Double(sum / .init(count)) : .nan
    }
}
