/// What one call of `forward` costs on this machine, measured: the seed's
/// "Performance and Gradient Properties" and the course profiler's "3.4× slower
/// than ReLU".
///
/// Each figure is the best of several timed calls (after a warm-up) on a seeded
/// N(0, 1) batch of ``AnalysisSettings/costElements`` elements: lines `[n/width, width]`
/// laid out by the activation's kind, so axis-wise activations see lines (and Softmax2d
/// images). Timings depend on the
/// machine and its load; they are measured, never asserted.
///
/// ```swift
/// let copy = Cost.copyBaseline(settings: .quick)
/// let cost = Cost(ActivationUnderTest(ReLU()), settings: .quick, copy: copy, relu: nil)
/// cost.elementsPerNanosecond   // Gelem/s, e.g. 1.9
/// ```
public struct Cost: Sendable, Codable, Equatable {
    /// Milliseconds per million elements.
    public var millisecondsPerMillion: Double
    /// Elements per nanosecond (= Gelem/s).
    public var elementsPerNanosecond: Double
    /// This cost over ReLU's (3.4 means "3.4× slower than ReLU"); `nil` when ReLU was not measured.
    public var ratioToReLU: Double?
    /// Copy time over this time: the fraction of the machine's copy bandwidth this activation reaches.
    public var fractionOfCopyBandwidth: Double?

    /// Times `subject.forward` and relates it to a copy of the same batch and to ReLU's cost.
    public init(_ subject: ActivationUnderTest, settings: AnalysisSettings, copy: Cost?, relu: Cost?) {
        let x = subject.kind.input(fromLines: Cost.batch(settings))
        let seconds = Cost.bestTime(settings) { withExtendedLifetime(subject.forward(x)) {} }
        self.init(seconds: seconds, elements: x.count)
        ratioToReLU = relu.map { millisecondsPerMillion / $0.millisecondsPerMillion }
        fractionOfCopyBandwidth = copy.map { $0.millisecondsPerMillion / millisecondsPerMillion }
    }

    init(seconds: Double, elements: Int) {
        millisecondsPerMillion = seconds * 1e3 * 1e6 / Double(elements)
        elementsPerNanosecond = Double(elements) / (seconds * 1e9)
    }

    /// Copying the batch's elements into new memory (one thread, `memcpy`): the bandwidth
    /// an activation that does no arithmetic at all could reach.
    ///
    /// ```swift
    /// Cost.copyBaseline(settings: .standard).elementsPerNanosecond   // e.g. 3.5
    /// ```
    public static func copyBaseline(settings: AnalysisSettings) -> Cost {
        let data = batch(settings).data
        let seconds = bestTime(settings) {
            let copy = [Float](unsafeUninitializedCapacity: data.count) { buffer, initialized in
                data.withUnsafeBufferPointer { source in
                    if let from = source.baseAddress { buffer.baseAddress!.initialize(from: from, count: source.count) }
                }
                initialized = data.count
            }
            withExtendedLifetime(copy) {}
        }
        return Cost(seconds: seconds, elements: data.count)
    }

    /// The timed input: seeded N(0, 1), shape `[costElements / width, width]`.
    static func batch(_ settings: AnalysisSettings) -> Tensor {
        Tensor.randomNormal(shape: [settings.costElements / settings.width, settings.width], seed: settings.seed + 1000)
    }

    /// The shortest of at least `costMinimumRuns` timed calls, timing until `costMinimumSeconds` have passed.
    static func bestTime(_ settings: AnalysisSettings, _ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        work()   // warm-up: first-touch page faults, lazy initialisation
        var best = Double.infinity, spent = 0.0, runs = 0
        while runs < settings.costMinimumRuns || spent < settings.costMinimumSeconds {
            let elapsed = clock.measure(work)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
            spent += seconds
            runs += 1
        }
        return max(best, 1e-9)
    }
}
