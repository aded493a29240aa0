import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

/// `ForecastCombination` against numpy/scipy (Tests/Fixtures/theta/make_combination.py).
@Suite struct CombinationTests {
    struct Member: Decodable { var mean: [Double]; var covariance: [Double] }
    struct Combined: Decodable { var mean: [Double]; var covariance: [Double]; var lower: [[Double]]; var upper: [[Double]] }
    struct Fixture: Decodable {
        var members: [Member]
        var levels: [Double]
        var pooled: Combined
        var median: Combined
        var mixture: Combined
        var members5: [Member]
        var trimmed: Combined
        var weighted: Combined
        var membersQuantiles: [BoundedMember]
        var trimmedQuantiles: Combined
    }
    struct BoundedMember: Decodable {
        var mean: [Double]; var covariance: [Double]; var lower: [[Double]]; var upper: [[Double]]
    }

    static let fixture = try! Fixtures.json(Fixture.self, Fixtures.url("theta/combination.json"))

    static func members(_ list: [Member] = fixture.members) throws -> [Forecast] {
        try list.enumerated().map { i, m in
            let h = m.mean.count
            let c = try Matrix(rows: h, columns: h, columnMajor: m.covariance)
            // Bounds deliberately absent: the covariance must be what is used.
            return Forecast(model: "m\(i)", mean: m.mean, levels: [], lower: [], upper: [], errorCovariance: c)
        }
    }

