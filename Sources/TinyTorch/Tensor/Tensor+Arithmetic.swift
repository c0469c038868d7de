// Elementwise arithmetic with NumPy broadcasting.
//
// Two shapes broadcast when, aligned at their last dimension, each pair of
// dimensions is equal or one of them is 1 (a missing dimension counts as 1).
// The result takes the larger size on each axis; a size-1 operand is repeated.
// Example: [2, 3] with [3] gives [2, 3]; [4, 1] with [1, 5] gives [4, 5].

extension Tensor {
    /// The shape two shapes broadcast to under NumPy's rules, or `nil` if they do not.
    ///
    /// ```swift
    /// Tensor.broadcastShape([4, 1], [5])   // [4, 5]
    /// Tensor.broadcastShape([2], [3])      // nil
    /// ```
    public static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            guard da == db || da == 1 || db == 1 else { return nil }
            result[i] = da == 1 ? db : da
        }
        return result
    }

    /// Combines two tensors elementwise after broadcasting them to a common shape.
    ///
    /// - Precondition: the shapes broadcast; the message names both shapes and the operation.
    ///
    /// ```swift
    /// Tensor.broadcasting(Tensor([[1], [2]]), Tensor([10, 20]), "+", +)   // [[11, 21], [12, 22]]
    /// ```
    public static func broadcasting(_ lhs: Tensor, _ rhs: Tensor, _ name: String = "elementwise operation",
                                    _ combine: (Float, Float) -> Float) -> Tensor {
        if lhs.shape == rhs.shape {
            return Tensor(uncheckedShape: lhs.shape, data: zip(lhs.data, rhs.data).map(combine))
        }
        guard let shape = broadcastShape(lhs.shape, rhs.shape) else {
            preconditionFailure("Tensor \(name): shapes \(lhs.shape) and \(rhs.shape) do not broadcast")
        }
        let count = shape.reduce(1, *)
        if rhs.count == 1 && count == lhs.count {
            let r = rhs.data[0]
            return Tensor(uncheckedShape: shape, data: lhs.data.map { combine($0, r) })
        }
        if lhs.count == 1 && count == rhs.count {
            let l = lhs.data[0]
            return Tensor(uncheckedShape: shape, data: rhs.data.map { combine(l, $0) })
        }
        let ls = broadcastStrides(of: lhs.shape, to: shape)
        let rs = broadcastStrides(of: rhs.shape, to: shape)
        var result = [Float]()
        result.reserveCapacity(count)
        var index = [Int](repeating: 0, count: shape.count)
        var lo = 0, ro = 0
        for _ in 0..<count {
            result.append(combine(lhs.data[lo], rhs.data[ro]))
            // Advance the multi-index like an odometer, keeping both offsets in step.
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                lo += ls[axis]
                ro += rs[axis]
                if index[axis] < shape[axis] { break }
                lo -= ls[axis] * shape[axis]
                ro -= rs[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(uncheckedShape: shape, data: result)
    }

    /// Strides that read `shape` as if it had `target`'s shape: 0 on repeated (size-1 or missing) axes.
    static func broadcastStrides(of shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(of: shape)
        let pad = target.count - shape.count
        return target.indices.map { axis in
            axis < pad || shape[axis - pad] == 1 ? 0 : own[axis - pad]
        }
    }

    /// Elementwise sum with broadcasting.
    ///
    /// ```swift
    /// Tensor([1, 2]) + Tensor([10, 20])   // [11.0, 22.0]
    /// ```
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor { broadcasting(lhs, rhs, "+", +) }
    /// Elementwise difference with broadcasting.
    ///
    /// ```swift
    /// Tensor([[1, 2], [3, 4]]) - Tensor([1, 1])   // [[0.0, 1.0], [2.0, 3.0]]
    /// ```
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor { broadcasting(lhs, rhs, "-", -) }
    /// Elementwise product with broadcasting (not the matrix product: see ``matmul(_:_:)``).
    ///
    /// ```swift
    /// Tensor([1, 2]) * Tensor([3, 4])   // [3.0, 8.0]
    /// ```
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor { broadcasting(lhs, rhs, "*", *) }
    /// Elementwise quotient with broadcasting (IEEE: `x/0` is ±∞ or NaN).
    ///
    /// ```swift
    /// Tensor([1, 2]) / Tensor([2, 4])   // [0.5, 0.5]
    /// ```
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor { broadcasting(lhs, rhs, "/", /) }

    /// Adds a scalar to every element.
    ///
    /// ```swift
    /// Tensor([1, 2]) + 1   // [2.0, 3.0]
    /// ```
    public static func + (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 + rhs } }
    /// Subtracts a scalar from every element.
    ///
    /// ```swift
    /// Tensor([1, 2]) - 1   // [0.0, 1.0]
    /// ```
    public static func - (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 - rhs } }
    /// Multiplies every element by a scalar.
    ///
    /// ```swift
    /// Tensor([1, 2]) * 3   // [3.0, 6.0]
    /// ```
    public static func * (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 * rhs } }
    /// Divides every element by a scalar.
    ///
    /// ```swift
    /// Tensor([1, 2]) / 2   // [0.5, 1.0]
    /// ```
    public static func / (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 / rhs } }
    /// Adds every element to a scalar.
    ///
    /// ```swift
    /// 1 + Tensor([1, 2])   // [2.0, 3.0]
    /// ```
    public static func + (lhs: Float, rhs: Tensor) -> Tensor { rhs.map { lhs + $0 } }
    /// Subtracts every element from a scalar.
    ///
    /// ```swift
    /// 1 - Tensor([1, 2])   // [0.0, -1.0]
    /// ```
    public static func - (lhs: Float, rhs: Tensor) -> Tensor { rhs.map { lhs - $0 } }
    /// Multiplies a scalar by every element.
    ///
    /// ```swift
    /// 2 * Tensor([1, 2])   // [2.0, 4.0]
    /// ```
    public static func * (lhs: Float, rhs: Tensor) -> Tensor { rhs.map { lhs * $0 } }
    /// Divides a scalar by every element.
    ///
    /// ```swift
    /// 1 / Tensor([2, 4])   // [0.5, 0.25]
    /// ```
    public static func / (lhs: Float, rhs: Tensor) -> Tensor { rhs.map { lhs / $0 } }

    /// Negates every element (the sign of zero flips too: `-0.0` for `0`).
    ///
    /// ```swift
    /// -Tensor([1, -2])   // [-1.0, 2.0]
    /// ```
    public static prefix func - (operand: Tensor) -> Tensor { operand.map { -$0 } }

    /// In-place elementwise sum with broadcasting; the result must keep `lhs`'s shape.
    ///
    /// ```swift
    /// var x = Tensor([1, 2]); x += Tensor([1, 1])   // [2.0, 3.0]
    /// ```
    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs = keepingShape(lhs, lhs + rhs, "+=") }
    /// In-place elementwise difference; see ``+=(_:_:)``.
    ///
    /// ```swift
    /// var x = Tensor([1, 2]); x -= Tensor([1, 1])   // [0.0, 1.0]
    /// ```
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs = keepingShape(lhs, lhs - rhs, "-=") }
    /// In-place elementwise product; see ``+=(_:_:)``.
    ///
    /// ```swift
    /// var x = Tensor([1, 2]); x *= Tensor([2, 2])   // [2.0, 4.0]
    /// ```
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs = keepingShape(lhs, lhs * rhs, "*=") }
    /// In-place elementwise quotient; see ``+=(_:_:)``.
    ///
    /// ```swift
    /// var x = Tensor([2, 4]); x /= Tensor([2, 2])   // [1.0, 2.0]
    /// ```
    public static func /= (lhs: inout Tensor, rhs: Tensor) { lhs = keepingShape(lhs, lhs / rhs, "/=") }

    private static func keepingShape(_ old: Tensor, _ new: Tensor, _ name: String) -> Tensor {
        precondition(old.shape == new.shape,
                     "Tensor \(name): the result has shape \(new.shape), which does not fit the left operand's shape \(old.shape)")
        return new
    }
}
