import Foundation
import Testing
@testable import TitoCommands

/// The learner's commands on wrong input: one clear line and a nonzero exit, before any build.
@Suite("tito test, plot and module on a workspace: errors")
struct LearnerCommandTests {
    /// The error `tito arguments` ends with, run in-process.
    func failure(_ arguments: [String]) throws -> TitoError? {
        let command = try #require(try Tito.parseAsRoot(arguments) as? any ConsoleCommand)
        do {
            _ = try command.execute(on: .capturing())
            return nil
        } catch {
            return error
        }
    }

    @Test("a --path that is not a workspace is a usage error naming it", arguments: [
        ["test", "--path"], ["plot", "--path"], ["module", "status", "--path"], ["module", "complete", "--path"],
    ])
    func notAWorkspace(command: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(try failure(command + [folder.path]))
        #expect(error.exitCode == 2)
        #expect(error.message == "\(folder.path) is not a tito workspace (no tito-module.json); make one with `tito module start activations --path \(folder.path)`")
    }

    @Test("options that do not go with a workspace are refused before building it")
    func incompatibleOptions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Workspace.create(at: folder.appendingPathComponent("ws").path,
                                        tinyTorch: TinyTorchPackage(root: TinyTorchPackage.buildRoot)).root.path
        #expect(try failure(["test", "--module", "tensor", "--path", path]) == .usage("--path goes with --module activations"))
        #expect(try failure(["plot", "--derivative", "--path", path])
                == .usage("--derivative does not go with a workspace: its plots compare your functions with the reference"))
        #expect(try failure(["plot", "--path", path, "--from", "2", "--to", "1"])?.exitCode == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ws/.build").path), "nothing was built")
    }

    @Test("outside a workspace, tito test checks the library and module status says how to start")
    func outsideAWorkspace() throws {
        #expect(try LearnerTest.workspace(path: nil) == nil, "the tests run in the package, not in a workspace")
        let error = try #require(try failure(["module", "status"]))
        #expect(error == .usage("no tito workspace here or above; make one with `tito module start activations` or pass --path DIR"))
    }

    @Test("a learner's plot goes to one file per function, named after --output")
    func plotFileNames() {
        #expect(LearnerPlot.fileName("activations.svg", key: "relu") == "activations-relu.svg")
        #expect(LearnerPlot.fileName("out/mine", key: "tanh") == "out/mine-tanh.svg")
    }

    @Test("the difference line says equal, how far, or where a NaN appears")
    func differenceSummary() {
        let x: [Float] = [-1, 0, 1]
        #expect(LearnerPlot.differenceSummary("ReLU", x: x, yours: [0, 0, 1], reference: [0, 0, 1])
                == "ReLU: yours equals the reference at all 3 points")
        #expect(LearnerPlot.differenceSummary("ReLU", x: x, yours: [-1, 0, 1], reference: [0, 0, 1])
                == "ReLU: yours differs from the reference by up to 1.0 (at x = -1.0)")
        #expect(LearnerPlot.differenceSummary("Tanh", x: x, yours: [-1, .nan, 1], reference: [-0.76, 0, 0.76])
                == "Tanh: yours gives nan at x = 0.0 where the reference gives 0.0")
        #expect(LearnerPlot.differenceSummary("Tanh", x: [-.infinity, .infinity], yours: [-1, 1], reference: [-1, 1])
                == "Tanh: yours equals the reference at all 2 points")
    }
}
