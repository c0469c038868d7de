/// Learners' files for the end-to-end test: a correct implementation of every function (in the
/// stable forms the skeleton's hints point to, ReLU with a backward pass), the same with a ReLU
/// that traps on empty tensors, and one that does not compile.
enum LearnerSolutions {
    /// Every function right; ReLU also conforms to `Activation`, so its gradient is checked.
    static let correct = #"""
    import Foundation
    import TinyTorch

    public struct ReLU: Sendable {
        public init() {}
        public func forward(_ x: Tensor) -> Tensor { x.map { $0 > 0 || $0.isNaN ? $0 : 0 } }
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    extension ReLU: Activation {
        public var name: String { "ReLU" }
        public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
            Tensor(shape: x.shape, data: zip(x.data, gradOutput.data).map { $0 > 0 ? $1 : 0 })
        }
    }

    public struct Sigmoid: Sendable {
        public init() {}
        public func forward(_ x: Tensor) -> Tensor {
            x.map { v in
                if v >= 0 { return 1 / (1 + exp(-v)) }
                let e = exp(v)
                return e / (1 + e)
            }
        }
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    public struct Tanh: Sendable {
        public init() {}
        public func forward(_ x: Tensor) -> Tensor {
            x.map { v in
                let e = expm1(-2 * abs(v))
                let t = -e / (2 + e)
                return v.sign == .minus ? -t : t
            }
        }
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    public struct GELU: Sendable {
        public init() {}
        public func forward(_ x: Tensor) -> Tensor {
            x.map { v in
                let phi = 0.5 * erfc(-Double(v) / 2.0.squareRoot())
                return phi == 0 ? 0 : Float(Double(v) * phi)
            }
        }
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    public struct Softmax: Sendable {
        public init() {}
        public func forward(_ x: Tensor) -> Tensor {
            guard x.count > 0 else { return x }
            let rows = x.rank == 0 ? x.reshaped(to: [1]) : x
            let m = rows.max(alongAxis: -1, keepingDimensions: true)
            let e = (rows - m).map { exp($0) }
            return (e / e.sum(alongAxis: -1, keepingDimensions: true)).reshaped(to: x.shape)
        }
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }
    """#

    /// ``correct`` with a ReLU that reads the first element: it traps on an empty tensor.
    /// `line` is the line of the trap in the file.
    static var trapping: (source: String, line: Int) {
        let trap = "        _ = x.data[0]   // traps on an empty tensor"
        let source = correct.replacingOccurrences(
            of: "    public func forward(_ x: Tensor) -> Tensor { x.map { $0 > 0 || $0.isNaN ? $0 : 0 } }",
            with: "    public func forward(_ x: Tensor) -> Tensor {\n\(trap)\n        return x.map { $0 > 0 || $0.isNaN ? $0 : 0 }\n    }")
        let line = source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == trap }! + 1
        return (source, line)
    }

    /// ``correct`` with a name that does not exist in ReLU.
    static var notCompiling: String {
        correct.replacingOccurrences(of: "{ x.map { $0 > 0 || $0.isNaN ? $0 : 0 } }", with: "{ undefinedValue }")
    }
}
