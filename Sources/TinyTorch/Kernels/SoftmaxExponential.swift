// Softmax's exponentials in float, 8 lanes at a time (the FMA build on x86-64; SoftmaxKernel.swift
// has the line algorithm around it, and keeps a double-precision loop for every other build).
//
// Softmax does not need e^(xᵢ − m) itself: any common factor cancels in eᵢ/Σⱼ eⱼ. This loop
// computes eᵢ = e^(xᵢ)·2⁻ʲ, with j fixed per line by a reference value known before the line is
// read (the largest of its first 8 values), and never forms xᵢ − m (which float cannot hold
// exactly); it finds the line's range on the way, so the kernel needs no pass of its own for it.
// The method is Tang's table-driven exponential:
//
//   1. N = round(8x·log₂e) (the 1.5·2²³ trick of Exponential.swift), split as N = 8q + i (i = 0…7).
//   2. r = x − N·ln2/8 with ln2/8 = c₁ + c₂, c₁ = (ln 2 rounded to float)/8. N·c₁ is exact in the
//      fused multiply-add and so is x − N·c₁: both are multiples of 2⁻²⁸ at least (x's own
//      spacing, or c₁'s, once |x| ≥ ln2/16), and the difference is below 2⁻⁴, so 24 bits hold it.
//      Only the tiny N·c₂ is rounded in: |r| ≤ 0.0445, off by at most 2⁻²⁹.
//   3. e^x = 2^q · Tᵢ · e^(r − λᵢ), where Tᵢ is 2^(i/8) rounded to float and λᵢ = ln Tᵢ − i·ln2/8
//      (below 3.2·10⁻⁸) makes that exact. Tᵢ and λᵢ come from 8-entry tables, one `vpermps` each
//      (the low 3 bits of N's bits pick the entry); 2^(q − j) goes into Tᵢ's exponent field as an
//      integer add, exactly (this is why a line must stay within 85 below and 60 above its
//      reference: every 2^(q − j)·Tᵢ is then a normal float, and their sum has a normal inverse).
//   4. e^(r − λ) − 1 ≈ p = r + r²·(½ + a₃r + a₄r²) − λ: a degree-4 polynomial (fitted by Lawson's
//      minimax algorithm on |r| ≤ 0.0445; relative error 2.2·10⁻¹⁰) minus λ, the product λ·p
//      (below 1.5·10⁻⁹) dropped.
//   5. e = fma(t, p, t) with t = 2^(q − j)·Tᵢ: the one rounding of the result. Its error,
//      fma(t, p, t − e), goes into the line's sum, which so adds up the unrounded values.
//
// Error of e before its rounding, relative: r's rounding 2⁻²⁹ (0.03 float ULP), λ·p 0.025,
// the polynomial's evaluation (the ½ULP rounding of 1 + r·(…) times |r|, and of the last
// product) 0.08, the fit 0.004: 0.14 float ULP by this count. Measured: at most 0.125 float ULP
// (relative 7.5·10⁻⁹, at x = 113.19948) over every float x with |x| ≤ 2¹⁶ (a throwaway
// exhaustive check against a double-precision e^x·2⁻ʲ, 2026-11-30).
//
// ≈ 23 vector operations per 8 lanes against ≈ 28 for the double-precision loop (whose 8 lanes
// take two 4-lane exponentials and four conversions).

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
import _Builtin_intrinsics.intel

/// e^(xᵢ)·2⁻ʲ for the values of one softmax line, j fixed by a reference value near the line's
/// maximum (see the top of this file for the method and its error).
///
/// ```swift
/// let exponential = LineExponential(reference: 2)!
/// // exponential.store(x, to: e, count: n) writes e^(xᵢ)·2⁻ʲ for each xᵢ of the line and
/// // returns their sum and the line's range; exponential.covers(lowest:highest:) says
/// // whether that range is one the loop computes exactly enough.
/// ```
struct LineExponential {
    /// How far below the reference a value may lie: e^x·2⁻ʲ is then a normal float (≥ 2⁻¹²⁴).
    static let spanBelow: Double = 85
    /// How far above the reference a value may lie: e^x·2⁻ʲ ≤ 2⁸⁹, so that a sum of up to 2³¹
    /// of them has a normal inverse.
    static let spanAbove: Double = 60
    /// The largest magnitude a value may have: the reduction keeps |r| ≤ 0.0445 up to here.
    static let largestMagnitude: Float = 65536

    private static let roundingShift: Float = 0x1.8p23
    private static let eightLog2e: Float = 11.541_56
    /// (ln 2 rounded to float)/8, exactly.
    private static let ln2High: Float = 0.693_147_182_464_599_609_375 / 8
    /// ln2/8 − ``ln2High``.
    private static let ln2Low: Float = -2.380_817_8e-10
    private static let a3: Float = 0.166_681, a4: Float = 0.041_660_085
    /// 2^(i/8) rounded to float.
    private static let powers: [Float] = [1, 1.090_507_7, 1.189_207_1, 1.296_839_6,
                                          1.414_213_5, 1.542_210_8, 1.681_792_9, 1.834_008_1]
    /// −λᵢ = i·ln2/8 − ln(``powers``[i]) (a computed constant: a stored `static let` vector is
    /// initialized lazily, and its check stayed inside the loop).
    private static var negatedLambdas: FloatVector { FloatVector(0, -1.199_215_75e-8, 3.193_418e-8, -3.099_072_3e-8,
                                                                     1.711_427_1e-8, 5.233_334e-9, -1.471_960_6e-8, -6.128_259_7e-9) }

