/// The result of `STL.decompose`: `data = seasonal + trend + remainder`, with the
/// parameters actually used (R's `win`, `deg`, `jump`, `inner`, `outer`).
public struct STLDecomposition: Codable, Sendable, Equatable {
    public var data: [Double]
    public var period: Int
    public var seasonal: [Double]
    public var trend: [Double]
    /// `data − seasonal − trend`.
    public var remainder: [Double]
    /// Final robustness weights (all 1 without outer iterations), as R's `weights`.
    public var weights: [Double]
    public var seasonalWindow: Int
    public var trendWindow: Int
    public var lowPassWindow: Int
    public var seasonalDegree: Int
    public var trendDegree: Int
    public var lowPassDegree: Int
    public var seasonalJump: Int
    public var trendJump: Int
    public var lowPassJump: Int
    public var inner: Int
    public var outer: Int

    /// `data − seasonal`, forecast's `seasadj` for an STL fit.
    public var seasonallyAdjusted: [Double] { zip(data, seasonal).map { $0 - $1 } }
}
