import Breaks
import Foundation
import TimeSeries

/// The answer to "did the events cause a break?": one sentence per event date, then one on
/// breaks at dates nobody named.
///
/// Under calibrated inference (`--errors arima`) an event's sentence rests on the level-shift
/// test and its bootstrap p-value. An event with less than one seasonal cycle of data after
/// it (four periods for non-seasonal data) is called *too recent to test reliably*: the test
/// keeps its size, but its estimate then rests on a handful of months, so the summary quotes
/// it as early signs without a verdict; the detail lines still give the p-value. Under
/// `--errors iid` the sentences rest on Chow's F and say that they assume independent errors.
public enum BreaksSummary {
    /// Periods after an event below which it is "too recent to test reliably".
    public static func minimumPostPeriods(_ series: TimeSeries) -> Int { max(4, series.period) }

    public static func make(_ a: BreakAnalysis) -> AnswerSummary {
        var sentences: [String] = []
        var events: [JSONValue] = []
        if let cal = a.calibrated {
            for (i, ev) in a.events.enumerated() {
                let t = cal.events[i]
                let post = a.regression.count - t.breakRow
                let head = "\(ev.date) [\(ev.label)]"
                var status = "tested"
                var sentence: String
                if let shift = BreakVerdicts.shiftText(t, scale: a.scale, level: cal.level), let p = t.levelShiftPValue {
                    let pText = BreakVerdicts.pEquals(p, replications: cal.replications)
                    if post < minimumPostPeriods(a.series) {
                        status = "too_recent"
                        sentence = "\(head): too recent to test reliably (\(AnswerSummary.periods(post, of: a.series)) after); early signs: level \(shift), \(pText)"
                    } else {
                        sentence = "\(head): level \(shift), \(BreakAnalysis.verdict(p)) (level-shift test with \(errorModelName(cal.errorModel)) errors, \(pText))"
                        if post < 2 * a.series.period { sentence += "; only \(AnswerSummary.periods(post, of: a.series)) after the event" }
                    }
                } else {
                    status = "untestable"
                    sentence = "\(head): the level shift cannot be tested (\(t.notes.joined(separator: "; ")))"
                }
                sentences.append(sentence + ".")
                events.append(.object([("date", .string(ev.date.description)), ("label", .string(ev.label)),
                                       ("status", .string(status)), ("post_periods", .integer(post)),
                                       ("significant_5pct", t.levelShiftPValue.map { .bool($0 <= 0.05) } ?? .null)]))
            }
        } else {
            for t in a.knownDates {
                let c = t.chow
                let dates = t.regimeStarts.map(\.description).joined(separator: " and ")
                sentences.append("\(dates) [\(t.labels.joined(separator: "; "))]: the regression \(c.pValue < 0.05 ? "changed" : "did not change significantly"), \(BreakAnalysis.verdict(c.pValue)) (Chow F test, \(BreaksReport.pEquals(c.pValue)), assuming independent errors).")
                events.append(.object([("date", .string(dates)), ("label", .string(t.labels.joined(separator: "; "))),
                                       ("status", .string("tested")), ("post_periods", .null),
                                       ("significant_5pct", .bool(c.pValue < 0.05))]))
            }
        }
        for u in a.untestable {
            sentences.append("\(u.event.date) [\(u.event.label)]: cannot be tested (\(u.reason)).")
            events.append(.object([("date", .string(u.event.date.description)), ("label", .string(u.event.label)),
                                   ("status", .string("untestable")), ("post_periods", .null), ("significant_5pct", .null)]))
        }
        sentences.append(unknownDateSentence(a))
        return AnswerSummary(sentences: sentences, fields: [("events", .array(events)),
                                                            ("breaks_at_unknown_dates", .array(a.breaks.map { .string($0.date.description) }))])
    }

    /// Whether anything broke at a date nobody named: the (calibrated) supF test and the
    /// Bai–Perron dates with their confidence intervals.
    static func unknownDateSentence(_ a: BreakAnalysis) -> String {
        let p = BreakVerdicts.supF(a).pText
        guard !a.breaks.isEmpty else {
            return "At dates not named: no break (supF test, \(p))."
        }
        let lv = Int((a.confidenceLevel * 100).rounded())
        let dates = a.breaks.map { b in
            "\(b.date) (\(lv)%: \(b.lower?.description ?? "NA") to \(b.upper?.description ?? "NA"))"
        }.joined(separator: ", ")
        return "At dates not named: \(a.breaks.count == 1 ? "a break" : "\(a.breaks.count) breaks") at \(dates) "
            + "(supF test, \(p); Bai–Perron dates, each the last observation of the old regime)."
    }

    /// `ARIMA(1,0,0)(0,0,1)[12]` from the error model's label, without the mean clause
    /// ("with zero mean"): the errors of a regression have no mean of their own.
    static func errorModelName(_ label: String) -> String {
        guard let r = label.range(of: " with ") else { return label }
        return String(label[..<r.lowerBound])
    }
}
