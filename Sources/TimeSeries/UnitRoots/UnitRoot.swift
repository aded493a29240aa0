/// Unit-root based choices of the differencing orders d and D (Hyndman & Khandakar 2008),
/// as R forecast's `ndiffs` and `nsdiffs`. `ndiffs` lives in UnitRootNdiffs.swift,
/// `nsdiffs` in UnitRootNsdiffs.swift.
public enum UnitRoot {}
