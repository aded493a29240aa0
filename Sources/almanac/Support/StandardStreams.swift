import Foundation
import Reports

/// Standard output and error written with `write(2)`: FileHandle traps on a failed write
/// (`> /dev/full`, `>&-`), and a closed pipe (`| head -1`) must end the run quietly, as Unix
/// tools do, not with a crash or a message.
enum StandardStreams {
    /// Called first: SIGPIPE is ignored so a broken pipe is an EPIPE we can handle (quietly for
    /// standard output, as an error for output files), and a closed descriptor 0, 1 or 2 is
    /// reopened read-only on /dev/null so that no file we open later takes its number (writes
    /// to it then fail with EBADF instead of landing in that file).
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0, null != fd {
                dup2(null, fd)
                close(null)
            }
        }
    }

    /// Writes to standard output. A closed pipe ends the process like SIGPIPE would (status
    /// 141 in the shell, no message); any other failure is a one-line error.
    static func write(_ text: String) throws {
        // On a terminal, escape sequences from labels in the input are shown, not obeyed.
        let shown = isatty(STDOUT_FILENO) == 1 ? TerminalText.escapeControls(text, keepNewlines: true) : text
        let code = FileDescriptorWriter.writeAll(Data(shown.utf8), to: STDOUT_FILENO)
        if code == EPIPE { brokenPipe() }
        if code != 0 { throw CLIError("cannot write to standard output: \(String(cString: strerror(code)))", code: 74) }
    }

    /// Writes to standard error, ignoring failures (there is nowhere left to report them).
    static func error(_ text: String) {
        _ = FileDescriptorWriter.writeAll(Data(text.utf8), to: STDERR_FILENO)
    }

    /// Removes temporary files and dies of SIGPIPE.
    static func brokenPipe() -> Never {
        Cleanup.run()
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        _exit(141)
    }
}
