/// The rule `auto` applies to every series, and why.
///
/// The rule is global (the same for every series), chosen on the *training* part of the
/// M3 monthly data only: each training series was cut 18 months before its end, every
/// candidate forecast the cut-off 18 months, and the candidates were scored there
/// (Benchmarks/m3/RESULTS.md, "holdout" table). The test part was scored once, with the
/// rule fixed, to report it.
struct AutoPolicy: Sendable, Equatable {
    var members: [ForecastMethod]
    var rule: CombinationRule
    var intervals: CombinationIntervals
    var widthFactor: Double

    static let `default` = AutoPolicy(members: [.ets, .theta], rule: .mean, intervals: .pooledStandardError,
                                      widthFactor: 1)
}
