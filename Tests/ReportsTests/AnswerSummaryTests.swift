import Foundation
import Testing
import AlmanacNumerics
import Forecaster
import TimeSeries
@testable import Reports

@Suite struct AnswerSummaryTests {
    @Test func groupedNumbers() {
        #expect(NumberText.grouped(1_234_567.891, decimals: 1) == "1,234,567.9")
        #expect(NumberText.grouped(-2985.24, decimals: 1) == "-2,985.2")
        #expect(NumberText.grouped(999, decimals: 0) == "999")
        #expect(NumberText.grouped(100_000, decimals: 0) == "100,000")
        #expect(NumberText.grouped(0.5, decimals: 2) == "0.50")
        #expect(NumberText.grouped(.nan, decimals: 1) == "NA")
        #expect(NumberText.signedPercent(0.26) == "+0.3%")
        #expect(NumberText.signedPercent(-12.74) == "-12.7%")
    }

    /// History 2025-01…2026-09 at 100 a month, forecasts of 110 for 2026-10…2027-12 with an
    /// AR(1)-shaped error covariance 4·0.5^|i−j|. 2027: 1,320; 2026: 900 observed + 330
    /// forecast = 1,230. The change's variance is wᵀΣw with w = +1 on 2027's steps and −1 on
    /// 2026's forecast steps, computed here as a quadratic form.
    @Test func nextYearTotalAndChange() throws {
        let history = try TimeSeries(name: "turnover", start: Period(parsing: "2025-01")!, frequency: .monthly,
                                     values: [Double](repeating: 100, count: 21))
        let h = 15
        var cov = Matrix(rows: h, columns: h)
        for i in 0..<h { for j in 0..<h { cov[i, j] = 4 * pow(0.5, Double(abs(i - j))) } }
        let mean = [Double](repeating: 110, count: h)
        let fc = Forecast(model: "test", mean: mean, levels: [80, 95],
                          lower: [mean.map { $0 - 5 }, mean.map { $0 - 8 }],
                          upper: [mean.map { $0 + 5 }, mean.map { $0 + 8 }], errorCovariance: cov)
        let r = SeriesForecast(history: history, forecast: fc, annual: try AnnualTotal.totals(history: history, forecast: fc))
        let s = try #require(ForecastSummary.make(r))

        let w = (0..<h).map { $0 < 3 ? -1.0 : 1.0 }
        var v = 0.0
        for i in 0..<h { for j in 0..<h { v += w[i] * cov[i, j] * w[j] } }
        let z = 1.959963984540054
        let lo = 100 * (90 - z * v.squareRoot()) / 1230, hi = 100 * (90 + z * v.squareRoot()) / 1230
        var vt = 0.0
        for i in 3..<h { for j in 3..<h { vt += cov[i, j] } }
        let tlo = 1320 - z * vt.squareRoot(), thi = 1320 + z * vt.squareRoot()
        let expected = "2027 turnover: 1,320.0 (95%: \(NumberText.grouped(tlo, decimals: 1))–\(NumberText.grouped(thi, decimals: 1))), "
            + "+7.3% on 2026 (95%: \(NumberText.signedPercent(lo)) to \(NumberText.signedPercent(hi)); 2026: 1,230.0, 9 months observed)."
        #expect(s.sentences[0] == expected)
        #expect(s.sentences[1] == "Model: test.")
        let fields = Dictionary(uniqueKeysWithValues: s.fields)
        #expect(fields["year"] == .integer(2027))
        if case .number(let x)? = fields["change_percent_lower"] { #expect(abs(x - lo) < 1e-12) } else { Issue.record("no change_percent_lower") }
        if case .number(let x)? = fields["change_percent"] { #expect(abs(x - 100 * 90 / 1230) < 1e-12) } else { Issue.record("no change_percent") }
    }

    @Test func noSummaryWithoutAnnualTotals() throws {
        let history = try TimeSeries(start: Period(parsing: "2025-01")!, frequency: .monthly, values: [1, 2, 3])
        let fc = Forecast(model: "m", mean: [1], levels: [95], lower: [[0]], upper: [[2]])
        #expect(ForecastSummary.make(SeriesForecast(history: history, forecast: fc)) == nil)
    }

    @Test func combinationLabelMovesOutOfTheHeadline() throws {
        let history = try TimeSeries(name: "x", start: Period(parsing: "2025-01")!, frequency: .monthly, values: [1, 2, 3])
        let label = "auto(ETS(M,Ad,M)+ARIMA(1,0,2)(0,1,1)[12]+theta+theta(log)+dotm)"
        let fc = Forecast(model: label, mean: [1], levels: [95], lower: [[0]], upper: [[2]])
        let text = ForecastReport.text([SeriesForecast(history: history, forecast: fc)], style: .table)
        #expect(text.hasPrefix("x: auto (5 models), 3 observations"))
        #expect(text.hasSuffix("Models\n  \(label)\n"))
    }
}
