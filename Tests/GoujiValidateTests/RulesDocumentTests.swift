import GoujiTestSupport
import Testing
@testable import GoujiValidate

/// docs/canonical-model.md lists the rules the validator checks, errors and warnings apart.
@Suite struct RulesDocumentTests {
    @Test func thePageListsTheRulesTheValidatorChecks() {
        let listed = ModelDocument().rows(inSection: "Balance rules").map { $0[0] }
        #expect(Array(listed.prefix(Validator.hardRules.count)) == Validator.hardRules)
        #expect(listed.dropFirst(Validator.hardRules.count).contains(TextAgainstTables.rule))
        #expect(listed.dropFirst(Validator.hardRules.count).contains(Validator.missingRule))
    }
}
