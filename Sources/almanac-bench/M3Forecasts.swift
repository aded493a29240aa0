import Forecaster
import Foundation
import Reports

/// `almanac-bench m3 MODEL FILE [limit] [forecasts.csv]`: one model on the first `limit` M3
/// monthly series on ONE thread, timed, scored as `almanac benchmark` scores
/// (`AccuracyBenchmark`), and optionally every forecast written as CSV
/// `series,t,mean,lo80,hi80,lo95,hi95` for Benchmarks/rescore.py.
///
/// Why a second runner beside the CLI: the side-by-side comparison needs single-core,
/// CPU-timed runs of exactly the models R and statsforecast run (auto.arima ↔ `arima`,
/// ets ↔ `ets`, thetaf ↔ `theta`, `DynamicOptimizedTheta` ↔ `dotm`, `AutoCES` ↔ `ces`).
/// Models: any `ForecastMethod` name (also `snaive`, `naive2`, `auto`, …).
enum M3Forecasts {
    static func method(_ name: String) throws -> AccuracyBenchmark.Method {
        guard let method = ForecastMethod(rawValue: name) else {
            throw ForecasterError.invalidOption("unknown model '\(name)'; choose one of \(ForecastMethod.allCases.map(\.rawValue))")
        }
        // Only the bounds are scored (as R and statsforecast return them): no error covariance.
        return { y, m, h in try method.forecast(y, period: m, horizon: h, levels: [80, 95], covariance: false) }
    }

    /// - Complexity: one fit per series, serially.
    static func run(model: String, path: String, limit: Int?, forecastsPath: String?) throws -> String {
        let method = try method(model)
        let series = try M3Data.load(path, limit: limit)
        let w0 = BenchClock.wallSeconds(), c0 = BenchClock.processCPUSeconds()
        let scores = AccuracyBenchmark.run(series, jobs: 1, method: method)
        let cpu = BenchClock.processCPUSeconds() - c0
        let wall = BenchClock.wallSeconds() - w0
        let naive2 = AccuracyBenchmark.run(series, jobs: 1, method: try Self.method("naive2"))
        let s = AccuracyBenchmark.summarize(model: model, scores, naive2: naive2, seconds: wall)
        if let forecastsPath {
            try BenchmarkReport.forecastCSV([(model: model, scores: scores)])
                .write(toFile: forecastsPath, atomically: true, encoding: .utf8)
        }
        return String(format: "model\tseries\tfailures\twall s\tcpu s\tsMAPE\tMASE\tOWA\tcov80\tcov95\tMSIS\n%@\t%d\t%d\t%.3f\t%.3f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f",
                      model, s.series, s.failures, wall, cpu, s.sMAPE, s.MASE, s.OWA ?? .nan,
                      s.coverage80, s.coverage95, s.MSIS)
    }
}
