/// Text from the user's files (column names, series names, event labels) made safe for a
/// terminal: a newline or an ANSI escape sequence in a label must not forge output lines or
/// recolour the screen, and a one-megabyte column name must not fill it.
public enum TerminalText {
    /// Control characters (C0 other than tab, DEL, C1) shown as visible escapes (`\n`, `\u{1B}`).
    public static func escapeControls(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) }) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            if !isControl(u) || (keepNewlines && u == "\n") {
                out.unicodeScalars.append(u)
                continue
            }
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out += "\\u{\(String(u.value, radix: 16, uppercase: true))}"
            }
        }
        return out
    }

    /// One line for an error message: controls escaped, and at most `limit` characters (the
    /// middle of a longer text is elided so that both the start and the reason stay visible).
    public static func clean(_ message: String, limit: Int = 1000) -> String {
        let text = escapeControls(message)
        guard text.count > limit else { return text }
        let head = text.prefix(limit * 2 / 3), tail = text.suffix(limit / 3)
        return "\(head) … [\(text.count - head.count - tail.count) characters elided] … \(tail)"
    }

    /// A name quoted inside a message, shortened to `limit` characters.
    public static func name(_ text: String, limit: Int = 80) -> String {
        let t = escapeControls(text)
        return t.count > limit ? String(t.prefix(limit)) + "…" : t
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\t") || (0x7F...0x9F).contains(u.value)
    }
}
