extension ActivationChecks {
    /// GELU in the given form (`x·Φ(x)`, its tanh or its sigmoid approximation): GELU(0) = 0,
    /// the formula, exact limits at ±∞ and ±1000 (never NaN), the negative tail kept,
    /// the range "between 0 and x, never below −0.171", gradient ½ at 0, and closeness
    /// to ReLU far from 0.
    ///
    /// ```swift
    /// ActivationChecks.gelu(ActivationUnderTest(GELU(approximation: .tanh)), approximation: .tanh).count   // 7
    /// ```
    public static func gelu(_ f: ActivationUnderTest, approximation: GELU.Approximation) -> [ModuleCheck] {
        let name = f.name, form = GELU(approximation: approximation)
        let exact = form.referenceValue(at:)
        let formula = switch approximation {
        case .none: "x·Φ(x)"
        case .tanh: "½x(1 + tanh(√(2/π)(x + 0.044715x³)))"
        case .sigmoid: "x·σ(1.702x)"
        }
        return [
            f.check("zero", .correctness, "\(name) maps 0 to 0",
                    hint: "0 times anything finite is 0.") {
                try f.expect(Tensor([0]), gives: Tensor([0]))
            },
            f.check("formula", .correctness, "\(name) matches \(formula)",
                    hint: "Compute the gate (Φ(x), or σ of the scaled input) and multiply it by x.") {
                try f.expect(Tensor.linspace(from: -5, to: 5, count: 41), matches: exact,
                             .close(absolute: 1e-6, relative: 1e-5), label: "41 points on [-5, 5]")
            },
            f.check("extremes", .stability, "\(name) is stable at extreme values (GELU(−∞) = 0, not NaN)",
                    hint: "−∞·0 is NaN: when the gate is exactly 0, return 0 instead of x·0.") {
                let big = Float.greatestFiniteMagnitude
                return try f.expect(Tensor([-.infinity, -big, -1000, 1000, big, .infinity]), matches: exact, .exact)
            },
            f.check("tail", .stability, "\(name) keeps its negative tail (no cancellation)",
                    hint: "1 + erf(x/√2) cancels for negative x: use Φ(x) = ½·erfc(−x/√2), or σ(2u) for ½(1 + tanh u).") {
                try f.expect(Tensor([-10, -8, -6, -4]), matches: exact, .ulps(8))
            },
            f.check("range", .range, "\(name)'s output lies between 0 and x and never below −0.171",
                    hint: "GELU(x) = x·g(x) with a gate g between 0 and 1.") {
                let (x, label) = normalSample(standardDeviation: 4, seed: 14)
                return try f.expectEach(x, label: label, "between 0 and x, and ≥ −0.171") { x, y in
                    y >= min(0, x) && y <= max(0, x) && y >= -0.171
                }
            },
            f.gradientCheck("gradient", "\(name)'s gradient is 0.5 at 0 and matches the formula's derivative",
                            hint: "The product rule: GELU′(x) = g(x) + x·g′(x).") {
                try f.expectDerivative(at: Tensor([-3, -1, 0, 1, 3]), matches: form.referenceDerivative(at:),
                                       .close(absolute: 1e-6, relative: 1e-4))
            },
            f.check("near-relu", .integration, "\(name) is within 0.001 of ReLU for |x| ≥ 6",
                    hint: "Far from 0 the gate is 0 or 1, so GELU(x) − ReLU(x) vanishes.") {
                let x = Tensor([[-10, -8, -6], [6, 8, 10]])
                let difference = f(x) - TinyTorch.relu(x)
                let worst = difference.data.map(abs).max() ?? 0
                try require(difference.shape == x.shape && worst < 1e-3,
                            "\(f.call(x)) − relu(x) gave \(difference), expected every |difference| < 0.001")
                return "max |\(f.callName)(x) − relu(x)| = \(shortText(worst)) for |x| ≥ 6"
            },
        ]
    }
}
