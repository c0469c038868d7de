extension ActivationChecks {
    /// Inputs for the gradient check: away from every kink of the common activations
    /// (0, ±0.5, ±1, ±3, 6), as two lines of 6 so that axis-wise activations see lines.
    static let smoothPoints = Tensor([[-5.3, -3.7, -2.3, -1.3, -0.6, -0.15], [0.35, 0.8, 1.7, 2.9, 4.6, 5.4]])

    /// Finite inputs from ±10¹⁵ (whose squares still fit in a float) down to the subnormals, both signs, in one 14-element line.
    static let finiteExtremes = Tensor([-1e15, -1e4, -100, -88.8, -1, -.leastNonzeroMagnitude, -0.0,
                                        0, .leastNonzeroMagnitude, 1, 88.8, 100, 1e4, 1e15])

    /// The step of the central differences in ``generic(_:)``'s gradient check.
    static let differenceStep: Float = 1e-2

    /// The shapes the shape check tries, as far as the implementation's kind accepts them:
    /// 0-d to 4-d, an odd and an even last axis, and two empty tensors.
    static let sampleShapes: [[Int]] = [[], [5], [2, 4], [2, 3, 4], [2, 3, 2, 4], [0], [2, 0, 4]]

    /// The checks every activation must pass, whatever its formula: the output shape its
    /// ``ActivationUnderTest/kind`` promises (0-d to 4-d and empty tensors, as far as the kind
    /// accepts them), input untouched, NaN propagation, finite outputs for finite inputs, the
    /// same values for a batch as item by item, and `backward` against central finite
    /// differences of `forward`.
    ///
    /// Each check writes its input as lines (`[n]` or `[rows, n]`) and lays it out with
    /// ``ActivationKind/input(fromLines:)``: a `.alongChannels` activation sees images.
    ///
    /// ```swift
    /// ActivationChecks.generic(ActivationUnderTest(Tanh())).map(\.id)
    /// // ["tanh.shape", "tanh.input-untouched", "tanh.nan", "tanh.finite", "tanh.batch", "tanh.finite-differences"]
    /// ```
    public static func generic(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name, kind = f.kind
        @Sendable func input(_ lines: Tensor) -> Tensor { kind.input(fromLines: lines) }
        let shapes = sampleShapes.filter(kind.accepts)
        return [
            f.check("shape", .shape, "\(name) \(kind.shapeRule) of \(ranksText(shapes)) tensors",
                    hint: kind.shapeHint) {
                for (k, shape) in shapes.enumerated() {
                    let x = Tensor.randomNormal(shape: shape, seed: 20 + UInt64(k))
                    try f.requireShape(f(x), of: x, kind.outputShape(for: shape), label: "a tensor of shape \(shape)")
                }
                return "shapes \(shapes.map { "\($0) → \(kind.outputShape(for: $0))" }.joined(separator: ", "))"
            },
            f.check("input-untouched", .shape, "\(name) returns a new tensor and leaves its input untouched",
                    hint: "Write the results into a new tensor; never change the one you were given.") {
                let x = input(Tensor.randomNormal(shape: [3, 4], seed: 30))
                let before = x.data.map(\.bitPattern)   // a copy, not a second reference to the storage
                _ = f(x)
                try require(x.data.map(\.bitPattern) == before, "\(f.callName)(x) changed its input x of shape \(x.shape)")
                return "input of shape \(x.shape) unchanged"
            },
            f.check("nan", .stability, "\(name) propagates NaN",
                    hint: "Comparisons with NaN are false: a max/min or a branch can drop NaN silently.") {
                // Element 1 is NaN; for a halving kind it is a₁, so output 1 is NaN too.
                let x = input(Tensor([[1, .nan, -1, 0.5]]))
                let y = f(x)
                try require(y.count == kind.outputShape(for: x.shape).reduce(1, *) && y.data[1].isNaN,
                            "\(f.call(x)) gave \(y), expected NaN where the input is NaN")
                if kind == .elementwise {
                    try require(y.data.enumerated().allSatisfy { $0.offset == 1 || $0.element.isFinite },
                                "\(f.call(x)) gave \(y), expected the NaN to stay in its own element")
                }
                return "\(f.call(x)) = \(y)"
            },
            f.check("finite", .stability, "\(name) gives finite outputs for finite inputs (±1e15 to subnormals)",
                    hint: "Overflow hides in intermediate steps such as e^x or x³: keep every step in range.") {
                let x = input(finiteExtremes)
                let y = f(x)
                if let i = y.data.firstIndex(where: { !$0.isFinite }) {
                    let at = x.shape == y.shape ? " at x = \(shortText(x.data[i]))" : ""
                    throw CheckFailure("\(f.call(x, label: "14 finite values from -1e15 to 1e15")) gave \(shortText(y.data[i]))\(at), expected a finite value")
                }
                return "finite outputs for \(x.count) finite inputs from -1e15 to 1e15"
            },
            f.check("batch", .integration, "\(name) gives the same values for a batch as for each item alone",
                    hint: "Treat every item of a batch the same way, without mixing items.") {
                let lines = Tensor.randomNormal(shape: [4, 6], standardDeviation: 2, seed: 31)
                let x = input(lines)
                let batch = f(x)
                let items = (0..<4).map { r in f(input(Tensor(Array(lines.data[r * 6..<(r + 1) * 6])))) }
                let stacked = Tensor(shape: [4] + (items.first?.shape ?? []), data: items.flatMap(\.data))
                try f.requireOutput(batch, of: x, matches: stacked, .exact, what: f.call(x, label: "a batch of 4 lines of 6"))
                return "a batch of shape \(x.shape) equals its 4 items computed one by one"
            },
            f.gradientCheck("finite-differences", "\(name)'s backward agrees with central finite differences",
                            hint: "backward(x, g) must equal Σᵢ gᵢ·∂yᵢ/∂x: check the derivative formula and its sign.") {
                try finiteDifferenceCheck(f)
            },
        ]
    }

    /// `"0-d, 1-d, 2-d, 3-d, 4-d and empty"`: the ranks of the non-empty `shapes`, then the empty
    /// ones (every kind accepts `[2, 0, 4]` of ``sampleShapes``).
    static func ranksText(_ shapes: [[Int]]) -> String {
        Set(shapes.filter { !$0.contains(0) }.map(\.count)).sorted().map { "\($0)-d" }.joined(separator: ", ") + " and empty"
    }

    /// Remarks on the checks left out for this implementation.
    ///
    /// ```swift
    /// ActivationChecks.notes(for: ActivationUnderTest(name: "ReLU", kind: .elementwise) { $0 })
    /// // ["ReLU has no backward pass yet: gradient checks skipped"]
    /// ```
    public static func notes(for f: ActivationUnderTest) -> [String] {
        f.backward == nil ? ["\(f.name) has no backward pass yet: gradient checks skipped"] : []
    }

    /// Compares `backward(x, g)` with `(L(x + h·eᵢ) − L(x − h·eᵢ)) / 2h` for `L = Σ g·f(x)`,
    /// summing in double precision; tolerance `2·10⁻³·(1 + |numeric|)`.
    static func finiteDifferenceCheck(_ f: ActivationUnderTest) throws -> String {
        let x = f.kind.input(fromLines: smoothPoints)
        let g = Tensor.randomNormal(shape: f(x).shape, seed: 32)
        let analytic = try f.gradient(x, g)
        try f.requireSameShape(analytic, as: x, label: "backward's result")
        func loss(_ z: Tensor) -> Double {
            zip(f(z).data, g.data).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        }
        for i in 0..<x.count {
            var up = x, down = x
            up.data[i] += differenceStep
            down.data[i] -= differenceStep
            let numeric = (loss(up) - loss(down)) / (Double(up.data[i]) - Double(down.data[i]))
            let got = Double(analytic.data[i])
            guard abs(got - numeric) <= 2e-3 * (1 + abs(numeric)) else {
                throw CheckFailure("\(f.callName).backward gave ∂L/∂x = \(shortText(Float(got))) at x = \(shortText(x.data[i])), expected \(shortText(Float(numeric))) from central differences (h = \(shortText(differenceStep)))")
            }
        }
        return "backward matches central differences at \(x.count) points (h = \(shortText(differenceStep)))"
    }
}

extension ActivationKind {
    /// What the shape check requires, in its summary's words.
    var shapeRule: String { self == .halvingLastAxis ? "halves the last axis" : "keeps the shape" }

    /// The shape check's hint for learners.
    var shapeHint: String {
        self == .halvingLastAxis
            ? "Split the last axis into halves a and b: the output has one value per pair (aₖ, bₖ)."
            : "Build the output with the input's shape, element for element."
    }
}
