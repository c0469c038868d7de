extension ActivationChecks {
    /// tanh(x): tanh(0) = 0, the formula within 8 ULP, exactly odd, range [−1, 1],
    /// accurate near 0 (no cancellation), ±1 at ±1000 and ±∞, gradient 1 − tanh²,
    /// and tanh(x) = 2σ(2x) − 1 with tensor arithmetic.
    ///
    /// ```swift
    /// ActivationChecks.tanh(ActivationUnderTest(Tanh())).count   // 8
    /// ```
    public static func tanh(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name, exact = Tanh().referenceValue(at:)
        return [
            f.check("zero", .correctness, "\(name)(0) is 0",
                    hint: "(e⁰ − e⁰)/(e⁰ + e⁰) = 0.") {
                try f.expect(Tensor([0]), gives: Tensor([0]))
            },
            f.check("formula", .correctness, "\(name) matches (e^x − e^−x)/(e^x + e^−x)",
                    hint: "Foundation's tanh is accurate; or use 1 − 2/(e^(2x) + 1) for large |x| only.") {
                try f.expect(Tensor.linspace(from: -5, to: 5, count: 21), matches: exact, .ulps(8),
                             label: "21 points on [-5, 5]")
            },
            f.check("odd", .correctness, "\(name) is odd: tanh(−x) = −tanh(x)",
                    hint: "Compute tanh(|x|) and give the result the sign of x.") {
                let x = Tensor.linspace(from: 0, to: 10, count: 41)
                try f.requireOutput(f(-x), of: -x, matches: -f(x), .exact,
                                    what: f.call(-x, label: "−x for 41 points x on [0, 10]"))
                return "tanh(−x) == −tanh(x) at 41 points on [0, 10]"
            },
            f.check("range", .range, "\(name) output range is [−1, 1]",
                    hint: "|e^x − e^−x| never exceeds e^x + e^−x.") {
                let (x, label) = normalSample(standardDeviation: 4, seed: 13)
                return try f.expectEach(x, label: label, "in [−1, 1]") { _, y in y >= -1 && y <= 1 }
            },
            f.check("near-zero", .stability, "\(name) is accurate near zero (no cancellation)",
                    hint: "e^x − e^−x subtracts two numbers close to 1 when x is small; near 0, tanh(x) ≈ x.") {
                try f.expect(Tensor([1e-8, -1e-8, 1e-5, 1e-3, -1e-3, 0.01]), matches: exact, .ulps(8))
            },
            f.check("extremes", .stability, "\(name) is stable at extreme values (±1 at ±∞, no NaN)",
                    hint: "e^x overflows above 88 and ∞/∞ is NaN: work with e^(−2|x|), which stays below 1.") {
                try f.expect(Tensor([-.infinity, -1000, -100, -20, 20, 100, 1000, .infinity]), matches: exact, .exact)
            },
            f.gradientCheck("gradient", "\(name)'s gradient is 1 − tanh²(x), 1 at 0",
                            hint: "backward multiplies gradOutput by 1 − tanh²(x).") {
                try f.expectDerivative(at: Tensor([-3, -1, 0, 1, 3]), matches: Tanh().referenceDerivative(at:),
                                       .close(absolute: 0, relative: 1e-4))
            },
            f.check("via-sigmoid", .integration, "\(name) equals 2·sigmoid(2x) − 1 computed with tensor arithmetic",
                    hint: "tanh is a stretched, shifted sigmoid: the two must agree on a whole batch.") {
                let x = Tensor([[-3, -1, -0.25], [0, 0.5, 2]])
                let viaSigmoid = 2 * TinyTorch.sigmoid(2 * x) - 1
                try f.requireOutput(f(x), of: x, matches: viaSigmoid, .close(absolute: 1e-6, relative: 0),
                                    what: f.call(x))
                return "\(f.call(x)) = \(f(x)) ≈ 2·sigmoid(2x) − 1 = \(viaSigmoid)"
            },
        ]
    }
}
