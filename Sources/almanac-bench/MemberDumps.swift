import Forecaster
import Foundation

/// `almanac-bench members M3FILE OUTDIR [jobs] [limit] [period horizon]`: forecasts of `auto`'s ten
/// members, Naive2 and the global `pooled-ar` on an M3 collection (default: monthly, period 12,
/// horizon 18; limit 0 = every series), for the `holdout` setup (each training series minus
/// its last `horizon` values, forecast those) and the `test` setup (train → test), written as
/// OUTDIR/<stem>_<setup>.csv (`series,h,mean,lo80,hi80,lo95,hi95`), the dumps
/// Benchmarks/m3/choose_auto.py and Benchmarks/m3/pooled_ar.py read (same format as
/// AutoBenchmarkTests writes). A member that fails on a series is written as Naive2 there.
enum MemberDumps {
    static func stem(_ name: String) -> String {
        name.replacingOccurrences(of: "(", with: "-").replacingOccurrences(of: ",", with: "-")
            .replacingOccurrences(of: ")", with: "")
    }

    static func write(_ series: [BenchmarkSeries], _ forecasts: [Forecast], to path: String) throws {
        var rows = ["series,h,mean,lo80,hi80,lo95,hi95"]
        for (s, fc) in zip(series, forecasts) {
            for h in 0..<fc.horizon {
                rows.append("\(s.id),\(h + 1),\(fc.mean[h]),\(fc.lower[0][h]),\(fc.upper[0][h]),\(fc.lower[1][h]),\(fc.upper[1][h])")
            }
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func run(path: String, outDir: String, jobs: Int, limit: Int?, period: Int = 12, horizon: Int = 18) throws -> String {
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let full = try M3Data.load(path, limit: limit, period: period)
        let holdout = full.map { s in
            BenchmarkSeries(id: s.id, train: Array(s.train.dropLast(horizon)), test: Array(s.train.suffix(horizon)), period: period)
        }
        var log = ""
        for (setup, series) in [("holdout", holdout), ("test", full)] {
            func naive2(_ s: BenchmarkSeries) throws -> Forecast {
                try ForecastMethod.naive2.forecast(s.train, period: period, horizon: s.test.count, levels: [80, 95], covariance: false)
            }
            try write(series, try series.map(naive2), to: "\(outDir)/naive2_\(setup).csv")
            for member in LongSeriesBench.members {
                let c0 = BenchClock.processCPUSeconds()
                let scores = AccuracyBenchmark.run(series, jobs: jobs) { y, period, h in
                    try member.fit(y, period: period).forecast(horizon: h, levels: [80, 95], covariance: false)
                }
                let forecasts = try zip(series, scores).map { s, sc in try sc.forecast.flatMap { sc.failure == nil ? $0 : nil } ?? naive2(s) }
                try write(series, forecasts, to: "\(outDir)/\(stem(member.rawValue))_\(setup).csv")
                log += String(format: "%@\t%@\t%.1f s CPU\n", setup, member.rawValue, BenchClock.processCPUSeconds() - c0)
            }
            let c0 = BenchClock.processCPUSeconds()
            let pooled = GlobalModels.forecast(PooledAutoregression(), series: series.map(\.train), period: period,
                                               horizon: horizon, levels: [80, 95])
            let forecasts = try zip(series, pooled.forecasts).map { s, r in try (try? r.get()) ?? naive2(s) }
            try write(series, forecasts, to: "\(outDir)/pooled-ar_\(setup).csv")
            log += String(format: "%@\tpooled-ar\t%.1f s CPU\t%d fallbacks\n", setup, BenchClock.processCPUSeconds() - c0,
                          pooled.fallbacks)
        }
        return log
    }
}
