import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Parity with R forecast 8.20 `meanf`, `naive`, `snaive`, `rwf(drift = TRUE)`
/// (Tests/Fixtures/baselines/make_baselines.R).
@Suite struct BaselineTests {
    static let fixture = try! Fixtures.csvStrings(Fixtures.url("baselines/baselines.csv"))

    func reference(_ series: String, _ method: String) -> [[Double]] {
        let f = Self.fixture
        let idx = f["series"]!.indices.filter { f["series"]![$0] == series && f["method"]![$0] == method }
        return ["mean", "lo80", "hi80", "lo95", "hi95"].map { c in idx.map { Double(f[c]![$0])! } }
    }

    func series(_ name: String) throws -> [Double] {
        try Fixtures.csv(Fixtures.dataset("reference/\(name).csv"))["value"]!
    }

    func check(_ fc: Forecast, _ ref: [[Double]]) {
        #expect(fc.mean.count == 24)
        for h in 0..<24 {
            #expect(isClose(fc.mean[h], ref[0][h], rel: 1e-12))
            #expect(isClose(fc.lower[0][h], ref[1][h], rel: 1e-10))
            #expect(isClose(fc.upper[0][h], ref[2][h], rel: 1e-10))
            #expect(isClose(fc.lower[1][h], ref[3][h], rel: 1e-10))
            #expect(isClose(fc.upper[1][h], ref[4][h], rel: 1e-10))
        }
    }

    @Test(arguments: [("airpassengers", 12), ("nile", 1), ("usaccdeaths", 12)])
    func matchesR(name: String, period: Int) throws {
        let y = try series(name)
        check(try MeanForecast(y).forecast(horizon: 24), reference(name, "mean"))
        check(try LagWalk.naive(y).forecast(horizon: 24), reference(name, "naive"))
        check(try LagWalk.seasonalNaive(y, period: period).forecast(horizon: 24), reference(name, "snaive"))
        check(try LagWalk.drift(y).forecast(horizon: 24), reference(name, "drift"))
    }

    @Test func covarianceDiagonalMatchesIntervalVariance() throws {
        let fc = try LagWalk.drift(try series("airpassengers")).forecast(horizon: 6, levels: [95])
        let z = 1.959963984540054
        for h in 0..<6 {
            let se = (fc.upper[0][h] - fc.mean[h]) / z
            #expect(isClose(fc.errorCovariance![h, h], se * se, rel: 1e-10))
        }
        // Seasonal naive: horizons in different seasons share no innovation.
        let sn = try LagWalk.seasonalNaive(try series("usaccdeaths"), period: 12).forecast(horizon: 24)
        #expect(sn.errorCovariance![0, 1] == 0)
        #expect(sn.errorCovariance![0, 12] == sn.errorCovariance![0, 0])
    }

    @Test func degenerateInputIsRefused() {
        #expect(throws: ForecasterError.self) { try LagWalk.naive([.nan, .nan]) }
        #expect(throws: ForecasterError.self) { try LagWalk.seasonalNaive([1, 2, 3], period: 12) }
        #expect(throws: ForecasterError.self) { try MeanForecast([1]) }
        #expect(throws: ForecasterError.self) { try LagWalk.naive([1, 2, 3]).forecast(horizon: 0) }
        #expect(throws: ForecasterError.self) { try LagWalk.naive([1, 2, 3]).forecast(horizon: 3, levels: [120]) }
    }
}
