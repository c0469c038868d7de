/// The module's checks of ``Tensor`` itself, the ground every activation stands on:
/// creation, broadcasting arithmetic, the matrix product, reductions and shape operations.
///
/// ```swift
/// TensorChecks.groups().map(\.title)
/// // ["Tensor creation", "Broadcasting", "Matrix multiplication", "Reductions", "Shape operations"]
/// ```
public enum TensorChecks {
    /// All tensor check groups, in the order `tito test --module tensor` runs them.
    public static func groups() -> [CheckGroup] {
        [creation(), broadcasting(), matrixMultiplication(), reductions(), shapeOperations()]
    }

    static func group(_ title: String, _ checks: [ModuleCheck]) -> CheckGroup {
        CheckGroup(title: title, heading: title, checks: checks)
    }

    static func check(_ slug: String, _ area: CheckArea, _ summary: String, hint: String,
                      _ body: @escaping @Sendable () throws -> String) -> ModuleCheck {
        ModuleCheck(id: "tensor.\(slug)", area: area, summary: summary, hint: hint, body: body)
    }

    /// Requires `got` to equal `expected` (shape and values, NaN matching NaN); `what` names the computation.
    static func expect(_ what: String, _ got: Tensor, _ expected: Tensor, _ tolerance: Tolerance = .exact) throws -> String {
        try require(got.shape == expected.shape && zip(got.data, expected.data).allSatisfy { tolerance.accepts($0, $1) },
                    "\(what) gave \(brief(got)) (shape \(got.shape)), expected \(brief(expected)) (shape \(expected.shape))")
        return "\(what) = \(brief(got))"
    }

    static func creation() -> CheckGroup {
        group("Tensor creation", [
            check("literal-shapes", .shape, "Tensor literals have the shapes of their nesting",
                  hint: "A scalar is 0-d (shape []), a list 1-d, a list of rows 2-d, a list of planes 3-d.") {
                let shapes = [Tensor(2.5).shape, Tensor([-2, -1, 0, 1, 2]).shape,
                              Tensor([[1, 2, 3], [4, 5, 6]]).shape, Tensor([[[1, 2]], [[3, 4]]]).shape]
                try require(shapes == [[], [5], [2, 3], [2, 1, 2]],
                            "literal shapes were \(shapes), expected [[], [5], [2, 3], [2, 1, 2]]")
                return "shapes \(shapes)"
            },
            check("row-major", .correctness, "Tensor elements are stored row by row",
                  hint: "The last index varies fastest.") {
                let t = Tensor([[1, 2, 3], [4, 5, 6]])
                try require(t.data == [1, 2, 3, 4, 5, 6] && t[1, 0] == 4,
                            "Tensor([[1, 2, 3], [4, 5, 6]]) has data \(t.data) and t[1, 0] = \(t[1, 0]), expected [1, …, 6] and 4")
                return "data \(t.data), t[1, 0] = \(t[1, 0])"
            },
            check("constants", .correctness, "zeros, ones and linspace give the values asked for",
                  hint: "linspace includes both ends: element i is start + i·(end − start)/(count − 1).") {
                _ = try expect("zeros(shape: [2, 3])", .zeros(shape: [2, 3]), Tensor(shape: [2, 3], data: Array(repeating: 0, count: 6)))
                _ = try expect("ones(shape: [3])", .ones(shape: [3]), Tensor([1, 1, 1]))
                _ = try expect("linspace(from: 0, to: 0.3, count: 7).last", Tensor(Tensor.linspace(from: 0, to: 0.3, count: 7).data.last!), Tensor(0.3))
                return try expect("linspace(from: -1, to: 1, count: 5)", .linspace(from: -1, to: 1, count: 5), Tensor([-1, -0.5, 0, 0.5, 1]))
            },
            check("seeded", .correctness, "The same seed gives the same random tensor",
                  hint: "Random tensors come from a generator that depends only on the seed.") {
                let a = Tensor.randomNormal(shape: [100], seed: 7), b = Tensor.randomNormal(shape: [100], seed: 7)
                let c = Tensor.randomNormal(shape: [100], seed: 8)
                try require(a == b && a != c, "randomNormal with seeds 7, 7, 8: equal pairs \(a == b), \(a == c); expected true, false")
                return "seed 7 twice: equal; seeds 7 and 8: different"
            },
            check("normal-statistics", .range, "randomNormal has mean ≈ 0 and standard deviation ≈ 1",
                  hint: "Each sample is mean + standardDeviation·z with z standard normal.") {
                let x = Tensor.randomNormal(shape: [10_000], seed: 9)
                let mean = x.mean(), std = ((x - mean) * (x - mean)).mean().squareRoot()
                try require(abs(mean) < 0.05 && abs(std - 1) < 0.05,
                            "randomNormal(shape: [10000], seed: 9) has mean \(mean) and std \(std), expected 0 ± 0.05 and 1 ± 0.05")
                return "mean \(mean), std \(std)"
            },
            check("uniform-range", .range, "randomUniform stays inside its range",
                  hint: "Samples lie in [lower, upper), never on the upper bound.") {
                let x = Tensor.randomUniform(shape: [10_000], in: -2..<3, seed: 10)
                try require(x.min() >= -2 && x.max() < 3, "randomUniform(in: -2..<3) gave values from \(x.min()) to \(x.max())")
                return "values from \(x.min()) to \(x.max())"
            },
            check("description", .integration, "Tensors print as NumPy does",
                  hint: "Nested brackets, one level per dimension.") {
                let text = Tensor([[0, 0, 0, 1, 2]]).description
                try require(text == "[[0.0, 0.0, 0.0, 1.0, 2.0]]", "Tensor([[0, 0, 0, 1, 2]]) printed \(text), expected [[0.0, 0.0, 0.0, 1.0, 2.0]]")
                return text
            },
            check("validation", .shape, "A shape that does not fit the data is an error, zero-size shapes are fine",
                  hint: "The product of the shape must equal the number of elements.") {
                do {
                    _ = try Tensor(validatingShape: [2, 3], data: [1, 2])
                    throw CheckFailure("Tensor(validatingShape: [2, 3], data: [1, 2]) succeeded, expected an error")
                } catch let error as TensorError {
                    let empty = try Tensor(validatingShape: [2, 0], data: [])
                    try require(empty.count == 0, "Tensor(validatingShape: [2, 0], data: []) has \(empty.count) elements")
                    return "rejected: \(error)"
                }
            },
        ])
    }

