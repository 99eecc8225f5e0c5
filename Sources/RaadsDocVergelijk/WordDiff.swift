import RaadsDocCore

/// Changes inside a paragraph, word by word: both runs of inlines are cut
/// into words, spaces and other inlines, each with the markup around it;
/// the longest common subsequence stays, the rest becomes deleted and
/// inserted runs.
enum WordDiff {
    enum Wrapper: Equatable {
        case emphasis, strong, strikethrough
        case link(String)
    }

    enum Token: Equatable {
        case word(String)
        case inline(Inline)
    }

    struct Atom: Equatable {
        var wrappers: [Wrapper]
        var token: Token
    }

    /// The inlines of `new` with the words of `old` it lacks as deletions
    /// and its own new words as insertions.
    static func diff(_ old: [Inline], _ new: [Inline], deletion: TrackedChange, insertion: TrackedChange) -> [Inline] {
        if old == new { return new }
        let a = atoms(old), b = atoms(new)
        let steps = Alignment.align(a, b) { $0 == $1 ? 1 : 0 }
        var result: [Inline] = []
        var kept: [Atom] = [], deleted: [Atom] = [], inserted: [Atom] = []
        func flushChanges() {
            if !deleted.isEmpty { result.append(.change(deletion, inlines(deleted))) }
            if !inserted.isEmpty { result.append(.change(insertion, inlines(inserted))) }
            deleted = []
            inserted = []
        }
        func flushKept() {
            result += inlines(kept)
            kept = []
        }
        for step in steps {
            switch step {
            case .both(_, let j):
                flushChanges()
                kept.append(b[j])
            case .old(let i):
                flushKept()
                deleted.append(a[i])
            case .new(let j):
                flushKept()
                inserted.append(b[j])
            }
        }
        flushKept()
        flushChanges()
        return result
    }

    /// The changed words in a sentence: "“de” wordt “alle”; “ook” vervalt".
    static func summary(_ merged: [Inline]) -> String {
        var parts: [String] = []
        var deleted: String?
        func flush() {
            if let deleted { parts.append("“\(deleted)” vervalt") }
            deleted = nil
        }
        for inline in merged {
            guard case .change(let change, let children) = inline else { continue }
            let words = children.plainText.trimmingCharacters(in: [" "])
            if change.kind == .deletion {
                flush()
                deleted = words
            } else if let removed = deleted {
                parts.append("“\(removed)” wordt “\(words)”")
                deleted = nil
            } else {
                parts.append("“\(words)” ingevoegd")
            }
        }
        flush()
        return parts.joined(separator: "; ")
    }

    static func atoms(_ inlines: [Inline], wrappers: [Wrapper] = []) -> [Atom] {
        var result: [Atom] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                result += words(text).map { Atom(wrappers: wrappers, token: .word($0)) }
            case .emphasis(let children): result += atoms(children, wrappers: wrappers + [.emphasis])
            case .strong(let children): result += atoms(children, wrappers: wrappers + [.strong])
            case .strikethrough(let children): result += atoms(children, wrappers: wrappers + [.strikethrough])
            case .link(let url, let children): result += atoms(children, wrappers: wrappers + [.link(url)])
            case .change(_, let children): result += atoms(children, wrappers: wrappers)
            case .lineBreak, .tab, .note, .reference:
                result.append(Atom(wrappers: wrappers, token: .inline(inline)))
            }
        }
        return result
    }

    /// Words, the runs of spaces between them and each punctuation mark,
    /// each a token: "Jansen;" → "Jansen, en" changes the mark alone.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var currentClass = 0
        for character in text {
            let characterClass = character.isLetter || character.isNumber || character == "-" ? 1 : character.isWhitespace ? 2 : 3
            if !current.isEmpty && (characterClass != currentClass || characterClass == 3) {
                result.append(current)
                current = ""
            }
            currentClass = characterClass
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Atoms back into inlines, consecutive atoms with the same markup in one run.
    static func inlines(_ atoms: [Atom], depth: Int = 0) -> [Inline] {
        var result: [Inline] = []
        var index = 0
        while index < atoms.count {
            let atom = atoms[index]
            if atom.wrappers.count > depth {
                let wrapper = atom.wrappers[depth]
                var end = index
                while end < atoms.count, atoms[end].wrappers.count > depth, atoms[end].wrappers[depth] == wrapper { end += 1 }
                let inner = inlines(Array(atoms[index..<end]), depth: depth + 1)
                switch wrapper {
                case .emphasis: result.append(.emphasis(inner))
                case .strong: result.append(.strong(inner))
                case .strikethrough: result.append(.strikethrough(inner))
                case .link(let url): result.append(.link(url: url, inner))
                }
                index = end
                continue
            }
            switch atom.token {
            case .word(let word):
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + word)
                } else {
                    result.append(.text(word))
                }
            case .inline(let inline):
                result.append(inline)
            }
            index += 1
        }
        return result
    }
}
