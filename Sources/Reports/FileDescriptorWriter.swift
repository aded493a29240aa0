import Foundation

/// Writes all bytes to a file descriptor with `write(2)`, retrying short writes and EINTR.
/// Foundation's FileHandle traps on a failed write; this returns the errno instead so every
/// caller can turn ENOSPC, EPIPE or EBADF into a clean message.
public enum FileDescriptorWriter {
    /// - Returns: 0 on success, otherwise the errno of the failed write.
    public static func writeAll(_ data: Data, to fd: Int32) -> Int32 {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int32 in
            guard var p = raw.baseAddress else { return 0 }
            var left = raw.count
            while left > 0 {
                let n = write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return EIO }
                p += n
                left -= n
            }
            return 0
        }
    }
}
