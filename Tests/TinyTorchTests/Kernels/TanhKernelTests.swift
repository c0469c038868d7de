import Foundation
import Testing
@testable import TinyTorch

/// `kernel` applied to `values` (padded with zeros to a multiple of 8), 8 at a time.
private func map(_ values: [Float], _ kernel: (FloatVector) -> FloatVector) -> [Float] {
    var padded = values
    while padded.count % vectorWidth != 0 { padded.append(0) }
    return Swift.stride(from: 0, to: padded.count, by: vectorWidth).flatMap { i in
        let y = kernel(FloatVector(padded[i..<i + vectorWidth]))
        return (0..<vectorWidth).map { y[$0] }
    }.prefix(values.count).map { $0 }
}

@Suite("Tanh kernel")
struct TanhKernelTests {
    /// Every `stride`-th positive float up to 9.2 (where tanh reaches 1), and its negation.
    func sample(stride: UInt32) -> [Float] {
        Swift.stride(from: UInt32(0), through: Float(9.2).bitPattern, by: Int(stride))
            .flatMap { [Float(bitPattern: $0), -Float(bitPattern: $0)] }
    }

    /// The accurate tier, and in FMA builds of x86-64 also the compensated form that arm64 takes.
    static let forms: [TanhForm] = {
        var forms = [TanhForm(name: "accurate", value: TanhKernel.accurateValue, seams: accurateSeams)]
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
        forms.append(TanhForm(name: "compensated (arm64)", value: TanhKernel.compensatedValue,
                                  seams: compensatedSeams))
        #endif
        return forms
    }()

    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
    /// Where the accurate tier changes form: the pieces' ends, the hold at 8 of the piece index, the saturation.
    static let accurateSeams: [Float] = [0x1p-12, TanhPieces.smallLimit, 1, 1.5, 2, 3, 4, 6, 8, 9.02, TanhPieces.saturation]
    #elseif TINYTORCH_FMA || arch(arm64)
    static let accurateSeams = compensatedSeams
    #else
    /// Where the double-precision rational changes: the rounding to 1 near 9 and the hold at 9.
    static let accurateSeams: [Float] = [0x1p-12, 9, 9.02]
    #endif

    #if TINYTORCH_FMA || arch(arm64)
    /// Where the compensated form changes: x itself below 2⁻¹², n = round(−2|x|/ln 2) leaving 0 at
    /// 0.1733, the carry of the denominator from 8.1445 on, the rounding to 1 near 9.02, the hold at 9.1.
    static let compensatedSeams: [Float] = [0x1p-12, 0.173_286_8, 8.144_479, 9.02, TanhKernel.compensatedSaturation]
    #endif

    @Test("the accurate tier is within 1 ULP of tanh on a strided sample of [−9.2, 9.2]", arguments: forms)
    func withinOneULP(form: TanhForm) {
        let x = sample(stride: 1009)
        let y = map(x, form.value)
        for (input, output) in zip(x, y) {
            #expect(ULP.error(of: output, doubleReference: Foundation.tanh(Double(input))) <= 1, "tanh(\(input)) = \(output)")
        }
    }

    @Test("the accurate tier is monotone across its seams", arguments: forms)
    func monotoneAtSeams(form: TanhForm) {
        for seam in form.seams {
            let x = (-4096...4096).map { Float(bitPattern: UInt32(Int(seam.bitPattern) + $0)) }
            let y = map(x, form.value)
            for i in 1..<y.count {
                #expect(y[i] >= y[i - 1], "\(form): tanh(\(x[i])) = \(y[i]) < tanh(\(x[i - 1])) = \(y[i - 1])")
            }
        }
    }

    @Test("the accurate tier gives x itself for tiny x, ±0 for ±0, ±1 for ±∞ and NaN for NaN", arguments: forms)
    func specialValues(form: TanhForm) {
        let x: [Float] = [0x1p-13, -0x1p-20, 0x1p-126, -Float.leastNonzeroMagnitude, 0, -0.0, .infinity, -.infinity, .nan]
        let y = map(x, form.value)
        for i in 0..<4 { #expect(y[i] == x[i], "\(form): tanh(\(x[i])) = \(y[i])") }
        #expect(y[4].bitPattern == 0 && y[5].bitPattern == (-0.0 as Float).bitPattern, "\(form)")
        #expect(y[6] == 1 && y[7] == -1 && y[8].isNaN, "\(form)")
    }

    #if TINYTORCH_FMA || arch(arm64)
    @Test("the carried denominator equals the logistic's up to 2|x| = 16.29 and is within 2^−25 of (1 + e^(−z))·2⁻ⁿ up to 18.2")
    func carriedDenominator() {
        var z: [Float] = stride(from: UInt32(0), through: Float(18.2).bitPattern, by: 4099).map { Float(bitPattern: $0) }
        z += [16, 16.29, 16.3, 17, 18, 18.2]
        while z.count % vectorWidth != 0 { z.append(18.2) }
        for i in Swift.stride(from: 0, to: z.count, by: vectorWidth) {
            let v = FloatVector(z[i..<i + vectorWidth])
            let carried = TanhKernel.carriedDenominator(v), plain = Logistic.dividedDenominator(v)
            for lane in 0..<vectorWidth {
                let scale = Double(carried.inverseScale[lane])
                let exact = (1 + exp(-Double(v[lane]))) * scale
                let error = abs(Double(carried.high[lane]) + Double(carried.low[lane]) - exact) / exact
                #expect(error < 0x1p-25, "z = \(v[lane]): relative error \(error)")
                if scale <= 0x1p23 {
                    #expect(carried.high[lane] == plain.high[lane] && carried.low[lane] == plain.low[lane], "z = \(v[lane])")
                }
            }
        }
    }
    #endif
}

/// One form of the accurate tier: its vector function and the inputs where it changes form.
struct TanhForm: Sendable, CustomStringConvertible {
    let name: String
    let value: @Sendable (FloatVector) -> FloatVector
    let seams: [Float]
    var description: String { name }
}

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
@Suite("Tanh pieces")
struct TanhPiecesTests {
    /// Each piece's lower end and the piece it starts.
    static let starts: [(Float, Int32)] = [(0.75, 1), (1, 2), (1.5, 3), (2, 4), (3, 5), (4, 6), (6, 7)]

    @Test("a piece starts at its lower end and the float below belongs to the piece before; 8 ... 9.02 stay in piece 7")
    func piecesFromBits() {
        for (start, piece) in Self.starts {
            let index = TanhPieces.piece(of: FloatVector(start.nextDown, start, 0, 0, 0, 0, 0, 0))
            #expect(index[0] == piece - 1 && index[1] == piece, "pieces at \(start): \(index)")
        }
        let top = TanhPieces.piece(of: FloatVector(8, 9, TanhPieces.saturation, 0x1p-149, 0.5, 0.7499999, 7, 5))
        #expect(top == SIMD8<Int32>(7, 7, 7, 0, 0, 0, 7, 6))
    }

    @Test("every origin lies inside its piece, so that u = |x| − o is exact (Sterbenz)")
    func originsInsidePieces() {
        let ends: [Float] = [0.75, 1, 1.5, 2, 3, 4, 6, TanhPieces.saturation]
        for i in 0..<(ends.count - 1) {
            let low = ends[i], high = ends[i + 1]
            let origin = TanhPieces.origin(of: FloatVector(repeating: low))[0]
            #expect(low < origin && origin < high, "origin \(origin) of [\(low), \(high))")
            #expect(low >= origin / 2 && high <= 2 * origin, "|x| − \(origin) may be inexact on [\(low), \(high))")
        }
    }
}
#endif
