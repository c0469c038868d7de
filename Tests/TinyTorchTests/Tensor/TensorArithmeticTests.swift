import Testing
import TinyTorch

@Suite("Tensor arithmetic and broadcasting")
struct TensorArithmeticTests {
    @Test("same-shape operations are elementwise")
    func elementwise() {
        let a = Tensor([[1, 2], [3, 4]]), b = Tensor([[10, 20], [30, 40]])
        #expect(a + b == Tensor([[11, 22], [33, 44]]))
        #expect(b - a == Tensor([[9, 18], [27, 36]]))
        #expect(a * b == Tensor([[10, 40], [90, 160]]))
        #expect(b / a == Tensor([[10, 10], [10, 10]]))
        #expect(-a == Tensor([[-1, -2], [-3, -4]]))
        #expect((-Tensor(0)).data[0].sign == .minus)
    }

    @Test("a Float on either side")
    func scalars() {
        let a = Tensor([1, 2, 4])
        #expect(a + 1 == Tensor([2, 3, 5]))
        #expect(1 + a == Tensor([2, 3, 5]))
        #expect(a - 1 == Tensor([0, 1, 3]))
        #expect(1 - a == Tensor([0, -1, -3]))
        #expect(a * 2 == Tensor([2, 4, 8]))
        #expect(2 * a == Tensor([2, 4, 8]))
        #expect(a / 2 == Tensor([0.5, 1, 2]))
        #expect(4 / a == Tensor([4, 2, 1]))
    }

    @Test("NumPy broadcasting", arguments: [
        ([2, 3], [3], [2, 3]), ([4, 1], [1, 5], [4, 5]), ([2, 1, 3], [4, 1], [2, 4, 3]),
        ([], [2, 2], [2, 2]), ([0, 3], [3], [0, 3]), ([1], [0], [0]),
    ])
    func broadcastShapes(a: [Int], b: [Int], expected: [Int]) {
        #expect(Tensor.broadcastShape(a, b) == expected)
        let x = Tensor.ones(shape: a), y = Tensor.ones(shape: b)
        #expect((x + y).shape == expected)
        #expect((y * x).shape == expected)
    }

    @Test("broadcast values follow the repeated axes")
    func broadcastValues() {
        let column = Tensor([[1], [2]]), row = Tensor([10, 20, 30])
        #expect(column + row == Tensor([[11, 21, 31], [12, 22, 32]]))
        #expect(row - column == Tensor([[9, 19, 29], [8, 18, 28]]))
        let cube = Tensor(shape: [2, 1, 2], data: [1, 2, 3, 4])
        #expect((cube * Tensor([[1, 1], [10, 10]])).data == [1, 2, 10, 20, 3, 4, 30, 40])
        #expect(Tensor.broadcastShape([2], [3]) == nil)
    }

    @Test("compound assignment keeps the left shape")
    func compound() {
        var x = Tensor([[1, 2], [3, 4]])
        x += Tensor([1, 1])
        x *= Tensor(2)
        #expect(x == Tensor([[4, 6], [8, 10]]))
        x -= x
        #expect(x == Tensor.zeros(shape: [2, 2]))
    }

    @Test("equality and approximate equality")
    func comparison() {
        #expect(Tensor([1, 2]) != Tensor([[1, 2]]))
        #expect(Tensor([.nan]) != Tensor([.nan]))
        #expect(Tensor([1, 2]).isApproximatelyEqual(to: Tensor([1, 2.000001])))
        #expect(!Tensor([1, 2]).isApproximatelyEqual(to: Tensor([1, 2.1])))
        #expect(Tensor([1000]).isApproximatelyEqual(to: Tensor([1000.5]), absoluteTolerance: 0, relativeTolerance: 1e-3))
        #expect(Tensor([.nan, .infinity]).isApproximatelyEqual(to: Tensor([.nan, .infinity])))
        #expect(!Tensor([.infinity]).isApproximatelyEqual(to: Tensor([-.infinity])))
        #expect(!Tensor([1]).isApproximatelyEqual(to: Tensor([[1]])))
    }

    @Test("description prints nested brackets like NumPy")
    func description() {
        #expect(Tensor([[0, 0, 0, 1, 2]]).description == "[[0.0, 0.0, 0.0, 1.0, 2.0]]")
        #expect(Tensor([[[1]], [[2]]]).description == "[[[1.0]], [[2.0]]]")
        #expect(Tensor([0.5, -1.25]).description == "[0.5, -1.25]")
        #expect(Tensor(shape: [2, 0], data: []).description == "[[], []]")
        #expect(Tensor([Float]()).description == "[]")
    }
}
