extension ActivationChecks {
    /// ReLU(x) = max(0, x): zeros for negatives, identity for positives, range [0, ∞),
    /// exact at the float limits, gradient 0/1 (0 at 0), and non-linear after a matmul.
    ///
    /// ```swift
    /// ActivationChecks.relu(ActivationUnderTest(ReLU())).map(\.summary).first
    /// // "ReLU handles negative inputs correctly"
    /// ```
    public static func relu(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name
        return [
            f.check("negative-inputs", .correctness, "\(name) handles negative inputs correctly",
                    hint: "ReLU keeps positive values and replaces the rest by 0.") {
                try f.expect(Tensor([-3, -2, -1, -0.5, 0]), gives: Tensor.zeros(shape: [5]))
            },
            f.check("positive-inputs", .correctness, "\(name) preserves positive inputs",
                    hint: "A positive input passes through unchanged: max(0, x) = x for x > 0.") {
                let x = Tensor([0.001, 0.5, 1, 2, 3, 1e30])
                return try f.expect(x, gives: x)
            },
            f.check("range", .range, "\(name) output range is [0, ∞)",
                    hint: "No output of max(0, x) can be negative.") {
                let (x, label) = normalSample(standardDeviation: 10, seed: 11)
                return try f.expectEach(x, label: label, "≥ 0") { _, y in y >= 0 }
            },
            f.check("extremes", .stability, "\(name) is exact at extreme values (±∞, ±max float, subnormals)",
                    hint: "Compare with 0 and select; never compute with the input.") {
                let tiny = Float.leastNonzeroMagnitude, big = Float.greatestFiniteMagnitude
                return try f.expect(Tensor([-.infinity, -big, -tiny, tiny, big, .infinity]),
                                    gives: Tensor([0, 0, 0, tiny, big, .infinity]))
            },
            f.gradientCheck("gradient", "\(name)'s gradient is 1 for positive inputs and 0 otherwise (0 at 0)",
                    hint: "backward multiplies gradOutput by f′(x): 1 where x > 0, else 0.") {
                let x = Tensor([-2, -0.5, 0, 0.5, 2])
                let grad = try f.gradient(x, Tensor.filled(with: 3, shape: [5]))
                let what = "\(f.callName).backward(\(x), gradOutput: 3)"
                try f.requireOutput(grad, of: x, matches: Tensor([0, 0, 0, 3, 3]), .exact, what: what)
                return "\(what) = \(grad)"
            },
            f.check("nonlinear-layer", .integration, "\(name) makes a linear layer non-linear",
                    hint: "After matmul, ReLU must zero the negative pre-activations, element by element.") {
                let w = Tensor([[1, -1], [-1, 1]])
                let layer = { (x: Tensor) in f(matmul(x, w)) }
                let a = Tensor([1, 0]), b = Tensor([-1, 0])
                try f.requireOutput(layer(a), of: a, matches: Tensor([1, 0]), .exact, what: f.call(a, label: "matmul(\(a), \(w))"))
                let sumOfOutputs = layer(a) + layer(b), outputOfSum = layer(a + b)
                try require(sumOfOutputs != outputOfSum,
                            "layer(a) + layer(b) = \(sumOfOutputs) equals layer(a + b) = \(outputOfSum): the layer is still linear")
                return "layer(a) + layer(b) = \(sumOfOutputs) but layer(a + b) = \(outputOfSum)"
            },
        ]
    }
}
