/// An n-dimensional array of `Float` values stored in row-major order.
///
/// `Tensor` is a value type: assigning or passing a tensor copies it
/// (lazily: the storage is shared until one of the copies is changed),
/// so an activation can never alter the tensor you give it.
///
/// ```swift
/// let x = Tensor([[-2, -1, 0, 1, 2]])
/// x.shape      // [1, 5]
/// x.data       // [-2.0, -1.0, 0.0, 1.0, 2.0]
/// print(x)     // [[-2.0, -1.0, 0.0, 1.0, 2.0]]
/// ```
///
/// The element at index `(i₀, i₁, …, iₙ₋₁)` sits at
/// `data[i₀·s₀ + i₁·s₁ + … + iₙ₋₁·sₙ₋₁]`, where the row-major stride
/// `sₖ` is the product of the dimensions after `k`.
public struct Tensor: Sendable {
    /// The size of each dimension, outermost first. `[]` for a scalar (0-d) tensor.
    public private(set) var shape: [Int]

    /// The elements in row-major order (the last index varies fastest).
    public internal(set) var data: [Float]

    /// Storage hook for the kernels' buffer pool (Kernels/BufferPool.swift): set on large kernel
    /// outputs, it hands `data`'s array back for reuse when the last copy of the tensor goes away.
    /// `nil` for every other tensor; it takes no part in equality or in the tensor's value.
    var storageLease: BufferPool.Lease?

    /// The number of elements: the product of `shape` (1 for a 0-d tensor).
    ///
    /// ```swift
    /// Tensor(shape: [2, 0, 3], data: []).count   // 0
    /// ```
    public var count: Int { data.count }

    /// The number of dimensions: `shape.count` (0 for a scalar).
    ///
    /// ```swift
    /// Tensor(3).rank            // 0
    /// Tensor([[1, 2]]).rank     // 2
    /// ```
    public var rank: Int { shape.count }

    /// Makes a tensor from a shape and matching row-major elements, without checks.
    /// Callers inside the library guarantee `data.count == product(shape)`.
    init(uncheckedShape shape: [Int], data: [Float]) {
        self.shape = shape
        self.data = data
    }

    // MARK: - Creating tensors from values

    /// A 0-d (scalar) tensor: `shape == []`, `count == 1`.
    ///
    /// ```swift
    /// Tensor(2.5).shape   // []
    /// ```
    public init(_ scalar: Float) {
        self.init(uncheckedShape: [], data: [scalar])
    }

    /// A 1-d tensor of the given values: `shape == [values.count]`.
    ///
    /// ```swift
    /// Tensor([-2, -1, 0, 1, 2]).shape   // [5]
    /// ```
    public init(_ values: [Float]) {
        self.init(uncheckedShape: [values.count], data: values)
    }

    /// A 2-d tensor from rows of equal length: `shape == [rows.count, rows[0].count]`.
    ///
    /// - Precondition: every row has the length of the first; a ragged row
    ///   stops the program with a message naming the row and both lengths.
    ///
    /// ```swift
    /// Tensor([[1, 2, 3], [4, 5, 6]]).shape   // [2, 3]
    /// ```
    public init(_ rows: [[Float]]) {
        do { try self.init(validatingRows: rows) } catch { preconditionFailure(error.description) }
    }

    /// A 3-d tensor from planes of equal-size rows:
    /// `shape == [planes.count, planes[0].count, planes[0][0].count]`.
    ///
    /// - Precondition: all planes have the same number of rows and all rows
    ///   the same length; the message names the first plane and row at fault.
    ///
    /// ```swift
    /// Tensor([[[1, 2]], [[3, 4]]]).shape   // [2, 1, 2]
    /// ```
    public init(_ planes: [[[Float]]]) {
        do { try self.init(validatingPlanes: planes) } catch { preconditionFailure(error.description) }
    }

    /// A tensor of any rank from a shape and its elements in row-major order.
    /// Zero-size dimensions are allowed (`shape: [2, 0]`, `data: []`).
    ///
    /// - Precondition: no dimension is negative and `data.count` equals the
    ///   product of `shape`; the message names the shape and the count.
    ///   For input from outside the program use ``init(validatingShape:data:)``,
    ///   which throws instead.
    ///
    /// ```swift
    /// Tensor(shape: [2, 2], data: [1, 2, 3, 4])
    /// ```
    public init(shape: [Int], data: [Float]) {
        do { try self.init(validatingShape: shape, data: data) } catch { preconditionFailure(error.description) }
    }

    /// The throwing twin of ``init(shape:data:)`` for input that comes from
    /// outside the program (files, the command line): the same checks, but a
    /// ``TensorError`` instead of a trap.
    ///
    /// ```swift
    /// do { _ = try Tensor(validatingShape: [2, 3], data: [1, 2]) }
    /// catch { print(error) }   // data has 2 elements but shape [2, 3] needs 6
    /// ```
    public init(validatingShape shape: [Int], data: [Float]) throws(TensorError) {
        if let bad = shape.firstIndex(where: { $0 < 0 }) {
            throw .negativeDimension(shape: shape, axis: bad)
        }
        let needed = shape.reduce(1, *)
        guard needed == data.count else {
            throw .countMismatch(shape: shape, count: data.count)
        }
        self.init(uncheckedShape: shape, data: data)
    }

