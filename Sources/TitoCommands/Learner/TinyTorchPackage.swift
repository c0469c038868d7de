import Foundation

/// Where the TinyTorch package is on this machine: a learner's workspace depends on it by path.
///
/// In order: the `--tinytorch` option, the `TINYTORCH_PACKAGE_PATH` environment variable, and
/// the folder this `tito` was built from (baked in at build time through `#filePath`).
///
/// ```swift
/// let package = try TinyTorchPackage.locate(option: nil)
/// package.root.path   // e.g. "/home/ada/tinytorch-swift"
/// ```
struct TinyTorchPackage: Equatable {
    /// The environment variable that overrides the folder `tito` was built from.
    static let environmentVariable = "TINYTORCH_PACKAGE_PATH"

    /// The package's root folder, the one holding its `Package.swift`.
    let root: URL

    /// The folder this `tito` was compiled from: four levels above this source file
    /// (`<root>/Sources/TitoCommands/Learner/TinyTorchPackage.swift`).
    static var buildRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    /// The package named by `option`, else by the environment, else the one `tito` was built from.
    ///
    /// - Throws: ``TitoError/failure(_:)`` naming the folder and where its path came from, if it
    ///   does not hold the TinyTorch package.
    static func locate(option: String?,
                       environment: [String: String] = ProcessInfo.processInfo.environment) throws(TitoError) -> TinyTorchPackage {
        let (path, source): (String, String) =
            if let option { (option, "--tinytorch") }
            else if let value = environment[environmentVariable], !value.isEmpty { (value, environmentVariable) }
            else { (buildRoot.path, "the folder tito was built from") }
        let root = URL(fileURLWithPath: path).standardizedFileURL
        let manifest = root.appendingPathComponent("Package.swift")
        let library = root.appendingPathComponent("Sources/TinyTorch")
        guard FileManager.default.fileExists(atPath: manifest.path),
              FileManager.default.fileExists(atPath: library.path) else {
            throw .failure("\(root.path) (from \(source)) is not the TinyTorch package: it needs Package.swift "
                + "and Sources/TinyTorch; pass --tinytorch DIR or set \(environmentVariable)")
        }
        return TinyTorchPackage(root: root)
    }
}
