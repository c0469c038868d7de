/// The sizes and seeds behind every measured number of ``ActivationAnalysis``:
/// recorded in each report, so a figure can be reproduced.
///
/// ```swift
/// let settings = AnalysisSettings.standard
/// settings.sweep.count   // 20_481 points, x = k/512 on [-20, 20]
/// ```
public struct AnalysisSettings: Sendable, Codable, Equatable {
    /// The dense sweep for range, symmetry, monotonicity and derivatives: `x = k·step` on `[-limit, limit]`
    /// (every point exact in float32, 0 included, symmetric about 0).
    public var sweepLimit: Float
    /// The sweep's step; a power of two so every point is exact.
    public var sweepStep: Float
    /// The seeded N(0, 1) input for the mean and sparsity: `normalRows × width` values.
    public var normalRows: Int
    /// The width of every batch: lines of this length for axis-wise activations, and the
    /// width of the dense layers in the gradient-flow model.
    public var width: Int
    /// The seed of the N(0, 1) input; the gradient-flow model uses the seeds after it.
    public var seed: UInt64
    /// The batch size of the gradient-flow model.
    public var gradientRows: Int
    /// After how many layers the gradient's size is reported.
    public var layerCounts: [Int]
    /// How many elements one timed call of `forward` processes.
    public var costElements: Int
    /// The fewest timed calls per activation (after one warm-up call).
    public var costMinimumRuns: Int
    /// Timing goes on until at least this many seconds have been spent per activation.
    public var costMinimumSeconds: Double

    /// The full analysis: what `tito analyze` and `tito report` measure.
    public static let standard = AnalysisSettings(
        sweepLimit: 20, sweepStep: 0x1p-9, normalRows: 1024, width: 64, seed: 0,
        gradientRows: 256, layerCounts: [10, 20, 50],
        costElements: 1 << 20, costMinimumRuns: 5, costMinimumSeconds: 0.1)

    /// A fast look (`--quick`): coarser sweep, smaller samples, three timed calls on 2¹⁶ elements.
    public static let quick = AnalysisSettings(
        sweepLimit: 20, sweepStep: 0x1p-6, normalRows: 64, width: 64, seed: 0,
        gradientRows: 32, layerCounts: [10, 20, 50],
        costElements: 1 << 16, costMinimumRuns: 3, costMinimumSeconds: 0)

    /// The sweep's points, from `-sweepLimit` to `sweepLimit`.
    ///
    /// ```swift
    /// AnalysisSettings.quick.sweep.first   // -20.0
    /// ```
    public var sweep: [Float] {
        let n = Int((sweepLimit / sweepStep).rounded())
        return (-n...n).map { Float($0) * sweepStep }
    }

    /// The seeded N(0, 1) batch of shape `[normalRows, width]`.
    public var normalInput: Tensor {
        Tensor.randomNormal(shape: [normalRows, width], seed: seed)
    }
}
