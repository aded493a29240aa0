import Foundation
import Testing
import TestSupport
@testable import TimeSeries

/// R reference values from Tests/Fixtures/timeseries/make_transforms.R (`null` = NA).
struct TransformsFixture: Decodable {
    struct Lambda: Decodable {
        let name: String; let period: Int; let n: Int
        let guerrero: Double; let boxcox_lambda: Double; let guerrero_0_1: Double
    }
    struct BoxCoxCase: Decodable {
        let lambda: Double; let x: [Double]; let transformed: [Double?]
        let inverse: [Double?]; let fvar: [Double]; let inverse_biasadj: [Double?]
    }
    struct SignedCase: Decodable {
        let lambda: Double
        let x: [Double]?; let transformed: [Double?]?
        let w: [Double]?; let inverse: [Double?]?
    }
    struct Differencing: Decodable {
        let x: [Double]; let diff1: [Double]; let diff2: [Double]; let sdiff12: [Double]; let sdiff12_2: [Double]
        let forecasts: [Double]
        let undiff1: [Double]; let undiff2: [Double]; let undiff12: [Double]; let undiff12_2: [Double]
        let undiff_1_12: [Double]
    }
    struct Moving: Decodable {
        let x: [Double]; let ma12: [Double?]; let ma5: [Double?]; let ma4_uncentred: [Double?]
        let ma3_with_na: [Double?]; let embed3: [[Double]]
    }
    struct IntervalCase: Decodable {
        let lambda: Double; let w: [Double]; let level: Double; let lower: [Double]; let upper: [Double]
        let inverse_biasadj: [Double]
    }
    let lambdas: [Lambda]
    let interval: IntervalCase
    let boxcox: [BoxCoxCase]
    let signed: [SignedCase]
    let differencing: Differencing
    let moving: Moving
}

/// Element-wise closeness with NA (nil) matching NaN.
func expectCloseToR(_ got: [Double], _ want: [Double?], rel: Double = 1e-12, abs: Double = 1e-12,
                 _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(got.count == want.count, "\(what): length \(got.count) vs \(want.count)", sourceLocation: sourceLocation)
    for (i, (g, w)) in zip(got, want).enumerated() {
        #expect(isClose(g, w ?? .nan, rel: rel, abs: abs), "\(what)[\(i)]: \(g) vs \(String(describing: w))",
                sourceLocation: sourceLocation)
    }
}

@Suite struct TransformsTests {
    let fixture: TransformsFixture

    init() throws {
        fixture = try Fixtures.json(TransformsFixture.self, Fixtures.url("timeseries/transforms.json"))
    }

    func series(_ name: String) throws -> [Double] {
        try WideCSVReader.readSeries(path: Fixtures.dataset("reference/\(name).csv").path).values
    }

    @Test func guerreroLambdaMatchesForecast() throws {
        #expect(fixture.lambdas.count == 5)
        for ref in fixture.lambdas {
            let x = try series(ref.name)
            #expect(x.count == ref.n)
            let lam = BoxCox.guerreroLambda(x, period: ref.period)
            #expect(Swift.abs(lam - ref.guerrero) < 1e-4, "\(ref.name): \(lam) vs R \(ref.guerrero)")
            // Same Brent iterations as R's optimize: far closer than the 1e-4 acceptance.
            #expect(Swift.abs(lam - ref.guerrero) < 1e-9, "\(ref.name): \(lam) vs R \(ref.guerrero)")
            #expect(Swift.abs(BoxCox.lambda(x, period: ref.period) - ref.boxcox_lambda) < 1e-9, "\(ref.name)")
            let bounded = BoxCox.guerreroLambda(x, period: ref.period, lower: 0, upper: 1)
            #expect(Swift.abs(bounded - ref.guerrero_0_1) < 1e-9, "\(ref.name) on [0, 1]")
        }
    }

    @Test func boxCoxLambdaShortcuts() {
        // BoxCox.lambda returns 1 for series no longer than two seasons.
        #expect(BoxCox.lambda([1, 2, 3, 4, 5, 6, 7, 8], period: 4) == 1)
        #expect(BoxCox.guerreroLambda([1, 2, 3], period: 1) == 1)
    }

    @Test func boxCoxAndInverseMatchForecast() throws {
        #expect(fixture.boxcox.count == 5)
        for c in fixture.boxcox {
            let bc = BoxCox(lambda: c.lambda)
            let w = bc.transform(c.x)
            expectCloseToR(w, c.transformed, "BoxCox λ=\(c.lambda)")
            expectCloseToR(bc.inverse(w), c.inverse, "InvBoxCox λ=\(c.lambda)")
            expectCloseToR(try bc.inverse(w, biasAdjustedWith: c.fvar), c.inverse_biasadj, "biasadj λ=\(c.lambda)")
        }
        for c in fixture.signed {
            let bc = BoxCox(lambda: c.lambda)
            if let x = c.x, let t = c.transformed { expectCloseToR(bc.transform(x), t, "signed λ=\(c.lambda)") }
            if let w = c.w, let inv = c.inverse { expectCloseToR(bc.inverse(w), inv, "inverse range λ=\(c.lambda)") }
        }
        #expect(throws: InputError.self) { try BoxCox(lambda: 0.5).inverse([1, 2, 3], biasAdjustedWith: [1, 2]) }
        let c = fixture.boxcox[1]
        expectCloseToR(Transforms.boxCox(c.x, lambda: c.lambda), c.transformed, "Transforms.boxCox")
        let w = Transforms.boxCox(c.x, lambda: c.lambda)
        expectCloseToR(try Transforms.inverseBoxCox(w, lambda: c.lambda, forecastVariance: c.fvar), c.inverse_biasadj, "Transforms.inverseBoxCox")
    }

