/// The seed's "Mathematical Properties Comparison", measured on the implementation
/// rather than typed in.
///
/// Curve properties (`atZero`, limits, symmetry, monotonicity, derivative figures,
/// saturation) come from the dense sweep of ``AnalysisSettings`` and exist where the
/// sweep is a curve (``ActivationKind/isPointwiseOnSweep``: elementwise activations, and
/// GLU on its diagonal); `meanOnNormal`, `zeroCentred` and `sparsity` come from the seeded
/// N(0, 1) batch, laid out by the activation's kind, and exist for every activation.
///
/// ```swift
/// let p = MeasuredProperties(ActivationUnderTest(Sigmoid()), settings: .quick)
/// p.atZero                          // 0.5
/// p.maxAbsDerivative?.value         // 0.25
/// p.symmetry?.kind                  // .point (about (0, 0.5))
/// ```
public struct MeasuredProperties: Sendable, Codable, Equatable {
    /// The smallest and largest output seen over the sweep and at ±∞ (where the sweep is a curve),
    /// or on the N(0, 1) batch (the others).
    public var rangeObserved: ClosedInterval
    /// f(−∞).
    public var atNegativeInfinity: Float?
    /// f(+∞).
    public var atPositiveInfinity: Float?
    /// f(0).
    public var atZero: Float?
    /// The mean output on the seeded N(0, 1) batch.
    public var meanOnNormal: Double
    /// Whether that mean is within 4 standard errors of 0 (`|mean| ≤ 4·sd/√n`).
    public var zeroCentred: Bool
    /// The symmetry found on the sweep.
    public var symmetry: Symmetry?
    /// Whether the outputs never decrease, never increase, or neither, along the sweep.
    public var monotonicity: Monotonicity?
    /// The largest |f′| on the sweep, and where.
    public var maxAbsDerivative: Extremum?
    /// f′(0).
    public var derivativeAtZero: Float?
    /// How far out f′ stays below 10⁻³ on each side of the sweep.
    public var saturation: Saturation?
    /// The fraction of exact zeros in the output on the N(0, 1) batch.
    public var sparsity: Double

    /// An interval `[min, max]`.
    public struct ClosedInterval: Sendable, Codable, Equatable {
        /// The lower end.
        public var min: Float
        /// The upper end.
        public var max: Float
    }

    /// A symmetry of the curve: `f(−x) = 2c − f(x)` (point-symmetric about (0, c); odd
    /// when c = 0), `f(−x) = f(x)` (even), or neither.
    public struct Symmetry: Sendable, Codable, Equatable, CustomStringConvertible {
        /// Which symmetry holds.
        public enum Kind: String, Sendable, Codable {
            /// `f(−x) = −f(x)`.
            case odd
            /// `f(−x) = f(x)`.
            case even
            /// `f(−x) = 2c − f(x)` with `c = f(0) ≠ 0`.
            case point
            /// None of these.
            case none
        }
        /// Which symmetry holds.
        public var kind: Kind
        /// For `.point`, the centre's height c = f(0).
        public var centre: Float?

        /// `"odd"`, `"even"`, `"point-symmetric about (0, 0.5)"` or `"none"`.
        public var description: String {
            kind == .point ? "point-symmetric about (0, \(centre ?? 0))" : kind.rawValue
        }
    }

    /// The direction the curve takes along the sweep.
    public enum Monotonicity: String, Sendable, Codable {
        /// `f(a) ≤ f(b)` whenever `a < b`.
        case nonDecreasing = "non-decreasing"
        /// `f(a) ≥ f(b)` whenever `a < b`.
        case nonIncreasing = "non-increasing"
        /// Neither.
        case none
    }

    /// The largest value of |f′| and the sweep points where it is reached.
    public struct Extremum: Sendable, Codable, Equatable {
        /// The largest |f′|.
        public var value: Float
        /// The point of smallest |x| where it is reached.
        public var at: Float
        /// The leftmost and rightmost points where it is reached (a plateau for ReLU).
        public var from: Float
        /// See ``from``.
        public var to: Float
    }

