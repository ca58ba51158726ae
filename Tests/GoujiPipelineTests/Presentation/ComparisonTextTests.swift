import Testing
import GoujiLoad
@testable import GoujiPipeline

@Suite struct ComparisonTextTests {
    @Test func reportsSideBySideAlignedWithMarks() throws {
        let comparison = try CorpusFixtures.corpus().compare(ComparisonQuery(year: 2024))
        #expect(ComparisonText.render(comparison, layout: .reportsAsColumns) == """
            source              tiantan-2024.txt  hongze-2024.txt
            body                天坛街道办事处    洪泽区人民政府
            region              北京市东城区      江苏省淮安市洪泽区
            year                2024              2024
            status              ok                unbalanced
            ────────────────────────────────────────────────────────
            new.commercial                     ·                   ·
            new.total                         12                  43
            carried_over.total                2?                  2?

            """)
    }

    @Test func oneRowPerReport() throws {
        let comparison = try CorpusFixtures.corpus().compare(ComparisonQuery(body: "天坛", rows: ["new"], columns: ["total"]))
        #expect(ComparisonText.render(comparison, layout: .reportsAsRows) == """
            source            body            region        year  status  new.total
            ───────────────────────────────────────────────────────────────────────
            tiantan-2024.txt  天坛街道办事处  北京市东城区  2024  ok             12

            """)
    }
}
