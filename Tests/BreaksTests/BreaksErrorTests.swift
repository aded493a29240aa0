import Testing
@testable import Breaks

@Suite struct BreaksErrorTests {
    @Test func messagesNameTheProblem() {
        #expect(BreaksError.segmentTooShort("3 observations for 4 coefficients").description
                == "segment too short: 3 observations for 4 coefficients")
    }
}
