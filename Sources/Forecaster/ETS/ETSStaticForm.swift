/// Compile-time constants that select a specialised copy of `ETSRecursion.filter`: the
/// filter is generic over one type per component (error, trend, season, and whether
/// residuals and states are written), so each of the 36 combinations is compiled with its
/// component switches folded away instead of testing them at every time step.
enum ETSStaticForm {
    protocol Flag { static var value: Bool { get } }
    protocol Code { static var value: Int { get } }
    enum Yes: Flag { static var value: Bool { true } }
    enum No: Flag { static var value: Bool { false } }
    enum Zero: Code { static var value: Int { 0 } }
    enum One: Code { static var value: Int { 1 } }
    enum Two: Code { static var value: Int { 2 } }
}
