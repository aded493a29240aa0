import Testing
@testable import Forecaster

/// Cross-learning calibration: the scores, the pooled factor and the shrunk factor by hand.
@Suite struct ShrunkCalibrationTests {
    /// ŷ = 10 at both steps; 80%: [8, 12], 95%: [6, 14]; actual 13 then 9.
    static let forecast = Forecast(model: "m", mean: [10, 10], levels: [80, 95],
                                   lower: [[8, 8], [6, 6]], upper: [[12, 12], [14, 14]])

    @Test func scoresOfOneOrigin() {
        var s = CalibrationScores(levels: [80, 95])
        s.add(Self.forecast, actual: [13, 9])
        // 80%: (13 − 10)/(12 − 10) = 1.5, (10 − 9)/(10 − 8) = 0.5; 95%: 3/4, 1/4.
        #expect(s.scores == [[1.5, 0.5], [0.75, 0.25]])
        #expect(s.count(0) == 2)
        // A step without an actual value is not scored.
        var t = CalibrationScores(levels: [95])
        t.add(Self.forecast, actual: [13])
        #expect(t.scores == [[0.75]])
    }

    @Test func ownAndPooledFactorsByHand() {
        let a = CalibrationScores(levels: [80], scores: [[1.5, 0.5]])
        let b = CalibrationScores(levels: [80], scores: [[0.2, 0.9, 1.1]])
        // Own, N = 2: rank ⌈3·0.8⌉ = 3 > 2, no factor; N = 3: rank ⌈4·0.8⌉ = 4 > 3, none.
        #expect(a.own(0) == nil)
        #expect(b.own(0) == nil)
        // Pooled, N = 5: rank ⌈6·0.8⌉ = 5, the largest of 0.2, 0.5, 0.9, 1.1, 1.5.
        #expect(CalibrationScores.pooled([a, b], levels: [80]) == [1.5])
        let c = CalibrationScores(levels: [80], scores: [[0.1, 0.3, 0.4, 0.7]])
        // N = 9: rank ⌈10·0.8⌉ = 8: sorted 0.1 0.2 0.3 0.4 0.5 0.7 0.9 1.1 1.5 → 1.1.
        #expect(CalibrationScores.pooled([a, b, c], levels: [80]) == [1.1])
        // Own, N = 4: rank ⌈5·0.8⌉ = 4 → 0.7.
        #expect(c.own(0) == 0.7)
        // A level nobody scored has no pooled factor.
        #expect(CalibrationScores.pooled([a, b], levels: [95]) == [nil])
    }

    @Test func shrunkFactorByHand() {
        // w = 25/(25 + 25) = 0.5: 0.5·2 + 0.5·1.2 = 1.6.
        #expect(abs(ShrunkCalibration.factor(own: 2, count: 25, target: 1.2, kappa: 25) - 1.6) < 1e-12)
        // w = 75/100 = 0.75: 0.75·2 + 0.25·1.2 = 1.8.
        #expect(abs(ShrunkCalibration.factor(own: 2, count: 75, target: 1.2, kappa: 25) - 1.8) < 1e-12)
        // No own factor: the target.
        #expect(ShrunkCalibration.factor(own: nil, count: 3, target: 1.3, kappa: 25) == 1.3)
        // κ = 0: the own factor alone (split conformal).
        #expect(ShrunkCalibration.factor(own: 2, count: 10, target: 1.2, kappa: 0) == 2)
    }

    @Test func targetsFallBackToThePriorThenToOne() {
        let p80 = ShrunkCalibration.prior[80]!
        #expect(ShrunkCalibration.targets(levels: [80, 90], pooled: nil) == [p80, 1])
        #expect(ShrunkCalibration.targets(levels: [80, 90], pooled: [1.4, 1.7]) == [1.4, 1.7])
        #expect(ShrunkCalibration.targets(levels: [80, 90], pooled: [nil, 1.7]) == [p80, 1.7])
    }

    @Test func applyStretchesByTheShrunkFactor() {
        // 80%: 4 scores 0.1 0.3 0.4 0.7 → own 0.7, w = 4/(4 + 4) = 0.5 with κ = 4,
        // target 1.5: f = 0.5·0.7 + 0.5·1.5 = 1.1. 95%: too few scores → f = target 2.
        let scores = CalibrationScores(levels: [80, 95], scores: [[0.1, 0.3, 0.4, 0.7], [0.1, 0.3, 0.4, 0.7]])
        let out = ShrunkCalibration.apply(Self.forecast, scores: scores, targets: [1.5, 2], kappa: 4)
        #expect(out.mean == [10, 10])
        for h in 0..<2 {
            #expect(abs(out.lower[0][h] - (10 - 1.1 * 2)) < 1e-12)   // 7.8
            #expect(abs(out.upper[0][h] - (10 + 1.1 * 2)) < 1e-12)   // 12.2
            #expect(out.lower[1][h] == 2)                              // 10 − 2·4
            #expect(out.upper[1][h] == 18)
        }
        #expect(out.errorCovariance == nil)
    }
}
