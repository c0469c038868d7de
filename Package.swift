// swift-tools-version: 6.1
import PackageDescription

// Wide SIMD for the kernels (docs/performance.md, "Build"). A plain `swift build` targets the
// baseline of the architecture: SSE2 on x86-64 (no FMA, 128-bit vectors), which runs everywhere.
// TINYTORCH_TARGET_CPU=native (or haswell, znver3, …) compiles the TinyTorch module for that CPU
// (AVX2 and FMA on this machine) and lets the kernels fuse multiply-adds (TINYTORCH_FMA). The
// flags are read from the environment of the build that compiles this package as the root, so
// a package that depends on TinyTorch never sees them (unsafe flags would forbid that).
let targetCPU = Context.environment["TINYTORCH_TARGET_CPU"].flatMap { $0.isEmpty ? nil : $0 }
let kernelSettings: [SwiftSetting] = targetCPU.map { [.unsafeFlags(["-target-cpu", $0]), .define("TINYTORCH_FMA")] } ?? []
// The tests see the same define, so that tests of FMA-only kernel paths compile in that build.
let kernelTestSettings: [SwiftSetting] = targetCPU.map { _ in [.define("TINYTORCH_FMA")] } ?? []

let package = Package(
    name: "TinyTorch",
    products: [
        .library(name: "TinyTorch", targets: ["TinyTorch"]),
        .executable(name: "tito", targets: ["tito"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "TinyTorch", swiftSettings: kernelSettings),
        .target(
            name: "TitoCommands",
            dependencies: [
                "TinyTorch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tito", dependencies: ["TitoCommands"]),
        .testTarget(name: "TinyTorchTests", dependencies: ["TinyTorch"], swiftSettings: kernelTestSettings),
        .testTarget(name: "TitoTests", dependencies: ["TitoCommands", "TinyTorch"]),
    ]
)
