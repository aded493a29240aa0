// swift-tools-version:6.0
import PackageDescription

// Dependencies flow one way:
// CLAPACK → Numerics → TimeSeries → Forecaster → Breaks → Reports → almanac (CLI).
let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .library(name: "Numerics", targets: ["Numerics"]),
        .library(name: "TimeSeries", targets: ["TimeSeries"]),
        .library(name: "Forecaster", targets: ["Forecaster"]),
        .library(name: "Breaks", targets: ["Breaks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System BLAS/LAPACK (OpenBLAS ships both). The shim header declares the
        // LAPACK Fortran symbols we call, with their hidden string-length arguments.
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapack-dev"])]
        ),
        .target(name: "Numerics", dependencies: ["CLAPACK"]),
        .target(name: "TimeSeries", dependencies: ["Numerics"]),
        .target(name: "Forecaster", dependencies: ["Numerics", "TimeSeries"]),
        .target(name: "Breaks", dependencies: ["Numerics", "TimeSeries", "Forecaster"]),
        .target(name: "Reports", dependencies: ["TimeSeries", "Forecaster", "Breaks"]),
        .executableTarget(
            name: "almanac",
            dependencies: [
                "Numerics", "TimeSeries", "Forecaster", "Breaks", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed harnesses for the kernels (release builds only; see Benchmarks/README.md).
        .executableTarget(
            name: "almanac-bench",
            dependencies: ["Numerics", "TimeSeries", "Forecaster", "Breaks"],
            path: "Sources/almanac-bench"
        ),
        // Monte-Carlo size and power of the break verdicts (Benchmarks/breaks/size-power/RESULTS.md).
        .executableTarget(
            name: "breaks-size-power",
            dependencies: ["Numerics", "TimeSeries", "Breaks"],
            path: "Benchmarks/breaks/size-power",
            exclude: ["RESULTS.md", "run.sh"]
        ),
        // Fuzzing of the CSV readers and the model loader (Tests/Fuzz/README.md): a corpus
        // replay and seeded mutator in normal builds, a libFuzzer target with
        // `-sanitize=fuzzer -DFUZZING` (Tests/Fuzz/run.sh).
        .target(name: "FuzzSupport", dependencies: ["TimeSeries", "Forecaster"]),
        .executableTarget(
            name: "almanac-fuzz",
            dependencies: ["FuzzSupport"],
            path: "Sources/almanac-fuzz"
        ),
        // Shared helpers for the test targets: fixture paths and tolerant comparisons.
        .target(name: "TestSupport", path: "Sources/TestSupport"),
        .testTarget(name: "NumericsTests", dependencies: ["Numerics", "TestSupport"]),
        .testTarget(name: "TimeSeriesTests", dependencies: ["TimeSeries", "TestSupport"]),
        .testTarget(name: "ForecasterTests", dependencies: ["Forecaster", "TestSupport", "FuzzSupport"]),
        .testTarget(name: "BreaksTests", dependencies: ["Breaks", "Forecaster", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["almanac", "TestSupport"]),
    ]
)
