import TinyTorch

/// The numerical contract and how well it holds: for every activation with a reference,
/// ``Verifier``'s largest error in ULP over its deterministic sample.
enum AccuracyTable {
    /// One row per catalog entry, then one for ``logSumExp(_:axis:keepingDimensions:)``; entries
    /// without a reference say so. `quick` checks every eighth input of the sample.
    static func measure(_ entries: [ActivationCatalog.Entry], quick: Bool) -> (table: Table, worst: [String: Double]) {
        let sample = Verifier.sampleInputs()
        let inputs = quick ? sample.enumerated().filter { $0.offset % 8 == 0 }.map(\.element) : sample
        var worst: [String: Double] = [:]
        let verified = entries.map { ($0.key, $0.activation.name, Verifier.verify(anyActivation: $0.activation, inputs: inputs)) }
            + [("logsumexp", "logSumExp", (Verifier.verifyLogSumExp(inputs: inputs), nil))]
        let rows = verified.map { key, name, reports -> [String] in
            guard let (value, derivative) = reports, let bound = value.bound else {
                return [name, "no fixed reference (learned or random slopes)", "–", "–", "–", "–", "–"]
            }
            worst[key] = value.maxError
            let contract = bound == 0 ? "exact (0 ULP)" : "≤ \(figure(bound)) ULP"
            return [name, contract, Verifier.format(value.maxError), figure(value.worstInput),
                    derivative.map { Verifier.format($0.maxError) } ?? "–", "\(value.checked)", value.holds ? "yes" : "NO"]
        }
        let table = Table(
            title: "Numerical contract and accuracy (measured)",
            header: ["activation", "contract", "max error (ULP)", "at x", "f′ max error (ULP)", "inputs", "holds"],
            rows: rows,
            footnote: "Errors against a \(ReferenceReal.self) reference over a deterministic sample: special values, "
                + "\(quick ? "every eighth of " : "")\(Verifier.mantissasPerBinade) mantissas in every binade of both signs, "
                + "and a 1/256 grid on [−20, 20]. Axis-wise activations and logSumExp take the sample as rows of 16 (Softmax2d as 16 channels). "
                + "Same as `tito verify`.")
        return (table, worst)
    }
}
