import Foundation

/// A failure the CLI reports as one line, `almanac: error: …`, with a non-zero exit code.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    /// Exit code: 65 (EX_DATAERR) for bad input data, 1 for other failures.
    var code: Int32 = 1
    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }
    var description: String { message }
}

extension CLIError {
    /// A Foundation file error as `path: reason` (the underlying POSIX reason when there is
    /// one), instead of the raw `Error Domain=NSCocoaErrorDomain Code=4 …` dump.
    static func describe(_ error: CocoaError) -> String {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? error.filePath ?? "file"
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return "\(path): \(String(cString: strerror(Int32(underlying.code))))"
        }
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "\(path): no such file"
        case .fileReadNoPermission, .fileWriteNoPermission: return "\(path): permission denied"
        case .fileWriteOutOfSpace: return "\(path): no space left on device"
        default: return "\(path): cannot be read or written (Foundation error \(error.code.rawValue))"
        }
    }
}
