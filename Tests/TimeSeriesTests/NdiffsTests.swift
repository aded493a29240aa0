import Foundation
import Testing
import TestSupport
@testable import TimeSeries

@Suite struct NdiffsTests {
    @Test func referenceSeriesMatchR() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let r = s.ndiffs
            #expect(UnitRoot.ndiffs(x) == r.kpssLevel, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, type: .trend) == r.kpssTrend, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, test: .adf) == r.adfLevel, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, test: .adf, type: .trend) == r.adfTrend, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, test: .pp) == r.ppLevel, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, test: .pp, type: .trend) == r.ppTrend, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, alpha: 0.01) == r.kpssAlpha01, "\(s.name)")
            #expect(UnitRoot.ndiffs(x, alpha: 0.10) == r.kpssAlpha10, "\(s.name)")
        }
    }

    @Test func firstHundredM3MonthlyMatchR() throws {
        let table = try Fixtures.csvStrings(Fixtures.url("diagnostics/m3_ndiffs.csv"))
        let train = M3Monthly.shared.train
        let ids = table["series"]!
        #expect(ids.count == 100)
        let columns: [(String, UnitRoot.StationarityTest, UnitRoot.Deterministic)] = [
            ("kpssLevel", .kpss, .level), ("kpssTrend", .kpss, .trend), ("adfLevel", .adf, .level),
            ("adfTrend", .adf, .trend), ("ppLevel", .pp, .level), ("ppTrend", .pp, .trend),
        ]
        var agree = [String: Int]()
        for (row, id) in ids.enumerated() {
            let x = train[id] ?? []
            #expect(x.count == Int(table["n"]![row]), "\(id)")
            for (name, test, type) in columns {
                let ours = UnitRoot.ndiffs(x, test: test, type: type)
                let theirs = Int(table[name]![row])
                if ours == theirs { agree[name, default: 0] += 1 }
                #expect(ours == theirs, "\(id) \(name): \(ours) vs R \(theirs ?? -1)")
            }
        }
        for (name, _, _) in columns { #expect(agree[name] == 100, "\(name) agreement \(agree[name] ?? 0)/100") }
    }

    @Test func degenerateInputsMatchR() throws {
        let ref = try DiagnosticsReference.load()
        let d = ref.degenerate
        #expect(UnitRoot.ndiffs([Double](repeating: 5, count: 40)) == d.constNdiffs)
        let gaps = try DiagnosticsReference.airPassengersWithGaps()
        #expect(UnitRoot.ndiffs(gaps) == d.naNdiffs)
        #expect(UnitRoot.ndiffs(gaps, test: .adf) == d.naNdiffsAdf)
        let linear = (1...30).map(Double.init)
        #expect(UnitRoot.ndiffs(linear) == d.linearNdiffs)
        #expect(UnitRoot.ndiffs(linear, type: .trend) == d.linearNdiffsTrend)
        #expect(UnitRoot.ndiffs([1, 3, 2]) == d.shortNdiffs)
        #expect(UnitRoot.ndiffs([1, 3, 2, 5], test: .adf) == d.shortNdiffsAdf)
        #expect(UnitRoot.ndiffs([]) == 0)
        #expect(UnitRoot.ndiffs([.nan, .nan]) == 0)
    }

    @Test func alphaIsClampedWithRWarnings() throws {
        let ref = try DiagnosticsReference.load()
        let nile = try Fixtures.csv(Fixtures.dataset("reference/nile.csv"))["value"] ?? []
        let low = UnitRoot.ndiffsChoice(nile, alpha: 0.001)
        #expect(low.differences == ref.degenerate.alphaLowNdiffs)
        #expect(low.alpha == 0.01)
        #expect(low.warnings == ["Specified alpha value is less than the minimum, setting alpha=0.01"])
        let high = UnitRoot.ndiffsChoice(nile, alpha: 0.5)
        #expect(high.differences == ref.degenerate.alphaHighNdiffs)
        #expect(high.alpha == 0.1)
        #expect(high.warnings == ["Specified alpha value is larger than the maximum, setting alpha=0.1"])
        #expect(UnitRoot.ndiffsChoice(nile).warnings.isEmpty)
        #expect(UnitRoot.ndiffsChoice(nile, alpha: .nan).alpha == 0.05)
        // A test that fails (ADF on 3 points: R's ur.df stops) → no difference, one warning.
        let failed = UnitRoot.ndiffsChoice([1, 3, 2], test: .adf)
        #expect(failed.differences == 0)
        #expect(failed.warnings.count == 1)
        #expect(failed.warnings.first?.hasPrefix(
            "The chosen unit root test encountered an error when testing for the first difference.\nFrom ur.df(): ") == true)
    }

    @Test func shortSeriesFollowRErrorAndNASemantics() throws {
        let ref = try DiagnosticsReference.load()
        #expect(ref.short.count == 7)
        func check(_ expected: String, _ body: () throws -> Double, _ label: String) {
            do {
                let p = try body()
                if expected == "NaN" {
                    #expect(p.isNaN, "\(label): \(p), R NaN")
                } else {
                    #expect(expected != "error", "\(label): \(p), R error")
                    #expect(abs(p - (Double(expected) ?? .infinity)) < 1e-6, "\(label): \(p) vs R \(expected)")
                }
            } catch {
                #expect(expected == "error", "\(label): threw \(error), R \(expected)")
            }
        }
        for s in ref.short {
            let x = Array(DiagnosticsReference.shortBase.prefix(s.n))
            let n = "n=\(s.n)"
            check(s.kpssLevel, { KPSS(x, type: .level).pValue }, "\(n) kpss level")
            check(s.kpssTrend, { KPSS(x, type: .trend).pValue }, "\(n) kpss trend")
            check(s.adfLevel, { try ADF(x, model: .drift).pValue }, "\(n) adf drift")
            check(s.adfTrend, { try ADF(x, model: .trend).pValue }, "\(n) adf trend")
            check(s.ppLevel, { try PhillipsPerron(x, type: .level).pValue }, "\(n) pp level")
            check(s.ppTrend, { try PhillipsPerron(x, type: .trend).pValue }, "\(n) pp trend")
            #expect(UnitRoot.ndiffs(x) == s.ndiffsKpss, "\(n)")
            #expect(UnitRoot.ndiffs(x, test: .adf) == s.ndiffsAdf, "\(n)")
            #expect(UnitRoot.ndiffs(x, test: .pp) == s.ndiffsPp, "\(n)")
            #expect(UnitRoot.ndiffs(x, type: .trend) == s.ndiffsKpssTrend, "\(n)")
            #expect(UnitRoot.ndiffs(x, test: .adf, type: .trend) == s.ndiffsAdfTrend, "\(n)")
            #expect(UnitRoot.ndiffs(x, test: .pp, type: .trend) == s.ndiffsPpTrend, "\(n)")
        }
    }

    @Test func isConstantFollowsAllEqual() {
        #expect(UnitRoot.isConstant([]))
        #expect(UnitRoot.isConstant([3]))
        #expect(UnitRoot.isConstant([1, 1, 1]))
        // Mean relative difference 1e-9 < √ε: constant for all.equal.
        #expect(UnitRoot.isConstant([1, 1 + 1e-9, 1]))
        #expect(!UnitRoot.isConstant([1, 1 + 1e-7, 1]))
        // Near zero the comparison becomes absolute.
        #expect(UnitRoot.isConstant([0, 1e-10, 0]))
        #expect(!UnitRoot.isConstant([0, 1e-6]))
        #expect(!UnitRoot.isConstant([1, .nan]))
        #expect(UnitRoot.isConstant([.nan, .nan]))
    }
}
