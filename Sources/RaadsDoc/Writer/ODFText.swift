import XMLSupport

extension XMLWriter {
    /// Writes text with ODF's white-space rules: runs of spaces become
    /// `<text:s text:c="n"/>`, tabs `<text:tab/>` and newlines
    /// `<text:line-break/>`, so that what the author wrote is what shows.
    /// Used for the generated body and for the values of template fields.
    func odfText(_ text: String) {
        var run = ""
        var spaces = 0
        var atStart = true
        func flushSpaces() {
            guard spaces > 0 else { return }
            if atStart || spaces > 1 {
                let literal = atStart ? 0 : 1
                if literal == 1 { run += " " }
                if !run.isEmpty { self.text(run); run = "" }
                startElement("text:s")
                if spaces - literal > 1 { attribute("text:c", String(spaces - literal)) }
                endElement()
            } else {
                run += " "
            }
            spaces = 0
        }
        for character in text {
            switch character {
            case " ":
                spaces += 1
            case "\t", "\n", "\r\n", "\r":
                flushSpaces()
                if !run.isEmpty { self.text(run); run = "" }
                emptyElement(character == "\t" ? "text:tab" : "text:line-break")
                atStart = false
            default:
                flushSpaces()
                run.append(character)
                atStart = false
            }
        }
        if spaces > 0 {
            atStart = atStart && run.isEmpty
            flushSpaces()
        }
        if !run.isEmpty { self.text(run) }
    }
}
