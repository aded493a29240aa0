import Foundation
import AlmanacNumerics
import Forecaster
import Testing
import TestSupport
import TimeSeries
@testable import Breaks

/// The statistics of the calibrated break tests against lm/anova
/// (Tests/Fixtures/breaks/calibrated/make_fixtures.R), the null bootstrap's invariants, and
/// the verdicts on the classic series.
@Suite struct CalibratedBreakTestsTests {
    static func reference(_ name: String, file: String = "statistics.csv") throws -> (statistic: Double, estimate: Double, se: Double, df1: Int, df2: Int, p: Double) {
        let t = try Fixtures.csvStrings(Fixtures.url("breaks/calibrated/\(file)"))
        let i = try #require(t["case"]?.firstIndex(of: name))
        func d(_ k: String) -> Double { Double(t[k]![i]) ?? .nan }
        return (d("statistic"), d("estimate"), d("se"), Int(d("df1")), Int(d("df2")), d("p"))
    }

    static func values(_ file: String) throws -> [Double] {
        let series = try WideCSVReader.read(path: Fixtures.dataset("reference/\(file)").path)
        return try #require(series.first).values
    }

    static func seasonal(_ y: [Double]) throws -> BreakRegression {
        try BreakRegression.build(series: y, terms: [.intercept, .seasonalDummies(period: 12)], scale: .log)
    }

    @Test func levelShiftMatchesAnova() throws {
        let nile = try BreakRegression.mean(try Self.values("nile.csv"))
        var ref = try Self.reference("nile-level-1899")
        var ls = try LevelShift(nile, breakRow: 28)
        #expect(isClose(ls.statistic, ref.statistic, rel: 1e-9))
        #expect(isClose(ls.estimate, ref.estimate, rel: 1e-9))
        #expect(isClose(ls.standardError, ref.se, rel: 1e-9))
        let uk = try Self.seasonal(try Self.values("ukdriverdeaths.csv"))
        ref = try Self.reference("ukdd-level-1983-02")
        ls = try LevelShift(uk, breakRow: 169)
        #expect(isClose(ls.statistic, ref.statistic, rel: 1e-9))
        #expect(isClose(ls.estimate, ref.estimate, rel: 1e-9))
        #expect(isClose(ls.standardError, ref.se, rel: 1e-9))
        #expect(ls.postRows == 23)
    }

    /// The GLS level shift with a fixed error model against lm() on data filtered by R's
    /// stats::filter (make_fixtures.R): AR(1) errors, ARIMA(1,1,1) and a seasonal ARIMA.
    @Test func glsLevelShiftMatchesFilteredLm() throws {
        let nile = try BreakRegression.mean(try Self.values("nile.csv"))
        let uk = try Self.seasonal(try Self.values("ukdriverdeaths.csv"))
        var seasonalDelta = [Double](repeating: 0, count: 13); seasonalDelta[0] = 1; seasonalDelta[11] = 1; seasonalDelta[12] = -1
        var seasonalTheta = [Double](repeating: 0, count: 13); seasonalTheta[0] = -0.4; seasonalTheta[11] = -0.6; seasonalTheta[12] = 0.24
        let cases: [(String, BreakRegression, Int, ErrorFilter)] = [
            ("nile-gls-ar1-1899", nile, 28, ErrorFilter(delta: [], phi: [0.5], theta: [])),
            ("ukdd-gls-011-1983-02", uk, 169, ErrorFilter(delta: [1], phi: [0.3], theta: [-0.5])),
            ("ukdd-gls-seasonal-1983-02", uk, 169, ErrorFilter(delta: seasonalDelta, phi: [0.2, 0.1], theta: seasonalTheta)),
        ]
        for (name, reg, row, filter) in cases {
            let ref = try Self.reference(name, file: "gls.csv")
            let ls = try LevelShift(reg, breakRow: row, filter: filter)
            #expect(isClose(ls.estimate, ref.estimate, rel: 1e-8), "\(name)")
            #expect(isClose(ls.standardError, ref.se, rel: 1e-8), "\(name)")
            #expect(isClose(ls.statistic, ref.statistic, rel: 1e-8), "\(name)")
        }
        // No error model: the filter is the identity and the plain OLS statistic results.
        let plain = try LevelShift(nile, breakRow: 28)
        let identity = try LevelShift(nile, breakRow: 28, filter: ErrorFilter(delta: [], phi: [], theta: []))
        #expect(isClose(identity.statistic, plain.statistic, rel: 1e-12))
    }

