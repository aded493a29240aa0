/// The wider floating type used to accumulate residuals and sums of squares.
///
/// On x86-64 `Float80` (64-bit significand) gives 11 extra bits over `Double`, enough
/// for the residual `y − Xβ` of an ill-conditioned least-squares problem (NIST Wampler,
/// Longley) to be computed essentially exactly before one refinement step. Elsewhere it
/// falls back to `Double` (refinement then still helps, but less).
#if arch(x86_64) && !os(Windows)
typealias ExtendedDouble = Float80
#else
typealias ExtendedDouble = Double
#endif
