/// A problem with a driver file or its alignment with the series: one line naming the
/// file and line (`drivers.csv:17: …`) or the option (`--xreg-columns: …`).
public struct DriverError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
