import Testing
import TinyTorch

/// Misuse stops the program with a message that names the shapes or values at fault.
@Suite("Tensor preconditions")
struct TensorPreconditionTests {
    @Test("ragged rows name the row and the lengths")
    func raggedRows() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor([[1, 2, 3], [4, 5]])
        }
        #expect(standardError(of: result).contains("row 1 has 2 elements but row 0 has 3"))
    }

    @Test("ragged planes name the plane and row")
    func raggedPlanes() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor([[[1, 2]], [[3]]])
        }
        #expect(standardError(of: result).contains("row 0 of plane 1 has 1 elements"))
    }

    @Test("a count that does not fit the shape names both")
    func countMismatch() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor(shape: [2, 3], data: [1, 2, 3, 4])
        }
        #expect(standardError(of: result).contains("data has 4 elements but shape [2, 3] needs 6"))
    }

    @Test("shapes that do not broadcast are named")
    func broadcastFailure() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor([1, 2, 3]) + Tensor([1, 2])
        }
        #expect(standardError(of: result).contains("shapes [3] and [2] do not broadcast"))
    }

    @Test("matmul names misaligned shapes")
    func matmulMismatch() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = matmul(Tensor([[1, 2]]), Tensor([[1, 2]]))
        }
        #expect(standardError(of: result).contains("shapes [1, 2] and [1, 2] are not aligned"))
    }

    @Test("reshape to a wrong count names both shapes")
    func reshapeMismatch() async {
        await #expect(processExitsWith: .failure) {
            _ = Tensor([1, 2, 3]).reshaped(to: [2, 2])
        }
    }

    @Test("an axis out of range names the rank and the axis")
    func axisOutOfRange() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor([[1, 2]]).sum(alongAxis: 2)
        }
        #expect(standardError(of: result).contains("axis 2 is out of range for a tensor of rank 2"))
    }
}
