/// The documented limits on input (README, "Limits"). Beyond them the readers refuse with a
/// located message instead of growing memory without bound (`/dev/zero`) or computing with
/// numbers whose squares overflow (1e160² = Inf turns sums of squares, F statistics and
/// variances into Inf or NaN).
public enum InputLimits {
    /// Largest input file or standard-input stream: 256 MiB.
    public static let maxBytes = 256 << 20
    /// Largest magnitude of a value: 1e100, so that squares and cross-products of a few
    /// thousand of them stay finite.
    public static let maxMagnitude = 1e100
    /// Seasonal periods accepted by `--frequency`.
    public static let periods = 1...1000
}
