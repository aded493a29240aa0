import Foundation
import Testing
import TestSupport

/// The Swift example exists once, as the compiled `almanac-example` target; README.md and
/// the DocC article "Forecasting from Swift" show the same text.
@Suite struct SwiftExampleTests {
    static func text(_ relative: String) throws -> String {
        try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    /// The lines between `// BEGIN example` and `// END example` of the example's source.
    static func exampleBody() throws -> String {
        let source = try text("Examples/ForecastingFromSwift/main.swift")
        let begin = try #require(source.range(of: "// BEGIN example\n"))
        let end = try #require(source.range(of: "// END example\n"))
        return String(source[begin.upperBound..<end.lowerBound])
    }

    @Test(arguments: ["README.md", "Sources/Umbrella/Almanac.docc/ForecastingFromSwift.md"])
    func documentShowsTheCompiledExample(_ document: String) throws {
        let body = try Self.exampleBody()
        #expect(body.contains("ForecastMethod.auto"))
        #expect(try Self.text(document).contains("```swift\nimport Almanac\n\n" + body + "```\n"),
                "\(document) differs from Examples/ForecastingFromSwift/main.swift")
    }
}
