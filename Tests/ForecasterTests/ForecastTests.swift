import Testing
@testable import Forecaster

@Suite struct ForecastTests {
    @Test func horizonIsMeanLength() {
        let f = Forecast(model: "naive", mean: [1, 2, 3], levels: [95], lower: [[0, 0, 0]], upper: [[2, 4, 6]])
        #expect(f.horizon == 3)
    }
}
