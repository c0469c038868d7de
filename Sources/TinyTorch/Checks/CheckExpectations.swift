// The comparisons the checks are written with. Each returns the evidence it saw
// or throws a CheckFailure whose text names the input, the value and the expectation:
//   relu([-2.0, -1.0, 0.0]) gave [-2.0, -1.0, 0.0], expected [0.0, 0.0, 0.0]

/// How close a value must be to the expected one.
enum Tolerance: Sendable {
    /// Equal as `Float` (NaN matches NaN; `0` matches `-0`).
    case exact
    /// Within `k` float32 spacings of the expected value (`|y − e| ≤ k·ulp(e)`).
    case ulps(Float)
    /// `|y − e| ≤ absolute + relative·|e|`.
    case close(absolute: Float, relative: Float)

    /// Whether `value` is acceptable where `expected` is wanted.
    func accepts(_ value: Float, _ expected: Float) -> Bool {
        if value.isNaN || expected.isNaN { return value.isNaN && expected.isNaN }
        if value == expected { return true }
        if value.isInfinite || expected.isInfinite { return false }
        switch self {
        case .exact: return false
        case .ulps(let k): return abs(value - expected) <= k * expected.ulp
        case .close(let absolute, let relative): return abs(value - expected) <= absolute + relative * abs(expected)
        }
    }

    /// Words for failure lines, e.g. `"within 8 ULP"`.
    var phrase: String {
        switch self {
        case .exact: "exactly"
        case .ulps(let k): "within \(shortText(k)) ULP"
        case .close(let absolute, let relative): "within \(shortText(absolute)) + \(shortText(relative))·|expected|"
        }
    }
}

/// A float as short as it reads well: `2`, `-0.5`, `3.7835e-44`, `inf`, `nan`.
func shortText(_ value: Float) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded(), abs(value) < 1e7 { return String(Int(value)) }
    return value.description
}

/// A tensor for a message: NumPy-style in full up to 8 elements, otherwise its shape.
func brief(_ t: Tensor) -> String {
    t.count <= 8 ? t.description : "a tensor of shape \(t.shape)"
}

/// The row-major position of element `index` as a multi-index, e.g. `[1, 2]`.
func position(_ index: Int, in shape: [Int]) -> [Int] {
    var rest = index
    return Tensor.strides(of: shape).map { stride in
        defer { rest %= stride }
        return rest / stride
    }
}

extension ActivationUnderTest {
    /// `callName(input)` for messages: the input in full when short, else `label`.
    func call(_ x: Tensor, label: String? = nil) -> String {
        "\(callName)(\(label ?? brief(x)))"
    }

    /// Requires `f(x)` to have `expected`'s shape and values.
    func expect(_ x: Tensor, gives expected: Tensor, _ tolerance: Tolerance = .exact,
                label: String? = nil) throws -> String {
        let y = forward(x)
        try requireOutput(y, of: x, matches: expected, tolerance, what: call(x, label: label))
        return "\(call(x, label: label)) = \(brief(y))"
    }

    /// Requires every element of `f(x)` to satisfy `holds(x[i], y[i])`; `expectation` says what was wanted.
    func expectEach(_ x: Tensor, label: String? = nil, _ expectation: String,
                    _ holds: (Float, Float) -> Bool) throws -> String {
        let y = forward(x)
        try requireSameShape(y, as: x, label: label)
        if let i = zip(x.data, y.data).offsets(where: { !holds($0, $1) }).first {
            throw CheckFailure("\(call(x, label: label)) gave \(shortText(y.data[i])) at x = \(shortText(x.data[i])), expected \(expectation)")
        }
        return "\(call(x, label: label)): all \(y.count) outputs \(expectation)"
    }

    /// Requires `y`, computed from `x` as `what` says (`"relu([-1.0])"`), to match `expected`
    /// in shape and, within `tolerance`, in value.
    func requireOutput(_ y: Tensor, of x: Tensor, matches expected: Tensor, _ tolerance: Tolerance,
                       what: String) throws {
        guard y.shape == expected.shape else {
            throw CheckFailure("\(what) gave shape \(y.shape), expected shape \(expected.shape)")
        }
        let bad = zip(y.data, expected.data).offsets(where: { !tolerance.accepts($0, $1) })
        guard let first = bad.first else { return }
        let how = if case .exact = tolerance { "" } else { " (\(tolerance.phrase))" }
        if y.count <= 8 && x.count <= 8 {
            throw CheckFailure("\(what) gave \(y), expected \(expected)\(how)")
        }
        let at = x.shape == y.shape ? "x = \(shortText(x.data[first]))" : "position \(position(first, in: y.shape))"
        throw CheckFailure("\(what) gave \(shortText(y.data[first])) at \(at), expected \(shortText(expected.data[first]))\(how); \(bad.count) of \(y.count) values differ")
    }

    /// Requires `y`, computed from `x`, to have the shape `expected`.
    func requireShape(_ y: Tensor, of x: Tensor, _ expected: [Int], label: String? = nil) throws {
        guard y.shape == expected else {
            let what = expected == x.shape ? "the input's shape \(expected)" : "shape \(expected)"
            throw CheckFailure("\(call(x, label: label)) gave shape \(y.shape), expected \(what)")
        }
    }

    /// Requires `y` to have `x`'s shape.
    func requireSameShape(_ y: Tensor, as x: Tensor, label: String? = nil) throws {
        try requireShape(y, of: x, x.shape, label: label)
    }

    /// `backward(x, gradOutput)`, or a failure if the implementation has none.
    func gradient(_ x: Tensor, _ gradOutput: Tensor) throws -> Tensor {
        guard let backward else { throw CheckFailure("\(name) has no backward pass") }
        return backward(x, gradOutput)
    }
}

extension Sequence {
    /// The positions of the elements that satisfy `predicate`.
    func offsets(where predicate: (Element) -> Bool) -> [Int] {
        enumerated().compactMap { predicate($0.element) ? $0.offset : nil }
    }
}

/// `values` mapped by a reference function in ``ReferenceReal`` precision and rounded
/// once to `Float`: the expected output of a check.
func reference(_ x: Tensor, _ f: (ReferenceReal) -> ReferenceReal) -> Tensor {
    x.map { Float(f(ReferenceReal($0))) }
}

/// The output of a line-wise activation for one line in ``ReferenceReal`` precision, rounded
/// once to `Float`: the expected output of a check.
func reference(_ activation: some LineReferenceEvaluable, line: [Float]) -> Tensor {
    Tensor(activation.referenceLine(line.map { ReferenceReal($0) }).map { Float($0) })
}

/// Requires a condition; otherwise fails with `message`.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw CheckFailure(message()) }
}
