import Testing
@testable import Impact

@Suite struct ImpactErrorTests {
    /// The CLI prints these descriptions; they read as `BreaksError`'s did before the move.
    @Test func messagesNameTheProblem() {
        #expect(ImpactError.segmentTooShort("5 observations before the event").description
                == "segment too short: 5 observations before the event")
        #expect(ImpactError.dateOutsideSample("2030-01").description == "date outside the sample: 2030-01")
        #expect(ImpactError.invalidInput("x").description == "invalid input: x")
    }
}
