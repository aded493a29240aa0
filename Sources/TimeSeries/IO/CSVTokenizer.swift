/// A streaming RFC 4180 tokenizer: reads records one at a time from a file or standard
/// input through a fixed-size chunk buffer.
///
/// Accepts UTF-8 with or without a byte-order mark, LF, CRLF or lone CR line ends,
/// fields quoted with `"` (embedded delimiters, line breaks and doubled quotes `""`),
/// and a delimiter `,`, `;` or tab — detected from the header line (the most frequent
/// of the three outside quotes; `,` on a tie or when none occurs) unless given.
/// Completely empty lines are skipped (so a single-column file cannot hold a blank
/// cell; write `NA`).
///
/// - Complexity: O(bytes) time; memory O(chunk size + longest record).
public struct CSVTokenizer {
    private let reader: ByteChunkReader
    private var position = 0
    /// 1-based line of the next unread byte.
    private var line = 1
    public let delimiter: UInt8
    /// The file name used in errors (`<stdin>` for `-`).
    public var file: String { reader.displayName }

    /// Opens `path` (`-` = standard input).
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - delimiter: `nil` detects it from the first line.
    ///   - chunkSize: the bytes read at a time.
    ///   - prefix: bytes read before the file's (a header line already taken from
    ///     standard input).
    /// - Throws: `InputError` when the file cannot be opened or read, or is UTF-16/32.
    /// - Parameter byteLimit: the most bytes read (nil: no limit, for streaming).
    public init(path: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 16,
                prefix: [UInt8] = [], byteLimit: Int? = InputLimits.maxBytes) throws(InputError) {
        reader = try ByteChunkReader(path: path, chunkSize: chunkSize, prefix: prefix, byteLimit: byteLimit)
        _ = try reader.refill()
        let buf = UnsafeBufferPointer(start: reader.buffer, count: reader.count)
        if buf.count >= 2, (buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == 0xFE && buf[1] == 0xFF) {
            throw InputError(file: reader.displayName, line: 1, column: 1,
                             "the file is UTF-16 encoded; save it as UTF-8")
        }
        if buf.count >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { position = 3 }
        self.delimiter = delimiter ?? Self.detectDelimiter(UnsafeBufferPointer(rebasing: buf[position...]))
    }

    /// The most frequent of `,` `;` tab on the first line, outside quotes (`,` on ties).
    static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var comma = 0, semicolon = 0, tab = 0
        var quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A || b == 0x0D { break }
            switch b {
            case 0x2C: comma += 1
            case 0x3B: semicolon += 1
            case 0x09: tab += 1
            default: break
            }
        }
        if semicolon > comma && semicolon >= tab { return 0x3B }
        if tab > comma && tab > semicolon { return 0x09 }
        return 0x2C
    }

    @inline(__always)
    private mutating func nextByte() throws(InputError) -> UInt8? {
        if position >= reader.count {
            position = 0
            guard try reader.refill() > 0 else { return nil }
        }
        let b = reader.buffer[position]
        position += 1
        return b
    }

    @inline(__always)
    private mutating func peekByte() throws(InputError) -> UInt8? {
        if position >= reader.count {
            position = 0
            guard try reader.refill() > 0 else { return nil }
        }
        return reader.buffer[position]
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// Reads the next non-empty record into `record`; `false` at end of input.
    /// - Throws: `InputError` for an unterminated quoted field (naming the line where it
    ///   opened) or a character after a closing quote other than a delimiter or line end.
    public mutating func next(into record: inout CSVRecord) throws(InputError) -> Bool {
        record.reset()
        var state = State.fieldStart
        var quoteLine = 0
        // Skip blank lines.
        while let b = try peekByte(), b == 0x0A || b == 0x0D {
            _ = try nextByte()
            if b == 0x0D, try peekByte() == 0x0A { _ = try nextByte() }
            line += 1
        }
        record.line = line
        guard try peekByte() != nil else { return false }
        record.beginField()
        let buffer = reader.buffer
        while true {
            // Fast path: copy the run of ordinary bytes up to the next byte that matters
            // in this state straight from the chunk, instead of byte by byte.
            if state == .fieldStart || state == .unquoted || state == .quoted {
                let end = reader.count
                var j = position
                if state == .quoted {
                    while j < end, buffer[j] != 0x22, buffer[j] != 0x0A, buffer[j] != 0x0D { j += 1 }
                } else {
                    while j < end {
                        let c = buffer[j]
                        if c == delimiter || c == 0x0A || c == 0x0D || c == 0x22 { break }
                        j += 1
                    }
                }
                if j > position {
                    record.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer + position, count: j - position))
                    position = j
                    if state == .fieldStart { state = .unquoted }
                    continue
                }
            }
            guard let b = try nextByte() else {
                if state == .quoted {
                    throw InputError(file: file, line: quoteLine, column: record.count,
                                     "quoted field opened here is never closed")
                }
                record.endField()
                return true
            }
            let isLineEnd = b == 0x0A || b == 0x0D
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                if b == delimiter {
                    record.endField()
                    record.beginField()
                    state = .fieldStart
                } else if isLineEnd {
                    if b == 0x0D, try peekByte() == 0x0A { _ = try nextByte() }
                    line += 1
                    record.endField()
                    return true
                } else if b == 0x22 && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                } else if b == 0x22 && state == .quoteInQuoted {
                    record.bytes.append(0x22)
                    state = .quoted
                } else if state == .quoteInQuoted {
                    throw InputError(file: file, line: line, column: record.count,
                                     "unexpected character '\(Character(Unicode.Scalar(b)))' after a closing quote (a quote inside a quoted field is written \"\")")
                } else {
                    record.bytes.append(b)
                    state = .unquoted
                }
            case .quoted:
                if b == 0x22 {
                    state = .quoteInQuoted
                } else {
                    if b == 0x0A {
                        line += 1
                    } else if b == 0x0D, try peekByte() != 0x0A {
                        line += 1
                    }
                    record.bytes.append(b)
                }
            }
        }
    }
}
