import Foundation
import Testing
import TestSupport

/// Output targets that are not regular files are written through or followed, never replaced;
/// write errors on them and on standard output are one-line errors; a closed pipe ends quietly.
@Suite struct OutputTargetTests {
    let nile = "Datasets/reference/nile.csv"

    @Test func symlinkIsFollowedAndKept() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        _ = try dir.write("target.txt", "old\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path("link.txt"), withDestinationPath: "target.txt")
        for option in ["-o", "--save", "--plot"] {
            let out = option == "--plot" ? "link.svg" : "link.txt"
            if option == "--plot" {
                _ = try dir.write("target.svg", "old\n")
                try FileManager.default.createSymbolicLink(atPath: dir.path(out), withDestinationPath: "target.svg")
            }
            let r = try CLIRun.run(["forecast", nile, "--model", "naive", option, dir.path(out)])
            #expect(r.status == 0, "\(option): \(r.stderr)")
            #expect(Adversary.fileType(dir.path(out)) == S_IFLNK, "\(option) replaced the link")
            let target = try String(contentsOfFile: dir.path(option == "--plot" ? "target.svg" : "target.txt"), encoding: .utf8)
            #expect(target != "old\n", "\(option) did not write the link's target")
        }
        // A dangling link: its target is created.
        try FileManager.default.createSymbolicLink(atPath: dir.path("dangling.txt"), withDestinationPath: "new.txt")
        let r = try CLIRun.run(["describe", nile, "-o", dir.path("dangling.txt")])
        #expect(r.status == 0 && Adversary.fileType(dir.path("dangling.txt")) == S_IFLNK)
        #expect(FileManager.default.fileExists(atPath: dir.path("new.txt")))
        #expect(Adversary.temporaryFiles(dir).isEmpty)
    }

    @Test func fifoIsWrittenThrough() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let r = try CLIRun.shell("""
            cd '\(dir.url.path)' && mkfifo f && (cat f > got.txt &) && \
            "$A" describe '\(Fixtures.packageRoot.path)/\(nile)' -o f; s=$?; sleep 0.3; exit $s
            """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Adversary.fileType(dir.path("f")) == S_IFIFO, "the FIFO was replaced")
        #expect(try String(contentsOfFile: dir.path("got.txt"), encoding: .utf8).contains("nile"))
    }

    @Test func deviceWriteErrorsAreOneLine() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        // Through a link, so that a regression replaces the link and never /dev/full itself.
        try FileManager.default.createSymbolicLink(atPath: dir.path("full"), withDestinationPath: "/dev/full")
        let r = try CLIRun.run(["describe", nile, "-o", dir.path("full")])
        Adversary.expectFailure(r, status: 73, contains: "No space left on device", "-o link to /dev/full")
        #expect(Adversary.fileType(dir.path("full")) == S_IFLNK)
        let d = try CLIRun.run(["describe", nile, "-o", dir.url.path])
        Adversary.expectFailure(d, status: 73, contains: "is a directory", "-o directory")
        let m = try CLIRun.run(["describe", nile, "-o", dir.path("missing/out.txt")])
        Adversary.expectFailure(m, status: 73, contains: "No such file or directory", "-o in a missing directory")
        #expect(!m.stderr.contains("NSCocoaErrorDomain"))
        #expect(Adversary.temporaryFiles(dir).isEmpty)
    }

    @Test func standardOutputFailures() throws {
        let full = try CLIRun.shell("\"$A\" describe \(nile) > /dev/full")
        Adversary.expectFailure(full, status: 74, contains: "No space left on device", "> /dev/full")
        let help = try CLIRun.shell("\"$A\" forecast --help > /dev/full")
        Adversary.expectFailure(help, status: 74, contains: "No space left on device", "--help > /dev/full")
        let closed = try CLIRun.shell("\"$A\" describe \(nile) >&-")
        Adversary.expectFailure(closed, status: 74, contains: "Bad file descriptor", ">&-")
        // A closed pipe: quiet, and the status of a process killed by SIGPIPE.
        let pipe = try CLIRun.shell("\"$A\" forecast \(nile) --model naive --horizon 10000 | head -1 > /dev/null; echo ${PIPESTATUS[0]}")
        #expect(pipe.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "141", "\(pipe.stdout) \(pipe.stderr)")
        #expect(pipe.stderr.isEmpty, "\(pipe.stderr)")
    }

    @Test func devStdoutHonoursTheShellsRedirection() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        _ = try dir.write("log.txt", "kept\n")
        let r = try CLIRun.shell("\"$A\" describe \(nile) -o /dev/stdout >> '\(dir.path("log.txt"))'")
        #expect(r.status == 0, "\(r.stderr)")
        let log = try String(contentsOfFile: dir.path("log.txt"), encoding: .utf8)
        #expect(log.hasPrefix("kept\nstatistic"), "\(log.prefix(40))")
        let full = try CLIRun.shell("\"$A\" describe \(nile) -o /dev/stdout > /dev/full")
        Adversary.expectFailure(full, status: 73, contains: "/dev/stdout: write failed: No space left on device", "-o /dev/stdout > /dev/full")
    }

    @Test func preexistingOutputSurvivesAFailure() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        _ = try dir.write("out.txt", "precious\n")
        let before = Adversary.snapshot(dir)
        // The run fails (unknown column) after -o is known: the old output stays.
        let r = try CLIRun.run(["forecast", nile, "--column", "nope", "-o", dir.path("out.txt")])
        #expect(r.status == 65)
        #expect(Adversary.snapshot(dir) == before)
    }

    @Test func concurrentWritersLeaveOneCompleteFile() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let r = try CLIRun.shell("""
            for i in 1 2 3 4 5 6; do "$A" forecast \(nile) --model naive --horizon $((i * 50)) -o '\(dir.path("out.txt"))' & done; wait
            """)
        #expect(r.status == 0)
        let text = try String(contentsOfFile: dir.path("out.txt"), encoding: .utf8)
        let rows = text.split(separator: "\n").count
        #expect([50, 100, 150, 200, 250, 300].map { $0 + 3 }.contains(rows), "a mixed file: \(rows) lines")
        #expect(Adversary.temporaryFiles(dir).isEmpty)
    }

    @Test func interruptedRunRemovesItsTemporaryFiles() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        // Standard input is copied to $TMPDIR while it is read; SIGTERM arrives meanwhile.
        let r = try CLIRun.shell("""
            cd '\(dir.url.path)' && mkdir tmp && mkfifo in
            (TMPDIR="$PWD/tmp" "$A" describe - < in; echo "status $?" > status.txt) &
            exec 3> in; printf 'date,value\\n2020-01,1\\n' >&3; sleep 1
            pkill -TERM -P $!; sleep 0.5; exec 3>&-; wait
            ls tmp | wc -l; cat status.txt
            """)
        #expect(r.stdout.contains("0\nstatus 143"), "\(r.stdout) \(r.stderr)")
    }
}
