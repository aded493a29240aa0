import TimeSeries

/// `--log` needs positive values. Checked before any analysis so that `breaks` and `impact`
/// name the same bad value the same way: its date and its 1-based observation number.
func requirePositive(_ series: TimeSeries, input: String) throws {
    guard let i = series.values.firstIndex(where: { !$0.isNaN && $0 <= 0 }) else { return }
    throw CLIError("\(input): --log needs positive values; observation \(i + 1) (\(series.date(at: i))) is \(series.values[i])", code: 65)
}
