// Reductions over all elements or along one axis.
//
// Along an axis the tensor is read as [outer, n, inner]: `outer` is the product
// of the dimensions before the axis, `n` the axis' length, `inner` the product
// of those after. Element (o, k, i) sits at data[(o·n + k)·inner + i].

extension Tensor {
    /// The sum of all elements (accumulated in double precision, then rounded); `0` for an empty tensor.
    ///
    /// ```swift
    /// Tensor([[1, 2], [3, 4]]).sum()   // 10.0
    /// ```
    public func sum() -> Float {
        Float(data.reduce(0.0) { $0 + Double($1) })
    }

    /// The arithmetic mean of all elements; NaN for an empty tensor (as NumPy).
    ///
    /// ```swift
    /// Tensor([1, 2, 3, 4]).mean()   // 2.5
    /// ```
    public func mean() -> Float {
        Float(data.reduce(0.0) { $0 + Double($1) } / Double(count))
    }

    /// The largest element; NaN if any element is NaN (as NumPy).
    ///
    /// - Precondition: the tensor is not empty.
    ///
    /// ```swift
    /// Tensor([3, -1, 2]).max()   // 3.0
    /// ```
    public func max() -> Float {
        precondition(count > 0, "Tensor.max(): the tensor of shape \(shape) is empty")
        return data.reduce(-Float.infinity, Tensor.propagatingMax)
    }

    /// The smallest element; NaN if any element is NaN (as NumPy).
    ///
    /// - Precondition: the tensor is not empty.
    ///
    /// ```swift
    /// Tensor([3, -1, 2]).min()   // -1.0
    /// ```
    public func min() -> Float {
        precondition(count > 0, "Tensor.min(): the tensor of shape \(shape) is empty")
        return data.reduce(Float.infinity, Tensor.propagatingMin)
    }

    /// Sums along `axis` (negative axes count from the end).
    ///
    /// - Parameters:
    ///   - axis: the axis to sum over; negative values count from the end.
    ///   - keepingDimensions: keep the reduced axis with length 1, so the
    ///     result broadcasts against the input (NumPy's `keepdims`).
    /// - Precondition: `-rank <= axis < rank`.
    ///
    /// ```swift
    /// let x = Tensor([[1, 2], [3, 4]])
    /// x.sum(alongAxis: 0)                              // [4.0, 6.0]
    /// x.sum(alongAxis: -1, keepingDimensions: true)    // [[3.0], [7.0]]
    /// ```
    public func sum(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
        reduce(alongAxis: axis, keepingDimensions: keepingDimensions, name: "sum") { values in
            Float(values.reduce(0.0) { $0 + Double($1) })
        }
    }

    /// Means along `axis`; NaN where the axis is empty. See ``sum(alongAxis:keepingDimensions:)``.
    ///
    /// ```swift
    /// Tensor([[1, 2], [3, 4]]).mean(alongAxis: 1)   // [1.5, 3.5]
    /// ```
    public func mean(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
        reduce(alongAxis: axis, keepingDimensions: keepingDimensions, name: "mean") { values in
            Float(values.reduce(0.0) { $0 + Double($1) } / Double(values.count))
        }
    }

    /// Maxima along `axis` (NaN propagates). See ``sum(alongAxis:keepingDimensions:)``.
    ///
    /// - Precondition: the axis is not empty.
    ///
    /// ```swift
    /// Tensor([[1, 5], [3, 4]]).max(alongAxis: 0)   // [3.0, 5.0]
    /// ```
    public func max(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
        reduce(alongAxis: axis, keepingDimensions: keepingDimensions, name: "max", nonEmpty: true) { values in
            values.reduce(-Float.infinity, Tensor.propagatingMax)
        }
    }

    /// Minima along `axis` (NaN propagates). See ``sum(alongAxis:keepingDimensions:)``.
    ///
    /// - Precondition: the axis is not empty.
    ///
    /// ```swift
    /// Tensor([[1, 5], [3, 4]]).min(alongAxis: 1)   // [1.0, 3.0]
    /// ```
    public func min(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
        reduce(alongAxis: axis, keepingDimensions: keepingDimensions, name: "min", nonEmpty: true) { values in
            values.reduce(Float.infinity, Tensor.propagatingMin)
        }
    }

    /// `max` that returns NaN when either side is NaN (Swift's `Swift.max` would drop it).
    static func propagatingMax(_ a: Float, _ b: Float) -> Float { a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }
    /// `min` that returns NaN when either side is NaN.
    static func propagatingMin(_ a: Float, _ b: Float) -> Float { a.isNaN || b.isNaN ? .nan : Swift.min(a, b) }

    /// The sizes `(outer, n, inner)` that view this tensor as `[outer, n, inner]` around `axis`.
    func split(around axis: Int) -> (outer: Int, n: Int, inner: Int) {
        (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }

    /// Applies `combine` to every line of elements along `axis`.
    private func reduce(alongAxis axis: Int, keepingDimensions: Bool, name: String, nonEmpty: Bool = false,
                        _ combine: ([Float]) -> Float) -> Tensor {
        let axis = normalizedAxis(axis, function: name)
        let (outer, n, inner) = split(around: axis)
        precondition(!nonEmpty || n > 0 || outer * inner == 0,
                     "Tensor.\(name)(alongAxis: \(axis)): axis \(axis) of shape \(shape) is empty")
        var result = [Float](repeating: 0, count: outer * inner)
        var line = [Float](repeating: 0, count: n)
        for o in 0..<outer {
            for i in 0..<inner {
                for k in 0..<n { line[k] = data[(o * n + k) * inner + i] }
                result[o * inner + i] = combine(line)
            }
        }
        var newShape = shape
        if keepingDimensions { newShape[axis] = 1 } else { newShape.remove(at: axis) }
        return Tensor(uncheckedShape: newShape, data: result)
    }
}
