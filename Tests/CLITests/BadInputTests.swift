import Foundation
import Testing
import TestSupport

/// Every bad input reaches the user as one line `almanac: error: FILE:LINE:COL: …` and a
/// non-zero exit code.
@Suite struct BadInputTests {
    func expectError(_ args: [String], stdin: String? = nil, status: Int32 = 65, contains: String) throws {
        let r = try CLIRun.run(args, stdin: stdin)
        #expect(r.status == status, "\(args): status \(r.status), stderr \(r.stderr)")
        #expect(r.stderr.hasPrefix("almanac: error: "), "\(r.stderr)")
        #expect(r.stderr.contains(contains), "\(r.stderr) lacks \(contains)")
        #expect(r.stderr.split(separator: "\n").count == 1, "more than one line: \(r.stderr)")
    }

    @Test func locatedMessages() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let gap = try dir.write("gap.csv", "date,value\n2020-01,1\n2020-02,2\n2020-04,3\n")
        try expectError(["describe", gap], contains: "gap.csv:4:1: gap")
        let text = try dir.write("text.csv", "date,value\n2020-01,1\n2020-02,abc\n")
        try expectError(["forecast", text], contains: "text.csv:3:2:")
        let date = try dir.write("date.csv", "date,value\n2020-01,1\n2020-13,2\n")
        try expectError(["describe", date], contains: "date.csv:3:1:")
        let dup = try dir.write("dup.csv", "date,value\n2020-01,1\n2020-01,2\n")
        try expectError(["describe", dup], contains: "dup.csv:3:1:")
        let empty = try dir.write("empty.csv", "")
        try expectError(["describe", empty], contains: "empty.csv")
        try expectError(["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "nope"],
                        contains: "russia-serbia-turnover.csv:1:")
        try expectError(["describe", "-"], stdin: "date,value\n2020-01,1\n2020-03,2\n", contains: "<stdin>:3:1:")
    }

    @Test func usageAndMissingFiles() throws {
        try expectError(["describe", "/nonexistent/file.csv"], status: 66, contains: "no such file")
        let r = try CLIRun.run(["forecast", "Datasets/reference/nile.csv", "--horizon", "0"])
        #expect(r.status == 64)
        try expectError(["forecast", "Datasets/reference/nile.csv", "--plot", "x.png"], status: 1, contains: "SVG")
        try expectError(["breaks", "Datasets/reference/nile.csv", "--at", "1850"], contains: "outside the data")
        try expectError(["breaks", "Datasets/reference/nile.csv", "--at", "1871", "--errors", "iid"], contains: "segment too short")
        // The calibrated tests say which event cannot be tested and still test the rest.
        let first = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1871", "--bootstrap", "19"])
        #expect(first.status == 0 && first.stdout.contains("1871 [--at 1871]: cannot be tested: 0 observations before"))
        try expectError(["breaks", "Datasets/reference/nile.csv", "--hac"], status: 64, contains: "--hac goes with --errors iid")
    }

    @Test func modelRequirementsAreReported() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let short = try dir.write("short.csv", "date,value\n2020-01,1\n")
        let r = try CLIRun.run(["forecast", short, "--model", "drift"])
        #expect(r.status == 65 && r.stderr.hasPrefix("almanac: error: "))
        let missing = try dir.write("missing.csv", "date,value\n2020,1\n2021,NA\n2022,3\n2023,4\n")
        let d = try CLIRun.run(["describe", missing, "--format", "json"])
        #expect(d.status == 0 && d.stdout.contains("\"missing\": 1"))
    }
}
