import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// `auto-batch` (`BatchSelectedAuto`) against an independent implementation of the same
/// choice: Benchmarks/m3/member_selection.py ranks the members, picks `k` and the width from
/// member forecasts written by `almanac-bench members` and scored in numpy
/// (Tests/Fixtures/global/auto_batch_choices.json; command in the script's header).
@Suite struct BatchSelectedAutoTests {
    struct Choice: Decodable {
        var members: [String]
        var width: Double
        var holdoutOWA: Double
        var holdoutCoverage95: Double
        var scoredSeries: Int
    }

    static let reference = try! Fixtures.json([String: Choice].self, Fixtures.url("global/auto_batch_choices.json"))

    /// The dump file stems the script names members by: `ets(akaike,log)` → `ets-akaike-log`.
    static func stem(_ m: CombinationMember) -> String {
        m.rawValue.replacingOccurrences(of: "(", with: "-").replacingOccurrences(of: ",", with: "-")
            .replacingOccurrences(of: ")", with: "")
    }

    @Test func theChoiceOnM3OtherMatchesTheScript() throws {
        // 174 series, period 1, horizon 8: the script keeps the six best members at width 1.1.
        let data = M3Monthly(url: Fixtures.dataset("m3/m3-other.csv"))
        try #require(data.series.count == 174)
        let ref = try #require(Self.reference["other"])
        let choice = try BatchSelectedAuto().choose(data.series.map(\.train), period: 1, horizon: 8)
        #expect(choice.members.map(Self.stem) == ref.members)
        #expect(choice.widthFactor == ref.width)
        #expect(choice.scoredSeries == ref.scoredSeries)
        #expect(abs(choice.holdoutOWA - ref.holdoutOWA) < 1e-9)
        #expect(abs(choice.holdoutCoverage95 - ref.holdoutCoverage95) < 1e-12)
    }

    @Test func allTenMembersAtWidthOnePointOneFiveIsAuto() throws {
        // What the choice gives on M3 monthly (the script: all ten, 1.15) is `auto` itself.
        let ref = try #require(Self.reference["monthly"])
        #expect(ref.members == AutoPolicy.default.members.map(Self.stem) && ref.width == AutoPolicy.default.widthFactor)
        let choice = BatchSelectedAuto.Choice(members: AutoPolicy.default.members, widthFactor: 1.15, holdoutOWA: .nan,
                                              holdoutCoverage95: .nan, scoredSeries: 0)
        let batch = M3Monthly.shared.series.prefix(3).map(\.train)
        let batchForecasts = BatchSelectedAuto().forecast(Array(batch), choice: choice, period: 12, horizon: 18, levels: [80, 95])
        for (y, fc) in zip(batch, batchForecasts) {
            let auto = try ForecastMethod.auto.forecast(y, period: 12, horizon: 18, levels: [80, 95], covariance: false)
            let f = try #require(fc)
            #expect(f.mean == auto.mean && f.lower == auto.lower && f.upper == auto.upper)
        }
    }

    @Test func aBatchTooSmallFallsBackToAuto() throws {
        let batch = M3Monthly.shared.series.prefix(3).map(\.train)
        #expect(throws: ForecasterError.self) {
            try BatchSelectedAuto().choose(Array(batch), period: 12, horizon: 18)
        }
        let r = GlobalModels.forecast(BatchSelectedAuto(), series: Array(batch), period: 12, horizon: 18, levels: [80, 95])
        #expect(r.fallbacks == 3)
        let auto = try ForecastMethod.auto.forecast(batch[0], period: 12, horizon: 18, levels: [80, 95], covariance: false)
        #expect(try r.forecasts[0].get().mean == auto.mean)
    }
}