    static func broadcasting() -> CheckGroup {
        group("Broadcasting", [
            check("same-shape", .correctness, "Tensors of one shape add element by element",
                  hint: "Matching positions combine.") {
                try expect("[[1, 2], [3, 4]] + [[10, 20], [30, 40]]", Tensor([[1, 2], [3, 4]]) + Tensor([[10, 20], [30, 40]]),
                           Tensor([[11, 22], [33, 44]]))
            },
            check("row", .shape, "A row broadcasts over every row of a matrix",
                  hint: "Shapes align at the last axis; a missing axis counts as 1.") {
                try expect("[[1, 2, 3], [4, 5, 6]] - [1, 1, 1]", Tensor([[1, 2, 3], [4, 5, 6]]) - Tensor([1, 1, 1]),
                           Tensor([[0, 1, 2], [3, 4, 5]]))
            },
            check("outer", .shape, "A column and a row broadcast to a full grid",
                  hint: "[4, 1] with [1, 5] gives [4, 5]: each size-1 axis repeats.") {
                try expect("[[1], [2]] * [[10, 20, 30]]", Tensor([[1], [2]]) * Tensor([[10, 20, 30]]),
                           Tensor([[10, 20, 30], [20, 40, 60]]))
            },
            check("incompatible", .shape, "Shapes that do not broadcast are recognised",
                  hint: "Sizes must be equal or 1 on every aligned axis.") {
                let shapes = (Tensor.broadcastShape([2], [3]), Tensor.broadcastShape([4, 1], [5]))
                try require(shapes.0 == nil && shapes.1 == [4, 5],
                            "broadcastShape gave \(String(describing: shapes.0)) for [2] with [3] and \(String(describing: shapes.1)) for [4, 1] with [5], expected nil and [4, 5]")
                return "[2] with [3]: none; [4, 1] with [5]: [4, 5]"
            },
            check("scalars", .correctness, "Scalars combine with tensors on either side",
                  hint: "A Float acts as a 0-d tensor that broadcasts everywhere.") {
                let t = Tensor([1, 2, 4])
                _ = try expect("1 - [1, 2, 4]", 1 - t, Tensor([0, -1, -3]))
                _ = try expect("[1, 2, 4] / 2", t / 2, Tensor([0.5, 1, 2]))
                return try expect("-[1, 2, 4] * 3", -t * 3, Tensor([-3, -6, -12]))
            },
            check("ieee", .stability, "Division follows IEEE rules (1/0 = ∞, 0/0 = NaN)",
                  hint: "Float arithmetic never traps: it gives ∞ or NaN.") {
                try expect("[1, -1, 0] / [0, 0, 0]", Tensor([1, -1, 0]) / Tensor([0, 0, 0]), Tensor([.infinity, -.infinity, .nan]))
            },
        ])
    }