    @Test func chowAndPredictiveMatchAnova() throws {
        let uk = try Self.seasonal(try Self.values("ukdriverdeaths.csv"))
        for (name, row, kind) in [("ukdd-chow-1981-07", 150, CoefficientChange.Kind.chow),
                                  ("ukdd-predictive-1984-06", 185, .predictive)] {
            let ref = try Self.reference(name)
            let c = try CoefficientChange(uk, breakRow: row)
            #expect(c.kind == kind)
            #expect(isClose(c.statistic, ref.statistic, rel: 1e-8), "\(name)")
            #expect(c.df1 == ref.df1 && c.df2 == ref.df2)
            #expect(isClose(c.iidPValue, ref.p, rel: 1e-6), "\(name)")
        }
        let nile = try BreakRegression.mean(try Self.values("nile.csv"))
        let ref = try Self.reference("nile-predictive-1970")
        let c = try CoefficientChange(nile, breakRow: 99)
        #expect(c.kind == .predictive && isClose(c.statistic, ref.statistic, rel: 1e-9))
    }

    @Test func seasonalARMAExpansionAndStationarity() {
        let spec = ARIMA(p: 1, q: 1, P: 1, Q: 1, period: 12)
        let e = ErrorModelBiasCorrection.expand([0.5, 0.4, 0.3, -0.6], spec: spec)
        // (1 − 0.5B)(1 − 0.3B¹²) and (1 + 0.4B)(1 − 0.6B¹²), multiplied out by hand.
        var phi = [Double](repeating: 0, count: 13); phi[0] = 0.5; phi[11] = 0.3; phi[12] = -0.15
        var theta = [Double](repeating: 0, count: 13); theta[0] = 0.4; theta[11] = -0.6; theta[12] = -0.24
        #expect(zip(e.phi, phi).allSatisfy { abs($0 - $1) < 1e-15 } && e.phi.count == 13)
        #expect(zip(e.theta, theta).allSatisfy { abs($0 - $1) < 1e-15 } && e.theta.count == 13)
        #expect(ErrorModelBiasCorrection.isStationary([0.5, 0.3]))
        #expect(!ErrorModelBiasCorrection.isStationary([1.2]))
        #expect(!ErrorModelBiasCorrection.isStationary([0.5, 0.6]))   // root inside the unit circle
        #expect(ErrorModelBiasCorrection.isStationary(phi))
    }

    /// The bootstrap world of a regression without a break has no break: the replicates
    /// share the design, and the statistics are invariant to the regression coefficients.
    @Test func replicatesKeepDesignAndAreDeterministic() throws {
        let y = try Self.values("ukdriverdeaths.csv").map(log)
        let reg = try BreakRegression.build(series: y, terms: [.intercept, .seasonalDummies(period: 12)])
        let boot = try NullBootstrap(source: y, terms: [.intercept, .seasonalDummies(period: 12)], regression: reg,
                                     shiftRows: [169], period: 12)
        var rng = RandomSource(seed: 7), path: [Double] = [], scratch: [Double] = []
        let rep = try boot.replicate(rng: &rng, errorPath: &path, scratch: &scratch)
        #expect(rep.x == reg.x && rep.observationIndex == reg.observationIndex)
        #expect(rep.y != reg.y)
        let a = try CalibratedBreakTests(bootstrap: boot, regression: reg, breakRows: [169], trim: 0.15,
                                         replications: 99, seed: 3, parallel: true)
        let b = try CalibratedBreakTests(bootstrap: boot, regression: reg, breakRows: [169], trim: 0.15,
                                         replications: 99, seed: 3, parallel: false)
        #expect(a.events[0].levelShiftPValue == b.events[0].levelShiftPValue)
        #expect(a.unknownDate.map { $0?.pValue } == b.unknownDate.map { $0?.pValue })
        // p-values are multiples of 1/(B + 1).
        let p = try #require(a.events[0].levelShiftPValue)
        #expect(abs(p * 100 - (p * 100).rounded()) < 1e-9)
    }

