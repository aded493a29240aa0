// almanac-bench: speed harnesses for Almanac's kernels. Build in release mode:
//
//   swift build -c release --product almanac-bench
//   .build/release/almanac-bench breaks
//   .build/release/almanac-bench arima Datasets/m3-monthly.csv [limit]
//   .build/release/almanac-bench ets Datasets/m3-monthly.csv [limit]
//   .build/release/almanac-bench stream FILE
//   .build/release/almanac-bench kernels [repetitions]
//   .build/release/almanac-bench m3 MODEL Datasets/m3-monthly.csv [limit] [forecasts.csv]
//   .build/release/almanac-bench sweep Datasets/m3-monthly.csv [limit] [jobs] [models]
//   .build/release/almanac-bench ets-vs-r Datasets/m3-monthly.csv R_FORECASTS.csv [limit]
//   .build/release/almanac-bench long LONGFILE [name,name,…]   (Benchmarks/long-series)
//   .build/release/almanac-bench members Datasets/m3-monthly.csv OUTDIR [jobs] [limit] [period horizon]   (Benchmarks/m3/pooled_ar.py, member_selection.py)
//
// All benchmark code lives here, none in the libraries: one M3 reader (`M3Data`, on
// LongCSVReader), one clock (`BenchClock`), scoring through `Accuracy`/`AccuracyBenchmark`
// and forecasts written by `BenchmarkReport.forecastCSV`.
// Each prints its measurements; Benchmarks/*/RESULTS.md record them with machine and date.
import Breaks
import Forecaster
import Foundation
import TimeSeries

let usage = """
usage: almanac-bench breaks [repetitions]
       almanac-bench arima M3FILE [limit]
       almanac-bench ets M3FILE [limit]
       almanac-bench stream LONGFILE
       almanac-bench kernels [repetitions]
       almanac-bench m3 MODEL M3FILE [limit] [forecasts.csv]
       almanac-bench sweep M3FILE [limit] [jobs] [model,model,…]
       almanac-bench ets-vs-r M3FILE R_FORECASTS.csv [limit]
       almanac-bench long LONGFILE [auto,arima,ets(akaike,log),…]
       almanac-bench members M3FILE OUTDIR [jobs] [limit (0: all)] [period horizon]

"""

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("almanac-bench: \(message)\n".utf8))
    exit(2)
}

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else { fail(usage) }
args.removeFirst()

do {
    switch command {
    case "breaks":
        print(BreaksBench.run(repetitions: args.first.flatMap(Int.init) ?? 3))
    case "arima":
        guard let path = args.first else { fail(usage) }
        print(try ARIMABench.run(m3Path: path, limit: args.dropFirst().first.flatMap(Int.init) ?? 1428))
    case "ets":
        guard let path = args.first else { fail(usage) }
        print(try ETSBench.run(m3Path: path, limit: args.dropFirst().first.flatMap(Int.init)))
    case "stream":
        guard let path = args.first else { fail(usage) }
        let start = BenchClock.wallSeconds()
        let r = try StreamBench.run(path: path)
        let seconds = BenchClock.wallSeconds() - start
        print("series=\(r.series) rows=\(r.rows) seconds=\(String(format: "%.3f", seconds)) rows_per_second=\(Int(Double(r.rows) / seconds))")
    case "ets-vs-r":
        guard args.count >= 2 else { fail(usage) }
        print(try ETSBench.compareWithR(m3Path: args[0], rPath: args[1], limit: args.count > 2 ? Int(args[2]) : nil))
    case "kernels":
        print(try KernelBenchmarks.run(repetitions: args.first.flatMap(Int.init) ?? 15))
    case "m3":
        guard args.count >= 2 else { fail(usage) }
        print(try M3Forecasts.run(model: args[0], path: args[1], limit: args.count > 2 ? Int(args[2]) : nil,
                                  forecastsPath: args.count > 3 ? args[3] : nil))
    case "sweep":
        // No NaN, no explosion: every model, h = 18 and 180 (Benchmarks/sweep/RESULTS.md).
        guard let path = args.first else { fail(usage) }
        let limit = args.count > 1 ? Int(args[1]) : nil
        let jobs = args.count > 2 ? Int(args[2]) ?? 1 : 1
        let models = args.count > 3 ? args[3].split(separator: ",").compactMap { ForecastMethod(rawValue: String($0)) }
                                    : ForecastMethod.allCases
        print(try StabilitySweep.run(path: path, horizons: [18, 180], models: models, limit: limit, jobs: jobs))
    case "long":
        // CPU per series of auto and its members against length (Benchmarks/long-series).
        guard let path = args.first else { fail(usage) }
        let names = args.count > 1 ? LongSeriesBench.splitNames(args[1]) : nil
        print(try LongSeriesBench.run(path: path, names: names), terminator: "")
    case "members":
        // auto's members and pooled-ar on M3 holdout and test (Benchmarks/m3/pooled_ar.py).
        guard args.count >= 2 else { fail(usage) }
        let limit = args.count > 3 ? Int(args[3]).flatMap { $0 > 0 ? $0 : nil } : nil
        let period = args.count > 4 ? Int(args[4]) ?? 12 : 12
        let horizon = args.count > 5 ? Int(args[5]) ?? 18 : 18
        guard period >= 1, horizon >= 1 else { fail(usage) }
        print(try MemberDumps.run(path: args[0], outDir: args[1], jobs: args.count > 2 ? Int(args[2]) ?? 1 : 1,
                                  limit: limit, period: period, horizon: horizon),
              terminator: "")
    default:
        fail(usage)
    }
} catch {
    fail("\(error)")
}
