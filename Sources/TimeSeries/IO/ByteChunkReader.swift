#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input for the path `-`) in fixed-size chunks through a
/// POSIX file descriptor, so memory stays at one chunk however large the file is.
final class ByteChunkReader {
    /// The name used in error messages (`<stdin>` for standard input).
    let displayName: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    let buffer: UnsafeMutablePointer<UInt8>
    let capacity: Int
    /// Valid bytes in `buffer` after the last `refill()`.
    private(set) var count = 0
    private(set) var reachedEnd = false
    /// Bytes read so far; the read fails beyond `byteLimit`.
    private(set) var total = 0
    /// `InputLimits.maxBytes` for inputs read whole; nil for the streaming batch mode,
    /// whose memory does not grow with the input.
    private let byteLimit: Int?
    /// Bytes already taken from the descriptor (a peeked header line), served first.
    private var prefix: [UInt8]

    /// Opens `path` (`-` = standard input).
    /// - Parameter prefix: bytes to read before the file's own (standard input whose
    ///   first line was peeked at).
    /// - Throws: `InputError` naming the path and the system's reason.
    init(path: String, chunkSize: Int = 1 << 16, prefix: [UInt8] = [],
         byteLimit: Int? = InputLimits.maxBytes) throws(InputError) {
        self.prefix = prefix
        self.byteLimit = byteLimit
        if path == "-" {
            fd = 0
            ownsDescriptor = false
            displayName = "<stdin>"
        } else {
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw InputError(file: path, "cannot open: \(String(cString: strerror(errno)))")
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw InputError(file: path, "is a directory, not a CSV file")
            }
            fd = opened
            ownsDescriptor = true
            displayName = path
        }
        capacity = max(chunkSize, 16)
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
        if ownsDescriptor { close(fd) }
    }

    /// Replaces the buffer's content with the next chunk; returns the number of bytes
    /// read (0 at end of file).
    /// - Throws: `InputError` when the read fails (not at end of file).
    func refill() throws(InputError) -> Int {
        guard !reachedEnd else { count = 0; return 0 }
        if !prefix.isEmpty {
            let n = min(prefix.count, capacity)
            prefix.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: n) }
            prefix.removeFirst(n)
            count = n
            return n
        }
        while true {
            let n = read(fd, buffer, capacity)
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(file: displayName, "read failed: \(String(cString: strerror(errno)))")
            }
            count = n
            total += n
            if let byteLimit, total > byteLimit {
                throw InputError(file: displayName, "input larger than \(byteLimit >> 20) MiB (the documented limit)")
            }
            if n == 0 { reachedEnd = true }
            return n
        }
    }
}
