import Testing

extension CLIRun {
    /// Runs `base + extra` for each case and expects a refusal: exit 64 (usage) or 65 (data),
    /// one stderr line starting `almanac: error: <prefix>`, nothing on stdout.
    static func expectOneLineRefusals(_ base: [String], _ cases: [([String], String)],
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (extra, prefix) in cases {
            let r = try run(base + extra)
            #expect(r.status == 65 || r.status == 64, "\(extra): \(r.status)", sourceLocation: sourceLocation)
            #expect(r.stderr.hasPrefix("almanac: error: \(prefix)"), "\(extra): \(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stdout.isEmpty, "\(extra)", sourceLocation: sourceLocation)
        }
    }
}
