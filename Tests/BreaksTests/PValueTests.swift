import Testing
import TestSupport
@testable import Breaks

@Suite struct PValueTests {
    @Test func tablesHaveThePublishedShapes() {
        #expect(CriticalValueTables.hansenSup.rows == 1000 && CriticalValueTables.hansenSup.columns == 3)
        #expect(CriticalValueTables.hansenAve.rows == 1000 && CriticalValueTables.hansenAve.columns == 5)
        #expect(CriticalValueTables.hansenExp.rows == 1000 && CriticalValueTables.hansenExp.columns == 5)
        #expect(CriticalValueTables.mosum.rows == 60 && CriticalValueTables.mosum.columns == 4)
        #expect(!CriticalValueTables.hansenAve.values.contains { $0.isNaN })
        // sc.me, k = 1, h = 0.05, level 0.10 (Chu, Hornik & Kuan 1995, Table 1).
        #expect(CriticalValueTables.mosum[0, 0] == 0.7552)
    }

    @Test func hansenApproximationMatchesPvalueFstats() throws {
        for g in try BreaksData.pvalues.hansen {
            let f = HansenPValue.Functional(rawValue: g.test) ?? .supF
            let p = HansenPValue.pValue(g.x, test: f, regressors: g.k, lambda: g.lambda)
            #expect(isClose(p, g.p, rel: 1e-9, abs: 1e-12), "\(g) got \(p)")
        }
    }

    @Test func fluctuationPValuesMatchPvalueEfp() throws {
        for g in try BreaksData.pvalues.efp {
            let limit = EmpiricalFluctuation.Limit(rawValue: g.limit) ?? .brownianBridge
            #expect(isClose(FluctuationPValue.pValue(g.x, limit: limit, bandwidth: g.h), g.p, rel: 1e-9, abs: 1e-14), "\(g)")
        }
    }

    @Test func argmaxDistributionMatchesPargmaxV() throws {
        for g in try BreaksData.pvalues.pargmaxV {
            let p = PargmaxV.cdf(g.x, xi: g.xi, phi1: g.phi1, phi2: g.phi2)
            #expect(isClose(p, g.p, rel: 1e-9, abs: 1e-15), "\(g)")
        }
    }
}
