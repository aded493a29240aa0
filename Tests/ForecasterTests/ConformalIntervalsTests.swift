import Foundation
import Testing
@testable import Forecaster

/// Conformal intervals: the rank rule, the score and the calibrated bounds by hand, and the
/// rolling-origin calibration against a direct recomputation from the method's own forecasts.
@Suite struct ConformalIntervalsTests {
    @Test func rankRuleByHand() {
        // ⌈(N + 1)·L/100⌉: 20·0.95 = 19, 40·0.95 = 38, 10·0.8 = 8, 19·0.95 = 18.05 → 19.
        #expect(ConformalIntervals.rank(count: 19, level: 95) == 19)
        #expect(ConformalIntervals.rank(count: 39, level: 95) == 38)
        #expect(ConformalIntervals.rank(count: 9, level: 80) == 8)
        #expect(ConformalIntervals.rank(count: 18, level: 95) == 19)
        #expect(ConformalIntervals.rank(count: 144, level: 95) == 138)  // 145·0.95 = 137.75
        #expect(ConformalIntervals.minimumScores(level: 95) == 19)
        #expect(ConformalIntervals.minimumScores(level: 80) == 4)
        #expect(ConformalIntervals.minimumScores(level: 99) == 99)
    }

    @Test func quantileIsTheRankedScore() {
        // Scores 1…19 shuffled: the 95% factor is the 19th smallest (19), the 80% factor the 16th.
        let scores = [7, 3, 19, 1, 12, 5, 16, 9, 2, 18, 4, 14, 6, 11, 17, 8, 10, 15, 13].map(Double.init)
        #expect(ConformalIntervals.quantile(scores, level: 95) == 19)
        #expect(ConformalIntervals.quantile(scores, level: 80) == 16)
        #expect(ConformalIntervals.quantile(Array(scores.prefix(18)), level: 95) == nil)
        // Direct computation for every N from 1 to 60 and three levels.
        for n in 1...60 {
            let s = (0..<n).map { Double(($0 * 37) % 61) }
            for level in [50.0, 80, 95] {
                let k = Int((Double(n + 1) * level / 100 - 1e-12).rounded(.up))
                let expected: Double? = k <= n ? s.sorted()[k - 1] : nil
                #expect(ConformalIntervals.quantile(s, level: level) == expected)
            }
        }
    }

    @Test func scoreIsTheStretchFactor() {
        #expect(ConformalIntervals.score(actual: 12, mean: 10, lower: 6, upper: 14) == 0.5)
        #expect(ConformalIntervals.score(actual: 4, mean: 10, lower: 6, upper: 14) == 1.5)
        #expect(ConformalIntervals.score(actual: 10, mean: 10, lower: 10, upper: 10) == 0)
        #expect(ConformalIntervals.score(actual: 11, mean: 10, lower: 10, upper: 10) == .infinity)
    }

    @Test func applyStretchesAboutTheMeanAndNests() {
        let fc = Forecast(model: "m", mean: [10, 20], levels: [80, 95],
                          lower: [[8, 17], [7, 15]], upper: [[13, 22], [14, 26]])
        let out = ConformalIntervals.apply(factors: [2, 1.5], to: fc)
        #expect(out.mean == [10, 20])
        #expect(out.lower[0] == [6, 14])      // 10 − 2·2, 20 − 2·3
        #expect(out.upper[0] == [16, 24])     // 10 + 2·3, 20 + 2·2
        // 95%: 10 − 1.5·3 = 5.5, 20 − 1.5·5 = 12.5; 10 + 1.5·4 = 16 (≥ 16), 20 + 1.5·6 = 29.
        #expect(out.lower[1] == [5.5, 12.5])
        #expect(out.upper[1] == [16, 29])
        // A 95% factor small enough to cross the 80% bound is widened to it.
        let crossed = ConformalIntervals.apply(factors: [2, 1], to: fc)
        #expect(crossed.lower[1] == [6, 14])
        #expect(crossed.upper[1] == [16, 26])
    }

