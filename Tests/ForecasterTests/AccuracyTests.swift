import Testing
import TestSupport
@testable import Forecaster

/// Values worked by hand from the M4 definitions (see `Accuracy`).
@Suite struct AccuracyTests {
    let insample: [Double] = [10, 12, 11, 13, 12, 14]   // period 2: |11−10|,|13−12|,|12−11|,|14−13| → 1
    let actual: [Double] = [15, 16, 14]
    let forecast: [Double] = [14, 16, 16]

    @Test func sMAPEOnTheZeroTo200Scale() {
        // 200/3 · (1/29 + 0 + 2/30)
        #expect(isClose(Accuracy.sMAPE(actual: actual, forecast: forecast), 200.0 / 3 * (1.0 / 29 + 2.0 / 30), rel: 1e-14))
        #expect(Accuracy.sMAPE(actual: [0], forecast: [0]) == 0)
    }

    @Test func maseUsesInSampleSeasonalNaive() {
        #expect(Accuracy.scale(insample: insample, period: 2) == 1)
        // Lag-1 fallback when history is not longer than the period.
        #expect(Accuracy.scale(insample: [1, 3], period: 12) == 2)
        #expect(isClose(Accuracy.MASE(actual: actual, forecast: forecast, scale: 1), 1.0, rel: 1e-15))
        #expect(isClose(Accuracy.RMSE(actual: actual, forecast: forecast), (5.0 / 3).squareRoot(), rel: 1e-15))
    }

    @Test func msisPenalisesMissesByTwoOverAlpha() {
        // widths 2,2,2; y=15 in [13,15]; y=16 > 15 by 1 → 2/0.05·1 = 40; y=14 < 15 by 1 → 40.
        let l: [Double] = [13, 13, 15], u: [Double] = [15, 15, 17]
        #expect(isClose(Accuracy.MSIS(actual: actual, lower: l, upper: u, alpha: 0.05, scale: 2),
                        (6 + 80) / 3.0 / 2, rel: 1e-15))
        let c = Accuracy.coverage(actual: actual, lower: l, upper: u)
        #expect(c.hits == 1 && c.count == 3)
    }

    @Test func owaIsRelativeToNaive2() {
        #expect(Accuracy.OWA(sMAPE: 12, MASE: 0.8, naive2SMAPE: 15, naive2MASE: 1.0) == 0.5 * (0.8 + 0.8))
    }
}
