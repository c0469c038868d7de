// Kernels for activations that work on whole lines along an axis (Softmax and kin).
//
// A line is the run of elements x[o, 0..<n, i] for fixed outer index o and inner
// index i, with the tensor viewed as [outer, n, inner] around the axis.

extension Kernels {
    /// Replaces every line along `axis` by `transform(line)`, which must return as many values.
    ///
    /// - Precondition: `axis` is already normalised to `0..<rank`.
    ///
    /// ```swift
    /// Kernels.mapLines(Tensor([[1, 2], [3, 4]]), alongAxis: 1) { $0.reversed() }   // [[2.0, 1.0], [4.0, 3.0]]
    /// ```
    public static func mapLines(_ x: Tensor, alongAxis axis: Int, _ transform: ([Float]) -> [Float]) -> Tensor {
        let (outer, n, inner) = x.split(around: axis)
        var result = x.data
        var line = [Float](repeating: 0, count: n)
        for o in 0..<outer {
            for i in 0..<inner {
                for k in 0..<n { line[k] = x.data[(o * n + k) * inner + i] }
                let mapped = transform(line)
                for k in 0..<n { result[(o * n + k) * inner + i] = mapped[k] }
            }
        }
        return Tensor(uncheckedShape: x.shape, data: result)
    }

    /// Like ``mapLines(_:alongAxis:_:)`` over the matching lines of two tensors of one shape.
    ///
    /// ```swift
    /// Kernels.zipMapLines(Tensor([1, 2]), Tensor([3, 4]), alongAxis: 0) { a, b in zip(a, b).map(+) }   // [4.0, 6.0]
    /// ```
    public static func zipMapLines(_ x: Tensor, _ y: Tensor, alongAxis axis: Int,
                                   _ transform: ([Float], [Float]) -> [Float]) -> Tensor {
        precondition(x.shape == y.shape, "Kernels.zipMapLines: shapes \(x.shape) and \(y.shape) differ")
        let (outer, n, inner) = x.split(around: axis)
        var result = x.data
        var a = [Float](repeating: 0, count: n)
        var b = [Float](repeating: 0, count: n)
        for o in 0..<outer {
            for i in 0..<inner {
                for k in 0..<n {
                    a[k] = x.data[(o * n + k) * inner + i]
                    b[k] = y.data[(o * n + k) * inner + i]
                }
                let mapped = transform(a, b)
                for k in 0..<n { result[(o * n + k) * inner + i] = mapped[k] }
            }
        }
        return Tensor(uncheckedShape: x.shape, data: result)
    }
}
