import Foundation
import Testing
import TestSupport
@testable import AlmanacNumerics

/// p-values of the coefficient table, overall F test and Wald tests against R
/// (summary.lm, pt/pf/pchisq; Tests/Fixtures/numerics/sandwich_reference.R).
@Suite struct RegressionInferenceTests {
    struct Table: Decodable { let se: [Double]; let t: [Double]; let p: [Double] }
    struct F: Decodable { let statistic: [Double]; let df1: [Int]; let df2: [Int]; let p: [Double] }
    struct Case: Decodable { let table: Table; let fTest: F? }
    struct Wald: Decodable {
        let statistic: [Double]; let df: [Int]; let chisqP: [Double]; let f: [Double]; let fP: [Double]
    }
    struct WaldSet: Decodable { let jointClassical: Wald; let jointHC3: Wald; let singleNeweyWest: Wald }
    struct File: Decodable { let publicschools: Case; let investment: Case; let origin: Case; let wald: WaldSet }

    static func file() throws -> File {
        try Fixtures.json(File.self, Fixtures.url("numerics/sandwich_reference.json"))
    }

    func checkTable(_ fit: LinearRegression, _ ref: Case) throws {
        let table = try fit.coefficientTable()
        #expect(table.count == ref.table.p.count)
        for (row, j) in zip(table, table.indices) {
            #expect(isClose(row.standardError, ref.table.se[j], rel: 1e-11))
            #expect(isClose(row.tStatistic, ref.table.t[j], rel: 1e-11))
            #expect(isClose(row.pValue, ref.table.p[j], rel: 1e-9), "p \(row.pValue) vs \(ref.table.p[j])")
        }
        if let f = ref.fTest {
            let got = try #require(fit.fTest)
            #expect(isClose(got.statistic, f.statistic[0], rel: 1e-11))
            #expect(got.numeratorDF == f.df1[0] && got.denominatorDF == f.df2[0])
            #expect(isClose(got.pValue, f.p[0], rel: 1e-9), "F p \(got.pValue) vs \(f.p[0])")
        }
    }

    @Test func coefficientTablesAndFTestsMatchSummaryLm() throws {
        let ref = try Self.file()
        try checkTable(try SandwichCovarianceTests.publicSchools(), ref.publicschools)
        try checkTable(try SandwichCovarianceTests.investment(), ref.investment)
        try checkTable(try SandwichCovarianceTests.origin(), ref.origin)
    }

    func checkWald(_ got: WaldTest, _ want: Wald) {
        #expect(isClose(got.statistic, want.statistic[0], rel: 1e-10))
        #expect(got.df == want.df[0])
        #expect(isClose(got.chiSquaredPValue, want.chisqP[0], rel: 1e-8), "χ² p \(got.chiSquaredPValue) vs \(want.chisqP[0])")
        #expect(isClose(got.fStatistic, want.f[0], rel: 1e-10))
        #expect(isClose(got.fPValue, want.fP[0], rel: 1e-8), "F p \(got.fPValue) vs \(want.fP[0])")
    }

    @Test func waldTestsMatchR() throws {
        let ref = try Self.file().wald
        let fit = try SandwichCovarianceTests.publicSchools()
        let joint = try Matrix(rowMajor: [[0, 1, 0], [0, 0, 1]])
        checkWald(try fit.waldTest(r: joint, q: [0, 0]), ref.jointClassical)
        checkWald(try fit.waldTest(r: joint, q: [0, 0], covariance: .hc3), ref.jointHC3)
        let single = try Matrix(rowMajor: [[0, 1, 1]])
        checkWald(try fit.waldTest(r: single, q: [100], covariance: .neweyWest()), ref.singleNeweyWest)
        // With the classical covariance the joint Wald F equals summary.lm's F.
        let f = try #require(fit.fTest)
        #expect(isClose(try fit.waldTest(r: joint, q: [0, 0]).fStatistic, f.statistic, rel: 1e-10))
        // Redundant restrictions make R V Rᵀ singular; shapes are checked.
        let redundant = try Matrix(rowMajor: [[0, 1, 0], [0, 2, 0]])
        #expect(throws: NumericsError.self) { try fit.waldTest(r: redundant, q: [0, 0]) }
        #expect(throws: NumericsError.self) { try fit.waldTest(r: single, q: [1, 2]) }
    }
}
