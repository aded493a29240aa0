import Foundation
import Testing
import TestSupport

/// `almanac forecast -` streaming batch mode (docs/streaming.md); the Python tests in
/// python/tests exercise it further (order under --jobs, first rows before the input ends).
@Suite struct StreamingForecastTests {
    static let panel = """
        unique_id,ds,y
        a,2020-01,10
        a,2020-02,12
        a,2020-03,11
        a,2020-04,13
        b,2020-01,5
        b,2020-02,x
        c,2019-06,7
        c,2019-07,8
        c,2019-08,9

        """

    @Test func standardInputWithALongHeaderStreamsCSVInInputOrder() throws {
        let r = try CLIRun.run(["forecast", "-", "--model", "naive", "--horizon", "2", "--level", "95", "--jobs", "2"],
                               stdin: Self.panel)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").map { String($0.split(separator: ",").prefix(3).joined(separator: ",")) }
                == ["series,date,mean", "a,2020-05,13", "a,2020-06,13", "c,2019-09,9", "c,2019-10,9"])
        #expect(r.stderr.contains("series 'b'") && r.stderr.contains("'x'"))
    }

    @Test func statsforecastColumnsWithSeveralModels() throws {
        let r = try CLIRun.run(["forecast", "-", "--models", "naive,mean", "--horizon", "1", "--columns", "statsforecast",
                                "--errors", "/dev/null"], stdin: Self.panel)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "unique_id,ds,Naive,Naive-lo-95,Naive-lo-80,Naive-hi-80,Naive-hi-95,"
                + "HistoricAverage,HistoricAverage-lo-95,HistoricAverage-lo-80,HistoricAverage-hi-80,HistoricAverage-hi-95")
        #expect(lines.dropFirst().map { String($0.prefix(13)) } == ["a,2020-05-01,", "c,2019-09-01,"])
        try #require(lines.count > 1)
        #expect(lines[1].split(separator: ",").dropFirst(7).first == "11.5")  // the mean of 10, 12, 11, 13
    }

    @Test func theStreamingModeWritesWhatTheInMemoryPathWrites() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("m3.csv").path
        // The first three M3 series (train and test rows).
        let text = try String(contentsOf: Fixtures.dataset("m3-monthly.csv"), encoding: .utf8)
        var kept: [Substring] = []
        var names: Set<Substring> = []
        for line in text.split(whereSeparator: \.isNewline) {  // the file has CRLF line ends
            let name = line.prefix(while: { $0 != "," })
            if name != "series" { names.insert(name) }
            if names.count > 3 { break }
            kept.append(line)
        }
        try (kept.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let old = try CLIRun.run(["forecast", file, "--frequency", "12", "--horizon", "6", "--model", "theta", "--format", "csv"])
        let new = try CLIRun.run(["forecast", file, "--long", "--frequency", "12", "--horizon", "6", "--model", "theta"])
        #expect(old.status == 0 && new.status == 0, "\(old.stderr) \(new.stderr)")
        #expect(new.stdout == old.stdout && new.stdout.split(separator: "\n").count == 1 + 3 * 6)
    }

    @Test func optionsThatNeedEverySeriesAreRefused() throws {
        let r = try CLIRun.run(["forecast", "-", "--plot", "x.svg"], stdin: Self.panel)
        #expect(r.status == 64 && r.stderr.contains("--plot does not apply to the streaming batch mode"))
    }
}
