import Foundation

/// Writes output files without ever destroying what the user pointed at.
///
/// - A regular file (or a new path) is written atomically: the bytes go to a temporary file
///   in the same directory, which is renamed over the destination only when complete, so a
///   failed or interrupted run never leaves a half-written file.
/// - A symbolic link is followed and its final target replaced atomically; the link stays.
/// - Anything else that exists (a FIFO, `/dev/stdout`, `/dev/full`, a terminal) is written
///   *through*, never replaced by a regular file; its write errors are reported.
/// - A directory is refused.
/// Every failure is a `FileWriteError` naming the path the user gave.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        // /dev/stdout, /dev/fd/N and /proc/self/fd/N are the kernel's links to open files
        // (pipes, terminals, files opened with >>): always written through, never replaced.
        if isKernelPath(path) {
            try writeThrough(data, to: path, shownAs: path)
            return
        }
        let target = try resolvedTarget(path)
        if isKernelPath(target) {
            try writeThrough(data, to: path, shownAs: path)
            return
        }
        var info = stat()
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw FileWriteError(path: path, reason: "is a directory")
            default:
                try writeThrough(data, to: target, shownAs: path)
                return
            }
            try replace(target, with: data, mode: info.st_mode & 0o7777, shownAs: path)
        } else {
            try replace(target, with: data, mode: nil, shownAs: path)
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    static func isKernelPath(_ path: String) -> Bool {
        (path.hasPrefix("/dev/") && !path.hasPrefix("/dev/shm/")) || path.hasPrefix("/proc/")
    }

    /// The descriptor `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names:
    /// written to directly, so that the shell's `>>` (append) and offset are honoured.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The path a chain of symbolic links ends at (which need not exist yet); `path`
    /// itself when it is not a link.
    static func resolvedTarget(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { throw FileWriteError(path: path, errno: errno, doing: "cannot read the link") }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if isKernelPath(link) { return link }
            current = link.hasPrefix("/") ? link
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(link).path
        }
        throw FileWriteError(path: path, reason: "too many levels of symbolic links")
    }

    /// Writes into an existing special file (FIFO, device) without truncating or replacing it.
    static func writeThrough(_ data: Data, to target: String, shownAs path: String) throws {
        if let fd = descriptor(named: path) ?? descriptor(named: target) {
            let code = FileDescriptorWriter.writeAll(data, to: fd)
            if code != 0 { throw FileWriteError(path: path, errno: code, doing: "write failed") }
            return
        }
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriteError(path: path, errno: errno, doing: "cannot open for writing") }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { _ = ftruncate(fd, 0) }
        let code = FileDescriptorWriter.writeAll(data, to: fd)
        let closed = close(fd) == 0 ? 0 : errno
        if code != 0 { throw FileWriteError(path: path, errno: code, doing: "write failed") }
        if closed != 0 && closed != EINTR { throw FileWriteError(path: path, errno: closed, doing: "write failed") }
    }

    /// Temporary file, complete write, rename over `target`; the temporary file is removed on
    /// any failure and registered with `TemporaryFiles` while it exists.
    static func replace(_ target: String, with data: Data, mode: mode_t?, shownAs path: String) throws {
        let url = URL(fileURLWithPath: target)
        let tmp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString)").path
        TemporaryFiles.register(tmp)
        defer { TemporaryFiles.unregister(tmp) }
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileWriteError(path: path, errno: errno, doing: "cannot create") }
        var failure = FileDescriptorWriter.writeAll(data, to: fd)
        if failure == 0, let mode { _ = fchmod(fd, mode) }  // keep the permissions of the file replaced
        if close(fd) != 0, failure == 0, errno != EINTR { failure = errno }
        if failure == 0, rename(tmp, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(tmp)
            throw FileWriteError(path: path, errno: failure, doing: "cannot write")
        }
    }
}