    func check(_ fc: Forecast, _ ref: Combined) {
        let h = ref.mean.count
        for t in 0..<h {
            #expect(isClose(fc.mean[t], ref.mean[t], rel: 1e-14))
            for k in 0..<2 {
                #expect(isClose(fc.lower[k][t], ref.lower[k][t], rel: 1e-12))
                #expect(isClose(fc.upper[k][t], ref.upper[k][t], rel: 1e-12))
            }
            for s in 0..<h { #expect(isClose(fc.errorCovariance![t, s], ref.covariance[s * h + t], rel: 1e-12)) }
        }
    }

    @Test func pooledStandardErrorMean() throws {
        let fc = try ForecastCombination.combine(Self.members(), rule: .mean, intervals: .pooledStandardError,
                                                 levels: Self.fixture.levels)
        check(fc, Self.fixture.pooled)
        #expect(fc.model == "mean(m0+m1+m2)")
    }

    @Test func pooledStandardErrorMedian() throws {
        let fc = try ForecastCombination.combine(Self.members(), rule: .median, levels: Self.fixture.levels)
        check(fc, Self.fixture.median)
    }

    @Test func mixtureWithWidthFactor() throws {
        let fc = try ForecastCombination.combine(Self.members(), rule: .mean, intervals: .mixture,
                                                 widthFactor: 1.1, levels: Self.fixture.levels)
        check(fc, Self.fixture.mixture)
    }

    /// Session 2's `auto` rule: trimmed mean of the points, median standard error, width factor.
    @Test func trimmedMeanWithMedianStandardError() throws {
        let fc = try ForecastCombination.combine(Self.members(Self.fixture.members5), rule: .trimmedMean,
                                                 intervals: .medianStandardError, widthFactor: 1.1,
                                                 levels: Self.fixture.levels)
        check(fc, Self.fixture.trimmed)
    }

    /// Quantile averaging keeps the members' asymmetric (log-normal) bounds.
    @Test func trimmedQuantilesAverageTheMembersBounds() throws {
        let members = try Self.fixture.membersQuantiles.enumerated().map { i, m in
            let h = m.mean.count
            return Forecast(model: "q\(i)", mean: m.mean, levels: Self.fixture.levels, lower: m.lower, upper: m.upper,
                            errorCovariance: try Matrix(rows: h, columns: h, columnMajor: m.covariance))
        }
        let fc = try ForecastCombination.combine(members, rule: .trimmedMean, intervals: .trimmedQuantiles,
                                                 widthFactor: 1.1, levels: Self.fixture.levels)
        check(fc, Self.fixture.trimmedQuantiles)
        // Asymmetric like the members: the upper bound is further from the point than the lower.
        #expect(fc.upper[1][3] - fc.mean[3] > fc.mean[3] - fc.lower[1][3])
        let bare = try ForecastCombination.combine(members, rule: .trimmedMean, intervals: .trimmedQuantiles,
                                                   widthFactor: 1.1, levels: Self.fixture.levels, covariance: false)
        #expect(bare.errorCovariance == nil && bare.lower == fc.lower && bare.upper == fc.upper)
    }

    /// A member without the 80% level contributes `μ ± z₈₀·se` (se from its 95% interval);
    /// here it is the middle member, so it sets both 80% bounds. Hand-computed: se = 2,
    /// 11 ∓ 1.2815515655446004 · 2.
    @Test func trimmedQuantilesFallBackToNormalBoundsForAMissingLevel() throws {
        let z95 = 1.959963984540054
        let members = [
            Forecast(model: "a", mean: [10], levels: [80, 95], lower: [[8], [7]], upper: [[12], [13]]),
            Forecast(model: "b", mean: [11], levels: [95], lower: [[11 - 2 * z95]], upper: [[11 + 2 * z95]]),
            Forecast(model: "c", mean: [12], levels: [80, 95], lower: [[9], [8]], upper: [[15], [16]]),
        ]
        let fc = try ForecastCombination.combine(members, rule: .trimmedMean, intervals: .trimmedQuantiles,
                                                 levels: [80, 95])
        #expect(fc.mean == [11])
        #expect(isClose(fc.lower[0][0], 8.436896868910799, rel: 1e-15))
        #expect(isClose(fc.upper[0][0], 13.563103131089201, rel: 1e-15))
        #expect(fc.lower[1][0] == 11 - 2 * z95 && fc.upper[1][0] == 11 + 2 * z95)  // b's own 95% bounds
    }

    /// Members whose bounds exclude their own point (possible for a simulated interval
    /// around a mean) cannot push a combined bound across the combined point: median lower
    /// 80% bound 12 > point 11 is clamped to 11; the upper bound, 14, is moved out by 1.1.
    @Test func trimmedQuantilesClampBoundsToThePointsSide() throws {
        let members = [
            Forecast(model: "a", mean: [10], levels: [80], lower: [[12]], upper: [[14]]),
            Forecast(model: "b", mean: [11], levels: [80], lower: [[11.5]], upper: [[13]]),
            Forecast(model: "c", mean: [30], levels: [80], lower: [[25]], upper: [[35]]),
        ]
        let fc = try ForecastCombination.combine(members, rule: .trimmedMean, intervals: .trimmedQuantiles,
                                                 widthFactor: 1.1, levels: [80])
        #expect(fc.mean == [11] && fc.lower[0] == [11])
        #expect(isClose(fc.upper[0][0], 11 + 1.1 * 3, rel: 1e-15))
        // No levels at all: no bounds, no trap; standard errors from the covariances.
        let bare = try ForecastCombination.combine(Self.members(), rule: .trimmedMean, intervals: .trimmedQuantiles,
                                                   levels: [])
        #expect(bare.levels.isEmpty && bare.lower.isEmpty && bare.mean.count == 4)
    }

    @Test func weightedMeanPoolsWeightedStandardErrors() throws {
        let fc = try ForecastCombination.combine(Self.members(Self.fixture.members5), rule: .mean,
                                                 levels: Self.fixture.levels, weights: [5, 2, 1, 1, 1])
        check(fc, Self.fixture.weighted)
    }

    @Test func membersWithoutCovarianceUseTheirWidestInterval() throws {
        // A symmetric 95% interval of half-width 1.959963984540054·2 means se = 2.
        let z = 1.959963984540054
        let a = Forecast(model: "a", mean: [10, 10], levels: [80, 95], lower: [[0, 0], [10 - 2 * z, 10 - 4 * z]],
                         upper: [[0, 0], [10 + 2 * z, 10 + 4 * z]])
        let b = Forecast(model: "b", mean: [20, 20], levels: [95], lower: [[20 - 4 * z, 20 - 4 * z]],
                         upper: [[20 + 4 * z, 20 + 4 * z]])
        let fc = try ForecastCombination.combine([a, b], levels: [95])
        #expect(fc.mean == [15, 15])
        #expect(isClose(fc.upper[0][0], 15 + 3 * z, rel: 1e-14))
        #expect(isClose(fc.upper[0][1], 15 + 4 * z, rel: 1e-14))
        // No covariance information: horizons are taken as uncorrelated.
        #expect(fc.errorCovariance![0, 1] == 0)
    }

    @Test func refusesInconsistentMembers() throws {
        let one = Forecast(model: "a", mean: [1], levels: [95], lower: [[0]], upper: [[2]])
        let two = Forecast(model: "b", mean: [1, 2], levels: [95], lower: [[0, 1]], upper: [[2, 3]])
        let bad = Forecast(model: "c", mean: [.nan], levels: [95], lower: [[0]], upper: [[2]])
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([]) }
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([one, two]) }
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([one, bad]) }
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([one], widthFactor: 0) }
    }
}
