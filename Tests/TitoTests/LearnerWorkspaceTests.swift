import Foundation
import Testing
@testable import TitoCommands

/// A fresh folder under the system's temporary directory, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tito-learner-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite("tito module start: the learner's workspace")
struct LearnerWorkspaceTests {
    let tinyTorch = TinyTorchPackage(root: TinyTorchPackage.buildRoot)

    @Test("tito finds its own package, or the one named by option or environment, and rejects other folders")
    func locatesTinyTorch() throws {
        #expect(try TinyTorchPackage.locate(option: nil, environment: [:]).root.path == TinyTorchPackage.buildRoot.standardizedFileURL.path)
        #expect(FileManager.default.fileExists(atPath: TinyTorchPackage.buildRoot.appendingPathComponent("Sources/TinyTorch").path))
        let root = TinyTorchPackage.buildRoot.path
        #expect(try TinyTorchPackage.locate(option: nil, environment: ["TINYTORCH_PACKAGE_PATH": root]).root.path == root)
        let elsewhere = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        #expect(throws: TitoError.self) { try TinyTorchPackage.locate(option: elsewhere.path, environment: [:]) }
        #expect {
            try TinyTorchPackage.locate(option: nil, environment: ["TINYTORCH_PACKAGE_PATH": elsewhere.path])
        } throws: { error in
            "\(error)".contains("(from TINYTORCH_PACKAGE_PATH) is not the TinyTorch package")
        }
    }

    @Test("start writes the package, the learner's file and the record, and never overwrites")
    func startMakesAWorkspaceOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ws").path
        let now = Date(timeIntervalSince1970: 1_800_000_000.75)
        let workspace = try Workspace.create(at: path, tinyTorch: tinyTorch, now: now)
        for file in WorkspaceTemplate.files(tinyTorch: tinyTorch) {
            let written = try String(contentsOf: workspace.root.appendingPathComponent(file.path), encoding: .utf8)
            #expect(written == file.content)
        }
        #expect(try workspace.record() == ModuleRecord(module: "activations", started: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ws"], "no staging folder left behind")

        let learnerFile = try String(contentsOf: workspace.learnerFile, encoding: .utf8) + "// my work\n"
        try Data(learnerFile.utf8).write(to: workspace.learnerFile)
        #expect {
            try Workspace.create(at: path, tinyTorch: tinyTorch)
        } throws: { error in
            "\(error)".contains("is already a tito workspace; tito never overwrites one")
        }
        #expect(try String(contentsOf: workspace.learnerFile, encoding: .utf8) == learnerFile)
    }

    @Test("start fills an empty folder but refuses a file or a folder with content")
    func startRespectsExistingPaths() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        _ = try Workspace.create(at: empty.path, tinyTorch: tinyTorch)
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("Package.swift").path))

        let full = folder.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: full.appendingPathComponent("notes.txt"))
        let file = folder.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        for path in [full.path, file.path] {
            #expect {
                try Workspace.create(at: path, tinyTorch: tinyTorch)
            } throws: { error in
                "\(error)".contains("already exists and is not empty; tito never overwrites it")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: full.path) == ["notes.txt"])
    }

    @Test("the command parses the module name and options, and rejects unknown modules")
    func startParsing() throws {
        let start = try #require(try Tito.parseAsRoot(["module", "start", "activations", "--path", "here"]) as? ModuleStart)
        #expect(start.module == .activations && start.path == "here" && start.tinytorch == nil)
        #expect(try (Tito.parseAsRoot(["module", "start", "activations"]) as? ModuleStart)?.path == "activations-workspace")
        #expect(throws: (any Error).self) { try Tito.parseAsRoot(["module", "start", "tensor"]) }
    }

    @Test("the next steps name the learner's file and the commands of the workflow")
    func nextSteps() {
        let workspace = Workspace(root: URL(fileURLWithPath: "/tmp/ws"))
        let onPath = ModuleStart.nextSteps(workspace: workspace, shownPath: "ws",
                                           tito: TitoInvocation(executable: "/usr/local/bin/tito", onPath: true),
                                           style: OutputStyle(colour: false, emoji: true)).joined(separator: "\n") + "\n"
        let offPath = ModuleStart.nextSteps(workspace: workspace, shownPath: "ws",
                                            tito: TitoInvocation(executable: "/src/.build/debug/tito", onPath: false),
                                            style: .plain).joined(separator: "\n") + "\n"
        #expect(onPath.hasPrefix("✅ Made the Activations workspace in /tmp/ws\n"))
        #expect(offPath.hasPrefix("Made the Activations workspace in /tmp/ws\n"))
        #expect(onPath.contains("cd ws\n"))
        for command in ["tito test", "tito plot relu", "tito module status", "tito module complete",
                        "Sources/MyActivations/Activations.swift"] {
            #expect(onPath.contains(command))
        }
        #expect(!onPath.contains("alias"))
        #expect(offPath.hasSuffix("alias tito='/src/.build/debug/tito'\n"))
    }

    @Test("a workspace is found from any folder inside it, and --path must point at one")
    func resolvesWorkspaces() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws").path, tinyTorch: tinyTorch)
        let inside = workspace.root.appendingPathComponent("Sources/MyActivations")
        #expect(Workspace.enclosing(inside) == workspace)
        #expect(Workspace.enclosing(folder) == nil)
        #expect(try Workspace.resolve(path: workspace.root.path) == workspace)
        #expect {
            try Workspace.resolve(path: folder.path)
        } throws: { error in
            "\(error)".contains("is not a tito workspace (no tito-module.json)")
        }
    }

    @Test("the record is the documented JSON, and a damaged one is reported, not trapped on")
    func recordFormat() throws {
        let record = ModuleRecord(module: "activations", started: Date(timeIntervalSince1970: 0),
                                  completed: .init(at: Date(timeIntervalSince1970: 60), checksPassed: 35,
                                                   functions: ["ReLU", "Sigmoid", "Tanh"]))
        let json = try #require(try JSONSerialization.jsonObject(with: record.encoded()) as? [String: Any])
        #expect(json["format"] as? Int == 1)
        #expect(json["module"] as? String == "activations")
        #expect(json["started"] as? String == "1970-01-01T00:00:00Z")
        let completed = try #require(json["completed"] as? [String: Any])
        #expect(completed["at"] as? String == "1970-01-01T00:01:00Z")
        #expect(completed["checksPassed"] as? Int == 35)
        #expect(try ModuleRecord.decode(record.encoded()) == record)

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(root: folder)
        try Data("{ not json".utf8).write(to: workspace.marker)
        #expect { try workspace.record() } throws: { "\($0)".contains("cannot read \(workspace.marker.path)") }
    }

    @Test("the skeleton documents each function and leaves every body a TODO that returns its input")
    func skeleton() {
        let text = WorkspaceTemplate.skeleton
        for type in ["ReLU", "Sigmoid", "Tanh", "GELU", "Softmax"] {
            #expect(text.contains("public struct \(type): Sendable {"))
        }
        #expect(text.components(separatedBy: "// TODO").count - 1 == 5)
        #expect(text.components(separatedBy: "        return x\n").count - 1 == 5)
        #expect(text.components(separatedBy: "/// - Numerically stable means").count - 1 == 5)
        #expect(text.components(separatedBy: "/// - Hint:").count - 1 == 5)
        for key in ["relu", "sigmoid", "tanh", "gelu", "softmax"] {
            #expect(WorkspaceTemplate.checkProgram.contains("LearnerImplementation(key: \"\(key)\""))
        }
        #expect(WorkspaceTemplate.manifest(tinyTorchPath: #"/a "b"\c"#).contains(#".package(name: "TinyTorch", path: "/a \"b\"\\c"),"#))
    }
}
