import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// `--model ces` and `--model dotm` (the CLI's `ForecastMethod` entry point, with its
/// series cleaning) against the statsforecast 2.1.1 fixtures of the two models.
@Suite struct ForecastMethodModelTests {
    @Test(arguments: CESFixture.names)
    func cesIsStatsforecastsAutoCES(name: String) throws {
        let (y, period, h) = try CESFixture.series(name)
        let fc = try ForecastMethod.ces.forecast(y, period: period, horizon: h, levels: [95])
        #expect(fc.model == "CES(\(CESFixture.chosen(name).rawValue))")
        #expect(CESFixture.maxRelativeError(fc.mean, CESFixture.column(name, "auto", "mean")) < 1e-8, "\(name)")
    }

    /// Where our optimiser and statsforecast's reach the same optimum (see DOTMParityTests).
    @Test(arguments: DOTMFixture.names.filter { !DOTMParityTests.differentOptimum.contains($0) })
    func dotmIsStatsforecastsDynamicOptimizedTheta(name: String) throws {
        let (y, period, h) = try DOTMFixture.series(name)
        let fc = try ForecastMethod.dotm.forecast(y, period: period, horizon: h, levels: [95])
        let tolerance = DOTMParityTests.looseReference.contains(name) ? 2e-4 : 1e-4
        #expect(DOTMFixture.maxRelativeError(fc.mean, DOTMFixture.mean(name)) < tolerance, "\(name)")
    }
}
