import Breaks
import Foundation
import TimeSeries

/// The plain verdict lines of `almanac breaks` under calibrated (ARIMA-error) inference:
/// one line per event saying what the level did, which test the verdict rests on, and how
/// the all-coefficient test agrees or not.
public enum BreakVerdicts {
    /// The shift `δ` on the model scale as a relative change of the level, in percent
    /// (`100(e^δ − 1)`, `100(10^δ − 1)`), or nil on the level scale.
    static func percent(_ delta: Double, scale: BreakRegression.ValueScale) -> Double? {
        switch scale {
        case .level: return nil
        case .log: return 100 * (exp(delta) - 1)
        case .log10: return 100 * (pow(10, delta) - 1)
        }
    }

    static func signed(_ x: Double, _ decimals: Int = 1) -> String {
        (x >= 0 ? "+" : "") + NumberText.fixed(x, decimals: decimals)
    }

    /// "+22.5% (95%: +12.0% to +34.1%)" or "+0.2031 (95%: … )" on the level scale.
    public static func shiftText(_ e: CalibratedBreakTests.EventTest, scale: BreakRegression.ValueScale, level: Double) -> String? {
        guard let ls = e.levelShift else { return nil }
        let lv = Int((level * 100).rounded())
        if let pct = percent(ls.estimate, scale: scale) {
            var s = "\(signed(pct))%"
            if let i = e.levelShiftInterval, let lo = percent(i.lowerBound, scale: scale), let hi = percent(i.upperBound, scale: scale) {
                s += " (\(lv)%: \(signed(lo))% to \(signed(hi))%)"
            }
            return s
        }
        var s = signed(ls.estimate, 4)
        if let i = e.levelShiftInterval { s += " (\(lv)%: \(signed(i.lowerBound, 4)) to \(signed(i.upperBound, 4)))" }
        return s
    }

    /// "p = 0.0123", or "p ≤ 0.001" at the bootstrap's resolution (no replicate as extreme).
    public static func pEquals(_ p: Double, replications: Int) -> String {
        let floor = 1 / Double(replications + 1)
        if p <= floor * (1 + 1e-9) { return "p ≤ \(NumberText.fixed(floor, decimals: floor < 0.001 ? 4 : 3))" }
        return "p = \(NumberText.fixed(p, decimals: 3))"
    }

    /// The supF test the verdicts rest on — the calibrated one under `--errors arima`, else
    /// strucchange's — and its "p = …" text at the bootstrap's resolution.
    public static func supF(_ a: BreakAnalysis) -> (test: BreakTestResult, pText: String) {
        let t = a.calibrated?.unknownDate.first.flatMap { $0 } ?? a.supF
        let p = a.calibrated.map { pEquals(t.pValue, replications: $0.replications) } ?? BreaksReport.pEquals(t.pValue)
        return (t, p)
    }

    /// One line per event.
    public static func line(_ a: BreakAnalysis, event index: Int) -> String {
        guard let cal = a.calibrated else { return "" }
        let ev = a.events[index], t = cal.events[index]
        let k = a.regression.regressorCount
        let post = a.regression.count - t.breakRow
        var parts: [String] = []
        var head = "\(ev.date) [\(ev.label)]: "
        if post < 2 * k {
            head += "\(post) observation\(post == 1 ? "" : "s") after the event (fewer than 2 × \(k) coefficients); "
        }
        var lsSig: Bool? = nil
        if let shift = shiftText(t, scale: a.scale, level: cal.level), let p = t.levelShiftPValue {
            lsSig = p <= 0.05
            parts.append("level shift \(shift), \(pEquals(p, replications: cal.replications)): \(BreakAnalysis.verdict(p)) (GLS level-shift test under the ARIMA errors, bootstrap p)")
        } else {
            parts.append("the level shift cannot be tested: " + t.notes.joined(separator: "; "))
        }
        var ccSig: Bool? = nil
        if let cc = t.coefficientChange, let p = t.coefficientPValue {
            ccSig = p <= 0.05
            parts.append("all coefficients: \(cc.kind.rawValue) = \(NumberText.fixed(cc.statistic, decimals: 3)), \(pEquals(p, replications: cal.replications)): \(BreakAnalysis.verdict(p))")
        }
        var line = head + parts.joined(separator: "; ")
        switch (lsSig, ccSig) {
        case (true?, false?):
            line += ". The level shift is significant; the all-coefficient test is not (it spends \(k) degrees of freedom on coefficients that did not change)"
        case (false?, true?):
            line += ". The all-coefficient test is significant but the level shift is not: the seasonal pattern or the dynamics changed rather than the level"
        default: break
        }
        return line
    }

    /// The lines for events that cannot be tested at all.
    public static func untestableLines(_ a: BreakAnalysis) -> [String] {
        a.untestable.map { "\($0.event.date) [\($0.event.label)]: cannot be tested: \($0.reason)" }
    }

    /// What the p-values rest on.
    public static func basis(_ a: BreakAnalysis) -> String {
        guard let cal = a.calibrated else {
            return "p-values assume independent errors (--errors iid: strucchange's and sandwich's distributions)"
        }
        return "p-values from \(cal.replications) bootstrap series with no break and \(cal.errorModel) errors (an autoregressive sieve chosen by AICc on the residuals; seed \(cal.seed)); --errors iid gives strucchange's"
    }
}
