import Foundation

/// Finds a scanned page's table borders: long straight runs of ink across or down the page,
/// after its skew is measured and undone.
enum RulingFinder {
    /// A straight line of ink, in pixels: horizontal lines at `position` y from `start` to
    /// `end` x, vertical ones at `position` x from `start` to `end` y.
    struct Line: Sendable, Hashable {
        var horizontal: Bool
        var position: Double
        var start: Int, end: Int
        var thickness: Int

        var length: Int { end - start }
    }

    /// Shorter than this (inches) is a stroke of a character, not a border: a border cut cell
    /// by cell is longer than its narrowest cell.
    static let minLength = 0.18
    /// Thicker than this (inches) is a black area, not a line.
    static let maxThickness = 0.04
    /// How long a gap (inches) in a line may be: a scan's noise and JPEG wear a line thin.
    static let maxGap = 0.012

    /// The page's skew in degrees (positive: turned clockwise as seen), from -`limit` to
    /// `limit`: the angle at which the ink, summed along slanted rows, piles up most sharply,
    /// which the long borders of a table decide.
    static func skew(of ink: [Bool], width: Int, height: Int, limit: Double = 2, step: Double = 0.05) -> Double {
        // Ink that is part of a horizontal run of some length: borders and text lines, without
        // the noise between them.
        var points: [(x: Int, y: Int)] = []
        let run = 8, rows = 2
        for y in Swift.stride(from: 0, to: height, by: rows) {
            var count = 0
            for x in 0..<width {
                if ink[y * width + x] {
                    count += 1
                    if count >= run, count % 4 == 0 { points.append((x, y)) }
                } else {
                    count = 0
                }
            }
        }
        guard points.count > 100 else { return 0 }
        var best = 0.0, bestScore = -1.0
        let steps = Int((limit / step).rounded())
        var bins = [Int](repeating: 0, count: height * 2 + 2 * width)
        for k in -steps...steps {
            let angle = Double(k) * step, slope = tan(angle * .pi / 180)
            for i in bins.indices { bins[i] = 0 }
            let offset = width
            // Bins as tall as the rows sampled are apart: one pixel tall, an upright page's
            // points would fill every other bin and pile up twice as sharply as they truly do,
            // outscoring a slight true skew (a page turned 0.2° read as upright).
            for p in points {
                let row = Int(((Double(p.y) - Double(p.x) * slope) / Double(rows)).rounded()) + offset
                if row >= 0, row < bins.count { bins[row] += 1 }
            }
            let score = bins.reduce(0.0) { $0 + Double($1) * Double($1) }
            // Ties go to the smaller turn: an upright page stays as it is.
            if score > bestScore * 1.0001 || (score >= bestScore && abs(angle) < abs(best)) {
                if score > bestScore { bestScore = score }
                best = angle
            }
        }
        return best
    }

    /// The horizontal and vertical lines of ink at least `minLength` long, each the mean of the
    /// adjacent rows (or columns) of runs it is drawn with.
    static func lines(in ink: [Bool], width: Int, height: Int, dpi: Double) -> [Line] {
        let minRun = Int(minLength * dpi), gap = max(1, Int(maxGap * dpi)), thickest = max(2, Int(maxThickness * dpi))
        var horizontalRuns: [(y: Int, start: Int, end: Int)] = []
        for y in 0..<height {
            var start = -1, lastInk = -1
            for x in 0...width {
                let dark = x < width && ink[y * width + x]
                if dark {
                    if start < 0 { start = x }
                    lastInk = x
                } else if start >= 0, x - lastInk > gap || x == width {
                    if lastInk + 1 - start >= minRun { horizontalRuns.append((y, start, lastInk + 1)) }
                    start = -1
                }
            }
        }
        // Down the columns, all at once row by row: each column's open run and its last ink.
        var verticalRuns: [(y: Int, start: Int, end: Int)] = []
        var start = [Int](repeating: -1, count: width), lastInk = [Int](repeating: -1, count: width)
        for y in 0...height {
            for x in 0..<width {
                let dark = y < height && ink[y * width + x]
                if dark {
                    if start[x] < 0 { start[x] = y }
                    lastInk[x] = y
                } else if start[x] >= 0, y - lastInk[x] > gap || y == height {
                    if lastInk[x] + 1 - start[x] >= minRun { verticalRuns.append((x, start[x], lastInk[x] + 1)) }
                    start[x] = -1
                }
            }
        }
        return joined(horizontalRuns, horizontal: true, thickest: thickest, gap: gap)
            .filter { !isUnderline($0, in: ink, width: width, height: height, dpi: dpi) }
            + joined(verticalRuns, horizontal: false, thickest: thickest, gap: gap)
    }

