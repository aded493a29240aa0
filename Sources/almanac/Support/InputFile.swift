import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Reports
import TimeSeries

/// Checks and reads input paths with POSIX calls: FileHandle traps when asked to read a
/// directory, and reading standard input to its end grows memory without bound
/// (`< /dev/zero`). Input is capped at `InputLimits.maxBytes`.
enum InputFile {
    /// Refuses a missing path or a directory with a one-line message (exit 66).
    static func check(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw CLIError("\(path): no such file", code: 66) }
            throw CLIError("\(path): \(String(cString: strerror(errno)))", code: 66)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError("\(path): is a directory, not a file", code: 66)
        }
    }

    /// The whole of `path` (a model file, a baseline), refused beyond `InputLimits.maxBytes`.
    static func contents(_ path: String) throws -> Data {
        try check(path)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError("\(path): \(String(cString: strerror(errno)))", code: 66) }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, 1 << 16) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw CLIError("\(path): \(String(cString: strerror(errno)))", code: 66) }
            if n == 0 { return data }
            data.append(contentsOf: buffer[..<n])
            guard data.count <= InputLimits.maxBytes else {
                throw CLIError("\(path): larger than \(InputLimits.maxBytes >> 20) MiB (the documented limit)", code: 65)
            }
        }
    }

    /// The first `bytes` bytes of `path` (fewer for a shorter file).
    static func head(_ path: String, bytes: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError("\(path): \(String(cString: strerror(errno)))", code: 66) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: bytes)
        var filled = 0
        while filled < bytes {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, bytes - filled) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw CLIError("\(path): \(String(cString: strerror(errno)))", code: 66) }
            if n == 0 { break }
            filled += n
        }
        return Data(buffer[..<filled])
    }

    /// Copies standard input to `path`, refusing more than `InputLimits.maxBytes`.
    static func copyStandardInput(to path: String, prefix: [UInt8] = []) throws {
        let out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw CLIError("\(path): \(String(cString: strerror(errno)))", code: 74) }
        defer { close(out) }
        if !prefix.isEmpty {
            let code = FileDescriptorWriter.writeAll(Data(prefix), to: out)
            if code != 0 { throw CLIError("\(path): \(String(cString: strerror(code)))", code: 74) }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = prefix.count
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress!, 1 << 16) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw CLIError("<stdin>: read failed: \(String(cString: strerror(errno)))", code: 66) }
            if n == 0 { return }
            total += n
            guard total <= InputLimits.maxBytes else {
                throw CLIError("<stdin>: input larger than \(InputLimits.maxBytes >> 20) MiB (the documented limit)", code: 65)
            }
            let code = buffer.withUnsafeBytes { FileDescriptorWriter.writeAll(Data($0[..<n]), to: out) }
            if code != 0 { throw CLIError("\(path): \(String(cString: strerror(code)))", code: 74) }
        }
    }
}
