import ArgumentParser
import Foundation

/// `tito module start activations [--path DIR]`: makes a learner's workspace and prints the next steps.
struct ModuleStart: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Make a workspace (a Swift package) where you implement the module's functions yourself.",
        discussion: """
        Never overwrites: if DIR exists and is not an empty folder, nothing is written and the exit code is 1. \
        The workspace depends on the TinyTorch package by path: --tinytorch, else $\(TinyTorchPackage.environmentVariable), \
        else the package this tito was built from.
        """
    )

    @Argument(help: "The course module to start.")
    var module: CourseModule

    @Option(help: "Where to make the workspace.")
    var path: String = Workspace.defaultFolderName

    @Option(help: ArgumentHelp("The TinyTorch package the workspace depends on.", valueName: "dir"))
    var tinytorch: String?

    @OptionGroup var style: StyleOptions

    func execute(on console: Console) throws(TitoError) -> Int32 {
        let workspace = try Workspace.create(at: path, tinyTorch: TinyTorchPackage.locate(option: tinytorch))
        for line in ModuleStart.nextSteps(workspace: workspace, shownPath: path, tito: .current, style: style.style(on: console)) {
            console.line(line)
        }
        return 0
    }

    /// What the learner reads after `start`: where the file is and the workflow, step by step.
    static func nextSteps(workspace: Workspace, shownPath: String, tito: TitoInvocation, style: OutputStyle) -> [String] {
        var lines = [
            style.mark("✅", plain: "") + "Made the Activations workspace in \(workspace.root.path)",
            "   Your file: \(Workspace.learnerFilePath) (ReLU, Sigmoid, Tanh; then optional GELU, Softmax)",
            "",
            "Next steps:",
            "  1. cd \(shownPath)",
            "  2. Implement ReLU in \(Workspace.learnerFilePath) (each TODO's doc comment explains the function).",
            "  3. tito test relu            builds your code and runs the module's checks (the first build also compiles TinyTorch)",
            "  4. tito plot relu            draws your ReLU beside the reference, and their difference",
            "  5. Sigmoid, then Tanh: test each as you go; `tito module status` shows what passes",
            "  6. tito module complete      records the module as done once ReLU, Sigmoid and Tanh pass every check",
        ]
        if let hint = tito.pathHint { lines += ["", hint] }
        return lines
    }
}
