import GoujiModel

/// Text from a file (its name, its title, what was read in it) made safe to print on a terminal: a control
/// character could otherwise move the cursor, rewrite what is shown, retitle the window or reorder the line,
/// so each one is shown escaped instead, as `\n`, `\t`, `\r` or `\u{1B}`. A path's bytes that are not UTF-8
/// are shown as `\xB9` (`PathBytes`).
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        let text = PathBytes.shown(text)
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where needsEscape(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls and DEL (ESC and CSI start terminal commands), and the bidirectional overrides and
    /// isolates, which make a line read in another order than it is written.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
