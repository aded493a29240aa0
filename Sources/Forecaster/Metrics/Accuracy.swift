/// Forecast accuracy measures as scored in the M4 competition (Makridakis et al., 2020).
///
/// All take the held-out `actual` values and the forecasts for the same steps; missing
/// (NaN) actuals are skipped. Scaled measures divide by the in-sample mean absolute
/// seasonal-naive error, `scale = mean_{t>m} |y_t − y_{t−m}|` (`Accuracy.scale`).
public enum Accuracy {
    /// Symmetric MAPE on the 0–200 scale: `200/h · Σ |y − f| / (|y| + |f|)`.
    /// A step with `y = f = 0` contributes 0.
    public static func sMAPE(actual: [Double], forecast: [Double]) -> Double {
        var s = 0.0, n = 0
        for (y, f) in zip(actual, forecast) where !y.isNaN {
            let d = abs(y) + abs(f)
            s += d == 0 ? 0 : 2 * abs(y - f) / d
            n += 1
        }
        return n == 0 ? .nan : 100 * s / Double(n)
    }

    /// The MASE/MSIS denominator: the in-sample mean absolute error of the seasonal naive
    /// forecast with lag `period` (lag 1 when the history is not longer than a period, as
    /// the M4 scoring code does).
    public static func scale(insample: [Double], period: Int) -> Double {
        let m = insample.count > period ? max(1, period) : 1
        var s = 0.0, n = 0
        if insample.count > m {
            for t in m..<insample.count {
                let d = abs(insample[t] - insample[t - m])
                if !d.isNaN { s += d; n += 1 }
            }
        }
        return n == 0 ? .nan : s / Double(n)
    }

    /// Mean absolute scaled error: `mean |y − f| / scale`.
    public static func MASE(actual: [Double], forecast: [Double], scale: Double) -> Double {
        MAE(actual: actual, forecast: forecast) / scale
    }

    /// Mean absolute error.
    public static func MAE(actual: [Double], forecast: [Double]) -> Double {
        var s = 0.0, n = 0
        for (y, f) in zip(actual, forecast) where !y.isNaN { s += abs(y - f); n += 1 }
        return n == 0 ? .nan : s / Double(n)
    }

    /// Root mean squared error.
    public static func RMSE(actual: [Double], forecast: [Double]) -> Double {
        var s = 0.0, n = 0
        for (y, f) in zip(actual, forecast) where !y.isNaN { s += (y - f) * (y - f); n += 1 }
        return n == 0 ? .nan : (s / Double(n)).squareRoot()
    }

    /// Mean scaled interval score for a `(1 − alpha)` interval:
    /// `mean[(u − l) + 2/α·(l − y)·1{y < l} + 2/α·(y − u)·1{y > u}] / scale`.
    public static func MSIS(actual: [Double], lower: [Double], upper: [Double], alpha: Double,
                            scale: Double) -> Double {
        var s = 0.0, n = 0
        for i in 0..<min(actual.count, lower.count, upper.count) where !actual[i].isNaN {
            let y = actual[i], l = lower[i], u = upper[i]
            s += (u - l)
            if y < l { s += 2 / alpha * (l - y) }
            if y > u { s += 2 / alpha * (y - u) }
            n += 1
        }
        return n == 0 ? .nan : s / Double(n) / scale
    }

    /// The share of actuals inside `[lower, upper]`, and the count it is taken over.
    public static func coverage(actual: [Double], lower: [Double], upper: [Double]) -> (hits: Int, count: Int) {
        var hits = 0, n = 0
        for i in 0..<min(actual.count, lower.count, upper.count) where !actual[i].isNaN {
            if actual[i] >= lower[i] && actual[i] <= upper[i] { hits += 1 }
            n += 1
        }
        return (hits, n)
    }

    /// Overall weighted average (M4): `½ (sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2)`, taken
    /// on the averages over all series, not per series.
    public static func OWA(sMAPE: Double, MASE: Double, naive2SMAPE: Double, naive2MASE: Double) -> Double {
        0.5 * (sMAPE / naive2SMAPE + MASE / naive2MASE)
    }
}