    @Test func originsByHand() {
        let o = ConformalCalibration.Options()
        #expect(o.step(period: 12, horizon: 18) == 12 && o.step(period: 4, horizon: 8) == 4 && o.step(period: 1, horizon: 6) == 3)
        #expect(o.step(period: 12, horizon: 36) == 18 && o.step(period: 1, horizon: 1) == 1)
        #expect(o.origins(n: 100, period: 12, horizon: 18) == [82, 70, 58, 46, 34])
        #expect(o.origins(n: 48, period: 12, horizon: 18) == [30])
        #expect(o.origins(n: 41, period: 12, horizon: 18) == [])
        let three = ConformalCalibration.Options(origins: 8, step: 3)
        #expect(three.origins(n: 48, period: 12, horizon: 18) == [30, 27, 24])
        // One origin of 18 scores is one short of the 19 a 95% factor needs: 24 + 18 + 12.
        #expect(ConformalCalibration.neededHistory(period: 12, horizon: 18, levels: [80, 95], options: o) == 54)
        #expect(ConformalCalibration.neededHistory(period: 4, horizon: 8, levels: [80, 95], options: o) == 26)
        #expect(ConformalCalibration.neededHistory(period: 1, horizon: 6, levels: [80, 95], options: o) == 25)  // 10 + 6 + 3·3
    }

    /// A deterministic, irregular series (no randomness source needed).
    static let series: [Double] = (0..<90).map { (t: Int) -> Double in
        let x = Double(t)
        let trend: Double = 100 + 0.3 * x
        let wave: Double = 8 * sin(x * 0.9)
        let jitter: Double = 5 * sin(Double(t * t % 17))
        return trend + wave + jitter
    }

    @Test func calibrationMatchesADirectRecomputation() throws {
        let y = Self.series, h = 6, levels = [80.0, 95]
        let options = ConformalCalibration.Options(origins: 5, step: 2)
        let cal = try #require(ConformalCalibration.calibrate(y, period: 1, horizon: h, levels: levels, options: options) { yy, hh, lv in
            try ForecastMethod.drift.forecast(yy, period: 1, horizon: hh, levels: lv)
        })
        // Direct: origins 84, 82, 80, 78, 76; every step's stretch factor; ranked.
        #expect(cal.origins == [84, 82, 80, 78, 76])
        #expect(cal.scores == 30)
        for (k, level) in levels.enumerated() {
            var scores: [Double] = []
            for o in stride(from: 84, through: 76, by: -2) {
                let fc = try ForecastMethod.drift.forecast(Array(y[..<o]), period: 1, horizon: h, levels: levels)
                for s in 0..<h {
                    let e = y[o + s] - fc.mean[s]
                    scores.append(e >= 0 ? e / (fc.upper[k][s] - fc.mean[s]) : -e / (fc.mean[s] - fc.lower[k][s]))
                }
            }
            let rank = level == 80 ? 25 : 30  // ⌈31·0.8⌉ = 25, ⌈31·0.95⌉ = 30
            #expect(abs(cal.factors[k] - scores.sorted()[rank - 1]) <= 1e-12 * cal.factors[k])
        }
    }

    @Test func runConformalKeepsThePointAndFallsBackOnShortSeries() throws {
        let y = Self.series
        let r = try ForecastMethod.theta.runConformal(y, period: 1, horizon: 6)
        let cal = try #require(r.calibration)
        #expect(r.conformal.forecast.mean == r.model.forecast.mean)
        let expected = ConformalIntervals.apply(factors: cal.factors, to: r.model.forecast)
        #expect(r.conformal.forecast.upper == expected.upper && r.conformal.forecast.lower == expected.lower)
        #expect(r.conformal.warnings == r.model.warnings)

        // 24 values < the 25 needed for horizon 6 with annual data: model intervals and a warning.
        let short = try ForecastMethod.theta.runConformal(Array(y.prefix(24)), period: 1, horizon: 6)
        #expect(short.calibration == nil)
        #expect(short.conformal.forecast == short.model.forecast)
        #expect(short.conformal.warnings.last == "conformal intervals need at least 25 values for horizon 6 (this series has 24): the intervals are the model's own")
    }
}
