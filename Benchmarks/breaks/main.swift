// Stand-alone driver for BreaksBenchmark.run, linked against the release-built module
// objects by Benchmarks/breaks/run.sh (the package's bench executable is the lead's).
import Breaks

print(BreaksBenchmark.run(repetitions: 5))
