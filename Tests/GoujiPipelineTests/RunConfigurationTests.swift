import Testing
@testable import GoujiPipeline

@Suite struct RunConfigurationTests {
    private func parse(_ yaml: String) throws(ConfigurationError) -> RunConfiguration {
        try RunConfiguration.parse(yaml, file: "pipeline.yaml", relativeTo: "/work/project")
    }

    @Test func readsEveryKeyAndResolvesPathsFromTheFilesFolder() throws {
        let config = try parse("""
            version: 1
            inputs: [samples, /data/reports]
            outputs:
              sqlite: out/corpus.sqlite
              csv: out/csv
              wide: out/wide.csv
              bom: true
            rules: [t3.flow]
            jobs: 3
            ocr: false
            """)
        #expect(config.inputs == ["/work/project/samples", "/data/reports"])
        #expect(config.sqlite == "/work/project/out/corpus.sqlite")
        #expect(config.csv == "/work/project/out/csv")
        #expect(config.wide == "/work/project/out/wide.csv")
        #expect(config.csvBOM && config.rules == ["t3.flow"] && config.jobs == 3)
        #expect(!config.ocr)
        #expect(try parse("version: 1").ocr)
    }

    @Test func anUnknownKeyNamesItsLine() {
        #expect(throws: ConfigurationError(file: "pipeline.yaml", line: 3, message: "unknown key 'input' (known: version, inputs, outputs, rules, jobs, memory_limit, ocr)")) {
            try parse("version: 1\n# a comment\ninput: [samples]\n")
        }
    }

    @Test func badValuesNameTheirLine() {
        #expect(throws: ConfigurationError.self) { try parse("jobs: many") }
        do { _ = try parse("outputs:\n  sqlite: a.db\n  csvv: out\n") } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("outputs.csvv"))
        }
        do { _ = try parse("rules: [t3.flow, t9.magic]") } catch {
            #expect(error.line == 1 && error.message.contains("t9.magic"))
        }
    }

    @Test func workersAreCappedAtTheDocumentedMaximum() {
        #expect(RunConfiguration(jobs: 400).workerCount == RunConfiguration.maxJobs)
        #expect(RunConfiguration(jobs: 3).workerCount == 3)
        #expect(RunConfiguration(jobs: 0).workerCount >= 1 && RunConfiguration(jobs: 0).workerCount <= RunConfiguration.maxJobs)
    }

    @Test func theRunsOwnOutputsAreKnownByPath() {
        let config = RunConfiguration(inputs: ["/d"], sqlite: "/d/corpus.sqlite", csv: "/d/csv", wide: "/d/wide.csv")
        for output in ["/d/corpus.sqlite", "/d/corpus.sqlite-wal", "/d/corpus.sqlite-shm", "/d/csv/values.csv",
                       "/d/csv/reports.csv", "/d/csv/findings.csv.1234.partial", "/d/wide.csv", "/d/wide.csv.99.partial"] {
            #expect(config.writes(output), "\(output)")
        }
        for input in ["/d/report.csv", "/d/csv/notes.txt", "/d/corpus.sqlite.txt", "/d/wide.csv.txt"] {
            #expect(!config.writes(input), "\(input)")
        }
    }
}
