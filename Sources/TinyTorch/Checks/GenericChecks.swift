extension ActivationChecks {
    /// Inputs for the gradient check: away from every kink of the common activations
    /// (0, ±0.5, ±1, ±3, 6), as a [2, 6] batch so that axis-wise activations see lines.
    static let smoothPoints = Tensor([[-5.3, -3.7, -2.3, -1.3, -0.6, -0.15], [0.35, 0.8, 1.7, 2.9, 4.6, 5.4]])

    /// Finite inputs from ±10¹⁵ (whose squares still fit in a float) down to the subnormals, both signs, in one 14-element line.
    static let finiteExtremes = Tensor([-1e15, -1e4, -100, -88.8, -1, -.leastNonzeroMagnitude, -0.0,
                                        0, .leastNonzeroMagnitude, 1, 88.8, 100, 1e4, 1e15])

    /// The step of the central differences in ``generic(_:)``'s gradient check.
    static let differenceStep: Float = 1e-2

    /// The checks every activation must pass, whatever its formula: shape preservation
    /// (0-d to 3-d and zero-size), input untouched, NaN propagation, finite outputs for
    /// finite inputs, the same values for a batch as row by row, and `backward` against
    /// central finite differences of `forward`.
    ///
    /// Checks that cannot apply to the implementation's ``ActivationUnderTest/kind`` are
    /// left out; ``notes(for:)`` says which and why.
    ///
    /// ```swift
    /// ActivationChecks.generic(ActivationUnderTest(Tanh())).map(\.id)
    /// // ["tanh.shape", "tanh.input-untouched", "tanh.nan", "tanh.finite", "tanh.batch", "tanh.finite-differences"]
    /// ```
    public static func generic(_ f: ActivationUnderTest) -> [ModuleCheck] {
        let name = f.name
        var checks: [ModuleCheck] = []
        if f.kind != .reshapingLastAxis {
            let shapes: [[Int]] = [[], [5], [2, 3], [2, 3, 4], [0], [2, 0, 3]]
            checks.append(f.check("shape", .shape, "\(name) keeps the shape of 0-d, 1-d, 2-d, 3-d and empty tensors",
                                  hint: "Build the output with the input's shape, element for element.") {
                for (k, shape) in shapes.enumerated() {
                    let x = Tensor.randomNormal(shape: shape, seed: 20 + UInt64(k))
                    try f.requireSameShape(f(x), as: x, label: "a tensor of shape \(shape)")
                }
                return "shapes kept: \(shapes.map(\.description).joined(separator: ", "))"
            })
        }
        checks.append(f.check("input-untouched", .shape, "\(name) returns a new tensor and leaves its input untouched",
                              hint: "Write the results into a new tensor; never change the one you were given.") {
            let x = Tensor.randomNormal(shape: [3, 4], seed: 30)
            let before = x.data.map(\.bitPattern)   // a copy, not a second reference to the storage
            _ = f(x)
            try require(x.data.map(\.bitPattern) == before, "\(f.callName)(x) changed its input x of shape \(x.shape)")
            return "input of shape [3, 4] unchanged"
        })
        checks.append(f.check("nan", .stability, "\(name) propagates NaN",
                              hint: "Comparisons with NaN are false: a max/min or a branch can drop NaN silently.") {
            let x = Tensor([[1, .nan, -1, 0.5]])
            let y = f(x)
            let propagated = f.kind == .reshapingLastAxis ? y.data.contains(where: \.isNaN) : y.count == 4 && y.data[1].isNaN
            try require(propagated, "\(f.call(x)) gave \(y), expected NaN where the input is NaN")
            if f.kind == .elementwise {
                try require(y.data.enumerated().allSatisfy { $0.offset == 1 || $0.element.isFinite },
                            "\(f.call(x)) gave \(y), expected the NaN to stay in its own element")
            }
            return "\(f.call(x)) = \(y)"
        })
        checks.append(f.check("finite", .stability, "\(name) gives finite outputs for finite inputs (±1e15 to subnormals)",
                              hint: "Overflow hides in intermediate steps such as e^x or x³: keep every step in range.") {
            let x = finiteExtremes
            let y = f(x)
            if let i = y.data.firstIndex(where: { !$0.isFinite }) {
                let at = x.shape == y.shape ? " at x = \(shortText(x.data[i]))" : ""
                throw CheckFailure("\(f.call(x, label: "14 finite values from -1e15 to 1e15")) gave \(shortText(y.data[i]))\(at), expected a finite value")
            }
            return "finite outputs for \(x.count) finite inputs from -1e15 to 1e15"
        })
        checks.append(f.check("batch", .integration, "\(name) gives the same values for a batch as for each row alone",
                              hint: "Treat every row of a batch the same way, without mixing rows.") {
            let x = Tensor.randomNormal(shape: [4, 6], standardDeviation: 2, seed: 31)
            let batch = f(x)
            let rows = (0..<4).map { r in f(Tensor(Array(x.data[r * 6..<(r + 1) * 6]))) }
            let stacked = Tensor(shape: [4] + (rows.first?.shape ?? []), data: rows.flatMap(\.data))
            try f.requireOutput(batch, of: x, matches: stacked, .exact, what: f.call(x, label: "a 4×6 batch"))
            return "4×6 batch equals its rows computed one by one"
        })
        checks.append(f.gradientCheck("finite-differences", "\(name)'s backward agrees with central finite differences",
                                      hint: "backward(x, g) must equal Σᵢ gᵢ·∂yᵢ/∂x: check the derivative formula and its sign.") {
            try finiteDifferenceCheck(f)
        })
        return checks
    }

    /// Remarks on the checks ``generic(_:)`` and the backward checks leave out for this implementation.
    ///
    /// ```swift
    /// ActivationChecks.notes(for: ActivationUnderTest(name: "ReLU", kind: .elementwise) { $0 })
    /// // ["ReLU has no backward pass yet: gradient checks skipped"]
    /// ```
    public static func notes(for f: ActivationUnderTest) -> [String] {
        var notes: [String] = []
        if f.kind == .reshapingLastAxis {
            notes.append("\(f.name) changes the length of its last axis: shape-preservation checks do not apply")
        }
        if f.backward == nil {
            notes.append("\(f.name) has no backward pass yet: gradient checks skipped")
        }
        return notes
    }

    /// Compares `backward(x, g)` with `(L(x + h·eᵢ) − L(x − h·eᵢ)) / 2h` for `L = Σ g·f(x)`,
    /// summing in double precision; tolerance `2·10⁻³·(1 + |numeric|)`.
    static func finiteDifferenceCheck(_ f: ActivationUnderTest) throws -> String {
        let x = smoothPoints
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
