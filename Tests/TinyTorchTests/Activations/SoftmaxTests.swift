import Foundation
import Testing
import TinyTorch

@Suite("Softmax")
struct SoftmaxTests {
    @Test("probabilities that sum to 1, shifted by the maximum")
    func basics() {
        let y = Softmax()(Tensor([1, 2, 3]))
        #expect(y.isApproximatelyEqual(to: Tensor([0.09003057, 0.24472848, 0.66524094])))
        #expect(abs(y.sum() - 1) < 1e-6)
        // Shifted lines give the same probabilities: to the bit where the kernel forms xᵢ − m
        // exactly (its double-precision loop), within the 2-ULP contract in the FMA build's float
        // loop, which computes e^(xᵢ) itself (Kernels/SoftmaxExponential.swift).
        let exponentials = [-2.0, -1, 0].map { Foundation.exp($0) }
        let reference = exponentials.map { $0 / exponentials.reduce(0, +) }
        for shifted in [Softmax()(Tensor([1000, 1001, 1002])), softmax(Tensor([-1000, -999, -998]))] {
            #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
            #expect(zip(shifted.data, reference).allSatisfy { abs(Double($0) - $1) <= 2 * Double(Float($1).ulp) }, "\(shifted)")
            #else
            #expect(shifted == y)
            #endif
        }
    }

    @Test("any axis, negative axes from the end")
    func axes() {
        let x = Tensor([[1, 2], [3, 5]])
        let rows = Softmax(axis: -1)(x), columns = Softmax(axis: 0)(x)
        #expect(rows.sum(alongAxis: 1).isApproximatelyEqual(to: Tensor([1, 1])))
        #expect(columns.sum(alongAxis: 0).isApproximatelyEqual(to: Tensor([1, 1])))
        #expect(columns == Softmax(axis: -2)(x))
        #expect(columns.transposed() == Softmax(axis: 1)(x.transposed()))
        let cube = Tensor.randomNormal(shape: [2, 3, 4], seed: 5)
        #expect(Softmax(axis: 1)(cube).sum(alongAxis: 1).isApproximatelyEqual(to: Tensor.ones(shape: [2, 4])))
    }

    @Test("masked entries, fully masked rows, +∞ and NaN")
    func specialLines() {
        #expect(softmax(Tensor([0, -.infinity, 0])) == Tensor([0.5, 0, 0.5]))
        #expect(softmax(Tensor([[-.infinity, -.infinity]])) == Tensor([[0, 0]]))
        #expect(softmax(Tensor([1, .infinity, .infinity])) == Tensor([0, 0.5, 0.5]))
        #expect(softmax(Tensor([1, .nan])).data.allSatisfy { $0.isNaN })
        #expect(softmax(Tensor(shape: [2, 0], data: [])).shape == [2, 0])
        #expect(softmax(Tensor(3)) == Tensor(1))
    }

    @Test("backward is y·(g − Σ g·y)")
    func backward() {
        let g = Softmax().backward(Tensor([0, 0]), gradOutput: Tensor([1, 0]))
        #expect(g == Tensor([0.25, -0.25]))
        // A constant upstream gradient has no effect: softmax is shift-invariant.
        let flat = Softmax().backward(Tensor([1, 2, 3]), gradOutput: Tensor([2, 2, 2]))
        #expect(flat.data.allSatisfy { abs($0) < 1e-7 })
    }

    @Test("an axis out of range names the rank and the axis")
    func axisOutOfRange() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Softmax(axis: 3)(Tensor([[1, 2]]))
        }
        #expect(standardError(of: result).contains("axis 3 is out of range for a tensor of rank 2"))
    }
}
