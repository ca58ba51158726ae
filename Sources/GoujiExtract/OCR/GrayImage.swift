import Foundation

/// A rectangle of pixels, from the image's top-left corner.
struct PixelBox: Sendable, Hashable {
    var x: Int, y: Int, width: Int, height: Int

    var maxX: Int { x + width }
    var maxY: Int { y + height }

    /// This box shrunk by `inset` on every side (empty, not negative, when it is too small).
    func inset(by inset: Int) -> PixelBox {
        PixelBox(x: x + inset, y: y + inset, width: max(0, width - 2 * inset), height: max(0, height - 2 * inset))
    }

    /// This box grown by `margin` on every side, as far as the edges of a `width` × `height` image.
    func outset(by margin: Int, within width: Int, _ height: Int) -> PixelBox {
        let x0 = max(0, x - margin), y0 = max(0, y - margin)
        return PixelBox(x: x0, y: y0, width: min(width, maxX + margin) - x0, height: min(height, maxY + margin) - y0)
    }
}

/// A page as 8-bit grey pixels (0 black, 255 white), rows top to bottom, and the resolution it
/// was rendered at.
struct GrayImage: Sendable {
    var width: Int
    var height: Int
    var pixels: [UInt8]
    var dpi: Double

    init(width: Int, height: Int, pixels: [UInt8], dpi: Double) {
        precondition(pixels.count == width * height, "one byte a pixel")
        self.width = width; self.height = height; self.pixels = pixels; self.dpi = dpi
    }

    /// A white image.
    init(width: Int, height: Int, dpi: Double) {
        self.init(width: width, height: height, pixels: [UInt8](repeating: 255, count: width * height), dpi: dpi)
    }

    subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// The grey level that parts ink from paper (Otsu's: the one that best splits the
    /// histogram in two), kept within sensible bounds so that a page nearly all white or all
    /// print is not split inside its paper or its ink.
    var inkThreshold: UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        for p in pixels { histogram[Int(p)] += 1 }
        let total = Double(pixels.count)
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var best = 0.0, threshold = 128
        var weightBelow = 0.0, sumBelow = 0.0
        for t in 0..<256 {
            weightBelow += Double(histogram[t])
            sumBelow += Double(t * histogram[t])
            let weightAbove = total - weightBelow
            guard weightBelow > 0, weightAbove > 0 else { continue }
            let meanBelow = sumBelow / weightBelow, meanAbove = (sum - sumBelow) / weightAbove
            let between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best { best = between; threshold = t }
        }
        return UInt8(min(max(threshold, 100), 200))
    }

    /// The pixels of `boxes` (each within the image) set side by side on one line, their tops
    /// level, `gap` white pixels apart, inside a white `margin`: a cut-out for OCR.
    func cut(_ boxes: [PixelBox], gap: Int, margin: Int) -> GrayImage {
        let width = boxes.reduce(0) { $0 + $1.width } + gap * max(0, boxes.count - 1) + 2 * margin
        let height = (boxes.map(\.height).max() ?? 0) + 2 * margin
        var out = GrayImage(width: width, height: height, dpi: dpi)
        var left = margin
        for box in boxes {
            for y in 0..<box.height {
                let from = (box.y + y) * self.width + box.x, to = (margin + y) * width + left
                out.pixels.replaceSubrange(to..<(to + box.width), with: pixels[from..<(from + box.width)])
            }
            left += box.width + gap
        }
        return out
    }

    /// The grey level below which a faint mark shows on this page's paper: some way under the
    /// paper's own (its commonest light grey). A hairline border, scanned at a low resolution,
    /// blurred and compressed, is much paler than print, which the ink threshold is set for.
    var faintThreshold: UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        for p in pixels { histogram[Int(p)] += 1 }
        let paper = (128..<256).max { histogram[$0] < histogram[$1] } ?? 255
        return UInt8(max(paper - 40, 100))
    }

    /// Ink (true) and paper, one flag a pixel.
    func binarized(threshold: UInt8) -> [Bool] {
        pixels.map { $0 < threshold }
    }

    /// The image turned by `degrees` (positive: clockwise as seen) about its centre, the same
    /// size, corners filled with white; each pixel takes the nearest one of the original.
    func rotated(by degrees: Double) -> GrayImage {
        let angle = degrees * .pi / 180, c = cos(angle), s = sin(angle)
        let cx = Double(width) / 2, cy = Double(height) / 2
        var out = [UInt8](repeating: 255, count: pixels.count)
        for y in 0..<height {
            let dy = Double(y) - cy
            for x in 0..<width {
                let dx = Double(x) - cx
                // Where the pixel came from: the turn undone.
                let sx = Int((c * dx + s * dy + cx).rounded()), sy = Int((-s * dx + c * dy + cy).rounded())
                if sx >= 0, sx < width, sy >= 0, sy < height { out[y * width + x] = pixels[sy * width + sx] }
            }
        }
        return GrayImage(width: width, height: height, pixels: out, dpi: dpi)
    }
}
