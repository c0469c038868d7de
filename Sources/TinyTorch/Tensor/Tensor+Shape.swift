// Reshaping, transposing and the matrix product.

extension Tensor {
    /// The same elements in the same row-major order, viewed with a new shape.
    /// At most one dimension may be `-1`: it is inferred from the element count.
    ///
    /// - Precondition: the new shape holds exactly `count` elements; at most one `-1`; no other negative sizes.
    ///
    /// ```swift
    /// Tensor([1, 2, 3, 4, 5, 6]).reshaped(to: [2, -1]).shape   // [2, 3]
    /// ```
    public func reshaped(to newShape: [Int]) -> Tensor {
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        precondition(inferred.count <= 1, "Tensor.reshaped(to: \(newShape)): at most one dimension may be -1")
        precondition(newShape.allSatisfy { $0 >= -1 }, "Tensor.reshaped(to: \(newShape)): negative dimension")
        var shape = newShape
        if let axis = inferred.first {
            let known = newShape.filter { $0 != -1 }.reduce(1, *)
            precondition(known > 0 && count % known == 0,
                         "Tensor.reshaped(to: \(newShape)): cannot infer -1 for \(count) elements of shape \(self.shape)")
            shape[axis] = count / known
        }
        precondition(shape.reduce(1, *) == count,
                     "Tensor.reshaped(to: \(newShape)): shape \(self.shape) has \(count) elements but \(newShape) holds \(shape.reduce(1, *))")
        return Tensor(uncheckedShape: shape, data: data)
    }

    /// The tensor with its axes in reverse order (the matrix transpose for 2-d;
    /// 0-d and 1-d tensors are returned unchanged, as NumPy's `.T`).
    ///
    /// ```swift
    /// Tensor([[1, 2, 3], [4, 5, 6]]).transposed()   // [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    /// ```
    public func transposed() -> Tensor {
        guard rank >= 2 else { return self }
        let newShape = Array(shape.reversed())
        let oldStrides = Tensor.strides(of: shape)
        var result = [Float]()
        result.reserveCapacity(count)
        var index = [Int](repeating: 0, count: rank)   // multi-index in the new shape
        for _ in 0..<count {
            var offset = 0
            for axis in 0..<rank { offset += index[axis] * oldStrides[rank - 1 - axis] }
            result.append(data[offset])
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < newShape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(uncheckedShape: newShape, data: result)
    }
}

/// The matrix product, with NumPy's treatment of 1-d operands.
///
/// - 2-d × 2-d: `[m, k] · [k, n] → [m, n]`, `C[i][j] = Σₚ A[i][p]·B[p][j]`.
/// - 1-d on the left is a row vector, on the right a column vector, and that
///   dimension is removed again: `[k]·[k, n] → [n]`, `[m, k]·[k] → [m]`, `[k]·[k] → []`.
///
/// - Precondition: both operands are 1-d or 2-d and the inner sizes agree;
///   the message names both shapes.
///
/// ```swift
/// matmul(Tensor([[1, 2], [3, 4]]), Tensor([[5], [6]]))   // [[17.0], [39.0]]
/// matmul(Tensor([1, 2]), Tensor([3, 4]))                 // 11.0 (0-d)
/// ```
public func matmul(_ a: Tensor, _ b: Tensor) -> Tensor {
    precondition((1...2).contains(a.rank) && (1...2).contains(b.rank),
                 "matmul: operands must be 1-d or 2-d, got shapes \(a.shape) and \(b.shape)")
    let (m, k) = a.rank == 2 ? (a.shape[0], a.shape[1]) : (1, a.shape[0])
    let (k2, n) = b.rank == 2 ? (b.shape[0], b.shape[1]) : (b.shape[0], 1)
    precondition(k == k2, "matmul: shapes \(a.shape) and \(b.shape) are not aligned (\(k) != \(k2))")
    var c = [Float](repeating: 0, count: m * n)
    // i-p-j order: the innermost loop walks rows of B and C contiguously.
    for i in 0..<m {
        for p in 0..<k {
            let aip = a.data[i * k + p]
            for j in 0..<n { c[i * n + j] += aip * b.data[p * n + j] }
        }
    }
    var shape: [Int] = []
    if a.rank == 2 { shape.append(m) }
    if b.rank == 2 { shape.append(n) }
    return Tensor(uncheckedShape: shape, data: c)
}