    /// The re-estimation each replicate's GLS filter goes through, applied to the data's own
    /// residuals, gives back the data's error model: the same orders refitted (by the exact
    /// diffuse likelihood, `ARIMA.fitWithoutCovariance`) match auto-ARIMA's R-arithmetic fit to the
    /// optimiser's tolerance, plus the data's bias correction.
    @Test func replicateFilterReestimationRecoversTheDataModel() throws {
        let y = try Self.values("ukdriverdeaths.csv").map(log)
        let terms: [BreakRegression.Term] = [.intercept, .seasonalDummies(period: 12)]
        let reg = try BreakRegression.build(series: y, terms: terms)
        let boot = try NullBootstrap(source: y, terms: terms, regression: reg, shiftRows: [169], period: 12)
        let m = boot.errors.armaCount
        try #require(m > 0)
        // The residuals of the fit the error model came from (the design with the event step).
        let fit = try LinearRegression(y: reg.y, x: boot.design, rankPolicy: .dropAliased)
        let refit = try #require(boot.errors.refit(fit.residuals))
        let fitted = Array(boot.errors.model.coefficients.prefix(m))
        for i in 0..<m { #expect(abs(refit[i] - fitted[i]) < 2e-3, "coefficient \(i): \(refit[i]) vs \(fitted[i])") }
        let process = try #require(boot.reestimated(fromPath: fit.residuals))
        let corrected = zip(refit, boot.coefficientCorrection).map { $0 + $1 }
        let expanded = ErrorModelBiasCorrection.expand(corrected, spec: boot.errors.model.spec)
        // (The path's residuals are the residuals again up to rounding: the same refit.)
        #expect(process.phi.count == expanded.phi.count && process.theta.count == expanded.theta.count)
        #expect(zip(process.phi + process.theta, expanded.phi + expanded.theta).allSatisfy { abs($0 - $1) < 1e-6 })
        // The bias correction moved the coefficients towards more persistence, not nowhere.
        #expect(boot.coefficientCorrection.contains { $0 != 0 })
    }

    /// The seat-belt law (1983-02) cut UK driver deaths by about a quarter; the calibrated
    /// GLS level-shift test finds it at 1% under the integrated error model auto-ARIMA
    /// chooses, with a bootstrap-t interval that excludes zero.
    @Test func seatbeltLawIsASignificantLevelShift() throws {
        let series = try #require(try WideCSVReader.read(path: Fixtures.dataset("reference/ukdriverdeaths.csv").path).first)
        let a = try BreakAnalysis(series: series, model: .seasonal, scale: .log,
                                  events: [Event(date: .month(1983, 2), label: "seat-belt law")],
                                  errors: .arima, replications: 199)
        let cal = try #require(a.calibrated)
        let e = cal.events[0]
        // The GLS shift under the fitted ARIMA errors is close to the OLS one of R's lm
        // (−0.261), and far from zero.
        let shift = try #require(e.levelShift).estimate
        #expect(shift < -0.15 && shift > -0.35)
        #expect(try #require(e.levelShiftPValue) <= 0.01)
        let i = try #require(e.levelShiftInterval)
        #expect(i.contains(shift) && i.upperBound < 0)
    }

    /// A recent event gets the predictive test, an event with nothing after it is refused
    /// with the reason, and neither stops the analysis.
    @Test func recentAndUntestableEvents() throws {
        let series = try #require(try WideCSVReader.read(path: Fixtures.dataset("reference/ukdriverdeaths.csv").path).first)
        let a = try BreakAnalysis(series: series, model: .seasonal, scale: .log,
                                  events: [Event(date: .month(1984, 6), label: "recent"),
                                           Event(date: .month(1969, 1), label: "first month")],
                                  errors: .arima, replications: 99)
        #expect(a.events.map(\.label) == ["recent"])
        #expect(a.calibrated?.events[0].coefficientChange?.kind == .predictive)
        #expect(a.untestable.count == 1 && a.untestable[0].reason.contains("0 observations before"))
        // Under iid errors strucchange's rule stands: each side needs k observations.
        #expect(throws: BreaksError.self) {
            try BreakAnalysis(series: series, model: .seasonal, scale: .log,
                              events: [Event(date: .month(1984, 6), label: "recent")])
        }
    }

    @Test func constantSeriesIsRefusedNotTested() throws {
        let s = try TimeSeries(name: "flat", start: .month(2010, 1), frequency: .monthly,
                               values: [Double](repeating: 100, count: 60))
        for errors in ErrorAssumption.allCases {
            #expect(throws: BreaksError.self) { try BreakAnalysis(series: s, model: .mean, errors: errors, replications: 99) }
        }
        // An exactly seasonal series fits the seasonal-dummy model exactly.
        let seasonal = try TimeSeries(name: "seasonal", start: .month(2010, 1), frequency: .monthly,
                                      values: (0..<60).map { Double(100 + $0 % 12) })
        #expect(throws: BreaksError.self) { try BreakAnalysis(series: seasonal, model: .seasonal) }
    }
}
