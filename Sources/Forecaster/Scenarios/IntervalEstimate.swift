/// A point value with central intervals at several levels (percent).
public struct IntervalEstimate: Sendable, Codable, Equatable {
    public var point: Double
    public var levels: [Double]
    public var lower: [Double]
    public var upper: [Double]

    public init(point: Double, levels: [Double], lower: [Double], upper: [Double]) {
        self.point = point
        self.levels = levels
        self.lower = lower
        self.upper = upper
    }
}
