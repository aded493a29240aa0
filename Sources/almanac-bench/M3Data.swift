import Forecaster
import TimeSeries

/// The M3 monthly competition file (`series,split,t,value`), read with the library's
/// streaming `LongCSVReader` (malformed rows are `InputError`s naming file, line and column),
/// as the series `AccuracyBenchmark` scores, in file order.
enum M3Data {
    /// The first `limit` series of `path` (all when nil), with period 12.
    static func load(_ path: String, limit: Int? = nil) throws -> [BenchmarkSeries] {
        var reader = try LongCSVReader(path: path, indexedPeriod: 12)
        var out: [BenchmarkSeries] = []
        while let s = try reader.next() {
            if let limit, out.count >= limit { break }
            out.append(BenchmarkSeries(id: s.name, train: s.train.values, test: s.test?.values ?? [], period: 12))
        }
        return out
    }
}
