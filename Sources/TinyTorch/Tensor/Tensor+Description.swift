// Printing and comparing tensors.

extension Tensor: CustomStringConvertible {
    /// NumPy-style nested brackets with Swift's shortest exact float text,
    /// e.g. `[[0.0, 0.0, 0.0, 1.0, 2.0]]`; a 0-d tensor prints its value alone.
    ///
    /// ```swift
    /// print(Tensor([[1, 2], [3, 4]]))   // [[1.0, 2.0], [3.0, 4.0]]
    /// ```
    public var description: String {
        guard rank > 0 else { return data[0].description }
        var text = ""
        func write(axis: Int, offset: Int) {
            text += "["
            let stride = shape[(axis + 1)...].reduce(1, *)
            for i in 0..<shape[axis] {
                if i > 0 { text += ", " }
                if axis == rank - 1 {
                    text += data[offset + i].description
                } else {
                    write(axis: axis + 1, offset: offset + i * stride)
                }
            }
            text += "]"
        }
        write(axis: 0, offset: 0)
        return text
    }
}

extension Tensor: Equatable {
    /// Two tensors are equal when their shapes are equal and every pair of
    /// elements compares equal as `Float` (so NaN never equals NaN, and `0 == -0`).
    ///
    /// ```swift
    /// Tensor([1, 2]) == Tensor(shape: [2], data: [1, 2])   // true
    /// ```
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        lhs.shape == rhs.shape && lhs.data == rhs.data
    }

    /// Whether two tensors have the same shape and every pair of elements satisfies
    /// `|a − b| <= absoluteTolerance + relativeTolerance·|b|` (NumPy's `allclose`).
    /// Infinities must match exactly; NaN matches NaN in the same place.
    ///
    /// ```swift
    /// Tensor([1, 2]).isApproximatelyEqual(to: Tensor([1, 2.000001]))   // true
    /// ```
    public func isApproximatelyEqual(to other: Tensor, absoluteTolerance: Float = 1e-6,
                                     relativeTolerance: Float = 1e-5) -> Bool {
        guard shape == other.shape else { return false }
        return zip(data, other.data).allSatisfy { a, b in
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
            if a.isInfinite || b.isInfinite { return a == b }
            return abs(a - b) <= absoluteTolerance + relativeTolerance * abs(b)
        }
    }
}
