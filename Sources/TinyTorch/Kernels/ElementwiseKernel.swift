// How an elementwise activation runs over a whole tensor: a vector kernel for 8 elements,
// a loop that feeds it, threads above a threshold, and the three ways to receive the result
// (a new tensor, an existing tensor, or the input itself).

/// The vectorized form of an elementwise activation: f and the gradient product g·f′ on
/// 8 lanes at a time, in each ``Precision`` tier.
///
/// A kernel is a caseless enum of static functions, so that every loop over it is specialized
/// and inlined. Only the accurate functions are required: a kernel with a single exact tier
/// (ReLU) gets the fast ones for free.
protocol ElementwiseKernel: Sendable {
    /// f(x) per lane, within 1 ULP (or exact) for every input.
    static func accurateValue(_ x: FloatVector) -> FloatVector
    /// f(x) per lane within the activation's documented fast bound.
    static func fastValue(_ x: FloatVector) -> FloatVector
    /// g·f′(x) per lane, computed as accurately as the value.
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector
    /// g·f′(x) per lane in the fast tier.
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector
    /// Elements below which a call stays on one thread (measured; see docs/performance.md).
    static var parallelThreshold: Int { get }

    /// `output[i] = f(input[i])` for `i` in `0..<count`; `input` may be `output` (in place).
    /// (Implemented once below; a requirement so that calls through `any ElementwiseKernel.Type`
    /// reach the loop specialized for each kernel.)
    static func forward(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                        count: Int, precision: Precision)

    /// `gradInput[i] = gradOutput[i]·f′(x[i])`; `gradInput` may alias either input.
    static func backward(_ x: UnsafePointer<Float>, _ gradOutput: UnsafePointer<Float>,
                         _ gradInput: UnsafeMutablePointer<Float>, count: Int, precision: Precision)
}

extension ElementwiseKernel {
    static func fastValue(_ x: FloatVector) -> FloatVector { accurateValue(x) }
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        accurateGradient(x, gradOutput)
    }

    /// `output[i] = f(input[i])` for `i` in `0..<count`; `input` may be `output` (in place).
    static func forward(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                        count: Int, precision: Precision) {
        switch precision {
        case .accurate: map(input, output, count, accurateValue)
        case .fast: map(input, output, count, fastValue)
        }
    }

    /// `gradInput[i] = gradOutput[i]·f′(x[i])`; `gradInput` may alias either input.
    static func backward(_ x: UnsafePointer<Float>, _ gradOutput: UnsafePointer<Float>,
                         _ gradInput: UnsafeMutablePointer<Float>, count: Int, precision: Precision) {
        switch precision {
        case .accurate: zipMap(x, gradOutput, gradInput, count, accurateGradient)
        case .fast: zipMap(x, gradOutput, gradInput, count, fastGradient)
        }
    }
}

// The two loops. Each handles 8 elements per step; the last, partial vector is computed on a
// zero-padded copy, so every element goes through the same vector code and its result never
// depends on where it sits: that is why the output is bitwise identical for any thread split.

@inline(__always)
private func map(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, _ count: Int,
                 _ f: (FloatVector) -> FloatVector) {
    var i = 0
    while i + vectorWidth <= count {
        f(FloatVector(loadingFrom: input + i)).store(to: output + i)
        i += vectorWidth
    }
    if i < count {
        f(FloatVector(loadingFrom: input + i, count: count - i)).store(to: output + i, count: count - i)
    }
}

@inline(__always)
private func zipMap(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                    _ count: Int, _ f: (FloatVector, FloatVector) -> FloatVector) {
    var i = 0
    while i + vectorWidth <= count {
        f(FloatVector(loadingFrom: a + i), FloatVector(loadingFrom: b + i)).store(to: output + i)
        i += vectorWidth
    }
    if i < count {
        let n = count - i
        f(FloatVector(loadingFrom: a + i, count: n), FloatVector(loadingFrom: b + i, count: n)).store(to: output + i, count: n)
    }
}
