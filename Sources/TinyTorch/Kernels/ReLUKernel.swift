// max(0, x) on vectors: ReLU's kernel. It only compares and selects, so it is exact and has
// one tier; it is memory-bound, so it is the kernel that shows what the memory system allows.

/// ReLU's kernel: exact in every lane, with the scalar definition's NaN and zero rules.
enum ReLUKernel: ElementwiseKernel {
    static let parallelThreshold = 1 << 16
    static let fastParallelThreshold = 1 << 16

    /// x where x > 0 or NaN, else +0 (so −0 → 0 and −∞ → 0).
    @inline(__always)
    static func accurateValue(_ x: FloatVector) -> FloatVector {
        x.replacing(with: 0, where: x .<= 0)
    }

    /// g·ReLU′(x) with ReLU′ = 1 for x > 0, 0 for x ≤ 0 and NaN for NaN: the same product the
    /// scalar `gradient * derivative(at: x)` forms, so ±∞ or NaN gradients behave identically.
    @inline(__always)
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        let slope = FloatVector(repeating: 0).replacing(with: 1, where: x .> 0)
        return gradOutput * slope.replacing(with: x, where: x .!= x)
    }
}
