/// One series read from a long-form file: its history (`train`) and, when the file
/// holds a held-out split, the periods that follow it (`test`).
public struct LongSeries: Hashable, Sendable, Codable {
    public var name: String
    public var train: TimeSeries
    /// The held-out continuation (starting the period after `train.end`), or `nil`.
    public var test: TimeSeries?

    public init(name: String, train: TimeSeries, test: TimeSeries? = nil) {
        self.name = name
        self.train = train
        self.test = test
    }

    /// Rows the series occupied in its file.
    public var rowCount: Int { train.count + (test?.count ?? 0) }
}
