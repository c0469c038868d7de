import Foundation

// Checks for the members of the activation family where the issue names a trap: the
// formula, then the extreme inputs a textbook form gets wrong (NaN from −∞·0, overflow in
// e^x, a tail rounded away, NaN dropped by a clamp, the max shift forgotten).

extension ActivationChecks {
    /// Mish(x) = x·tanh(softplus(x)): the formula, Mish(−∞) = 0 (not NaN) with its tiny
    /// negative tail, and Mish(x) = x for large x (no overflow).
    ///
    /// ```swift
    /// ActivationChecks.mish(ActivationUnderTest(Mish())).count   // 3
    /// ```
    public static func mish(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name, exact = Mish().referenceValue(at:)
        return [
            f.check("formula", .correctness, "\(name) matches x·tanh(softplus(x))",
                    hint: "softplus(x) = log(1 + eˣ); Mish multiplies x by its tanh.") {
                try f.expect(Tensor.linspace(from: -5, to: 5, count: 41), matches: exact,
                             .close(absolute: 1e-6, relative: 1e-5), label: "41 points on [-5, 5]")
            },
            f.check("negative-infinity", .stability, "\(name)(−∞) = 0, not NaN, and its negative tail stays",
                    hint: "−∞·tanh(0) is −∞·0 = NaN: where softplus(x) is 0, return 0 instead of x·0.") {
                try f.expect(Tensor([-.infinity, -1000, -100, -20]), matches: exact, .ulps(8))
            },
            f.check("large-inputs", .stability, "\(name) is finite for large inputs (Mish(x) = x)",
                    hint: "eˣ overflows above 88.7: softplus(x) = x + log1p(e^(−x)) never does, and tanh of it is 1.") {
                let big = Float.greatestFiniteMagnitude
                return try f.expect(Tensor([100, 1000, 1e30, big, .infinity]), gives: Tensor([100, 1000, 1e30, big, .infinity]))
            },
        ]
    }

    /// Softplus in the given form: the formula, finite and linear above βx = threshold
    /// (no overflow), and its tiny tail for negative inputs kept (log1p, not log(1 + eˣ)).
    ///
    /// ```swift
    /// ActivationChecks.softplus(ActivationUnderTest(Softplus()), form: Softplus()).count   // 3
    /// ```
    public static func softplus(_ f: ActivationUnderTest, form: Softplus) -> [ModuleCheck] {
        let name = f.name, exact = form.referenceValue(at:)
        return [
            f.check("formula", .correctness, "\(name) matches log(1 + e^(βx))/β",
                    hint: "Exponentiate βx, add 1, take the logarithm, divide by β.") {
                try f.expect(Tensor.linspace(from: -5, to: 5, count: 41), matches: exact,
                             .close(absolute: 1e-6, relative: 1e-5), label: "41 points on [-5, 5]")
            },
            f.check("large-inputs", .stability, "\(name) is finite for large inputs (x itself above βx = \(shortText(form.threshold)))",
                    hint: "e^(βx) overflows above 88.7: above the threshold softplus(x) is x to float precision, so return x.") {
                let big = Float.greatestFiniteMagnitude
                return try f.expect(Tensor([100, 1000, 1e30, big, .infinity]), matches: exact, .ulps(8))
            },
            f.check("negative-tail", .stability, "\(name) keeps its tiny tail for negative inputs (not 0)",
                    hint: "1 + eˣ rounds to 1 below x ≈ −17, and log(1) = 0: use log1p(eˣ).") {
                try f.expect(Tensor([-100, -50, -20, -.infinity]), matches: exact, .ulps(8))
            },
        ]
    }

