import Foundation

extension ActivationChecks {
    /// Softmax over the last axis: the formula within 8 ULP, rows summing to 1, values in
    /// [0, 1], uniform on equal inputs, stable for [1000, 1001, 1002], 0 for masked (−∞)
    /// entries, the gradient yᵢ(gᵢ − Σⱼ gⱼyⱼ), and one distribution per row of a matmul.
    ///
    /// ```swift
    /// ActivationChecks.softmax(ActivationUnderTest(Softmax())).count   // 8
    /// ```
    public static func softmax(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name
        return [
            f.check("formula", .correctness, "\(name) matches e^xᵢ / Σⱼ e^xⱼ",
                    hint: "Exponentiate every entry of the line, then divide each by the line's sum.") {
                try f.expect(Tensor([1, 2, 3]), gives: referenceSoftmax([1, 2, 3]), .ulps(8))
            },
            f.check("sums-to-one", .correctness, "\(name) rows sum to 1",
                    hint: "Normalise along the last axis: divide by the sum of that row, not of the whole tensor.") {
                let x = Tensor.randomNormal(shape: [4, 10], standardDeviation: 3, seed: 15)
                let sums = f(x).sum(alongAxis: -1)
                try require(sums.shape == [4] && sums.data.allSatisfy { abs($0 - 1) <= 1e-6 },
                            "\(f.callName)(4×10 samples of N(0, 3²)) has row sums \(sums), expected 1 ± 1e-6 each")
                return "row sums \(sums)"
            },
            f.check("range", .range, "\(name) outputs lie in [0, 1]",
                    hint: "Each output is a positive share of a positive total.") {
                let x = Tensor.randomNormal(shape: [8, 16], standardDeviation: 10, seed: 16)
                return try f.expectEach(x, label: "8×16 samples of N(0, 10²)", "in [0, 1]") { _, y in y >= 0 && y <= 1 }
            },
            f.check("uniform", .correctness, "\(name) of equal values is uniform (1/n each)",
                    hint: "Equal inputs have equal exponentials, so each gets the same share.") {
                try f.expect(Tensor([2, 2, 2, 2]), gives: Tensor([0.25, 0.25, 0.25, 0.25]), .ulps(1))
            },
            f.check("large-inputs", .stability, "\(name) is stable for large inputs ([1000, 1001, 1002] like [1, 2, 3])",
                    hint: "e^1000 overflows: subtract the row's maximum before exponentiating (it cancels out).") {
                try f.expect(Tensor([1000, 1001, 1002]), gives: referenceSoftmax([1, 2, 3]), .ulps(8))
            },
            f.check("masked", .stability, "\(name) gives 0 to masked (−∞) entries",
                    hint: "e^(−∞ − max) is exactly 0; make sure −∞ never meets +∞ or another −∞ in a subtraction.") {
                try f.expect(Tensor([0, -.infinity, 1, -.infinity]), gives: referenceSoftmax([0, -.infinity, 1, -.infinity]), .ulps(8))
            },
            f.gradientCheck("gradient", "\(name)'s gradient is yᵢ(gᵢ − Σⱼ gⱼyⱼ)",
                            hint: "Softmax mixes its inputs: ∂L/∂xᵢ = yᵢ·(gᵢ − Σⱼ gⱼyⱼ) with y = softmax(x).") {
                let x = Tensor([1, 2, 3]), g = Tensor([1, 0, -2])
                let y = referenceSoftmax([1, 2, 3]).data.map(Double.init)
                let dot = zip(y, g.data).reduce(0.0) { $0 + $1.0 * Double($1.1) }
                let expected = Tensor(zip(y, g.data).map { Float($0 * (Double($1) - dot)) })
                let grad = try f.gradient(x, g)
                let what = "\(f.callName).backward(\(x), gradOutput: \(g))"
                try f.requireOutput(grad, of: x, matches: expected, .close(absolute: 1e-7, relative: 1e-5), what: what)
                return "\(what) = \(grad)"
            },
            f.check("matmul-rows", .integration, "\(name) turns matmul scores into one distribution per row",
                    hint: "Each row of scores becomes probabilities; the largest score keeps the largest probability.") {
                let scores = matmul(Tensor([[1, 0, 2], [-1, 3, 0.5]]), Tensor([[1, -1, 0, 2], [0.5, 2, -1, 0], [1, 0, 1, -1]]))
                let p = f(scores)
                try f.requireSameShape(p, as: scores, label: "matmul(X, W)")
                for row in 0..<2 {
                    let s = Array(scores.data[row * 4..<(row + 1) * 4]), q = Array(p.data[row * 4..<(row + 1) * 4])
                    let total = q.reduce(0, +)
                    try require(abs(total - 1) <= 1e-6 && s.firstIndex(of: s.max()!) == q.firstIndex(of: q.max()!),
                                "\(f.callName)(matmul(X, W)) row \(row) gave \(q) for scores \(s), expected a distribution peaked where the score is largest")
                }
                return "\(f.callName)(matmul(X, W)) = \(p)"
            },
        ]
    }

    /// The softmax of one line in reference precision, rounded to `Float` (−∞ entries give 0).
    static func referenceSoftmax(_ line: [Float]) -> Tensor {
        reference(Softmax(), line: line)
    }
}
