/// What the reader needs of a run of characters: whether it is printed.
struct CharacterProperties: Equatable {
    /// Deleted with revision marks on (sprmCFRMarkDel): not in the accepted text.
    var deleted = false
    /// Hidden text (sprmCFVanish).
    var hidden = false

    var isPrinted: Bool { !deleted && !hidden }

    mutating func apply(_ grpprl: ArraySlice<UInt8>) {
        for sprm in Sprm.all(in: grpprl) {
            switch sprm.code {
            case Sprm.characterDeleted: deleted = sprm.byte != 0
            case Sprm.characterHidden: hidden = sprm.isOn
            default: break
            }
        }
    }
}