    static func matrixMultiplication() -> CheckGroup {
        group("Matrix multiplication", [
            check("matrix", .correctness, "matmul multiplies rows by columns",
                  hint: "C[i][j] = Σₚ A[i][p]·B[p][j].") {
                try expect("matmul([[1, 2], [3, 4]], [[5], [6]])", matmul(Tensor([[1, 2], [3, 4]]), Tensor([[5], [6]])),
                           Tensor([[17], [39]]))
            },
            check("vectors", .shape, "matmul treats 1-d operands as NumPy does",
                  hint: "A 1-d left operand is a row, a 1-d right operand a column; that axis is then dropped.") {
                let m = Tensor([[1, 2], [3, 4]]), v = Tensor([1, 1])
                _ = try expect("matmul([1, 1], m)", matmul(v, m), Tensor([4, 6]))
                _ = try expect("matmul(m, [1, 1])", matmul(m, v), Tensor([3, 7]))
                return try expect("matmul([1, 1], [1, 1])", matmul(v, v), Tensor(2))
            },
            check("rectangular", .correctness, "matmul of [2, 3] and [3, 4] matches the sum formula",
                  hint: "The inner sizes must agree; the result has the outer sizes.") {
                let a = Tensor.randomNormal(shape: [2, 3], seed: 40), b = Tensor.randomNormal(shape: [3, 4], seed: 41)
                let expected = Tensor(shape: [2, 4], data: (0..<8).map { k in
                    (0..<3).reduce(Float(0)) { $0 + a[k / 4, $1] * b[$1, k % 4] }
                })
                return try expect("matmul(A [2, 3], B [3, 4])", matmul(a, b), expected, .close(absolute: 1e-6, relative: 1e-6))
            },
            check("identity", .integration, "Multiplying by the identity changes nothing",
                  hint: "I[i][j] is 1 on the diagonal and 0 elsewhere.") {
                let a = Tensor.randomNormal(shape: [3, 3], seed: 42)
                let identity = Tensor(shape: [3, 3], data: (0..<9).map { $0 % 4 == 0 ? 1 : 0 })
                return try expect("matmul(A, I)", matmul(a, identity), a)
            },
        ])
    }

    static func reductions() -> CheckGroup {
        group("Reductions", [
            check("whole", .correctness, "sum, mean, max and min reduce the whole tensor",
                  hint: "Visit every element once.") {
                let t = Tensor([[3, -1], [2, 4]])
                let got = [t.sum(), t.mean(), t.max(), t.min()]
                try require(got == [8, 2, 4, -1], "sum, mean, max, min of \(t) gave \(got), expected [8, 2, 4, -1]")
                return "sum, mean, max, min = \(got)"
            },
            check("axes", .shape, "Reductions along an axis remove it, or keep it with length 1",
                  hint: "Negative axes count from the end; keepingDimensions leaves a 1 in the shape.") {
                let t = Tensor([[1, 2], [3, 4]])
                _ = try expect("sum(alongAxis: 0)", t.sum(alongAxis: 0), Tensor([4, 6]))
                _ = try expect("mean(alongAxis: -1)", t.mean(alongAxis: -1), Tensor([1.5, 3.5]))
                _ = try expect("max(alongAxis: 0)", t.max(alongAxis: 0), Tensor([3, 4]))
                return try expect("sum(alongAxis: -1, keepingDimensions: true)", t.sum(alongAxis: -1, keepingDimensions: true),
                                  Tensor([[3], [7]]))
            },
            check("nan", .stability, "max and min propagate NaN; the mean of nothing is NaN",
                  hint: "Swift.max drops NaN: test for it explicitly.") {
                let t = Tensor([1, .nan, 3])
                let empty = Tensor(shape: [0], data: [])
                try require(t.max().isNaN && t.min().isNaN && empty.mean().isNaN,
                            "max, min of \(t) gave \(t.max()), \(t.min()); mean of [] gave \(empty.mean()); expected NaN each")
                return "max, min of [1, nan, 3] and mean of [] are NaN"
            },
        ])
    }

    static func shapeOperations() -> CheckGroup {
        group("Shape operations", [
            check("reshape", .shape, "reshaped(to:) keeps the elements and infers one -1",
                  hint: "The elements stay in row-major order; only the shape changes.") {
                let t = Tensor([1, 2, 3, 4, 5, 6]).reshaped(to: [2, -1])
                return try expect("[1, …, 6].reshaped(to: [2, -1])", t, Tensor([[1, 2, 3], [4, 5, 6]]))
            },
            check("transpose", .correctness, "transposed() swaps rows and columns",
                  hint: "Element [i][j] moves to [j][i].") {
                try expect("[[1, 2, 3], [4, 5, 6]].transposed()", Tensor([[1, 2, 3], [4, 5, 6]]).transposed(),
                           Tensor([[1, 4], [2, 5], [3, 6]]))
            },
            check("transpose-3d", .shape, "transposed() reverses all axes of a 3-d tensor and undoes itself",
                  hint: "Shape [a, b, c] becomes [c, b, a], and element [i, j, k] moves to [k, j, i].") {
                let t = Tensor.randomNormal(shape: [2, 3, 4], seed: 43)
                let r = t.transposed()
                try require(r.shape == [4, 3, 2] && r[3, 1, 0] == t[0, 1, 3] && r.transposed() == t,
                            "transposed() of shape [2, 3, 4] gave shape \(r.shape), expected [4, 3, 2] with r[3, 1, 0] = t[0, 1, 3]")
                return "shape [2, 3, 4] → \(r.shape), twice → the original"
            },
        ])
    }
}
