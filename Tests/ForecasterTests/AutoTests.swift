import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// `ForecastMethod`, `auto` and `combo`: cleaning, fallbacks and sanity on M3 series.
@Suite struct AutoTests {
    @Test func constantSeriesIsFlatWithAWarning() throws {
        let r = try ForecastMethod.auto.run([Double](repeating: 7, count: 30), period: 12, horizon: 5)
        #expect(r.forecast.mean == [7, 7, 7, 7, 7])
        #expect(r.forecast.lower[1] == [7, 7, 7, 7, 7] && r.forecast.upper[1] == [7, 7, 7, 7, 7])
        #expect(r.warnings == ["constant series: naive forecast"])
    }

    @Test func singleObservationIsCarriedForward() throws {
        let r = try ForecastMethod.auto.run([.nan, 3, .nan], period: 12, horizon: 2)
        #expect(r.forecast.mean == [3, 3])
        #expect(r.warnings.count == 3)  // leading, trailing, single observation
    }

    @Test func shortSeriesFallsBackToNaive() throws {
        let r = try ForecastMethod.auto.run([1, 4, 2, 5], period: 12, horizon: 3)
        #expect(r.chosen == "naive2")
        #expect(r.forecast.mean == [5, 5, 5])
        // naive σ² = mean squared difference = (9 + 4 + 9)/3; 95% half-width at h = 1.
        #expect(isClose(r.forecast.upper[1][0], 5 + 1.959963984540054 * (22.0 / 3).squareRoot(), rel: 1e-12))
    }

    @Test func allMissingIsATypedError() {
        #expect(throws: ForecasterError.self) {
            try ForecastMethod.auto.forecast([.nan, .nan, .infinity], period: 1, horizon: 3, levels: [95])
        }
        #expect(throws: ForecasterError.self) { try ForecastMethod.auto.forecast([1, 2], period: 1, horizon: 0, levels: [95]) }
    }

    @Test func trailingMissingValuesShiftTheOrigin() throws {
        let y = try ThetaFixture.series("usaccdeaths").y
        let gapped = y + [.nan, .nan]
        let r = try ForecastMethod.theta.run(gapped, period: 12, horizon: 4)
        let direct = try Theta.fit(y, period: 12).forecast(horizon: 6)
        #expect(r.forecast.mean == Array(direct.mean.suffix(4)))
        #expect(r.forecast.errorCovariance![0, 0] == direct.errorCovariance![2, 2])
        #expect(r.warnings.count == 1)
    }

    @Test func internalGapsAreInterpolated() throws {
        let prep = try #require(SeriesPreparation([1, .nan, .nan, 4, 5]))
        #expect(prep.values == [1, 2, 3, 4, 5])
        #expect(prep.skipped == 0)
    }

    @Test func comboIsTheMeanOfItsMembers() throws {
        let y = try ThetaFixture.series("usaccdeaths").y
        let combo = try ForecastMethod.combo.forecast(y, period: 12, horizon: 12, levels: [95])
        let members = try AutoForecaster.comboMembers.map { try $0.fit(y, period: 12).forecast(horizon: 12, levels: [95]) }
        for h in 0..<12 {
            let m = members.map { $0.mean[h] }.reduce(0, +) / Double(members.count)
            #expect(isClose(combo.mean[h], m, rel: 1e-14))
        }
    }

    /// `combo` is the mean of R `ets()`, `auto.arima()` and `thetaf()` (Tests/Fixtures/theta/
    /// make_combo.R); the ETS and ARIMA optimisers follow their own paths, so 1e-6.
    @Test(arguments: ["usaccdeaths", "ukdriverdeaths", "airpassengers"])
    func comboMatchesMeanOfRMembers(name: String) throws {
        let ref = try Fixtures.csvStrings(Fixtures.url("theta/combo.csv"))
        let idx = ref["series"]!.indices.filter { ref["series"]![$0] == name }
        let expected = idx.map { Double(ref["combo"]![$0])! }
        let y = try ThetaFixture.series(name).y
        let fc = try ForecastMethod.combo.forecast(y, period: 12, horizon: 18, levels: [95])
        #expect(AutoForecaster.comboMembers == [.ets, .arima, .theta])
        for h in 0..<18 { #expect(isClose(fc.mean[h], expected[h], rel: 1e-6), "h=\(h + 1)") }
    }

    /// `auto` is the policy's combination of its ten members: the trimmed mean of their
    /// points (each member is checked against R or statsforecast in its own suite) and, for
    /// each bound, the trimmed mean of the members' bounds moved out from the point by 1.15.
    @Test(arguments: ["usaccdeaths", "airpassengers"])
    func autoIsTheTrimmedMeanOfItsMembers(name: String) throws {
        let y = try ThetaFixture.series(name).y
        let policy = AutoPolicy.default
        #expect(policy.members.count == 10 && policy.rule == .trimmedMean && policy.intervals == .trimmedQuantiles)
        #expect(policy.widthFactor == 1.15)
        let members = try policy.members.map { try $0.fit(y, period: 12).forecast(horizon: 18, levels: [95]) }
        let fc = try ForecastMethod.auto.forecast(y, period: 12, horizon: 18, levels: [95])
        func trimmed(_ v: [Double]) -> Double { v.sorted()[1..<9].reduce(0, +) / 8 }
        for h in 0..<18 {
            let point = trimmed(members.map { $0.mean[h] })
            #expect(isClose(fc.mean[h], point, rel: 1e-12), "h=\(h + 1)")
            let upper = trimmed(members.map { $0.upper[0][h] }), lower = trimmed(members.map { $0.lower[0][h] })
            #expect(isClose(fc.upper[0][h], point + 1.15 * (upper - point), rel: 1e-12), "h=\(h + 1)")
            #expect(isClose(fc.lower[0][h], point + 1.15 * (lower - point), rel: 1e-12), "h=\(h + 1)")
        }
    }

    /// Without levels and without covariances `auto` still combines its members (their
    /// standard errors then come from their covariances) instead of falling back.
    @Test func autoWithoutLevelsOrCovarianceStillCombines() throws {
        let y = try ThetaFixture.series("usaccdeaths").y
        let r = try ForecastMethod.auto.run(y, period: 12, horizon: 6, levels: [], covariance: false)
        #expect(r.chosen.hasPrefix("auto("), "\(r.chosen)")
        #expect(r.forecast.errorCovariance == nil && r.forecast.mean.count == 6)
        let withLevels = try ForecastMethod.auto.run(y, period: 12, horizon: 6, covariance: false)
        #expect(withLevels.forecast.mean == r.forecast.mean)
    }

    /// Every 50th M3 monthly series, under `auto`: finite values and no explosion.
    @Test func autoIsSaneOnM3Subset() throws {
        let ids = ThetaFixture.m3.keys.sorted().enumerated().filter { $0.offset % 50 == 0 }.map(\.element)
        #expect(ids.count == 29)
        for id in ids {
            let y = try #require(ThetaFixture.m3[id])
            let fc = try ForecastMethod.auto.forecast(y, period: 12, horizon: 18, levels: [80, 95])
            let limit = 100 * (y.map(abs).max() ?? 0)
            #expect(fc.isSane(limit: limit), "\(id)")
            #expect(fc.mean.count == 18)
        }
    }
}
