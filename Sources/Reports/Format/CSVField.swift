/// One CSV field as RFC 4180 writes it: quoted (with `"` doubled) when it holds a comma, a
/// quote or a line break, as-is otherwise. A series named `a,b` must stay one field.
public enum CSVField {
    public static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
