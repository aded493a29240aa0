// Forecasting from Swift: the example of README.md and of the DocC article
// Sources/Umbrella/Almanac.docc/ForecastingFromSwift.md. The text between the BEGIN and END
// lines is copied there word for word (Tests/CLITests/SwiftExampleTests.swift checks it).
// Run from the package root: swift run almanac-example
import Almanac

// BEGIN example
// Load a monthly series from a CSV file (a date column and value columns).
let history = try WideCSVReader.readSeries(path: "Datasets/russia-serbia-turnover.csv", column: "turnover")

// Fit `auto` and forecast 15 months with 80% and 95% prediction intervals.
let result = try ForecastMethod.auto.run(history.values, period: history.period, horizon: 15, levels: [80, 95])
let forecast = result.forecast
print("model:", result.chosen)
for h in 0..<3 {
    let date = history.end.advanced(by: h + 1)
    print(date, forecast.mean[h], "95%:", forecast.lower[1][h], "to", forecast.upper[1][h])
}

// Calendar-year totals: observed months plus forecast ones, with an interval from the
// covariance of the forecast errors (not by adding monthly bounds).
for year in try AnnualTotal.totals(history: history, forecast: forecast) {
    print(year.year, year.sum.total, "95%:", year.sum.lower[1], "to", year.sum.upper[1])
}

// A Chow test at March 2022 for a break in log turnover, regressed on a constant and
// monthly dummies (`almanac breaks --log --regressors season --at 2022-03`).
let regression = try BreakRegression.build(series: history.values,
                                           terms: [.intercept, .seasonalDummies(period: 12)], scale: .log)
guard let march2022 = history.index(of: .month(2022, 3)) else { fatalError("2022-03 is not in the data") }
let chow = try ChowTest(regression, breakpoints: [march2022])
print("break at 2022-03: F =", chow.statistic, "(df \(chow.df1), \(chow.df2)), p =", chow.pValue)
// END example
