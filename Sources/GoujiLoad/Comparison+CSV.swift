extension Comparison {
    /// Writes the grid to `file` as CSV, each number as plain decimal text and an empty field where a report
    /// prints none (its doubts are in values.csv), after a UTF-8 byte order mark if `bom`.
    public func writeCSV(to file: String, layout: Layout, bom: Bool = false) throws {
        let grid = grid(layout) { $0?.value ?? "" }
        let csv = try CSVFile(path: file, header: grid[0], bom: bom)
        for record in grid.dropFirst() {
            try csv.write(record)
        }
        try csv.finish()
    }
}
