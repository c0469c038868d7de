import ArgumentParser
import TinyTorch

/// `tito verify`: every activation (and its derivative) against its reference-precision value.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure each activation's error in ULP against a higher-precision reference.",
        discussion: """
        Checks the dense deterministic sample (special values, 64 mantissas in every binade of both \
        signs, a grid on [-20, 20]). Prints, per activation, the largest error in ULP and where it \
        occurs, and how many results are off by 1 ULP or more; without names, logSumExp too. \
        Exits 1 if a contract is broken.
        """
    )

    @Argument(help: "Activations to verify (default: all). Names are case-insensitive.")
    var names: [String] = []

    func validate() throws {
        for name in names where ActivationCatalog.entry(named: name) == nil {
            throw ValidationError("unknown activation '\(name)'; valid names: \(ActivationCatalog.keys.joined(separator: ", "))")
        }
    }

    func run() throws {
        let entries = names.isEmpty ? ActivationCatalog.entries : names.compactMap(ActivationCatalog.entry(named:))
        let (text, holds) = Verify.table(for: entries, withLogSumExp: names.isEmpty)
        print(text, terminator: "")
        if !holds { throw ExitCode(1) }
    }

    /// The verification table for `entries` (and ``logSumExp(_:axis:keepingDimensions:)``, the one
    /// function with a contract that is not an activation, when asked), and whether every contract holds.
    static func table(for entries: [ActivationCatalog.Entry], withLogSumExp: Bool = false) -> (String, Bool) {
        let inputs = Verifier.sampleInputs()
        var lines = ["activation        bound  max ULP   at x              ≥1 ULP / checked   derivative max ULP"]
        var holds = true
        var verified = entries.map { ($0.key, Verifier.verify(anyActivation: $0.activation, inputs: inputs)) }
        if withLogSumExp { verified.append(("logsumexp", (Verifier.verifyLogSumExp(inputs: inputs), nil))) }
        for (key, reports) in verified {
            guard let (report, slope) = reports else {
                lines.append(pad(key, 17) + "no fixed reference: its slopes are learned weights or random")
                continue
            }
            let derivative = slope.map { Verifier.format($0.maxError) } ?? "-"
            holds = holds && report.holds
            let bound = report.bound.map { Verifier.format($0) } ?? "-"
            let mark = report.holds ? "" : "  ✗ contract broken"
            lines.append(pad(key, 17) + pad(bound, 7) + pad(Verifier.format(report.maxError), 10)
                + pad("\(report.worstInput)", 18) + pad("\(report.atLeastOneULP) / \(report.checked)", 19)
                + derivative + mark)
        }
        lines.append("inputs: \(inputs.count) (specials, \(Verifier.mantissasPerBinade) mantissas × 255 binades × 2 signs, grid on [-20, 20] step 1/256)")
        return (lines.joined(separator: "\n") + "\n", holds)
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
