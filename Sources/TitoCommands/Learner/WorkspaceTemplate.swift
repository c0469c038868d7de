/// The files of a new workspace, as text: a Swift package that depends on TinyTorch by path,
/// with the learner's library `MyActivations` and the generated program `check-activations`
/// that runs the module's checks on the learner's types.
///
/// ```swift
/// let files = WorkspaceTemplate.files(tinyTorch: try TinyTorchPackage.locate(option: nil))
/// files.map(\.path)   // ["Package.swift", ".gitignore", "Sources/MyActivations/Activations.swift", …]
/// ```
enum WorkspaceTemplate {
    /// One file to write: its path relative to the workspace's root, and its content.
    struct File: Equatable {
        let path: String
        let content: String
    }

    /// Every file of a workspace whose package depends on `tinyTorch`.
    static func files(tinyTorch: TinyTorchPackage) -> [File] {
        [
            File(path: "Package.swift", content: manifest(tinyTorchPath: tinyTorch.root.path)),
            File(path: ".gitignore", content: ".build/\n.swiftpm/\nPackage.resolved\n"),
            File(path: Workspace.learnerFilePath, content: skeleton),
            File(path: "Sources/check-activations/main.swift", content: checkProgram),
        ]
    }

    /// `Package.swift`, naming TinyTorch's folder as a Swift string literal.
    static func manifest(tinyTorchPath: String) -> String {
        let literal = "\"" + tinyTorchPath.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
        // swift-tools-version: 6.1
        // A TinyTorch workspace for the Activations module, made by `tito module start activations`.
        // You work in Sources/MyActivations/Activations.swift. If you move the TinyTorch package,
        // change its path below.
        import PackageDescription

        let package = Package(
            name: "ActivationsWorkspace",
            dependencies: [
                .package(name: "TinyTorch", path: \(literal)),
            ],
            targets: [
                .target(name: "MyActivations", dependencies: [.product(name: "TinyTorch", package: "TinyTorch")]),
                .executableTarget(
                    name: "check-activations",
                    dependencies: ["MyActivations", .product(name: "TinyTorch", package: "TinyTorch")]
                ),
            ]
        )

        """
    }

    /// `Sources/check-activations/main.swift`: hands the learner's types to the module's checks.
    /// The keys are ``TinyTorch/ActivationCatalog`` keys; the checks are those of the library.
    static let checkProgram = #"""
    // Made by `tito module start activations`: hands your types to the module's checks.
    // `tito test` builds and runs this program; you do not need to edit it.
    import MyActivations
    import TinyTorch

    LearnerCheckProgram.main([
        LearnerImplementation(key: "relu", MyActivations.ReLU()) { relu, x in relu(x) },
        LearnerImplementation(key: "sigmoid", MyActivations.Sigmoid()) { sigmoid, x in sigmoid(x) },
        LearnerImplementation(key: "tanh", MyActivations.Tanh()) { tanh, x in tanh(x) },
        LearnerImplementation(key: "gelu", MyActivations.GELU(), required: false) { gelu, x in gelu(x) },
        LearnerImplementation(key: "softmax", MyActivations.Softmax(), required: false) { softmax, x in softmax(x) },
    ])

    """#
}
