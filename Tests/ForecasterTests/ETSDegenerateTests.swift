import Foundation
import Testing
import TestSupport
@testable import Forecaster
import AlmanacNumerics

/// Degenerate inputs: typed errors or R's documented fallbacks, never a trap.
@Suite struct ETSDegenerateTests {
    @Test func constantSeriesGetsRSimpleExponentialSmoothingFallback() throws {
        // R: ets(rep(5, 30)) returns ses(y, alpha = 0.99999, initial = "simple")$model,
        // i.e. ETS(A,N,N) with l0 = 5, sigma2 = 0, and flat zero-width forecasts.
        let model = try AutoETS.fit([Double](repeating: 5, count: 30), period: 12)
        #expect(model.method == "ETS(A,N,N)")
        #expect(model.alpha == 0.99999)
        #expect(model.sigma2 == 0)
        #expect(model.logLikelihood == nil)
        let f = try model.forecast(horizon: 6)
        #expect(f.mean == [Double](repeating: 5, count: 6))
        #expect(f.lower[1] == f.upper[1])
        #expect(f.errorCovariance == Matrix(rows: 6, columns: 6))
    }

    @Test func tooShortSeriesThrows() {
        #expect(throws: ETSError.insufficientData(needed: 6, available: 5)) {
            try AutoETS.fit([1, 2, 3, 4, 5], period: 1)
        }
        // A forced ETS(A,A,A) with m = 4 needs n > 2 + 2 + 4 + 4 = 12.
        #expect(throws: ETSError.insufficientData(needed: 12, available: 12)) {
            try ETS.fit((1...12).map { Double($0 % 4) + Double($0) }, period: 4,
                        spec: ETSSpec(error: .additive, trend: .additive, season: .additive))
        }
    }

    @Test func allMissingThrowsAndMissingValuesUseLongestContiguousStretch() throws {
        #expect(throws: ETSError.insufficientData(needed: 1, available: 0)) {
            try AutoETS.fit([.nan, .nan], period: 1)
        }
        let nile = try ETSFixtureData.series("nile").values
        var gappy = [Double.nan, 3, .nan] + nile
        gappy[1] = 7
        let a = try AutoETS.fit(gappy, period: 1)
        let b = try AutoETS.fit(nile, period: 1)
        #expect(a == b)
    }

    @Test func invalidRequestsThrowTypedErrors() throws {
        let y = (1...40).map { 10 + sin(Double($0)) }
        #expect(throws: ETSError.forbiddenModel("ETS(A,N,M)")) {
            try ETS.fit(y, period: 4, spec: ETSSpec(error: .additive, trend: .none, season: .multiplicative))
        }
        #expect(throws: ETSError.invalidPeriod(1)) {
            try ETS.fit(y, period: 1, spec: ETSSpec(error: .additive, trend: .none, season: .additive))
        }
        #expect(throws: ETSError.invalidPeriod(0)) { try AutoETS.fit(y, period: 0) }
        let negative = y.map { $0 - 10 }
        #expect(throws: ETSError.nonPositiveData) {
            try ETS.fit(negative, period: 1, spec: ETSSpec(error: .multiplicative, trend: .none, season: .none))
        }
        let model = try AutoETS.fit(y, period: 1)
        #expect(throws: ETSError.invalidHorizon(0)) { try model.forecast(horizon: 0) }
        #expect(throws: ETSError.invalidLevel(100)) { try model.forecast(horizon: 3, levels: [100]) }
    }

    @Test func nonPositiveDataOnlyConsidersAdditiveErrors() throws {
        let y: [Double] = (0..<60).map { (i: Int) -> Double in
            let t = Double(i)
            return 5 * sin(t * 2 * Double.pi / 12) + 0.1 * t - 1
        }
        let model = try AutoETS.fit(y, period: 12)
        #expect(model.spec.error == ETSErrorType.additive)
        #expect(model.spec.season != ETSSeasonType.multiplicative)
    }

    @Test func specCodesRoundTrip() {
        #expect(ETSSpec("MAdM")?.description == "ETS(M,Ad,M)")
        #expect(ETSSpec("ANN") == ETSSpec(error: .additive, trend: .none, season: .none))
        #expect(ETSSpec("ANdN") == nil)
        #expect(ETSSpec("XYZ") == nil)
    }
}

/// Short, zero-laden and extreme inputs never trap: each call returns a model whose
/// forecasts are finite, or throws an `ETSError`.
@Suite struct ETSRobustnessTests {
    @Test func shortAndAwkwardSeriesReturnOrThrow() throws {
        var random = RandomSource(seed: 11)
        var fitted = 0, refused = 0
        for n in 1...16 {
            for period in [1, 4, 12] {
                for kind in 0..<3 {
                    let y: [Double] = (0..<n).map { i in
                        switch kind {
                        case 0: return 100 + 10 * random.normal()
                        case 1: return i % 3 == 0 ? 0 : 5 * random.normal()
                        default: return exp(30 * random.uniform())
                        }
                    }
                    do {
                        let model = try AutoETS.fit(y, period: period)
                        let f = try model.forecast(horizon: 4, paths: 200)
                        #expect(f.mean.allSatisfy { $0.isFinite })
                        // A single value is constant: R's SES fallback, not a refusal.
                        #expect(n == 1 || n > 6)
                        fitted += 1
                    } catch let error as ETSError {
                        if (2...6).contains(n) {
                            #expect(error == .insufficientData(needed: 6, available: n))
                        }
                        refused += 1
                    }
                }
            }
        }
        // 2 ≤ n ≤ 6 is refused for every period and kind (3 periods × 3 kinds × 5 lengths).
        #expect(refused >= 45)
        #expect(fitted >= 9)
    }
}
