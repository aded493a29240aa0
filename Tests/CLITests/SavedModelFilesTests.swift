import Foundation
import Testing
import TestSupport

/// The shipped model files (Models/) still match a fresh fit of their data, and reloading
/// them gives the same forecasts as fitting, byte for byte.
@Suite(.serialized) struct SavedModelFilesTests {
    static let cases: [(model: String, args: [String])] = [
        ("Models/russia-serbia-turnover.json", ["Datasets/russia-serbia-turnover.csv", "--column", "turnover"]),
        ("Models/airpassengers.json", ["Datasets/reference/airpassengers.csv"]),
        ("Models/usaccdeaths.json", ["Datasets/reference/usaccdeaths.csv"]),
    ]

    @Test(arguments: cases.map(\.model))
    func shippedModelMatchesAFreshFit(model: String) throws {
        let args = try #require(Self.cases.first { $0.model == model }).args
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let fresh = dir.path("fresh.json")
        let fit = try CLIRun.run(["forecast"] + args + ["--annual", "--format", "json", "--save", fresh])
        #expect(fit.status == 0, "\(fit.stderr)")
        // Reloading the model just saved: byte-identical output.
        let reload = try CLIRun.run(["forecast", "--load", fresh, "--annual", "--format", "json"])
        #expect(reload.status == 0 && reload.stdout == fit.stdout)
        // The committed file forecasts what a fresh fit forecasts (to rounding: a different
        // BLAS kernel may move the last bits of a refit).
        let shipped = try CLIRun.run(["forecast", "--load", model, "--annual", "--format", "json"])
        #expect(shipped.status == 0, "\(shipped.stderr)")
        let a = try forecastMeans(fit), b = try forecastMeans(shipped)
        #expect(a.count == b.count && !a.isEmpty)
        for (x, y) in zip(a, b) { #expect(isClose(x, y, rel: 1e-8)) }
    }

    func forecastMeans(_ run: CLIRun) throws -> [Double] {
        let s = try #require((try run.json()["series"] as? [[String: Any]])?.first)
        let steps = try #require(s["forecast"] as? [[String: Any]])
        return steps.flatMap { [$0["mean"] as! Double, $0["lo95"] as! Double, $0["hi95"] as! Double] }
    }

    @Test func refusesForeignAndFutureFiles() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let text = try String(contentsOfFile: Fixtures.packageRoot.appendingPathComponent("Models/airpassengers.json").path, encoding: .utf8)
        let future = try dir.write("future.json", text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7"))
        let r = try CLIRun.run(["forecast", "--load", future])
        #expect(r.status == 65 && r.stderr.contains("model file version 7; this Almanac reads version 1"))
        let broken = try dir.write("broken.json", String(text.prefix(300)))
        let b = try CLIRun.run(["forecast", "--load", broken])
        #expect(b.status == 65 && b.stderr.hasPrefix("almanac: error: ") && b.stderr.contains("broken.json"))
        let both = try CLIRun.run(["forecast", "Datasets/reference/nile.csv", "--load", future])
        #expect(both.status == 64)
    }
}
