/// How exact a smooth activation is, traded against speed.
///
/// Math libraries built for speed offer accuracy tiers (Intel VML's HA/LA/EP, SLEEF's u10 and
/// u35, CUDA's fast intrinsics). TinyTorch offers two, chosen per activation value:
///
/// - ``accurate`` (the default): within **1 ULP** of the true value for every float32 input,
///   checked on all 2³² inputs by `swift run -c release tito verify --exhaustive`. The kernels
///   compute in double precision, or in compensated float arithmetic (float pairs that carry
///   the rounding errors), and round once.
/// - ``fast``: within a small documented bound for every result of magnitude ≥ 1e-30 — Sigmoid
///   4 ULP, Tanh 7, SiLU 5, GELU 12, GELU's tanh and sigmoid forms 5 — computed in float.
///   It keeps every special value and limit of the accurate tier: NaN propagates, ±∞ give the mathematical limits, a finite input never
///   gives NaN or ∞, and no tail is lost (no result is flushed to 0, or rounded to ±1, while
///   the true value is a normal float more than 16 ULP away).
///
/// Piecewise-linear activations (ReLU) have one tier: exact.
///
/// ```swift
/// let exact = Sigmoid()                       // .accurate
/// let quick = Sigmoid(precision: .fast)
/// quick(Tensor([0, 1, -1]))                   // [0.5, 0.7310586, 0.26894143]
/// ```
public enum Precision: String, Sendable, CaseIterable {
    /// Within 1 ULP for every input: the library's contract.
    case accurate
    /// Within a documented bound of at most 16 ULP, several times faster.
    case fast
}

/// An activation offered in both ``Precision`` tiers.
///
/// `tito verify` and `tito bench` use it to check and time the fast tier of every catalog entry.
///
/// ```swift
/// let fast = Tanh().withPrecision(.fast)
/// fast.precision   // .fast
/// ```
public protocol PrecisionTiered: Activation {
    /// The tier this value computes in.
    var precision: Precision { get }

    /// The same activation, with the same parameters, in `precision`.
    ///
    /// ```swift
    /// GELU(approximation: .tanh).withPrecision(.fast).approximation   // .tanh
    /// ```
    func withPrecision(_ precision: Precision) -> Self
}

extension Sigmoid: PrecisionTiered {
    /// `Sigmoid(precision: precision)`.
    public func withPrecision(_ precision: Precision) -> Sigmoid { Sigmoid(precision: precision) }
}

extension Tanh: PrecisionTiered {
    /// `Tanh(precision: precision)`.
    public func withPrecision(_ precision: Precision) -> Tanh { Tanh(precision: precision) }
}

extension GELU: PrecisionTiered {
    /// `GELU(approximation: approximation, precision: precision)`.
    public func withPrecision(_ precision: Precision) -> GELU {
        GELU(approximation: approximation, precision: precision)
    }
}

extension SiLU: PrecisionTiered {
    /// `SiLU(precision: precision)`.
    public func withPrecision(_ precision: Precision) -> SiLU { SiLU(precision: precision) }
}
