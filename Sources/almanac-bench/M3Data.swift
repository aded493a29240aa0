import Forecaster
import TimeSeries

/// The M3 monthly competition file (`series,split,t,value`), read with the library's
/// streaming `LongCSVReader` (malformed rows are `InputError`s naming file, line and column),
/// as the series `AccuracyBenchmark` scores, in file order.
enum M3Data {
    /// The first `limit` series of `path` (all when nil), with seasonal period `period`.
    static func load(_ path: String, limit: Int? = nil, period: Int = 12) throws -> [BenchmarkSeries] {
        var reader = try LongCSVReader(path: path, indexedPeriod: period)
        var out: [BenchmarkSeries] = []
        while let s = try reader.next() {
            if let limit, out.count >= limit { break }
            out.append(BenchmarkSeries(id: s.name, train: s.train.values, test: s.test?.values ?? [], period: period))
        }
        return out
    }
}
