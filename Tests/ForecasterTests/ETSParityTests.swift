import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Parity with R forecast 8.20 `ets()` on the reference series and 20 M3 monthly series.
@Suite struct ETSParityTests {
    nonisolated(unsafe) private static var cache: [Int: ETSModel] = [:]
    private static let lock = NSLock()

    /// Fits a fixture case once per test process (the forecast suites reuse the fits).
    static func fit(_ c: ETSFixtureData.Case) throws -> ETSModel {
        lock.lock()
        let hit = cache[c.id]
        lock.unlock()
        if let hit { return hit }
        let model = try fitUncached(c)
        lock.lock()
        cache[c.id] = model
        lock.unlock()
        return model
    }

    static func fitUncached(_ c: ETSFixtureData.Case) throws -> ETSModel {
        let (y, m) = try ETSFixtureData.series(c.series)
        if c.request == "ZZZ" { return try AutoETS.fit(y, period: m) }
        if c.request == "ZZZm" {
            return try AutoETS.fit(y, period: m, options: ETSOptions(allowMultiplicativeTrend: true))
        }
        let spec = try #require(ETSSpec(c.request))
        return try ETS.fit(y, period: m, spec: spec,
                           options: ETSOptions(allowMultiplicativeTrend: spec.trend == .multiplicative))
    }

    @Test func automaticSelectionMatchesR() throws {
        var mismatches: [String] = []
        for c in try ETSFixtureData.cases() where c.request.hasPrefix("ZZZ") {
            let model = try Self.fit(c)
            if model.spec != ETSSpec(c.method) { mismatches.append("\(c.series): \(model.method) vs R \(c.method)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func forcedModelLikelihoodMatchesR() throws {
        var worst = 0.0
        var report: [String] = []
        for c in try ETSFixtureData.cases() where !c.request.hasPrefix("ZZZ") {
            let model = try Self.fit(c)
            #expect(model.spec == ETSSpec(c.method))
            let dl = relativeDifference(model.logLikelihood ?? .nan, c.logLik)
            let da = relativeDifference(model.aicc ?? .nan, c.aicc)
            worst = max(worst, dl, da)
            if dl > 1e-3 || da > 1e-3 {
                report.append("\(c.series) \(c.request): loglik \(model.logLikelihood ?? .nan) vs \(c.logLik)")
            }
        }
        #expect(report.isEmpty, "\(report)")
        print("ETS forced-model worst relative loglik/AICc difference: \(worst)")
    }
}