    /// Text stands on more than this share of an underline's length; a border, with a cell's
    /// padding above it, has only the lines across it touching it.
    static let underlineTouch = 0.12

    /// Whether `line` (horizontal) is text's underline rather than a border: strokes of the
    /// characters above come down onto it along a good part of its length (ink unbroken for
    /// more than a point above its top edge), and nothing hangs below it as much.
    static func isUnderline(_ line: Line, in ink: [Bool], width: Int, height: Int, dpi: Double) -> Bool {
        let reach = max(2, Int(dpi / 60))
        let top = Int((line.position - Double(line.thickness) / 2).rounded(.down))
        let bottom = Int((line.position + Double(line.thickness) / 2).rounded(.up))
        guard top - reach >= 0, bottom + reach < height, line.length > 0 else { return false }
        var above = 0, below = 0
        for x in line.start..<min(line.end, width) {
            if (1...reach).allSatisfy({ ink[(top - $0) * width + x] }) { above += 1 }
            if (1...reach).allSatisfy({ ink[(bottom + $0) * width + x] }) { below += 1 }
        }
        let length = Double(line.length)
        return Double(above) > underlineTouch * length && Double(below) * 2 < Double(above)
    }

    /// Runs in neighbouring rows (or columns) that overlap are one line as thick as they are
    /// many; lines thicker than `thickest` are areas of ink and dropped.
    private static func joined(_ runs: [(y: Int, start: Int, end: Int)], horizontal: Bool, thickest: Int, gap: Int) -> [Line] {
        var open: [(first: Int, last: Int, start: Int, end: Int, sum: Int, count: Int)] = []
        var done: [(first: Int, last: Int, start: Int, end: Int, sum: Int, count: Int)] = []
        for run in runs.sorted(by: { ($0.y, $0.start) < ($1.y, $1.start) }) {
            // A line that no run has continued for two rows is finished.
            var k = 0
            while k < open.count {
                if run.y - open[k].last > 2 { done.append(open.remove(at: k)) } else { k += 1 }
            }
            if let k = open.firstIndex(where: { $0.last < run.y && run.start < $0.end + gap && $0.start < run.end + gap }) {
                open[k].last = run.y
                open[k].start = min(open[k].start, run.start)
                open[k].end = max(open[k].end, run.end)
                open[k].sum += run.y
                open[k].count += 1
            } else {
                open.append((run.y, run.y, run.start, run.end, run.y, 1))
            }
        }
        done += open
        let lines = done.compactMap { line -> Line? in
            let thickness = line.last - line.first + 1
            guard thickness <= thickest else { return nil }
            return Line(horizontal: horizontal, position: Double(line.sum) / Double(line.count),
                        start: line.start, end: line.end, thickness: thickness)
        }
        return collinearJoined(lines, gap: gap)
    }

    /// Lines on one row (or column), within a pixel or two of it, that overlap or nearly meet
    /// are one: a faint border, worn through by noise and JPEG and turned a little, is found as
    /// pieces stepping from row to row, each too short to meet the lines across it.
    static func collinearJoined(_ lines: [Line], gap: Int) -> [Line] {
        var rows: [[Line]] = []
        for line in lines.sorted(by: { $0.position < $1.position }) {
            if let first = rows.last?.first, line.position - first.position <= 2 { rows[rows.count - 1].append(line) } else { rows.append([line]) }
        }
        return rows.flatMap { row in
            row.sorted { $0.start < $1.start }.reduce(into: [Line]()) { joined, line in
                guard var into = joined.last, line.start <= into.end + gap else { joined.append(line); return }
                let a = Double(into.length), b = Double(line.length)
                into.position = (into.position * a + line.position * b) / max(1, a + b)
                into.end = max(into.end, line.end)
                into.thickness = max(into.thickness, line.thickness)
                joined[joined.count - 1] = into
            }
        }
    }
}
