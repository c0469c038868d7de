// The SIMD vocabulary every kernel is written in.
//
// A kernel computes 8 floats at once: one 256-bit register with AVX2 (the fast build on x86-64,
// see docs/performance.md), two SSE registers in a baseline x86-64 build, two NEON registers on
// arm64. The accurate tier widens each half to double precision and rounds once at the end.
//
// Two codegen rules, measured on Swift 6.3 (docs/performance.md): selects are written as
// compare + `replacing(with:where:)` (`pointwiseMin`/`Max` drop NaN and may not inline), and a
// fused multiply-add is only requested where the target has one (`fma` below), because a
// baseline x86-64 build turns every `addingProduct` into a call per lane.

/// The vector every kernel computes with: 8 floats.
typealias FloatVector = SIMD8<Float>

/// The raw bits of a ``FloatVector``, for sign and exponent manipulation.
typealias BitsVector = SIMD8<UInt32>

/// Half a ``FloatVector`` widened to double precision: what the accurate tier computes with.
typealias DoubleVector = SIMD4<Double>

/// How many elements one kernel step handles.
let vectorWidth = FloatVector.scalarCount

// MARK: - Fused multiply-add

/// `a·b + c`, fused (one rounding) where the target has FMA instructions: every arm64 CPU, and
/// x86-64 when the package is built with `TINYTORCH_TARGET_CPU` (Package.swift defines
/// `TINYTORCH_FMA` then). Elsewhere it is a multiply and an add; every kernel's error bound
/// holds either way, because none relies on the product being exact.
@inline(__always)
func fma<V: SIMD>(_ a: V, _ b: V, _ c: V) -> V where V.Scalar: BinaryFloatingPoint {
    #if TINYTORCH_FMA || arch(arm64)
    return c.addingProduct(a, b)
    #else
    return a * b + c
    #endif
}

/// `a·b + c` with a scalar factor.
@inline(__always)
func fma<V: SIMD>(_ a: V, _ b: V.Scalar, _ c: V) -> V where V.Scalar: BinaryFloatingPoint {
    fma(a, V(repeating: b), c)
}

/// `a·b + c` with a scalar factor and a scalar addend: one Horner step.
@inline(__always)
func fma<V: SIMD>(_ a: V, _ b: V.Scalar, _ c: V.Scalar) -> V where V.Scalar: BinaryFloatingPoint {
    fma(a, V(repeating: b), V(repeating: c))
}

/// `a·b + c` with a scalar addend.
@inline(__always)
func fma<V: SIMD>(_ a: V, _ b: V, _ c: V.Scalar) -> V where V.Scalar: BinaryFloatingPoint {
    fma(a, b, V(repeating: c))
}

/// a·b as an unevaluated sum high + low, exactly (high is a·b rounded). With FMA, low is
/// a·b − high in one fused operation; without, Dekker's product of 12-bit halves gives it
/// (valid while no part underflows and |a·b| < 2¹²⁰).
///
/// ```swift
/// let (high, low) = exactProduct(FloatVector(repeating: 1 + 0x1p-12), FloatVector(repeating: 1 + 0x1p-12))
/// // high = 1 + 2⁻¹¹ and low = 2⁻²⁴ in every lane: together exactly (1 + 2⁻¹²)²
/// ```
@inline(__always)
func exactProduct(_ a: FloatVector, _ b: FloatVector) -> (high: FloatVector, low: FloatVector) {
    let high = a * b
    #if TINYTORCH_FMA || arch(arm64)
    return (high, fma(a, b, high * -1))
    #else
    let (aHigh, aLow) = dekkerHalves(a), (bHigh, bLow) = dekkerHalves(b)
    return (high, ((aHigh * bHigh - high) + aHigh * bLow + aLow * bHigh) + aLow * bLow)
    #endif
}

/// x² as an unevaluated sum high + low, exactly: ``exactProduct(_:_:)`` of x with itself.
@inline(__always)
func exactSquare(_ x: FloatVector) -> (high: FloatVector, low: FloatVector) {
    exactProduct(x, x)
}

#if !(TINYTORCH_FMA || arch(arm64))
/// x = high + low exactly, high holding the leading 12 bits (Dekker's split): products of
/// such halves are exact in float.
@inline(__always)
private func dekkerHalves(_ x: FloatVector) -> (high: FloatVector, low: FloatVector) {
    let t = x * 4097
    let high = t - (t - x)
    return (high, x - high)
}
#endif

// MARK: - Float vectors

extension SIMD8 where Scalar == Float {
    /// The IEEE-754 bit patterns of the lanes.
    @inline(__always)
    var bits: BitsVector { unsafeBitCast(self, to: BitsVector.self) }

    /// The floats with the given bit patterns.
    @inline(__always)
    init(bits: BitsVector) { self = unsafeBitCast(bits, to: FloatVector.self) }

    /// |x| per lane (clears the sign bit; NaN stays NaN).
    @inline(__always)
    var magnitude: FloatVector { FloatVector(bits: bits & 0x7FFF_FFFF) }

    /// −|x| per lane (sets the sign bit).
    @inline(__always)
    var negativeMagnitude: FloatVector { FloatVector(bits: bits | 0x8000_0000) }

    /// These magnitudes with the signs of `x`: `copysign` per lane.
    @inline(__always)
    func withSign(of x: FloatVector) -> FloatVector {
        FloatVector(bits: (bits & 0x7FFF_FFFF) | (x.bits & 0x8000_0000))
    }

