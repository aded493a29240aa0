import TimeSeries

/// `almanac-bench stream FILE`: streams a long-form file (`series,split,t,value` or
/// `unique_id,ds,y`; `-` = standard input) one series at a time with `LongCSVReader` and
/// counts what it saw. Memory stays at one chunk plus the longest series (and the set of
/// names), whatever the file size; `Benchmarks/streaming/run.sh` measures that on a
/// generated file of a million rows.
enum StreamBench {
    /// The number of series and rows in `path`.
    /// - Throws: `InputError` for malformed input, as `LongCSVReader`.
    /// - Complexity: O(file size) time.
    static func run(path: String) throws(InputError) -> (series: Int, rows: Int) {
        var reader = try LongCSVReader(path: path)
        var series = 0, rows = 0
        while let s = try reader.next() {
            series += 1
            rows += s.rowCount
        }
        return (series, rows)
    }
}
