import Foundation

extension Workspace {
    /// Makes a new workspace at `path` (default `./activations-workspace`) from ``WorkspaceTemplate``,
    /// with a fresh ``ModuleRecord``.
    ///
    /// The files are written into a hidden sibling folder first and moved into place at the end,
    /// so an interrupted start leaves no half workspace. An existing empty folder is filled;
    /// anything else that exists is left untouched.
    ///
    /// - Throws: ``TitoError/failure(_:)`` if `path` exists and is not an empty folder, or cannot be written.
    static func create(at path: String?, tinyTorch: TinyTorchPackage, now: Date = Date()) throws(TitoError) -> Workspace {
        let shown = path ?? defaultFolderName
        let root = URL(fileURLWithPath: shown).standardizedFileURL
        let files = FileManager.default
        var isFolder: ObjCBool = false
        let exists = files.fileExists(atPath: root.path, isDirectory: &isFolder)
        if exists {
            if files.fileExists(atPath: root.appendingPathComponent(markerName).path) {
                throw .failure("\(shown) is already a tito workspace; tito never overwrites one: "
                    + "go on with `tito test --path \(shown)`, or choose another --path")
            }
            guard isFolder.boolValue, (try? files.contentsOfDirectory(atPath: root.path))?.isEmpty == true else {
                throw .failure("\(shown) already exists and is not empty; tito never overwrites it: choose another --path")
            }
        }
        let stage = root.deletingLastPathComponent()
            .appendingPathComponent(".\(root.lastPathComponent).tito-\(UUID().uuidString)")
        do {
            defer { try? files.removeItem(at: stage) }
            for file in WorkspaceTemplate.files(tinyTorch: tinyTorch) {
                let url = stage.appendingPathComponent(file.path)
                try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.content.utf8).write(to: url)
            }
            let started = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
            try Workspace(root: stage).save(ModuleRecord(module: "activations", started: started))
            if exists {
                for item in try files.contentsOfDirectory(atPath: stage.path) {
                    try files.moveItem(at: stage.appendingPathComponent(item), to: root.appendingPathComponent(item))
                }
            } else {
                try files.moveItem(at: stage, to: root)
            }
        } catch let error as TitoError {
            throw error
        } catch {
            throw .failure("cannot make the workspace at \(root.path): \(error.localizedDescription)")
        }
        return Workspace(root: root)
    }
}
