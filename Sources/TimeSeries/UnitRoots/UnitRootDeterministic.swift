extension UnitRoot {
    /// The deterministic terms of a unit-root or stationarity test regression: a constant
    /// (`level`; urca's "mu" / "drift" / "constant") or a constant and a linear trend
    /// (`trend`; urca's "tau" / "trend").
    public enum Deterministic: String, Sendable, Codable, CaseIterable {
        case level, trend
    }
}
