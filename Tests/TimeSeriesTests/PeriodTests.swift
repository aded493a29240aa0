import Foundation
import Testing
import TestSupport
@testable import TimeSeries

@Suite struct PeriodTests {
    @Test func parsesEveryTextForm() throws {
        #expect(Period(parsing: "2022-03") == .month(2022, 3))
        #expect(Period(parsing: "2022-3") == .month(2022, 3))
        #expect(Period(parsing: "2022-03-15") == .month(2022, 3))
        #expect(Period(parsing: "2024-02-29") == .month(2024, 2))
        #expect(Period(parsing: "2020-01-31 00:00:00") == .month(2020, 1))
        #expect(Period(parsing: "2020-01-31T12:30:00.000Z") == .month(2020, 1))
        #expect(Period(parsing: "2022/11") == .month(2022, 11))
        #expect(Period(parsing: "2022Q1") == .quarter(2022, 1))
        #expect(Period(parsing: "2022 Q4") == .quarter(2022, 4))
        #expect(Period(parsing: "2022-q2") == .quarter(2022, 2))
        #expect(Period(parsing: "2022") == .year(2022))
        #expect(Period(parsing: " 1871 ") == .year(1871))
        #expect(Period(parsing: "17") == .index(17))
        #expect(Period(parsing: "2022", as: .index) == .index(2022))
        #expect(Period(parsing: "17", as: .year) == .year(17))
    }

    @Test func rejectsMalformedDates() {
        for bad in ["", "2022-13", "2022-00", "2022-02-30", "2023-02-29", "2022Q5", "2022Q", "22-03",
                    "2022-03-15T", "2022-03-15 noon", "2022-03 00:00", "March 2022", "2022-03x", "1.5", "Q1 2022"] {
            #expect(Period(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func printsCanonicalText() {
        #expect(Period.month(2022, 3).description == "2022-03")
        #expect(Period.month(1949, 12).description == "1949-12")
        #expect(Period.quarter(1961, 2).description == "1961Q2")
        #expect(Period.year(871).description == "0871")
        #expect(Period.index(17).description == "17")
    }

    @Test func arithmeticCrossesYearBoundaries() {
        #expect(Period.month(2022, 11).advanced(by: 3) == .month(2023, 2))
        #expect(Period.month(2022, 1).advanced(by: -1) == .month(2021, 12))
        #expect(Period.quarter(2022, 4).advanced(by: 1) == .quarter(2023, 1))
        #expect(Period.month(1949, 1).distance(to: .month(1960, 12)) == 143)
        #expect(Period.quarter(1961, 1).distance(to: .quarter(1986, 3)) == 102)
        #expect(Period.month(2022, 1).distance(to: .quarter(2022, 1)) == nil)
        #expect(Period.month(2022, 4).decimalYear == 2022.25)
        #expect(Period.month(2022, 4).month == 4 && Period.month(2022, 4).year == 2022)
        #expect(Period.quarter(2022, 3).quarter == 3)
    }

    @Test func ordersAndHashes() {
        let ps: [Period] = [.month(2022, 3), .month(2021, 12), .month(2022, 1)]
        #expect(ps.sorted() == [.month(2021, 12), .month(2022, 1), .month(2022, 3)])
        #expect(Set([Period.month(2022, 3), Period(parsing: "2022-03-31")!]).count == 1)
    }

    @Test func codableAsTextOrInteger() throws {
        let ps: [Period] = [.month(2022, 3), .quarter(2022, 1), .year(2022), .index(17)]
        let data = try JSONEncoder().encode(ps)
        #expect(String(decoding: data, as: UTF8.self) == #"["2022-03","2022Q1","2022",17]"#)
        #expect(try JSONDecoder().decode([Period].self, from: data) == ps)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Period].self, from: Data(#"["2022-13"]"#.utf8)) }
    }
}