    @Test func biasAdjustmentFromAPredictionInterval() throws {
        let c = fixture.interval
        let fvar = try BoxCox.varianceFromInterval(lower: c.lower, upper: c.upper, level: c.level)
        expectCloseToR(try BoxCox(lambda: c.lambda).inverse(c.w, biasAdjustedWith: fvar), c.inverse_biasadj.map { $0 },
                       rel: 1e-12, "InvBoxCox(fvar = forecast intervals)")
        #expect(try BoxCox.varianceFromInterval(lower: c.lower, upper: c.upper, level: 0.95) == fvar)
        #expect(throws: InputError.self) { try BoxCox.varianceFromInterval(lower: [1], upper: [2], level: 100) }
        #expect(throws: InputError.self) { try BoxCox.varianceFromInterval(lower: [1], upper: [2, 3], level: 95) }
    }

    @Test func differencesMatchR() {
        let d = fixture.differencing
        expectCloseToR(Transforms.diff(d.x), d.diff1.map { $0 }, "diff")
        expectCloseToR(Transforms.diff(d.x, differences: 2), d.diff2.map { $0 }, "diff d=2")
        expectCloseToR(Transforms.seasonalDiff(d.x, period: 12), d.sdiff12.map { $0 }, "diff lag 12")
        expectCloseToR(Transforms.seasonalDiff(d.x, period: 12, differences: 2), d.sdiff12_2.map { $0 }, "diff lag 12 D=2")
        #expect(Transforms.diff([1, 2], lag: 2).isEmpty)
    }

    @Test func integrationMatchesDiffinv() throws {
        let d = fixture.differencing
        let f = d.forecasts
        expectCloseToR(try Transforms.undiff(f, history: d.x), d.undiff1.map { $0 }, "undiff")
        expectCloseToR(try Transforms.undiff(f, history: d.x, differences: 2), d.undiff2.map { $0 }, "undiff d=2")
        expectCloseToR(try Transforms.undiff(f, history: d.x, lag: 12), d.undiff12.map { $0 }, "undiff lag 12")
        expectCloseToR(try Transforms.undiff(f, history: d.x, lag: 12, differences: 2), d.undiff12_2.map { $0 }, "undiff lag 12 D=2")
        expectCloseToR(try Transforms.undiff(f, history: d.x, differences: 1, seasonalPeriod: 12, seasonalDifferences: 1),
                    d.undiff_1_12.map { $0 }, "undiff (1-B)(1-B^12)")
        #expect(throws: InputError.self) { try Transforms.undiff(f, history: [1, 2, 3], lag: 12) }
    }

    @Test func integrationInvertsDifferencing() throws {
        // Differencing the history extended by the integrated forecasts returns the forecasts.
        let x = fixture.differencing.x
        let f = fixture.differencing.forecasts
        let y = try Transforms.undiff(f, history: x, lag: 12, differences: 2)
        let back = Transforms.seasonalDiff(x + y, period: 12, differences: 2).suffix(f.count)
        expectCloseToR(Array(back), f.map { $0 }, rel: 1e-12, abs: 1e-9, "round trip")
    }

    @Test func movingAveragesMatchForecastMa() throws {
        let m = fixture.moving
        expectCloseToR(try Transforms.movingAverage(m.x, order: 12), m.ma12, "ma 12")
        expectCloseToR(try Transforms.movingAverage(m.x, order: 5), m.ma5, "ma 5")
        expectCloseToR(try Transforms.movingAverage(m.x, order: 4, centre: false), m.ma4_uncentred, "ma 4 uncentred")
        expectCloseToR(try Transforms.movingAverage([1, 2, .nan, 4, 5, 6, 7], order: 3), m.ma3_with_na, "ma with NA")
        #expect(throws: InputError.self) { try Transforms.movingAverage(m.x, order: 0) }
    }

    @Test func lagsAndEmbed() {
        let m = fixture.moving
        let cols = Transforms.embed(Array(m.x.prefix(10)), dimension: 3)
        #expect(cols == m.embed3)
        let l = Transforms.lag([1, 2, 3, 4], by: 2)
        #expect(l[0].isNaN && l[1].isNaN && Array(l[2...]) == [1, 2])
        let lead = Transforms.lag([1, 2, 3], by: -1)
        #expect(Array(lead.prefix(2)) == [2, 3] && lead[2].isNaN)
    }

    @Test func logAndExp() {
        #expect(Transforms.log([1, M_E]) == [0, 1])
        #expect(Transforms.exp([0]) == [1])
        #expect(Transforms.log([-1])[0].isNaN)
    }
}
