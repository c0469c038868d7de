import Testing
import TinyTorch

@Suite("Tensor reductions")
struct TensorReductionTests {
    let x = Tensor([[1, 5, 3], [4, 2, 6]])

    @Test("over everything")
    func everything() {
        #expect(x.sum() == 21)
        #expect(x.mean() == 3.5)
        #expect(x.max() == 6)
        #expect(x.min() == 1)
        #expect(Tensor([Float]()).sum() == 0)
        #expect(Tensor([Float]()).mean().isNaN)
        #expect(Tensor([1, .nan, 3]).max().isNaN)
        #expect(Tensor([1, .nan, 3]).min().isNaN)
        #expect(Tensor([-.infinity]).max() == -.infinity)
    }

    @Test("along an axis, negative axes and kept dimensions")
    func alongAxis() {
        #expect(x.sum(alongAxis: 0) == Tensor([5, 7, 9]))
        #expect(x.sum(alongAxis: 1) == Tensor([9, 12]))
        #expect(x.sum(alongAxis: -1) == Tensor([9, 12]))
        #expect(x.sum(alongAxis: -1, keepingDimensions: true) == Tensor([[9], [12]]))
        #expect(x.mean(alongAxis: 0) == Tensor([2.5, 3.5, 4.5]))
        #expect(x.max(alongAxis: 1) == Tensor([5, 6]))
        #expect(x.min(alongAxis: -2, keepingDimensions: true) == Tensor([[1, 2, 3]]))
        let cube = Tensor(shape: [2, 3, 4], data: (0..<24).map(Float.init))
        #expect(cube.sum(alongAxis: 1).shape == [2, 4])
        #expect(cube.sum(alongAxis: 1)[1, 3] == 15 + 19 + 23)
        #expect(Tensor(shape: [0, 3], data: []).sum(alongAxis: 0) == Tensor([0, 0, 0]))
        #expect(Tensor([5]).max(alongAxis: 0).shape == [])
    }
}

@Suite("Tensor shape operations and matmul")
struct TensorShapeTests {
    @Test("reshaped keeps row-major order and infers one -1")
    func reshape() {
        let x = Tensor([1, 2, 3, 4, 5, 6])
        #expect(x.reshaped(to: [2, 3]) == Tensor([[1, 2, 3], [4, 5, 6]]))
        #expect(x.reshaped(to: [-1, 2]).shape == [3, 2])
        #expect(x.reshaped(to: [1, -1, 1]).shape == [1, 6, 1])
        #expect(Tensor(4).reshaped(to: [1, 1]).shape == [1, 1])
    }

    @Test("transposed reverses the axes")
    func transpose() {
        let m = Tensor([[1, 2, 3], [4, 5, 6]])
        #expect(m.transposed() == Tensor([[1, 4], [2, 5], [3, 6]]))
        #expect(m.transposed().transposed() == m)
        #expect(Tensor([1, 2]).transposed() == Tensor([1, 2]))
        let cube = Tensor(shape: [2, 3, 4], data: (0..<24).map(Float.init))
        let t = cube.transposed()
        #expect(t.shape == [4, 3, 2])
        #expect(t[3, 1, 0] == cube[0, 1, 3])
        #expect(t[2, 2, 1] == cube[1, 2, 2])
    }

    @Test("matmul follows NumPy for 1-d and 2-d operands")
    func matrixProduct() {
        let a = Tensor([[1, 2], [3, 4]])
        #expect(matmul(a, Tensor([[5], [6]])) == Tensor([[17], [39]]))
        #expect(matmul(a, Tensor([[1, 0], [0, 1]])) == a)
        #expect(matmul(Tensor([1, 2]), a) == Tensor([7, 10]))
        #expect(matmul(a, Tensor([1, 2])) == Tensor([5, 11]))
        let dot = matmul(Tensor([1, 2]), Tensor([3, 4]))
        #expect(dot.shape == [] && dot.data == [11])
        #expect(matmul(Tensor(shape: [2, 0], data: []), Tensor(shape: [0, 3], data: [])) == Tensor.zeros(shape: [2, 3]))
    }
}
