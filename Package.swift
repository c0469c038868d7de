// swift-tools-version: 6.1
import PackageDescription

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
        .target(name: "TinyTorch"),
        .target(
            name: "TitoCommands",
            dependencies: [
                "TinyTorch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tito", dependencies: ["TitoCommands"]),
        .testTarget(name: "TinyTorchTests", dependencies: ["TinyTorch"]),
        .testTarget(name: "TitoTests", dependencies: ["TitoCommands", "TinyTorch"]),
    ]
)