    /// The bit patterns of |x| per lane as non-negative integers: they order the magnitudes as
    /// numbers do, with +∞ above every finite one and NaN above +∞.
    @inline(__always)
    var magnitudeBits: SIMD8<Int32> { SIMD8<Int32>(truncatingIfNeeded: bits & 0x7FFF_FFFF) }

    /// The lanes raised to at least `floor`; NaN stays NaN.
    @inline(__always)
    func atLeast(_ floor: Float) -> FloatVector {
        replacing(with: floor, where: self .< floor)
    }

    /// The lanes lowered to at most `ceiling`; NaN stays NaN.
    @inline(__always)
    func atMost(_ ceiling: Float) -> FloatVector {
        replacing(with: ceiling, where: self .> ceiling)
    }

    /// Both halves widened to double precision (exactly).
    @inline(__always)
    var widened: (low: DoubleVector, high: DoubleVector) {
        (DoubleVector(lowHalf), DoubleVector(highHalf))
    }

    /// Two double vectors rounded once to float, `low` in the first four lanes.
    @inline(__always)
    init(rounding low: DoubleVector, _ high: DoubleVector) {
        self.init(lowHalf: SIMD4<Float>(low), highHalf: SIMD4<Float>(high))
    }

    /// Loads 8 floats from `pointer` (no alignment needed).
    @inline(__always)
    init(loadingFrom pointer: UnsafePointer<Float>) {
        self = UnsafeRawPointer(pointer).loadUnaligned(as: FloatVector.self)
    }

    /// Loads the first `count` (< 8) lanes from `pointer`; the others are `padding`.
    @inline(__always)
    init(loadingFrom pointer: UnsafePointer<Float>, count: Int, padding: Float = 0) {
        self.init(repeating: padding)
        for lane in 0..<count { self[lane] = pointer[lane] }
    }

    /// Stores the first `count` (< 8) lanes at `pointer`.
    @inline(__always)
    func store(to pointer: UnsafeMutablePointer<Float>, count: Int) {
        for lane in 0..<count { pointer[lane] = self[lane] }
    }

    /// Stores the 8 lanes at `pointer` (no alignment needed).
    @inline(__always)
    func store(to pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: FloatVector.self)
    }
}

/// `f` evaluated in double precision on both halves of `x`, rounded once to float:
/// the shape of every accurate-tier kernel.
@inline(__always)
func inDoublePrecision(_ x: FloatVector, _ f: (DoubleVector) -> DoubleVector) -> FloatVector {
    let (low, high) = x.widened
    return FloatVector(rounding: f(low), f(high))
}

/// `f(x, g)` evaluated in double precision on both halves, rounded once to float.
@inline(__always)
func inDoublePrecision(_ x: FloatVector, _ g: FloatVector,
                       _ f: (DoubleVector, DoubleVector) -> DoubleVector) -> FloatVector {
    let (xLow, xHigh) = x.widened
    let (gLow, gHigh) = g.widened
    return FloatVector(rounding: f(xLow, gLow), f(xHigh, gHigh))
}

extension SIMD8 where Scalar == Int32 {
    /// The lanes raised to at least those of `other`: a compare and a select that LLVM turns into
    /// one `vpmaxsd` (`vpmaxud` where it knows the lanes are not negative); `pointwiseMax` may
    /// stay a call.
    @inline(__always)
    func atLeast(_ other: SIMD8<Int32>) -> SIMD8<Int32> {
        replacing(with: other, where: other .> self)
    }

    /// Whether any lane is greater than `limit`.
    @inline(__always)
    func hasLane(above limit: Int32) -> Bool {
        SIMD8<Int32>(repeating: 0).replacing(with: -1, where: self .> SIMD8(repeating: limit)).hasNonzeroLane
    }

    /// Whether any lane has a bit set: the halves OR-ed down to two 64-bit lanes (one `vptest`
    /// in the x86-64 build; the standard library's `any(_:)` is an out-of-line reduction).
    @inline(__always)
    var hasNonzeroLane: Bool {
        let quarters = unsafeBitCast(self, to: SIMD4<UInt64>.self)
        let two = quarters.lowHalf | quarters.highHalf
        return two[0] | two[1] != 0
    }
}

// MARK: - Double vectors

extension SIMD4 where Scalar == Double {
    /// The IEEE-754 bit patterns of the lanes.
    @inline(__always)
    var bits: SIMD4<UInt64> { unsafeBitCast(self, to: SIMD4<UInt64>.self) }

    /// The doubles with the given bit patterns.
    @inline(__always)
    init(bits: SIMD4<UInt64>) { self = unsafeBitCast(bits, to: DoubleVector.self) }

    /// |x| per lane.
    @inline(__always)
    var magnitude: DoubleVector { DoubleVector(bits: bits & 0x7FFF_FFFF_FFFF_FFFF) }

    /// −|x| per lane.
    @inline(__always)
    var negativeMagnitude: DoubleVector { DoubleVector(bits: bits | 0x8000_0000_0000_0000) }

    /// The lanes raised to at least `floor`; NaN stays NaN.
    @inline(__always)
    func atLeast(_ floor: Double) -> DoubleVector {
        replacing(with: floor, where: self .< floor)
    }

    /// The lanes lowered to at most `ceiling`; NaN stays NaN.
    @inline(__always)
    func atMost(_ ceiling: Double) -> DoubleVector {
        replacing(with: ceiling, where: self .> ceiling)
    }
}