    /// LogSigmoid(x) = log σ(x): the formula, LogSigmoid(−1000) = −1000 and LogSigmoid(1000)
    /// = −0 (the exact value, far below float's least subnormal), never −∞ or NaN.
    ///
    /// ```swift
    /// ActivationChecks.logSigmoid(ActivationUnderTest(LogSigmoid())).count   // 2
    /// ```
    public static func logSigmoid(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name, exact = LogSigmoid().referenceValue(at:)
        return [
            f.check("formula", .correctness, "\(name) matches log(1/(1 + e^(−x)))",
                    hint: "The logarithm of the sigmoid: −log(1 + e^(−x)).") {
                try f.expect(Tensor.linspace(from: -5, to: 5, count: 41), matches: exact,
                             .close(absolute: 1e-6, relative: 1e-5), label: "41 points on [-5, 5]")
            },
            f.check("tails", .stability, "\(name)(−1000) = −1000 and \(name)(1000) = −0, not −∞ or NaN",
                    hint: "log(σ(x)) is log(0) = −∞ once σ underflows, and e^(−x) overflows for x = −1000: use −softplus(−x).") {
                try f.expect(Tensor([-1000, -100, 20, 100, 1000]), matches: exact, .ulps(8))
            },
        ]
    }

    /// LogSoftmax over the last axis: the formula, [1000, 1001, 1002] like [1, 2, 3] (the
    /// max shift), masked (−∞) entries giving −∞ and no NaN, and rows that are log-probabilities.
    ///
    /// ```swift
    /// ActivationChecks.logSoftmax(ActivationUnderTest(LogSoftmax())).count   // 4
    /// ```
    public static func logSoftmax(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name
        let exact = { @Sendable (line: [Float]) in reference(LogSoftmax(), line: line) }
        return [
            f.check("formula", .correctness, "\(name) matches xᵢ − log Σⱼ e^xⱼ",
                    hint: "Subtract the log of the line's sum of exponentials from every entry.") {
                try f.expect(Tensor([1, 2, 3]), gives: exact([1, 2, 3]), .ulps(8))
            },
            f.check("large-inputs", .stability, "\(name) of [1000, 1001, 1002] equals that of [1, 2, 3]",
                    hint: "e^1000 overflows: subtract the line's maximum first (log-softmax does not change).") {
                try f.expect(Tensor([1000, 1001, 1002]), gives: exact([1, 2, 3]), .ulps(8))
            },
            f.check("masked", .stability, "\(name) gives −∞ to masked (−∞) entries and a finite value to the rest",
                    hint: "A −∞ entry adds e^(−∞) = 0 to the sum; never subtract −∞ from −∞.") {
                try f.expect(Tensor([0, -.infinity, 1, -.infinity]), gives: exact([0, -.infinity, 1, -.infinity]), .ulps(8))
            },
            f.check("log-probabilities", .range, "\(name)'s rows are log-probabilities: ≤ 0, and their exponentials sum to 1",
                    hint: "Normalise each row along the last axis, not the whole tensor.") {
                let x = Tensor.randomNormal(shape: [4, 10], standardDeviation: 3, seed: 17)
                let y = f(x)
                let sums = y.map { Float(exp(Double($0))) }.sum(alongAxis: -1)
                try require(y.data.allSatisfy { $0 <= 0 } && sums.data.allSatisfy { abs($0 - 1) <= 1e-5 },
                            "\(f.callName)(4×10 samples of N(0, 3²)) gave rows whose exponentials sum to \(sums), expected values ≤ 0 summing to 1 ± 1e-5")
                return "row sums of e^y: \(sums)"
            },
        ]
    }

    /// A clamp or shrink (ReLU6, Hardtanh, Threshold, Hardshrink, Softshrink): exact on every
    /// piece, on both sides of each kink, at ±∞, and NaN kept beside clipped values.
    ///
    /// ```swift
    /// ActivationChecks.clamp(ActivationUnderTest(ReLU6()), matching: ReLU6(), kinks: [0, 6]).count   // 1
    /// ```
    public static func clamp(_ f: ActivationUnderTest, matching reference: some ReferenceEvaluable,
                             kinks: [Float]) -> [ModuleCheck] {
        let name = f.name
        let aroundKinks = kinks.flatMap { [$0.nextDown, $0, $0.nextUp] }
        return [
            f.check("pieces", .stability, "\(name) is exact on every piece, at its kinks and ±∞, and keeps NaN",
                    hint: "Comparisons with NaN are false, so min/max or x > t ? x : v turn NaN into a bound: test x.isNaN first.") {
                let x = Tensor([.nan, -.infinity, -1e30] + aroundKinks + [.nan, 1e30, .infinity, .nan])
                return try f.expect(x, matches: reference.referenceValue(at:), .exact,
                                    label: "NaN, ±∞, ±1e30 and both sides of the kinks \(kinks.map(shortText))")
            },
        ]
    }