    /// The |x| beyond which |f′| < 10⁻³ for the rest of the sweep, on each side;
    /// `nil` on a side where the derivative never falls that low (ReLU's right).
    public struct Saturation: Sendable, Codable, Equatable {
        /// The threshold on |f′|.
        public static let threshold: Float = 1e-3
        /// For x ≤ −negative, |f′(x)| < 10⁻³.
        public var negative: Float?
        /// For x ≥ positive, |f′(x)| < 10⁻³.
        public var positive: Float?
    }

    /// Measures every property of `subject` with `settings`.
    public init(_ subject: ActivationUnderTest, settings: AnalysisSettings) {
        let normal = subject.forward(subject.kind.input(fromLines: settings.normalInput)).data.map(Double.init)
        let n = Double(normal.count)
        let mean = normal.reduce(0, +) / n
        let variance = normal.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        meanOnNormal = mean
        zeroCentred = abs(mean) <= 4 * (variance / n).squareRoot()
        sparsity = Double(normal.count { $0 == 0 }) / n

        let finiteNormal = normal.filter(\.isFinite)
        rangeObserved = ClosedInterval(min: Float(finiteNormal.min() ?? .nan), max: Float(finiteNormal.max() ?? .nan))
        guard subject.kind.isPointwiseOnSweep, let curve = ActivationCurve(subject, at: settings.sweep) else { return }

        let limits = subject.forward(subject.kind.sweep([-.infinity, .infinity])).data
        atNegativeInfinity = limits[0]
        atPositiveInfinity = limits[1]
        let seen = (curve.y + limits).filter { !$0.isNaN }
        rangeObserved = ClosedInterval(min: seen.min() ?? .nan, max: seen.max() ?? .nan)
        let middle = curve.x.count / 2   // x = 0
        atZero = curve.y[middle]
        symmetry = MeasuredProperties.symmetry(of: curve.y, middle: middle)
        monotonicity = MeasuredProperties.monotonicity(of: curve.y)
        if let derivative = curve.derivative {
            derivativeAtZero = derivative[middle]
            maxAbsDerivative = MeasuredProperties.maxAbs(derivative, over: curve.x)
            saturation = MeasuredProperties.saturation(derivative, over: curve.x)
        }
    }

    /// Compares `y` at mirrored points about the middle of a symmetric sweep.
    static func symmetry(of y: [Float], middle: Int) -> Symmetry {
        let centre = y[middle]
        func holds(_ relation: (Float, Float) -> Float) -> Bool {
            (1...middle).allSatisfy { k in
                let (left, right) = (y[middle - k], y[middle + k])
                let scale = max(1, abs(left), abs(right))
                return abs(relation(left, right)) <= 1e-6 * scale
            }
        }
        if holds({ left, right in left + right - 2 * centre }) {
            return Symmetry(kind: centre == 0 ? .odd : .point, centre: centre == 0 ? nil : centre)
        }
        return holds({ $0 - $1 }) ? Symmetry(kind: .even, centre: nil) : Symmetry(kind: .none, centre: nil)
    }

    /// Whether consecutive values never fall, never rise, or neither.
    static func monotonicity(of y: [Float]) -> Monotonicity {
        let steps = zip(y, y.dropFirst())
        if steps.allSatisfy({ $0 <= $1 }) { return .nonDecreasing }
        if steps.allSatisfy({ $0 >= $1 }) { return .nonIncreasing }
        return .none
    }

    /// The largest |f′| and where it is reached (exact ties, so a plateau shows as an interval).
    static func maxAbs(_ derivative: [Float], over x: [Float]) -> Extremum? {
        let magnitudes = derivative.map(abs)
        guard let top = magnitudes.filter({ !$0.isNaN }).max() else { return nil }
        let places = x.indices.filter { magnitudes[$0] == top }.map { x[$0] }
        return Extremum(value: top, at: places.min { abs($0) < abs($1) }!, from: places.min()!, to: places.max()!)
    }

    /// The innermost |x| on each side beyond which |f′| stays below the threshold.
    static func saturation(_ derivative: [Float], over x: [Float]) -> Saturation {
        let flat = derivative.map { abs($0) < Saturation.threshold }
        var result = Saturation()
        if flat.last == true {
            let first = (flat.lastIndex(of: false) ?? -1) + 1
            result.positive = Swift.max(0, x[first])
        }
        if flat.first == true {
            let last = (flat.firstIndex(of: false) ?? flat.count) - 1
            result.negative = Swift.max(0, -x[last])
        }
        return result
    }
}
