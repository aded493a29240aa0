import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import Forecaster
@testable import Reports

@Suite struct ChartTests {
    func fanChart() throws -> String {
        let y = try Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"]!
        let fc = try LagWalk.seasonalNaive(y, period: 12).forecast(horizon: 24)
        let hx = y.indices.map { 1949 + Double($0) / 12 }
        let fx = (0..<24).map { 1949 + Double(y.count + $0) / 12 }
        let chart = ForecastChart.make(title: "AirPassengers: seasonal naive", unit: "passengers (thousands)",
                                       historyX: hx, history: y, forecastX: fx, forecast: fc,
                                       events: [(1955.0, "event A"), (1958.5, "event B")],
                                       xLabel: { String(Int($0.rounded())) })
        return chart.svg()
    }

    @Test func fanChartIsDeterministicAndWellFormed() throws {
        let a = try fanChart(), b = try fanChart()
        #expect(a == b)
        #expect(a.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // Every element the chart promises is there: two bands, history and forecast lines,
        // the legend labels, year ticks and both event labels.
        #expect(a.components(separatedBy: "<polygon").count - 1 == 2)
        for s in ["95% interval", "80% interval", "history", "forecast (snaive)", ">1950<", ">1960<", "event A", "event B"] {
            #expect(a.contains(s), "missing \(s)")
        }
        let parser = XMLParser(data: Data(a.utf8))
        #expect(parser.parse(), "SVG is not well-formed XML")
    }

    @Test func niceScaleTicks() {
        let s = NiceScale(minimum: 104, maximum: 622, target: 6)
        #expect(s.step == 100 && s.lower == 100 && s.upper == 700)
        #expect(s.label(1234567) == "1,234,567")
        let f = NiceScale(minimum: 0.12, maximum: 0.31, target: 4)
        #expect(f.step == 0.05)
        #expect(f.label(0.15) == "0.15")
        let years = NiceScale(minimum: 2010, maximum: 2027.5, target: 8, integerStep: true)
        #expect(years.step == 5)  // 17.5 years over ~8 intervals: 2.19 rounds up to 5 (no 2.5 on year axes)
        #expect(years.ticks == [2010, 2015, 2020, 2025, 2030])
    }

    /// Long combination labels are shortened for chart titles; short ones are kept.
    @Test func chartLabelShortensCombinations() {
        #expect(ForecastReport.chartLabel("ETS(M,Ad,M)") == "ETS(M,Ad,M)")
        let auto = "auto(ets(akaike)[ETS(M,Ad,M) 0.82, ETS(M,A,M) 0.18]+ARIMA(0,1,1)(0,1,1)[12](log)+theta+theta(log))"
        #expect(ForecastReport.chartLabel(auto) == "auto (4 models)")
        #expect(ForecastReport.chartLabel("ets(akaike)[ETS(M,Ad,M) 0.82, ETS(M,A,M) 0.18, ETS(A,A,A) 0.0001]") == "ets(akaike)")
    }
}