    /// GLU over the last axis: it halves the axis and computes a·σ(b) for the halves [a, b];
    /// a gate of +∞ passes a, 0 halves it, −∞ blocks it.
    ///
    /// ```swift
    /// ActivationChecks.glu(ActivationUnderTest(GLU(), kind: .halvingLastAxis)).count   // 2
    /// ```
    public static func glu(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name
        return [
            f.check("formula", .correctness, "\(name) maps the halves [a, b] of each line to a·σ(b), half as long",
                    hint: "Split each line into its first half a and second half b; output k is aₖ·σ(bₖ).") {
                let x = Tensor.randomNormal(shape: [2, 3, 8], standardDeviation: 3, seed: 18)
                let expected = Tensor(shape: [2, 3, 4], data: (0..<6).flatMap { line in
                    reference(GLU(), line: Array(x.data[line * 8..<(line + 1) * 8])).data
                })
                let y = f(x)
                try f.requireOutput(y, of: x, matches: expected, .close(absolute: 1e-6, relative: 1e-5),
                                    what: f.call(x, label: "a [2, 3, 8] tensor"))
                return "\(f.call(x, label: "a [2, 3, 8] tensor")) has shape \(y.shape) and the values a·σ(b)"
            },
            f.check("gates", .range, "\(name) passes a when the gate is +∞, halves it at 0 and blocks it at −∞",
                    hint: "σ(+∞) = 1, σ(0) = ½, σ(−∞) = 0: compute σ without overflow for large |b|.") {
                try f.expect(Tensor([[3, 3, 3, .infinity, 0, -.infinity], [-8, -8, -8, 1000, 0, -1000]]),
                             gives: Tensor([[3, 1.5, 0], [-8, -4, -0.0]]))
            },
        ]
    }

    /// Softmax2d over the channels of images: each pixel's channels are the softmax of that
    /// pixel's inputs, and they sum to 1 at every pixel of every image in a batch.
    ///
    /// ```swift
    /// ActivationChecks.softmax2d(ActivationUnderTest(Softmax2d(), kind: .alongChannels)).count   // 2
    /// ```
    public static func softmax2d(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name
        return [
            f.check("formula", .correctness, "\(name) is the softmax of each pixel's channels in a (C, H, W) image",
                    hint: "For every (h, w), exponentiate the C values x[c, h, w] and divide by their sum.") {
                let x = Tensor.randomNormal(shape: [3, 2, 2], standardDeviation: 2, seed: 19)
                let expected = Kernels.mapLines(x, alongAxis: 0) { referenceSoftmax($0).data }
                return try f.expect(x, gives: expected, .ulps(8), label: "a (3, 2, 2) image")
            },
            f.check("channels-sum-to-one", .correctness, "\(name)'s channels sum to 1 at every pixel of an (N, C, H, W) batch",
                    hint: "Normalise along the channel axis (1 of N, C, H, W; −3 from the end), not along the last axis.") {
                let x = Tensor.randomNormal(shape: [2, 3, 4, 5], standardDeviation: 3, seed: 21)
                let sums = f(x).sum(alongAxis: 1)
                let worst = sums.data.map { abs($0 - 1) }.max() ?? 0
                try require(sums.shape == [2, 4, 5] && worst <= 1e-6,
                            "\(f.callName)(a (2, 3, 4, 5) batch) has channel sums of shape \(sums.shape) off 1 by up to \(shortText(worst)), expected 1 ± 1e-6 at each of the 2×4×5 pixels")
                return "channel sums at 40 pixels within \(shortText(worst)) of 1"
            },
        ]
    }
}
