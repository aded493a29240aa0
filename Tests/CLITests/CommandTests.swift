import Foundation
import Testing
import TestSupport

/// End-to-end runs of the built binary on every command and format.
@Suite(.serialized) struct CommandTests {
    @Test func versionAndHelpShowExamples() throws {
        let v = try CLIRun.run(["--version"])
        #expect(v.status == 0 && v.stdout == "0.1.0\n")
        for command in ["forecast", "breaks", "impact", "describe", "report", "benchmark"] {
            let h = try CLIRun.run([command, "--help"])
            #expect(h.status == 0)
            #expect(h.stdout.contains("Example"), "\(command) --help has no worked example")
        }
    }

    @Test func describeJSONUsesTheDocumentedKeysAndRValues() throws {
        let r = try CLIRun.run(["describe", "Datasets/reference/airpassengers.csv", "--format", "json"])
        #expect(r.status == 0)
        let doc = try r.json()
        #expect(doc["schema"] as? String == "almanac.describe")
        let s = try #require((doc["series"] as? [[String: Any]])?.first)
        #expect(Set(s.keys) == ["name", "frequency", "start", "end", "length", "missing", "summary", "ndiffs",
                                "nsdiffs", "lambda", "seasonal_strength", "kpss", "acf"])
        #expect(s["length"] as? Int == 144 && s["ndiffs"] as? Int == 1 && s["nsdiffs"] as? Int == 1)
        // R: BoxCox.lambda(AirPassengers) = -0.2947156
        #expect(isClose(try #require(s["lambda"] as? Double), -0.2947155856, rel: 1e-8))
        #expect((s["acf"] as? [Double])?.count == 21)
    }

    @Test func forecastMatchesRSeasonalNaiveThroughCSV() throws {
        let r = try CLIRun.run(["forecast", "Datasets/reference/airpassengers.csv", "--model", "snaive",
                                "--horizon", "24", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "date,mean,lo80,hi80,lo95,hi95")
        let ref = try Fixtures.csvStrings(Fixtures.url("baselines/baselines.csv"))
        let rows = ref["series"]!.indices.filter { ref["series"]![$0] == "airpassengers" && ref["method"]![$0] == "snaive" }
        for (h, i) in rows.enumerated() {
            let cells = lines[h + 1].split(separator: ",").map(String.init)
            #expect(cells[0] == (h < 12 ? "1961-\(String(format: "%02d", h + 1))" : "1962-\(String(format: "%02d", h - 11))"))
            for (k, col) in ["mean", "lo80", "hi80", "lo95", "hi95"].enumerated() {
                #expect(isClose(Double(cells[k + 1])!, Double(ref[col]![i])!, rel: 1e-10))
            }
        }
    }

    @Test func markdownTables() throws {
        let r = try CLIRun.run(["forecast", "Datasets/reference/nile.csv", "--model", "naive", "--horizon", "2",
                                "--format", "markdown"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("| date | mean | lo80 | hi80 | lo95 | hi95 |\n|---:|---:|---:|---:|---:|---:|\n| 1971 | 740.0 | 525.6 | 954.4 | 412.0 | 1068.0 |"))
    }

    @Test func reportIsOneSelfContainedPage() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let html = dir.path("r.html")
        let ok = try CLIRun.run(["report", "Datasets/reference/usaccdeaths.csv", "--model", "theta", "--output", html])
        #expect(ok.status == 0, "\(ok.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg") && page.contains("Structural breaks"))
        // No network: the only URL is the SVG namespace.
        #expect(!page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(!page.contains("<script") && !page.contains("<link"))
    }

    @Test func forecastJSONSchemaAndAnnualTotals() throws {
        let r = try CLIRun.run(["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover",
                                "--model", "theta", "--annual", "--format", "json"])
        #expect(r.status == 0)
        let doc = try r.json()
        #expect(doc["schema"] as? String == "almanac.forecast" && doc["version"] as? Int == 1)
        let s = try #require((doc["series"] as? [[String: Any]])?.first)
        #expect(s["name"] as? String == "turnover" && s["end"] as? String == "2026-09")
        let steps = try #require(s["forecast"] as? [[String: Any]])
        #expect(steps.count == 15)  // completes 2026 (3 months) and 2027 (12)
        #expect(Set(steps[0].keys) == ["date", "step", "mean", "lo80", "hi80", "lo95", "hi95"])
        #expect(steps[0]["date"] as? String == "2026-10" && steps[14]["date"] as? String == "2027-12")
        let annual = try #require(s["annual"] as? [[String: Any]])
        #expect(annual.map { $0["year"] as? Int } == [2026, 2027])
        let y2027 = annual[1]
        let total = try #require(y2027["total"] as? Double)
        let sumOfMeans = steps[3...].map { $0["mean"] as! Double }.reduce(0, +)
        #expect(isClose(total, sumOfMeans, rel: 1e-12))
        // The total's interval is not the sum of the monthly bounds.
        let sumOfLower = steps[3...].map { $0["lo95"] as! Double }.reduce(0, +)
        #expect(try #require(y2027["lo95"] as? Double) > sumOfLower)
    }

    @Test func forecastIsDeterministicAndWritesFilesAtomically() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let args = ["forecast", "Datasets/reference/usaccdeaths.csv", "--format", "json"]
        let a = try CLIRun.run(args), b = try CLIRun.run(args)
        #expect(a.status == 0 && a.stdout == b.stdout)
        let out = dir.path("f.json"), svg = dir.path("f.svg")
        let c = try CLIRun.run(args + ["--output", out, "--plot", svg])
        #expect(c.status == 0 && c.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == a.stdout)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).hasPrefix("<svg"))
        // A failing run leaves an existing output untouched.
        let bad = try CLIRun.run(["forecast", "Datasets/reference/usaccdeaths.csv", "--column", "nope", "--output", out])
        #expect(bad.status != 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == a.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["f.json", "f.svg"])
    }

    @Test func longFileForecastsEverySeriesInInputOrder() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let file = try dir.write("long.csv", "unique_id,ds,y\nb,1,1\nb,2,2\nb,3,3\nb,4,4\na,1,10\na,2,12\na,3,11\na,4,13\n")
        let r = try CLIRun.run(["forecast", file, "--model", "naive", "--horizon", "2", "--format", "csv", "--jobs", "2"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("series,date,mean,lo80,hi80,lo95,hi95\nb,5,4,"))
        #expect(r.stdout.contains("\na,5,13,"))
    }

    @Test func breaksReproducesStrucchangeOnNile() throws {
        let r = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--format", "json", "--errors", "iid"])
        #expect(r.status == 0)
        let doc = try r.json()
        #expect(doc["schema"] as? String == "almanac.breaks")
        let sup = try #require(doc["supF"] as? [String: Any])
        #expect(isClose(try #require(sup["statistic"] as? Double), 75.93, rel: 1e-4))
        let bp = try #require(doc["breakpoints"] as? [String: Any])
        let breaks = try #require(bp["breaks"] as? [[String: Any]])
        #expect(breaks.count == 1)
        #expect(breaks[0]["date"] as? String == "1898" && breaks[0]["lower"] as? String == "1895" && breaks[0]["upper"] as? String == "1902")
        let rss = try #require(bp["rss"] as? [Double])
        #expect(rss.map { $0.rounded() } == [2835157, 1597457, 1552924, 1538097, 1507888, 1659994])
        let known = try #require(doc["known_dates"] as? [[String: Any]])
        #expect(known.first?["verdict"] as? String == "significant at 1%")
        let text = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--errors", "iid"])
        #expect(text.stdout.contains("break at 1899: F = 75.930 (df 1, 98)"))
    }

    /// The default verdict: the GLS level-shift test at the date under the error model (the
    /// autoregressive sieve chooses AR(1) for the Nile), with bootstrap p-values and an interval for the shift; the
    /// all-coefficient line keeps strucchange's Chow F for `y ~ 1`. (The GLS arithmetic is
    /// checked against R in CalibratedBreakTestsTests.)
    @Test func breaksCalibratedVerdictOnNile() throws {
        let r = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--format", "json", "--bootstrap", "99"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try r.json()
        #expect(doc["errors"] as? String == "arima" && doc["version"] as? Int == 2)
        let events = try #require(doc["events"] as? [[String: Any]])
        let shift = try #require(events.first?["level_shift"] as? [String: Any])
        #expect(doc["error_model"] as? String == "ARIMA(1,0,0) with zero mean")
        let chow = try #require(events.first?["all_coefficients"] as? [String: Any])
        #expect(isClose(try #require(chow["statistic"] as? Double), 75.9297694275, rel: 1e-8))
        // Under AR(1) errors GLS moves the shift only a little from lm's −247.78.
        #expect(isClose(try #require(shift["estimate"] as? Double), -247.777777778, rel: 0.02))
        #expect(try #require(shift["p_value"] as? Double) <= 0.02)
        let lo = try #require(shift["lower"] as? Double), hi = try #require(shift["upper"] as? Double)
        #expect(lo < -247.78 && hi > -247.78 && hi < -100)
        let sup = try #require(doc["supF"] as? [String: Any])
        #expect(sup["p_value_iid"] as? Double != nil && sup["p_value"] as? Double != nil)
        let text = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--bootstrap", "99"])
        #expect(text.stdout.contains("1899 [--at 1899]: level shift -24"))
        #expect(text.stdout.contains("(GLS level-shift test under the ARIMA errors, bootstrap p)"))
    }

    /// The chart labels carry the p-values the verdicts rest on: under calibrated inference
    /// the level-shift test's and the bootstrap supF's, and the iid critical values say "iid".
    @Test func breaksChartShowsTheCalibratedPValues() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let svg = dir.path("nile.svg")
        let r = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--bootstrap", "99",
                                "--format", "json", "--plot", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try r.json()
        let sup = try #require(doc["supF"] as? [String: Any])
        let chart = try String(contentsOfFile: svg, encoding: .utf8)
        // 99 replicates: the smallest bootstrap p-value is 1/100.
        #expect(chart.contains("1899 level shift p ≤ 0.010"))
        #expect(chart.contains("5% supF critical value (iid)"))
        #expect(chart.contains("5% boundary (iid)"))
        // strucchange's supF p-value on the Nile (1.93e-16) is not what the title shows.
        #expect(try #require(sup["p_value_iid"] as? Double) < 1e-15)
        #expect(!chart.contains("supF p < 1e-16"))
        let iid = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--errors", "iid",
                                  "--plot", svg])
        #expect(iid.status == 0, "\(iid.stderr)")
        let iidChart = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(iidChart.contains("supF p = 1.93e-16"))
        #expect(!iidChart.contains("(iid)"))
    }

    @Test func benchmarkGateFailsOnRegression() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let base = dir.path("base.json")
        let good = try CLIRun.run(["benchmark", "Datasets/m3-monthly.csv", "--frequency", "12", "--models", "theta",
                                   "--limit", "12", "--write-baseline", base, "--format", "json"])
        #expect(good.status == 0)
        let again = try CLIRun.run(["benchmark", "Datasets/m3-monthly.csv", "--frequency", "12", "--models", "theta",
                                    "--limit", "12", "--baseline", base])
        #expect(again.status == 0, "same model must pass its own baseline: \(again.stderr)")
        // A degraded "theta" (the baseline's numbers made better than they are) must fail the gate.
        var text = try String(contentsOfFile: base, encoding: .utf8)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let s = try #require((doc["summaries"] as? [[String: Any]])?.first)
        let smape = try #require(s["sMAPE"] as? Double)
        text = text.replacingOccurrences(of: "\"sMAPE\" : \(smape)", with: "\"sMAPE\" : \(smape * 0.9)")
        try text.write(toFile: base, atomically: true, encoding: .utf8)
        let worse = try CLIRun.run(["benchmark", "Datasets/m3-monthly.csv", "--frequency", "12", "--models", "theta",
                                    "--limit", "12", "--baseline", base])
        #expect(worse.status == 3)
        #expect(worse.stderr.contains("theta sMAPE"))
    }
}
