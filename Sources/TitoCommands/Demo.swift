import ArgumentParser
import TinyTorch

/// `tito demo`: the module's examples, printed as the course presents them.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the Activations module's examples: ReLU, Sigmoid and Tanh on small tensors."
    )

    func run() {
        print(Demo.text(), terminator: "")
    }

    /// The demo's whole output, so tests can read it without a process.
    static func text() -> String {
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        line("🔥 TinyTorch Activations: the module's examples")
        line()
        let relu = ReLU(), sigmoid = Sigmoid(), tanh = Tanh()
        let x = Tensor([-2, -1, 0, 1, 2])
        line("relu = ReLU()")
        line("relu(Tensor(\(x)))     → \(relu(x))")
        let s = Tensor([0, 1, -1])
        line("sigmoid = Sigmoid()")
        line("sigmoid(Tensor(\(s)))           → \(sigmoid(s))")
        line("tanh = Tanh()")
        line("tanh(Tensor(\(s)))              → \(tanh(s))")
        line()
        line("🧪 Manual testing")
        let m = Tensor([[-2, -1, 0, 1, 2]])
        line("Input:   \(m)")
        line("ReLU:    \(relu(m))")
        line("Sigmoid: \(sigmoid(m))")
        line("Tanh:    \(tanh(m))")
        return out
    }
}