    /// The throwing twin of ``init(_:)-([[Float]])``: rows of unequal length
    /// give ``TensorError/raggedRows(row:length:expected:)``.
    ///
    /// ```swift
    /// try Tensor(validatingRows: [[1, 2], [3, 4]]).shape   // [2, 2]
    /// ```
    public init(validatingRows rows: [[Float]]) throws(TensorError) {
        let width = rows.first?.count ?? 0
        if let bad = rows.firstIndex(where: { $0.count != width }) {
            throw .raggedRows(row: bad, length: rows[bad].count, expected: width)
        }
        self.init(uncheckedShape: [rows.count, width], data: rows.flatMap { $0 })
    }

    /// The throwing twin of ``init(_:)-([[[Float]]])``: planes or rows of
    /// unequal size give ``TensorError/raggedPlanes(plane:row:length:expected:)``.
    ///
    /// ```swift
    /// try Tensor(validatingPlanes: [[[1]], [[2]]]).shape   // [2, 1, 1]
    /// ```
    public init(validatingPlanes planes: [[[Float]]]) throws(TensorError) {
        let height = planes.first?.count ?? 0
        let width = planes.first?.first?.count ?? 0
        for (p, plane) in planes.enumerated() {
            if plane.count != height {
                throw .raggedPlanes(plane: p, row: nil, length: plane.count, expected: height)
            }
            if let r = plane.firstIndex(where: { $0.count != width }) {
                throw .raggedPlanes(plane: p, row: r, length: plane[r].count, expected: width)
            }
        }
        self.init(uncheckedShape: [planes.count, height, width], data: planes.flatMap { $0.flatMap { $0 } })
    }

    // MARK: - Element access

    /// The element at a full multi-index, one index per dimension.
    ///
    /// - Precondition: one index per dimension, each within its dimension.
    ///
    /// ```swift
    /// Tensor([[1, 2], [3, 4]])[1, 0]   // 3.0
    /// ```
    public subscript(indices: Int...) -> Float {
        get { data[offset(of: indices)] }
        set { data[offset(of: indices)] = newValue }
    }

    /// The row-major position of a multi-index in `data`.
    func offset(of indices: [Int]) -> Int {
        precondition(indices.count == rank,
                     "Tensor index \(indices) has \(indices.count) components but the tensor has rank \(rank) (shape \(shape))")
        var offset = 0
        for (axis, (index, size)) in zip(indices, shape).enumerated() {
            precondition(index >= 0 && index < size,
                         "Tensor index \(index) is out of range 0..<\(size) on axis \(axis) of shape \(shape)")
            offset = offset * size + index
        }
        return offset
    }

    /// The row-major strides of a shape: how far `data` moves for one step along each axis.
    static func strides(of shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    /// Resolves a possibly negative axis (`-1` is the last) to `0..<rank`.
    ///
    /// - Precondition: `-rank <= axis < rank`; the message names both.
    func normalizedAxis(_ axis: Int, function: String = #function) -> Int {
        precondition(axis >= -rank && axis < rank,
                     "\(function): axis \(axis) is out of range for a tensor of rank \(rank) (shape \(shape)); valid axes are \(-rank)..<\(rank)")
        return axis < 0 ? axis + rank : axis
    }

    /// A tensor of the same shape whose every element is `transform` of this one's.
    ///
    /// ```swift
    /// Tensor([1, 2]).map { $0 * 10 }   // [10.0, 20.0]
    /// ```
    public func map(_ transform: (Float) -> Float) -> Tensor {
        Tensor(uncheckedShape: shape, data: data.map(transform))
    }
}

/// Why a tensor could not be made from outside input.
///
/// Thrown by the `validating` initializers; the preconditions of the
/// non-throwing initializers print the same ``description``.
public enum TensorError: Error, Equatable, CustomStringConvertible, Sendable {
    /// `data.count` does not equal the product of `shape`.
    case countMismatch(shape: [Int], count: Int)
    /// A dimension of `shape` is negative.
    case negativeDimension(shape: [Int], axis: Int)
    /// Row `row` of a 2-d literal has `length` elements where the first row has `expected`.
    case raggedRows(row: Int, length: Int, expected: Int)
    /// Plane `plane` of a 3-d literal has a different number of rows (`row == nil`)
    /// or its row `row` a different length than the first plane's.
    case raggedPlanes(plane: Int, row: Int?, length: Int, expected: Int)

    /// One line naming the values at fault, e.g.
    /// `data has 2 elements but shape [2, 3] needs 6`.
    public var description: String {
        switch self {
        case let .countMismatch(shape, count):
            "data has \(count) elements but shape \(shape) needs \(shape.reduce(1, *))"
        case let .negativeDimension(shape, axis):
            "shape \(shape) has a negative dimension on axis \(axis)"
        case let .raggedRows(row, length, expected):
            "ragged rows: row \(row) has \(length) elements but row 0 has \(expected)"
        case let .raggedPlanes(plane, row?, length, expected):
            "ragged planes: row \(row) of plane \(plane) has \(length) elements but rows of plane 0 have \(expected)"
        case let .raggedPlanes(plane, nil, length, expected):
            "ragged planes: plane \(plane) has \(length) rows but plane 0 has \(expected)"
        }
    }
}
