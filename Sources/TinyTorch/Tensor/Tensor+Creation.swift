// Factory functions: constant tensors, evenly spaced values, and seeded random tensors.

extension Tensor {
    /// A tensor of the given shape filled with `0`.
    ///
    /// - Precondition: no dimension is negative.
    ///
    /// ```swift
    /// Tensor.zeros(shape: [2, 3]).data   // [0, 0, 0, 0, 0, 0]
    /// ```
    public static func zeros(shape: [Int]) -> Tensor {
        filled(with: 0, shape: shape)
    }

    /// A tensor of the given shape filled with `1`.
    ///
    /// - Precondition: no dimension is negative.
    ///
    /// ```swift
    /// Tensor.ones(shape: [3]).data   // [1, 1, 1]
    /// ```
    public static func ones(shape: [Int]) -> Tensor {
        filled(with: 1, shape: shape)
    }

    /// A tensor of the given shape with every element equal to `value`.
    ///
    /// - Precondition: no dimension is negative.
    ///
    /// ```swift
    /// Tensor.filled(with: 7, shape: [2]).data   // [7, 7]
    /// ```
    public static func filled(with value: Float, shape: [Int]) -> Tensor {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor.filled: shape \(shape) has a negative dimension")
        return Tensor(uncheckedShape: shape, data: [Float](repeating: value, count: shape.reduce(1, *)))
    }

    /// `count` evenly spaced values from `start` to `end`, both included (NumPy's `linspace`).
    ///
    /// Element `i` is `start + i·(end − start)/(count − 1)`, computed in double
    /// precision so that the last element is exactly `end`.
    ///
    /// - Precondition: `count >= 0`; `start` and `end` are finite.
    ///
    /// ```swift
    /// Tensor.linspace(from: -1, to: 1, count: 5).data   // [-1, -0.5, 0, 0.5, 1]
    /// ```
    public static func linspace(from start: Float, to end: Float, count: Int) -> Tensor {
        precondition(count >= 0, "Tensor.linspace: count must be >= 0, got \(count)")
        precondition(start.isFinite && end.isFinite, "Tensor.linspace: bounds must be finite, got from \(start) to \(end)")
        let a = Double(start), b = Double(end)
        let step = count > 1 ? (b - a) / Double(count - 1) : 0
        let values = (0..<count).map { i in i == count - 1 && count > 1 ? end : Float(a + Double(i) * step) }
        return Tensor(values)
    }

    /// A tensor of independent uniform samples from `[lower, upper)`, reproducible from `seed`.
    ///
    /// Each element takes 24 random bits `k` from a ``SeededGenerator`` and is
    /// `lower + (upper − lower)·k/2²⁴`: the same seed gives the same tensor on every machine.
    ///
    /// - Precondition: `lower < upper`, both finite; no dimension is negative.
    ///
    /// ```swift
    /// let u = Tensor.randomUniform(shape: [2, 2], in: -1..<1, seed: 42)
    /// ```
    public static func randomUniform(shape: [Int], in range: Range<Float> = 0..<1, seed: UInt64) -> Tensor {
        precondition(range.lowerBound.isFinite && range.upperBound.isFinite,
                     "Tensor.randomUniform: range \(range) must be finite")
        var generator = SeededGenerator(seed: seed)
        let width = Double(range.upperBound) - Double(range.lowerBound)
        return zeros(shape: shape).map { _ in
            let value = Float(Double(range.lowerBound) + width * generator.nextUnitFloat())
            return Swift.min(value, range.upperBound.nextDown)
        }
    }

    /// A tensor of independent normal samples with the given mean and standard
    /// deviation, reproducible from `seed`.
    ///
    /// Uses Marsaglia's polar method over a ``SeededGenerator``, with a logarithm
    /// written out in plain arithmetic, so the same seed gives bit-identical
    /// tensors on every machine and platform.
    ///
    /// - Precondition: `standardDeviation >= 0`; no dimension is negative.
    ///
    /// ```swift
    /// let z = Tensor.randomNormal(shape: [1000], seed: 0)   // mean ≈ 0, std ≈ 1
    /// ```
    public static func randomNormal(shape: [Int], mean: Float = 0, standardDeviation: Float = 1, seed: UInt64) -> Tensor {
        precondition(standardDeviation >= 0, "Tensor.randomNormal: standardDeviation must be >= 0, got \(standardDeviation)")
        var generator = SeededGenerator(seed: seed)
        var spare: Double? = nil
        return zeros(shape: shape).map { _ in
            let z: Double
            if let cached = spare {
                z = cached
                spare = nil
            } else {
                let (first, second) = generator.nextStandardNormalPair()
                z = first
                spare = second
            }
            return Float(Double(mean) + Double(standardDeviation) * z)
        }
    }
}
