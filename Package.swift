// swift-tools-version:6.0
import PackageDescription

// Dependencies flow one way:
// CLAPACK → AlmanacNumerics → TimeSeries → Forecaster → {Breaks, Impact} → Reports → almanac (CLI).
// Impact (counterfactual impact and intervention analysis) fits forecasting models, so it
// sits on Forecaster. Breaks depends on Forecaster for one reason only: its calibrated tests
// (Sources/Breaks/Calibrated) fit an ARIMA model to the regression errors, to bootstrap the
// null distribution and filter the errors; everything else in Breaks needs only
// AlmanacNumerics and TimeSeries. Breaks and Impact do not depend on each other.
// `Almanac` is the umbrella library a Swift program imports: it re-exports AlmanacNumerics,
// TimeSeries, Forecaster, Breaks and Impact.
let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "almanac", targets: ["AlmanacCLI"]),
        .library(name: "Almanac", targets: ["Almanac"]),
        .library(name: "AlmanacNumerics", targets: ["AlmanacNumerics"]),
        .library(name: "TimeSeries", targets: ["TimeSeries"]),
        .library(name: "Forecaster", targets: ["Forecaster"]),
        .library(name: "Breaks", targets: ["Breaks"]),
        .library(name: "Impact", targets: ["Impact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` (DocC catalogs in Sources/*/*.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // System BLAS/LAPACK (OpenBLAS ships both). The shim header declares the
        // LAPACK Fortran symbols we call, with their hidden string-length arguments.
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapack-dev"])]
        ),
        .target(name: "AlmanacNumerics", dependencies: ["CLAPACK"], path: "Sources/Numerics"),
        .target(name: "TimeSeries", dependencies: ["AlmanacNumerics"]),
        .target(name: "Forecaster", dependencies: ["AlmanacNumerics", "TimeSeries"]),
        // CriticalValues/ holds strucchange's p-value tables as code and the R script that generated them.
        // Forecaster only for the ARIMA error models of the calibrated tests (see above).
        .target(name: "Breaks", dependencies: ["AlmanacNumerics", "TimeSeries", "Forecaster"],
                exclude: ["CriticalValues/make_tables.R"]),
        .target(name: "Impact", dependencies: ["AlmanacNumerics", "TimeSeries", "Forecaster"]),
        .target(name: "Reports", dependencies: ["TimeSeries", "Forecaster", "Breaks", "Impact"]),
        // In Sources/Umbrella, and the CLI's target is AlmanacCLI, so that no two folders or
        // modules differ only by case (`Almanac`, `almanac`) on case-insensitive file systems.
        .target(name: "Almanac", dependencies: ["AlmanacNumerics", "TimeSeries", "Forecaster", "Breaks", "Impact"],
                path: "Sources/Umbrella"),
        // The `almanac` command (product `almanac`, sources in Sources/almanac).
        .executableTarget(
            name: "AlmanacCLI",
            dependencies: [
                "AlmanacNumerics", "TimeSeries", "Forecaster", "Breaks", "Impact", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/almanac"
        ),
        // The README's "Forecasting from Swift" example, compiled (`swift run almanac-example`).
        .executableTarget(name: "almanac-example", dependencies: ["Almanac"], path: "Examples/ForecastingFromSwift"),
        // Every benchmark harness (release builds; see Benchmarks/README.md). No library
        // module contains benchmark code.
        .executableTarget(
            name: "almanac-bench",
            dependencies: ["AlmanacNumerics", "TimeSeries", "Forecaster", "Breaks", "Reports"],
            path: "Sources/almanac-bench"
        ),
        // Monte-Carlo size and power of the break verdicts (Benchmarks/breaks/size-power/RESULTS.md).
        .executableTarget(
            name: "breaks-size-power",
            dependencies: ["AlmanacNumerics", "TimeSeries", "Breaks", "Impact"],
            path: "Benchmarks/breaks/size-power",
            exclude: ["RESULTS.md", "run.sh", "tables.py", "results-null.csv", "results-power.csv",
                      "results-null-fixed-filter.csv", "results-impact.csv"]
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
        .testTarget(name: "NumericsTests", dependencies: ["AlmanacNumerics", "TestSupport"]),
        .testTarget(name: "TimeSeriesTests", dependencies: ["TimeSeries", "TestSupport"]),
        .testTarget(name: "ForecasterTests", dependencies: ["Forecaster", "TestSupport", "FuzzSupport"]),
        .testTarget(name: "BreaksTests", dependencies: ["Breaks", "Forecaster", "TestSupport"]),
        .testTarget(name: "ImpactTests", dependencies: ["Impact", "Forecaster", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["AlmanacCLI", "TestSupport"]),
        .testTarget(name: "BenchTests", dependencies: ["almanac-bench", "TestSupport", "TimeSeries"]),
    ]
)