    /// The value that fixed j (its q).
    let reference: Float
    /// Per entry i: the bits of 2^(i/8) − i·2²⁰ − j·2²³, so that adding N·2²⁰ (N = 8q + i, as
    /// the low bits of k) gives the bits of 2^(q − j)·Tᵢ.
    let table: FloatVector

    /// The exponential with j = the q of `reference`; nil for a reference that is not finite
    /// or beyond ±``largestMagnitude``.
    init?(reference: Float) {
        guard reference.magnitude <= Self.largestMagnitude else { return nil }   // false for NaN
        let k = fma(FloatVector(repeating: reference), Self.eightLog2e, Self.roundingShift)
        let j = Int32(bitPattern: k.bits[0] &- Self.roundingShift.bitPattern) >> 3
        var bits = BitsVector()
        for i in 0..<vectorWidth {
            bits[i] = Self.powers[i].bitPattern &- UInt32(i << 20) &- UInt32(bitPattern: j << 23)
        }
        self.reference = reference
        table = FloatVector(bits: bits)
    }

    /// The largest of the line's first (up to) 8 values, NaNs ignored: the reference the kernel
    /// takes, known before the line is read through (−∞ if they are all NaN or −∞).
    static func reference(of x: UnsafePointer<Float>, count n: Int) -> Float {
        (0..<Swift.min(n, vectorWidth)).reduce(-Float.infinity) { x[$1] > $0 ? x[$1] : $0 }
    }

    /// Whether every value of a line in [`lowest`, `highest`] is one this loop computes within
    /// its bound: at most ``spanBelow`` below the reference, ``spanAbove`` above it, and within
    /// ±``largestMagnitude`` (not so for −∞ entries or far-apart values: the double-precision
    /// loop takes those lines).
    func covers(lowest: Float, highest: Float) -> Bool {
        Double(reference) - Double(lowest) <= Self.spanBelow && Double(highest) - Double(reference) <= Self.spanAbove
            && Swift.max(lowest.magnitude, highest.magnitude) <= Self.largestMagnitude
    }

    /// e^(xᵢ)·2⁻ʲ rounded once, and that rounding's error.
    @inline(__always)
    func exponential(_ x: FloatVector) -> (value: FloatVector, error: FloatVector) {
        let k = fma(x, Self.eightLog2e, Self.roundingShift)
        let n = k - Self.roundingShift
        let r = fma(n, -Self.ln2Low, fma(n, -Self.ln2High, x))
        let g = fma(fma(fma(r, Self.a4, Self.a3), r, 0.5), r, 1)
        let p = fma(g, r, Self.permuted(Self.negatedLambdas, by: k.bits))
        let t = FloatVector(bits: Self.permuted(table, by: k.bits).bits &+ (k.bits &<< 20))
        let e = fma(t, p, t)
        return (e, fma(t, p, t - e))
    }

    /// `table[index & 7]` per lane (`vpermps`).
    @inline(__always)
    private static func permuted(_ table: FloatVector, by index: BitsVector) -> FloatVector {
        _mm256_permutevar8x32_ps(table, unsafeBitCast(index, to: SIMD4<Int64>.self))
    }

    /// Writes e^(xᵢ)·2⁻ʲ, rounded once, to `e[0..<n]` and returns the sum of the unrounded
    /// values (the stored ones plus their rounding errors), accumulated in a fixed order (NaN if
    /// an xᵢ is NaN), with the smallest and largest xᵢ (NaNs ignored): pass 1 of the line comes
    /// for 2 operations per vector.
    func store(_ x: UnsafePointer<Float>, to e: UnsafeMutablePointer<Float>, count n: Int)
        -> (total: Double, lowest: Float, highest: Float)
    {
        var low = DoubleVector(repeating: 0), high = DoubleVector(repeating: 0)
        var errors = FloatVector(repeating: 0)
        var lowest = FloatVector(repeating: .infinity), highest = FloatVector(repeating: -.infinity)
        var i = 0
        while i &+ vectorWidth <= n {
            let v = FloatVector(loadingFrom: x + i)
            lowest = _mm256_min_ps(v, lowest)   // v if v < lowest, else lowest (so for NaN)
            highest = _mm256_max_ps(v, highest)
            let (value, error) = exponential(v)
            value.store(to: e + i)
            let (a, b) = value.widened
            low += a
            high += b
            errors += error
            i &+= vectorWidth
        }
        let s = low + high
        var total = (s[0] + s[1]) + (s[2] + s[3])
        for lane in 0..<vectorWidth { total += Double(errors[lane]) }
        if i < n {
            // The padding lanes (copies of the last element) are stored nowhere and not summed.
            let v = FloatVector(loadingFrom: x + i, count: n - i, padding: x[n - 1])
            lowest = _mm256_min_ps(v, lowest)
            highest = _mm256_max_ps(v, highest)
            let (value, error) = exponential(v)
            value.store(to: e + i, count: n - i)
            for lane in 0..<(n - i) { total += Double(value[lane]) + Double(error[lane]) }
        }
        return (total, (0..<vectorWidth).reduce(Float.infinity) { Swift.min($0, lowest[$1]) },
                (0..<vectorWidth).reduce(-Float.infinity) { Swift.max($0, highest[$1]) })
    }
}
#endif
