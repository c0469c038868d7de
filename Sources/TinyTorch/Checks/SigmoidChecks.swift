extension ActivationChecks {
    /// σ(x) = 1/(1 + e^(−x)): σ(0) = ½ exactly, the formula within 8 ULP, range (0, 1),
    /// σ(−x) = 1 − σ(x), monotone, no overflow at ±1000 and ±∞, the subnormal tail
    /// σ(−100) ≈ 3.8e-44 kept, gradient σ(1 − σ), and a chain after ReLU.
    ///
    /// ```swift
    /// ActivationChecks.sigmoid(ActivationUnderTest(Sigmoid())).count   // 9
    /// ```
    public static func sigmoid(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name, exact = Sigmoid().referenceValue(at:)
        return [
            f.check("zero", .correctness, "\(name)(0) is exactly 0.5",
                    hint: "1/(1 + e⁰) = 1/2.") {
                try f.expect(Tensor([0]), gives: Tensor([0.5]))
            },
            f.check("formula", .correctness, "\(name) matches 1/(1 + e^−x)",
                    hint: "Compute 1/(1 + e^−x) for x ≥ 0 and e^x/(1 + e^x) for x < 0.") {
                try f.expect(Tensor.linspace(from: -10, to: 10, count: 81), matches: exact, .ulps(8),
                             label: "81 points on [-10, 10]")
            },
            f.check("range", .range, "\(name) output range is (0, 1)",
                    hint: "Both forms divide a positive number by a larger one.") {
                let (x, label) = normalSample(standardDeviation: 4, seed: 12)
                return try f.expectEach(x, label: label, "in (0, 1)") { _, y in y > 0 && y < 1 }
            },
            f.check("symmetry", .correctness, "\(name) is point-symmetric: σ(−x) = 1 − σ(x)",
                    hint: "The two forms are mirror images; use the same arithmetic for both signs.") {
                let x = Tensor.linspace(from: 0, to: 8, count: 33)
                let mirrored = f(-x), complement = 1 - f(x)
                try f.requireOutput(mirrored, of: -x, matches: complement, .close(absolute: 2e-7, relative: 0),
                                    what: f.call(-x, label: "−x for 33 points x on [0, 8]"))
                return "σ(−x) and 1 − σ(x) agree within 2e-7 at 33 points on [0, 8]"
            },
            f.check("monotone", .correctness, "\(name) never decreases",
                    hint: "A larger input must never give a smaller output.") {
                let x = Tensor.linspace(from: -20, to: 20, count: 801)
                let y = f(x)
                try f.requireSameShape(y, as: x, label: "801 points on [-20, 20]")
                if let i = (1..<y.count).first(where: { y.data[$0] < y.data[$0 - 1] }) {
                    throw CheckFailure("\(f.callName)(\(shortText(x.data[i]))) = \(shortText(y.data[i])) is below \(f.callName)(\(shortText(x.data[i - 1]))) = \(shortText(y.data[i - 1])), expected non-decreasing")
                }
                return "non-decreasing over 801 points on [-20, 20]"
            },
            f.check("extremes", .stability, "\(name) is stable at extreme values (no overflow, no NaN)",
                    hint: "e^(−x) overflows for x < −88: use e^x/(1 + e^x) there, whose exponential is at most 1.") {
                try f.expect(Tensor([-.infinity, -1000, -100, -88.8, 88.8, 100, 1000, .infinity]), matches: exact,
                             .close(absolute: 1e-30, relative: 1e-6))
            },
            f.check("tail", .stability, "\(name) keeps its tiny negative tail (σ(−100) ≈ 3.8e-44, not 0)",
                    hint: "1/(1 + e^100) overflows to 1/∞ = 0; e^x/(1 + e^x) keeps the subnormal e^−100.") {
                try f.expect(Tensor([-100, -95, -90, -87.5]), matches: exact, .ulps(2))
            },
            f.gradientCheck("gradient", "\(name)'s gradient is σ(x)(1 − σ(x)), 0.25 at 0",
                            hint: "backward multiplies gradOutput by σ(x)(1 − σ(x)).") {
                try f.expectDerivative(at: Tensor([-4, -1, 0, 1, 4]), matches: Sigmoid().referenceDerivative(at:),
                                       .close(absolute: 0, relative: 1e-4))
            },
            f.check("after-relu", .integration, "\(name) chains after ReLU on a matmul batch",
                    hint: "ReLU's outputs are ≥ 0, so σ of them lies in [0.5, 1) and keeps the batch's shape.") {
                let scores = TinyTorch.relu(matmul(Tensor([[1, -2], [0.5, 3], [-1, -1]]), Tensor([[2, -1, 0.5], [1, 1, -3]])))
                let y = f(scores)
                try f.requireOutput(y, of: scores, matches: reference(scores, exact), .ulps(8),
                                    what: f.call(scores, label: "relu(matmul(X, W))"))
                try require(y.data.allSatisfy { $0 >= 0.5 && $0 < 1 }, "\(f.callName)(relu(matmul(X, W))) gave \(y), expected values in [0.5, 1)")
                return "\(f.callName)(relu(matmul(X, W))) = \(y)"
            },
        ]
    }
}
