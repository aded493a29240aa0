/// The long-form streaming benchmark: reads a `series,split,t,value` or
/// `unique_id,ds,y` file one series at a time and counts what it saw. Memory stays at one
/// chunk plus the longest series (and the set of names), whatever the file size;
/// `Benchmarks/streaming/run.sh` measures that on a generated file of a million rows.
public enum StreamingBenchmark {
    /// Streams `path` (`-` = standard input) and returns the number of series and rows.
    /// - Throws: `InputError` for malformed input, as ``LongCSVReader``.
    /// - Complexity: O(file size) time.
    public static func run(path: String) throws(InputError) -> (series: Int, rows: Int) {
        var reader = try LongCSVReader(path: path)
        var series = 0, rows = 0
        while let s = try reader.next() {
            series += 1
            rows += s.rowCount
        }
        return (series, rows)
    }
}
