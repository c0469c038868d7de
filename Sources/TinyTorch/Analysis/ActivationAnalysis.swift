import Foundation

/// Everything `tito analyze` measures about the catalog's activations, in one
/// `Codable` value: properties, gradient flow and cost per activation, and the
/// settings that produced them.
///
/// Its JSON form (see ``jsonEncoder()``) is the stable schema of `tito analyze --json`,
/// `schema` = ``schemaName``, `version` = ``schemaVersion``. Non-finite numbers are the
/// strings `"inf"`, `"-inf"` and `"nan"`; a measurement that does not apply (an optional
/// field, e.g. `atZero` for Softmax) is left out of its object.
///
/// ```swift
/// let analysis = ActivationAnalysis.measure(ActivationCatalog.entries.prefix(3), settings: .quick)
/// analysis.activations[1].properties.atZero   // 0.5 (Sigmoid)
/// ```
public struct ActivationAnalysis: Sendable, Codable, Equatable {
    /// The name of the JSON schema: `"tinytorch.analyze"`.
    public static let schemaName = "tinytorch.analyze"
    /// The schema's version; it changes only when a field changes meaning or disappears.
    public static let schemaVersion = 1

    /// ``schemaName``.
    public var schema: String = schemaName
    /// ``schemaVersion``.
    public var version: Int = schemaVersion
    /// The sizes and seeds used.
    public var settings: AnalysisSettings
    /// The cost of copying the timed batch: the bandwidth baseline.
    public var copy: Cost
    /// One record per analysed activation, in catalog order.
    public var activations: [Record]

    /// What was measured for one activation.
    public struct Record: Sendable, Codable, Equatable {
        /// The catalog key, e.g. `"gelu_tanh"`.
        public var key: String
        /// The display name, e.g. `"GELU (tanh)"`.
        public var name: String
        /// The ``ActivationKind``: `"elementwise"`, `"alongLastAxis"`, `"alongChannels"` or `"halvingLastAxis"`.
        public var kind: String
        /// The measured properties.
        public var properties: MeasuredProperties
        /// The gradient-flow sizes, or `nil` where the model does not apply.
        public var gradientFlow: GradientFlow?
        /// The measured cost.
        public var cost: Cost
        /// Why some measurements are absent.
        public var notes: [String]
    }

    /// Measures `entries` with `settings`. ReLU's cost is always measured (once), so every
    /// ratio to ReLU exists. `progress` is told after each activation (done, total, key).
    public static func measure(_ entries: some Collection<ActivationCatalog.Entry>, settings: AnalysisSettings,
                               progress: (Int, Int, String) -> Void = { _, _, _ in }) -> ActivationAnalysis {
        let copy = Cost.copyBaseline(settings: settings)
        let reluEntry = ActivationCatalog.entry(named: "relu")
        var relu = reluEntry.map { Cost(ActivationUnderTest($0), settings: settings, copy: copy, relu: nil) }
        relu?.ratioToReLU = 1
        let stack = GradientFlow.Layers(settings: settings)
        var records: [Record] = []
        for (done, entry) in entries.enumerated() {
            let subject = ActivationUnderTest(entry)
            let flow = GradientFlow(subject, through: stack)
            var notes: [String] = []
            if let layout = subject.kind.sweepLayout {
                notes.append(subject.kind.isPointwiseOnSweep
                    ? "the curve (range, limits, f(0), symmetry, derivative) is measured on \(layout); mean and sparsity on the N(0, 1) batch"
                    : "not a curve: each output depends on the whole line, so limits, f(0), symmetry and derivative are not measured; range, mean and sparsity come from the N(0, 1) batch")
            }
            if flow == nil {
                notes.append("gradient flow needs a backward pass whose gradient chains through layers of equal width (not one that halves its axis)")
            }
            records.append(Record(key: entry.key, name: subject.name, kind: subject.kind.rawValue,
                                  properties: MeasuredProperties(subject, settings: settings), gradientFlow: flow,
                                  cost: entry.key == reluEntry?.key ? relu! : Cost(subject, settings: settings, copy: copy, relu: relu),
                                  notes: notes))
            progress(done + 1, entries.count, entry.key)
        }
        return ActivationAnalysis(settings: settings, copy: copy, activations: records)
    }

    /// The encoder of the stable JSON form: sorted keys, pretty-printed, non-finite
    /// numbers as `"inf"`, `"-inf"`, `"nan"`.
    ///
    /// ```swift
    /// let json = try ActivationAnalysis.jsonEncoder().encode(analysis)
    /// ```
    public static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// The decoder matching ``jsonEncoder()``.
    ///
    /// ```swift
    /// let analysis = try ActivationAnalysis.jsonDecoder().decode(ActivationAnalysis.self, from: json)
    /// ```
    public static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
