import Foundation

/// A learner's workspace: the Swift package `tito module start` makes, marked by its
/// ``ModuleRecord`` file `tito-module.json` at the root.
///
/// ```swift
/// let workspace = try Workspace.resolve(path: nil)   // the one around the current folder
/// workspace.learnerFile.path                          // …/Sources/MyActivations/Activations.swift
/// ```
struct Workspace: Equatable {
    /// The marker and progress file at the workspace's root.
    static let markerName = "tito-module.json"
    /// Where `tito module start` puts the workspace without `--path`.
    static let defaultFolderName = "activations-workspace"
    /// The file the learner works in, relative to the root.
    static let learnerFilePath = "Sources/MyActivations/Activations.swift"

    /// The workspace's root folder (the one holding `Package.swift` and the marker).
    let root: URL

    /// The workspace whose root is `root` (kept as a standardized folder URL, so two spellings
    /// of one folder are equal).
    init(root: URL) {
        self.root = URL(fileURLWithPath: root.standardizedFileURL.path, isDirectory: true)
    }

    var marker: URL { root.appendingPathComponent(Workspace.markerName) }
    var learnerFile: URL { root.appendingPathComponent(Workspace.learnerFilePath) }

    /// The workspace at `path`, or, without a path, the nearest one at or above the current folder.
    ///
    /// - Throws: ``TitoError/usage(_:)`` when `path` has no marker, or no workspace encloses the current folder.
    static func resolve(path: String?) throws(TitoError) -> Workspace {
        if let path {
            let root = URL(fileURLWithPath: path).standardizedFileURL
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(markerName).path) else {
                throw .usage("\(path) is not a tito workspace (no \(markerName)); make one with `tito module start activations --path \(path)`")
            }
            return Workspace(root: root)
        }
        guard let found = enclosing(URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) else {
            throw .usage("no tito workspace here or above; make one with `tito module start activations` or pass --path DIR")
        }
        return found
    }

    /// The nearest folder at or above `folder` that holds a marker, if any.
    ///
    /// ```swift
    /// Workspace.enclosing(URL(fileURLWithPath: "/home/ada/activations-workspace/Sources"))?.root.path
    /// // "/home/ada/activations-workspace"
    /// ```
    static func enclosing(_ folder: URL) -> Workspace? {
        var folder = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(markerName).path) {
                return Workspace(root: folder)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The workspace's record, read from its marker.
    func record() throws(TitoError) -> ModuleRecord {
        do {
            return try ModuleRecord.decode(Data(contentsOf: marker))
        } catch {
            throw .failure("cannot read \(marker.path): \(error.localizedDescription); "
                + "it should be the JSON `tito module start` wrote (see docs/learn.md)")
        }
    }

    /// Replaces the record: written to a temporary name and renamed, so it is never half written.
    func save(_ record: ModuleRecord) throws(TitoError) {
        do {
            try record.encoded().write(to: marker, options: .atomic)
        } catch {
            throw .failure("cannot write \(marker.path): \(error.localizedDescription)")
        }
    }
}
