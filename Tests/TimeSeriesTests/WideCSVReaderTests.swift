import Foundation
import Testing
import TestSupport
@testable import TimeSeries

/// R's description of each shared reference series (make_reference_series.R).
struct ReferenceSeries: Decodable {
    let name: String
    let start_year: Int
    let start_cycle: Int
    let frequency: Int
    let length: Int
    let columns: [String]
    let sums: [Double]
}

@Suite struct WideCSVReaderTests {
    @Test func referenceFilesMatchR() throws {
        let refs = try Fixtures.json([ReferenceSeries].self, Fixtures.url("timeseries/reference_series.json"))
        #expect(refs.count == 8)
        for ref in refs {
            let all = try WideCSVReader.read(path: Fixtures.dataset("reference/\(ref.name).csv").path)
            #expect(all.map(\.name) == ref.columns, "\(ref.name)")
            for (k, s) in all.enumerated() {
                #expect(s.period == ref.frequency, "\(ref.name)")
                #expect(s.count == ref.length, "\(ref.name)")
                let expectedStart: Period = switch ref.frequency {
                case 12: .month(ref.start_year, ref.start_cycle)
                case 4: .quarter(ref.start_year, ref.start_cycle)
                default: .year(ref.start_year)
                }
                #expect(s.start == expectedStart, "\(ref.name)")
                #expect(isClose(s.values.reduce(0, +), ref.sums[k], rel: 1e-12), "\(ref.name) \(s.name)")
            }
        }
    }

    @Test func frequenciesFollowTheDates() throws {
        let nile = try WideCSVReader.readSeries(path: Fixtures.dataset("reference/nile.csv").path)
        #expect(nile.frequency == .annual && nile.start == .year(1871) && nile.end == .year(1970))
        let realint = try WideCSVReader.readSeries(path: Fixtures.dataset("reference/realint.csv").path)
        #expect(realint.frequency == .quarterly && realint.end == .quarter(1986, 3))
        let usinc = try WideCSVReader.readSeries(path: Fixtures.dataset("reference/usincexp.csv").path,
                                                 column: "expenditure")
        #expect(usinc.name == "expenditure" && usinc.values.first == 307.1 && usinc.end == .month(2001, 2))
    }

    @Test func choosesColumnsAndDateColumnByName() throws {
        let path = try TemporaryCSV.write("x,when,y\n1,2022-01-31,10\n2,2022-02-28,NA\n3,2022-03-15,30\n")
        let s = try WideCSVReader.read(path: path, dateColumn: "when", columns: ["y", "x"])
        #expect(s.map(\.name) == ["y", "x"])
        #expect(s[0].start == .month(2022, 1) && s[0].values[0] == 10 && s[0].values[1].isNaN)
        #expect(s[1].values == [1, 2, 3])
    }

    @Test func integerIndicesTakeTheGivenPeriod() throws {
        let path = try TemporaryCSV.write("t\tvalue\n1\t5\n2\t6\n3\t\n4\t8\n")
        let s = try WideCSVReader.readSeries(path: path, indexedPeriod: 4)
        #expect(s.frequency == .indexed(period: 4) && s.start == .index(1) && s.count == 4)
        #expect(s.values[2].isNaN)
        // Indices from 1999 read as years unless the caller says they are indices.
        let high = try TemporaryCSV.write("t,value\n1999,1\n2000,2\n")
        #expect(try WideCSVReader.readSeries(path: high).frequency == .annual)
        let forced = try WideCSVReader.readSeries(path: high, indexedPeriod: 7, dates: .index)
        #expect(forced.frequency == .indexed(period: 7) && forced.start == .index(1999))
    }

    @Test func quotedSemicolonFileWithBOMAndCRLF() throws {
        let text = "\u{FEFF}\"Datum\";\"Umsatz\"\r\n\"2022Q1\";\"1.5\"\r\n\"2022Q2\";2.5\r\n"
        let s = try WideCSVReader.readSeries(path: try TemporaryCSV.write(text))
        #expect(s.name == "Umsatz" && s.start == .quarter(2022, 1) && s.values == [1.5, 2.5])
    }

    @Test func standardInputIsNamedInErrors() throws {
        // `-` reads descriptor 0; under the test runner that is not our data, so only the
        // naming is checked through the tokenizer's display name.
        let reader = try ByteChunkReader(path: "-")
        #expect(reader.displayName == "<stdin>")
    }
}
