import Testing
import TestSupport
@testable import Breaks

@Suite struct RSSTriangleTests {
    @Test func recursiveResidualsMatchRecresid() throws {
        let ref = try BreaksData.seatbelt
        let w = try RecursiveResiduals.compute(try BreaksData.seatbeltRegression(ref.raw))
        #expect(w.count == ref.recresid.count)
        // R's recresid updates (XᵀX)⁻¹ directly; its first few residuals, from fits on
        // 3–5 rows, carry ~1e-9 relative rounding that the Givens factor avoids.
        for (t, (a, b)) in zip(w, ref.recresid).enumerated() {
            #expect(close(a, b, rel: t < 10 ? 1e-7 : 1e-9, abs: 1e-11))
        }
    }

    @Test func firstRowMatchesStrucchangeTriangle() throws {
        let ref = try BreaksData.seatbelt
        let row = try RSSTriangle(try BreaksData.seatbeltRegression(ref.raw)).row(start: 1)
        #expect(row.count == ref.breakpoints.rssFirstRow.count)
        for (a, b) in zip(row, ref.breakpoints.rssFirstRow) {
            if let b { #expect(close(a, b, rel: 1e-9)) } else { #expect(a.isNaN) }
        }
        let nile = try BreaksData.nile
        let nrow = try RSSTriangle(try BreakRegression.mean(nile.y)).row(start: 1)
        for (a, b) in zip(nrow, nile.breakpoints.rssFirstRow) {
            if let b { #expect(close(a, b, rel: 1e-12)) } else { #expect(a.isNaN) }
        }
    }

    @Test func segmentRSSAgreesWithDirectSum() throws {
        // RSS of y ~ 1 on rows 3…7 is the sum of squared deviations from their mean.
        let y: [Double] = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]
        let t = RSSTriangle(try BreakRegression.mean(y))
        let seg = Array(y[2...6]); let m = seg.reduce(0, +) / 5
        #expect(close(try t.rss(3, 7), seg.map { ($0 - m) * ($0 - m) }.reduce(0, +), rel: 1e-13))
        #expect(throws: BreaksError.self) { try t.rss(0, 4) }
        #expect(throws: BreaksError.self) { try t.rss(4, 11) }
    }
}
