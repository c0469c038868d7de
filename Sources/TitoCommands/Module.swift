import ArgumentParser

/// `tito module`: the learner's workflow — start a workspace, check it, complete the module.
struct Module: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the module yourself: start a workspace, see your progress, complete the module.",
        discussion: """
        `tito module start activations` makes a Swift package where you implement ReLU, Sigmoid and \
        Tanh (then GELU and Softmax). `tito test` and `tito plot` inside it judge your own code with \
        the module's checks; `tito module status` and `tito module complete` track your progress.
        """,
        subcommands: [ModuleStart.self, ModuleStatus.self, ModuleComplete.self]
    )
}

/// The course modules a learner can start.
enum CourseModule: String, ExpressibleByArgument, CaseIterable {
    /// ReLU, Sigmoid, Tanh, then GELU and Softmax.
    case activations
}

/// `--path DIR`, the option of `tito module status` and `tito module complete`: the learner's
/// workspace, found from the current folder when omitted.
struct WorkspaceOption: ParsableArguments {
    @Option(help: "The workspace (default: the one around the current folder).")
    var path: String?

    /// The workspace the option names, or the one around the current folder.
    func workspace() throws(TitoError) -> Workspace { try Workspace.resolve(path: path) }
}
