import Foundation
import AlmanacNumerics

/// p-values of the `max` functional of fluctuation processes, as strucchange's `pvalue.efp`
/// for a univariate process (`k = 1`).
public enum FluctuationPValue {
    /// - Brownian bridge (OLS-CUSUM): the Kolmogorov series
    ///   `p = 1 − (1 + 2 Σ_{i=1}^{100} (−1)ⁱ e^{−2i²x²})`, and 1 below x = 0.1.
    /// - Brownian motion (Rec-CUSUM, boundary `1 + 2t`): Zeileis et al.'s closed form
    ///   `2(1 − Φ(3x) + e^{−4x²}(Φ(x) + Φ(5x) − 1) − e^{−16x²}(1 − Φ(x)))`, linear
    ///   `1 − 0.1465x` below x = 0.3.
    /// - Brownian bridge increments (OLS-MOSUM): linear interpolation in Chu, Hornik & Kuan's
    ///   (1995) table of critical values at levels 0.10, 0.05, 0.025, 0.01, first in the
    ///   bandwidth `h` (grid 0.05…0.5) and then in the statistic (p = 1 at 0); values are
    ///   clamped at the table's ends, so p-values are reported within [0.01, 1].
    public static func pValue(_ x: Double, limit: EmpiricalFluctuation.Limit, bandwidth h: Double = 0.15) -> Double {
        switch limit {
        case .brownianBridge:
            if x < 0.1 { return 1 }
            var s = 0.0
            for i in 1...100 {
                let a = Double(i)
                s += Foundation.exp(-2 * a * a * x * x) * (i % 2 == 0 ? 1 : -1)
            }
            return 1 - (1 + 2 * s)
        case .brownianMotion:
            if x < 0.3 { return 1 - 0.1465 * x }
            return 2 * (1 - Normal.cdf(3 * x) + Foundation.exp(-4 * x * x) * (Normal.cdf(x) + Normal.cdf(5 * x) - 1)
                        - Foundation.exp(-16 * x * x) * (1 - Normal.cdf(x)))
        case .brownianBridgeIncrements:
            let table = CriticalValueTables.mosum
            let tableH = (1...10).map { Double($0) * 0.05 }
            let levels: [Double] = [0.1, 0.05, 0.025, 0.01]
            var crit: [Double] = [0]
            for j in 0..<4 {
                crit.append(interpolate(tableH, (0..<10).map { table[$0, j] }, at: h))
            }
            return interpolate(crit, [1] + levels, at: x)
        }
    }

    /// R's `approx(x, y, xout, rule = 2)`: linear interpolation, constant beyond the ends
    /// (`xs` ascending).
    static func interpolate(_ xs: [Double], _ ys: [Double], at v: Double) -> Double {
        guard let first = xs.first, let last = xs.last else { return .nan }
        if v <= first { return ys[0] }
        if v >= last { return ys[ys.count - 1] }
        var i = 1
        while xs[i] < v { i += 1 }
        let w = (v - xs[i - 1]) / (xs[i] - xs[i - 1])
        return ys[i - 1] + w * (ys[i] - ys[i - 1])
    }
}
