import Foundation
import Testing
import TestSupport

/// `almanac impact` end to end: the seatbelt law (1983-02) on log UK driver deaths with the
/// ARIMA orders R's auto.arima picks, (1,0,1)(0,1,1)[12].
@Suite struct ImpactCommandTests {
    @Test func seatbeltLawJSON() throws {
        let r = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1983-02", "--log",
                                "--model", "arima", "--order", "1,0,1,0,1,1", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try r.json()
        #expect(doc["schema"] as? String == "almanac.impact" && doc["version"] as? Int == 1)
        #expect(doc["event"] as? String == "1983-02")
        let pw = try #require(doc["pointwise"] as? [String: Any])
        let actual = try #require(pw["actual"] as? [Double])
        let cf = try #require(pw["counterfactual"] as? [Double])
        let effect = try #require(pw["effect"] as? [Double])
        #expect(actual.count == 23)  // 1983-02 … 1984-12
        for i in actual.indices { #expect(isClose(effect[i], actual[i] - cf[i], rel: 1e-9, abs: 1e-9)) }
        let cum = try #require(doc["cumulative"] as? [String: Any])
        let est = try #require(cum["estimate"] as? Double)
        #expect(isClose(est, effect.reduce(0, +), rel: 1e-9))
        // The law saved lives: a negative effect, significant at 5%.
        #expect(est < 0)
        #expect(try #require(cum["upper"] as? Double) < 0)
        let again = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1983-02", "--log",
                                    "--model", "arima", "--order", "1,0,1,0,1,1", "--format", "json"])
        #expect(again.stdout == r.stdout)
    }

    @Test func eventOutsideTheDataIsAnError() throws {
        let r = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1990-01"])
        #expect(r.status == 65 && r.stderr.hasPrefix("almanac: error: "))
    }
}
