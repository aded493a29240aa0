import Testing
@testable import TimeSeries

@Suite struct MissingValuesTests {
    @Test func interpolatesInteriorGapsLinearly() throws {
        // approx(c(1, 4, 5, 7), c(2, 8, 9, 15), xout = 1:7)$y = 2 4 6 8 9 12 15
        let x: [Double] = [2, .nan, .nan, 8, 9, .nan, 15]
        #expect(try MissingValues.fill(x) == [2, 4, 6, 8, 9, 12, 15])
        #expect(try MissingValues.fill([1, 2, 3]) == [1, 2, 3])
    }

    @Test func leadingAndTrailingGapsAreNamedOrCarried() throws {
        let x: [Double] = [.nan, .nan, 5, .nan, 7, .nan]
        let e = try #require(throws: InputError.self) { try MissingValues.fill(x, source: "sales") }
        #expect(e.description == "sales: missing values that cannot be interpolated: 2 leading (position 1 to position 2) and 1 trailing (position 6); trim the series or carry the nearest observation")
        #expect(try MissingValues.fill(x, ends: .carry) == [5, 5, 5, 6, 7, 7])
        let s = TimeSeries(name: "turnover", start: .month(2022, 1), values: [.nan, 1, 2])
        let e2 = try #require(throws: InputError.self) { try s.filled() }
        #expect(e2.description == "turnover: missing values that cannot be interpolated: 1 leading (2022-01); trim the series or carry the nearest observation")
        #expect(try s.filled(ends: .carry).values == [1, 1, 2])
    }

    @Test func allMissingIsAnError() {
        #expect(throws: InputError.self) { try MissingValues.fill([.nan, .nan], ends: .carry) }
        #expect(throws: InputError.self) { try MissingValues.fill([], ends: .carry) }
        #expect(MissingValues.count([1, .nan, .nan]) == 2)
    }
}

@Suite struct SeriesRequirementsTests {
    let s = TimeSeries(name: "exports", start: .quarter(2020, 1), values: [3, .nan, 5, -1, .infinity])

    @Test func refusesMissingAndInfiniteValuesNamingTheDate() throws {
        let e = try #require(throws: InputError.self) { try s.check(SeriesRequirements()) }
        #expect(e.description == "exports: missing value at 2020Q2; fill or trim missing values first")
        let t = TimeSeries(name: "x", start: .index(1), values: [1, .infinity])
        let e2 = try #require(throws: InputError.self) { try t.check(SeriesRequirements()) }
        #expect(e2.description == "x: infinite value inf at 2")
    }

    @Test func refusesNonPositiveValuesForLogModels() throws {
        let r = SeriesRequirements(finite: false, positive: true)
        let e = try #require(throws: InputError.self) { try r.check([3, 2, 0, 1], source: "y") }
        #expect(e.description.hasPrefix("y: non-positive value 0.0 at position 3; a log"))
        #expect(throws: Never.self) { try r.check([3, 2, 1]) }
    }

    @Test func refusesConstantAndShortSeries() throws {
        let constant = SeriesRequirements(nonConstant: true)
        let e = try #require(throws: InputError.self) { try constant.check([4, 4, 4], source: "c") }
        #expect(e.description == "c: constant series (every value is 4.0); nothing to model")
        let long = SeriesRequirements(minimumLength: 24)
        let e2 = try #require(throws: InputError.self) { try long.check([1, 2, 3], source: "s") }
        #expect(e2.description == "s: too short: 3 observations, at least 24 needed")
        #expect(throws: Never.self) { try SeriesRequirements(positive: true, nonConstant: true, minimumLength: 2).check([1, 2]) }
    }
}
