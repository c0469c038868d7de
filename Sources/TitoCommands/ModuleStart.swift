import ArgumentParser
import Foundation

/// `tito module start activations [--path DIR]`: makes a learner's workspace and prints the next steps.
struct ModuleStart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Make a workspace (a Swift package) where you implement the module's functions yourself.",
        discussion: """
        Never overwrites: if DIR exists and is not an empty folder, nothing is written and the exit code is 1.
        """
    )

    @Argument(help: "The course module to start.")
    var module: CourseModule

    @Option(help: "Where to make the workspace.")
    var path: String = Workspace.defaultFolderName

    @Option(help: ArgumentHelp("The TinyTorch package the workspace depends on (default: $\(TinyTorchPackage.environmentVariable), else the package this tito was built from).",
                               valueName: "dir"))
    var tinytorch: String?

    func run() throws {
        let workspace = try Workspace.create(at: path, tinyTorch: TinyTorchPackage.locate(option: tinytorch))
        print(ModuleStart.nextSteps(workspace: workspace, shownPath: path, tito: TitoInvocation.current), terminator: "")
    }

    /// What the learner reads after `start`: where the file is and the workflow, step by step.
    static func nextSteps(workspace: Workspace, shownPath: String, tito: TitoInvocation) -> String {
        var lines = [
            "✅ Made the Activations workspace in \(workspace.root.path)",
            "   Your file: \(Workspace.learnerFilePath) (ReLU, Sigmoid, Tanh; then optional GELU, Softmax)",
            "",
            "Next steps:",
            "  1. cd \(shownPath)",
            "  2. Implement ReLU in \(Workspace.learnerFilePath) (each TODO's doc comment explains the function).",
            "  3. tito test                 builds your code and runs the module's checks (the first build takes a minute)",
            "  4. tito plot relu            draws your ReLU beside the reference",
            "  5. Sigmoid, then Tanh: test each as you go (`tito module status` shows what passes)",
            "  6. tito module complete      records the module as done when every check passes",
        ]
        if let hint = tito.pathHint { lines += ["", hint] }
        return lines.joined(separator: "\n") + "\n"
    }
}
