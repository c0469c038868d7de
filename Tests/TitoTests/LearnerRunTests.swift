import Foundation
import Testing
import TinyTorch
@testable import TitoCommands

@Suite("Running a learner's checks: child processes, crashes, build errors")
struct LearnerRunTests {
    let workspace = Workspace(root: URL(fileURLWithPath: "/home/ada/ws"))

    @Test("a child's exit code, output and errors are collected")
    func childOutput() throws {
        let child = try ChildProcess.run(["sh", "-c", "echo out; echo err >&2; exit 3"])
        #expect(child.status == .exited(3))
        #expect(child.output == "out\n" && child.errors == "err\n")
    }

    @Test("a child that runs past its time limit is killed and reported as timed out")
    func childTimeLimit() throws {
        let started = Date()
        let child = try ChildProcess.run(["sleep", "30"], timeLimit: 0.2)
        #expect(child.status == .timedOut(seconds: 0.2))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("a child ended by a signal is reported with the signal")
    func childSignal() throws {
        #expect(try ChildProcess.run(["sh", "-c", "kill -SEGV $$"]).status == .signalled(11))
        #expect(try ChildProcess.run(["/nonexistent/program"]).status == .exited(127), "env's code for a missing program")
    }

    /// What `swift build` printed for a learner's file with two errors (Swift 6.3).
    static let buildOutput = """
    [6/7] Compiling MyActivations Activations.swift
    /home/ada/ws/Sources/MyActivations/Activations.swift:40:16: error: cannot find 'y' in scope
     38 |     public func forward(_ x: Tensor) -> Tensor {
     39 |         // TODO: implement ReLU. Returning the input unchanged is wrong on purpose.
     40 |         return y
        |                `- error: cannot find 'y' in scope
     41 |     }
     42 | 

    /home/ada/ws/Sources/MyActivations/Activations.swift:69:18: error: binary operator '+' cannot be applied to operands of type 'Tensor' and 'String'
     69 |         return x + "a"
        |                  `- note: overloads for '+' exist with these partially matching parameter lists: (Tensor, Float), (Tensor, Tensor)
     70 |     }

    [7/7] Compiling MyActivations Activations.swift
    /home/ada/ws/Sources/MyActivations/Activations.swift:40:16: error: cannot find 'y' in scope
     40 |         return y
    error: emit-module command failed with exit code 1 (use -v to see invocation)
    """

    @Test("a failed build shows the compiler's errors once each, with their source lines, paths relative to the workspace")
    func buildErrors() {
        let summary = WorkspaceBuild.failureSummary(LearnerRunTests.buildOutput, workspace: workspace)
        let lines = summary.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "the workspace does not compile (2 errors):")
        #expect(lines[1] == "Sources/MyActivations/Activations.swift:40:16: error: cannot find 'y' in scope")
        #expect(lines[4] == " 40 |         return y")
        #expect(summary.contains("\nSources/MyActivations/Activations.swift:69:18: error: binary operator '+'"))
        #expect(!summary.contains("/home/ada/ws") && !summary.contains("emit-module") && !summary.contains("[6/7]"))
        #expect(lines.count == 1 + 7 + 4)
    }

    @Test("only the first three errors are shown, then how many more there are")
    func manyBuildErrors() {
        let output = (1...5).map { "/home/ada/ws/Sources/MyActivations/Activations.swift:\($0):1: error: problem \($0)" }
            .joined(separator: "\n")
        let summary = WorkspaceBuild.failureSummary(output, workspace: workspace)
        #expect(summary.contains("error: problem 3") && !summary.contains("error: problem 4"))
        #expect(summary.hasSuffix("… and 2 more: run `swift build` in /home/ada/ws to see them all"))
    }

    @Test("a build that fails without compiler errors shows its last lines")
    func otherBuildFailures() {
        let summary = WorkspaceBuild.failureSummary("Fetching…\nthe package at '/gone' cannot be accessed", workspace: workspace)
        #expect(summary == "the workspace does not build; the build ended with:\nFetching…\nthe package at '/gone' cannot be accessed")
    }

    @Test("a crash names the runtime's message and the line of the learner's file")
    func crashDescriptions() {
        let stderr = """
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

        *** Program crashed: Illegal instruction at 0x00007f27b076df7f ***
          2 [ra] 0x00007f27b0e42226 specialized Array.subscript.getter + 85 in libswiftSwiftOnoneSupport.so
          3 [ra] 0x000055cee24c78e4 ReLU.forward(_:) + 243 in check-activations at /home/ada/ws/Sources/MyActivations/Activations.swift:52:37
          4 [ra] 0x000055cee24c799c ReLU.callAsFunction(_:) + 27 in check-activations at /home/ada/ws/Sources/MyActivations/Activations.swift:58:57
        """
        let crash = ChildProcess(status: .signalled(4), output: "", errors: stderr)
        #expect(LearnerCheckRun.crashDescription(crash, workspace: workspace)
                == "crashed: Fatal error: Index out of range (at Sources/MyActivations/Activations.swift:52)")
        let silent = ChildProcess(status: .signalled(9), output: "", errors: "")
        #expect(LearnerCheckRun.crashDescription(silent, workspace: workspace) == "crashed: stopped by signal 9")
        let hung = ChildProcess(status: .timedOut(seconds: 10), output: "", errors: "")
        #expect(LearnerCheckRun.crashDescription(hung, workspace: workspace) == "did not finish within 10 s (an endless loop?)")
    }

    @Test("functions are chosen by any spelling of their name; an unknown one lists those there are")
    func selectingFunctions() throws {
        let plans = ["relu", "sigmoid", "tanh"].map { key in
            LearnerCheckPlan(LearnerImplementation(key: key, Tanh()) { f, x in f(x) })
        }
        #expect(try LearnerSession.select([], from: plans).map(\.key) == ["relu", "sigmoid", "tanh"])
        #expect(try LearnerSession.select(["Tanh", "RELU"], from: plans).map(\.key) == ["relu", "tanh"])
        #expect { try LearnerSession.select(["gelu"], from: plans) } throws: {
            "\($0)" == "this workspace has no function 'gelu'; it has: relu, sigmoid, tanh"
        }
    }
}
