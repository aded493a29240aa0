import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Fitted models survive a JSON round trip (the CLI saves and reloads them).
@Suite struct ETSModelCodingTests {
    @Test func jsonRoundTripForecastsIdentically() throws {
        let air = try ETSFixtureData.series("airpassengers").values
        let model = try AutoETS.fit(air, period: 12)
        #expect(model.method == "ETS(M,Ad,M)")  // R's choice for AirPassengers
        let data = try JSONEncoder().encode(model)
        let back = try JSONDecoder().decode(ETSModel.self, from: data)
        #expect(back == model)
        #expect(try back.forecast(horizon: 24) == model.forecast(horizon: 24))
    }
}
