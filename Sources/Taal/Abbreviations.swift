/// Dutch abbreviations that end in a full stop, for the sentence splitter.
/// Keys are lowercase and without the final stop.
enum Abbreviations {
    /// Abbreviations that stand before what they qualify (titles,
    /// prepositions, "nr."), so a stop after them never ends a sentence.
    static let neverFinal: Set<String> = [
        "afd", "art", "blz", "bv", "bijv", "ca", "dhr", "dr", "drs", "evt", "excl", "fig", "hfst", "incl",
        "ing", "ir", "jo", "mevr", "mr", "mw", "nr", "nrs", "pag", "p", "pp", "prof", "resp", "sr", "st",
        "tel", "vgl", "vnl", "vz", "zgn", "zie",
        "c.q", "d.d", "d.w.z", "i.o.m", "i.p.v", "i.s.m", "i.v.m", "m.a.w", "m.b.t", "m.b.v", "m.i.v", "m.u.v",
        "n.a.v", "o.a", "o.b.v", "o.l.v", "t.a.v", "t.b.v", "t.g.v", "t.w", "t.o.v", "v.w.b", "w.o",
    ]

    /// Abbreviations that often close a sentence ("enz.", "jl."): their
    /// stop ends one when the next word starts with a capital.
    static let mayBeFinal: Set<String> = [
        "a.s", "e.a", "e.d", "e.v", "enz", "etc", "jl", "jr", "z.s.m", "mln", "mld", "mrd",
    ]

    static func isKnown(_ key: String) -> Bool {
        neverFinal.contains(key) || mayBeFinal.contains(key)
    }
}
