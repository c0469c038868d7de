import TinyTorch

/// The numerical contract and how well it holds: for every activation with a reference,
/// ``Verifier``'s largest error in ULP over its deterministic sample.
enum AccuracyTable {
    /// One row per catalog entry; entries without a reference say so. `quick` checks every
    /// eighth input of the sample.
    static func measure(_ entries: [ActivationCatalog.Entry], quick: Bool) -> (table: Table, worst: [String: Double]) {
        let sample = Verifier.sampleInputs()
        let inputs = quick ? sample.enumerated().filter { $0.offset % 8 == 0 }.map(\.element) : sample
        var worst: [String: Double] = [:]
        let rows = entries.map { entry -> [String] in
            let name = entry.activation.name
            if let activation = entry.activation as? any ReferenceEvaluable {
                let (value, derivative) = Verifier.verify(activation, inputs: inputs)
                worst[entry.key] = value.maxError
                let bound = activation.accuracyBound == 0 ? "exact (0 ULP)" : "≤ \(figure(activation.accuracyBound)) ULP"
                return [name, bound, Verifier.format(value.maxError), figure(value.worstInput),
                        Verifier.format(derivative.maxError), "\(value.checked)", value.holds ? "yes" : "NO"]
            }
            if let softmax = entry.activation as? Softmax, softmax.axis == -1 {
                let report = Verifier.verifySoftmax(inputs: inputs)
                worst[entry.key] = report.maxError
                return [name, "≤ 2 ULP per element", Verifier.format(report.maxError), figure(report.worstInput),
                        "–", "\(report.checked)", report.holds ? "yes" : "NO"]
            }
            return [name, "no reference yet", "–", "–", "–", "–", "–"]
        }
        let table = Table(
            title: "Numerical contract and accuracy (measured)",
            header: ["activation", "contract", "max error (ULP)", "at x", "f′ max error (ULP)", "inputs", "holds"],
            rows: rows,
            footnote: "Errors against a \(ReferenceReal.self) reference over a deterministic sample: special values, "
                + "\(quick ? "every eighth of " : "")\(Verifier.mantissasPerBinade) mantissas in every binade of both signs, "
                + "and a 1/256 grid on [−20, 20]. Softmax takes the sample as rows of 16. Same as `tito verify`.")
        return (table, worst)
    }
}
