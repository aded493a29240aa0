/// The rule `auto` applies to every series, and why.
///
/// `auto` is the equal-weight mean of three members: ETS (`AutoETS`), Theta (`thetaf`) and
/// Theta on `log y` (Box–Cox λ = 0, back-transformed; dropped for non-positive data). Its
/// intervals pool the members' standard errors (their mean; the members' average
/// correlation across horizons) widened by the factor 1.1. Per series, the choice falls
/// back to the surviving members when one fails or explodes, and to a baseline for
/// degenerate series (`AutoForecaster`).
///
/// The rule was chosen on the *training* part of the M3 monthly data only: each training
/// series was cut 18 months before its end and every candidate forecast those 18 months
/// (`AutoBenchmarkTests`, setup "holdout"; Benchmarks/m3/RESULTS.md). On that holdout:
///
/// | candidate                                  | OWA    | 95% coverage | MSIS  |
/// |--------------------------------------------|--------|--------------|-------|
/// | ets                                        | 0.9452 | 0.882        | 7.512 |
/// | theta                                      | 0.8587 | 0.891        | 7.660 |
/// | theta(log)                                 | 0.8584 | 0.907        | 7.534 |
/// | mean(ets, theta), width 1.2                | 0.8653 | 0.951        | 6.566 |
/// | median(ets, theta, theta(log)), width 1.2  | 0.8467 | 0.941        | 6.871 |
/// | mean(ets, theta, theta(log)), width 1.0    | 0.8508 | 0.920        | 6.818 |
/// | mean(ets, theta, theta(log)), width 1.1    | 0.8508 | 0.941        | 6.747 |
/// | mean(ets, theta, theta(log)), width 1.2    | 0.8508 | 0.956        | 6.802 |
///
/// The three-member mean improves the two-member OWA by 1.7% at a 2.8% higher MSIS; the
/// median is slightly better in OWA but worse in MSIS at every width. The width factor is the
/// one with the lowest holdout MSIS among those with holdout 95% coverage in 0.93–0.97.
/// Theta alone, or Theta alone for short series, had worse intervals and was not adopted.
/// The test part was scored once, with the rule fixed, to report it.
struct AutoPolicy: Sendable, Equatable {
    var members: [CombinationMember]
    var rule: CombinationRule
    var intervals: CombinationIntervals
    var widthFactor: Double

    static let `default` = AutoPolicy(members: [.ets, .theta, .logTheta], rule: .mean,
                                      intervals: .pooledStandardError, widthFactor: 1.1)
}
