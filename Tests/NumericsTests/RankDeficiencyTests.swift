import Foundation
import Testing
import TestSupport
@testable import AlmanacNumerics

/// Rank-deficient designs and invalid input: typed errors under `.refuse`, R's aliased
/// coefficients under `.dropAliased` (fixture from Tests/Fixtures/numerics/rank_deficient.R).
@Suite struct RankDeficiencyTests {
    struct Reference: Decodable {
        let x1: [Double]
        let x3: [Double]
        let y: [Double]
        let coefficients: [Double?]
        let aliased: [Int]
        let rank: [Int]
        let sigma: [Double]
        let rSquared: [Double]
        let adjustedRSquared: [Double]
        let vcov: [Double?]
    }

    static func setup() throws -> (Reference, Matrix) {
        let ref = try Fixtures.json(Reference.self, Fixtures.url("numerics/rank_deficient.json"))
        // Columns: (Intercept), x1, x2 = 1000·x1, x3, x4 = x1 + x3 — as R's model matrix.
        let x = try Matrix(columns: [
            ref.x1.map { _ in 1 }, ref.x1, ref.x1.map { 1000 * $0 }, ref.x3, zip(ref.x1, ref.x3).map(+),
        ])
        return (ref, x)
    }

    @Test func refusePolicyThrowsRankDeficientWithRsAliasedColumns() throws {
        let (ref, x) = try Self.setup()
        #expect(throws: NumericsError.rankDeficient(rank: 3, columns: 5, aliased: [2, 4])) {
            try LinearRegression(y: ref.y, x: x)
        }
    }

    @Test func dropAliasedMatchesRLm() throws {
        let (ref, x) = try Self.setup()
        let fit = try LinearRegression(y: ref.y, x: x, rankPolicy: .dropAliased)
        #expect(fit.rank == ref.rank[0])
        #expect(fit.aliased == ref.aliased)
        #expect(fit.residualDF == 7)
        for (got, want) in zip(fit.coefficients, ref.coefficients) {
            if let want { #expect(isClose(got, want, rel: 1e-12)) } else { #expect(got.isNaN) }
        }
        #expect(isClose(fit.sigma, ref.sigma[0], rel: 1e-12))
        #expect(isClose(fit.rSquared, ref.rSquared[0], rel: 1e-12))
        #expect(isClose(fit.adjustedRSquared, ref.adjustedRSquared[0], rel: 1e-12))
        let v = try fit.covariance(.classical)
        for (got, want) in zip(v.storage, ref.vcov) {
            if let want { #expect(isClose(got, want, rel: 1e-10)) } else { #expect(got.isNaN) }
        }
        let se = try fit.standardErrors(.hc1)
        #expect(se[2].isNaN && se[4].isNaN && se[0].isFinite && se[1].isFinite && se[3].isFinite)
    }

    @Test func nonFiniteAndMisshapenInputThrowTyped() throws {
        let (ref, x) = try Self.setup()
        let good = x.selecting(columns: [0, 1, 3])
        var y = ref.y
        y[3] = .nan
        #expect(throws: NumericsError.nonFinite("y[3] = nan")) { try LinearRegression(y: y, x: good) }
        var bad = good
        bad[2, 1] = .infinity
        #expect(throws: NumericsError.nonFinite("X[2, 1] = inf")) { try LinearRegression(y: ref.y, x: bad) }
        #expect(throws: NumericsError.self) { try LinearRegression(y: Array(ref.y.dropLast()), x: good) }
        #expect(throws: NumericsError.self) { try LinearRegression(y: ref.y, x: good, names: ["a"]) }
        #expect(throws: NumericsError.nonFinite("A[0, 0] = nan")) {
            try PivotedQR(try Matrix(rowMajor: [[.nan, 1], [0, 1]]))
        }
    }
}
