import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import RaadsDocTaal

/// How `raadsdoc batch` runs.
public struct BatchOptions: Sendable {
    public var outputDirectory: String
    public var jobs: Int
    public var pdf: PDFConverter.Format?
    public var bundle: Bool
    public var onlyChanged: Bool
    public var strict: Bool
    public var profileOverride: String?
    /// Profile settings chosen on the command line, such as `nummering`.
    public var runSettings: [String: String]
    public var templateOverride: String?
    /// `--statistieken`: the run's stage clock also measures the floor,
    /// which costs a second deflate and a second write of every output.
    public var measuresFloor: Bool
    /// How long a batch waits for another batch that holds the lock on the
    /// same output folder before it gives up with a message, in seconds.
    public var lockTimeout: Double
    /// `--taal`: the language check, whose warnings join the others and
    /// whose figures go into index.json. Off by default: it costs more
    /// than the rest of the pipeline (see docs/taal.md).
    public var languageReviewer: LanguageReviewer?
    /// `--shard i/n`: only the inputs of this part, by a stable hash.
    public var shard: Shard?

    public init(outputDirectory: String = "out", jobs: Int = WorkerPool.processorCount, pdf: PDFConverter.Format? = nil,
                bundle: Bool = false, onlyChanged: Bool = false, strict: Bool = false, profileOverride: String? = nil,
                runSettings: [String: String] = [:], templateOverride: String? = nil,
                measuresFloor: Bool = false, lockTimeout: Double = 5, languageReviewer: LanguageReviewer? = nil,
                shard: Shard? = nil) {
        self.outputDirectory = outputDirectory
        self.jobs = jobs
        self.pdf = pdf
        self.bundle = bundle
        self.onlyChanged = onlyChanged
        self.strict = strict
        self.profileOverride = profileOverride
        self.runSettings = runSettings
        self.templateOverride = templateOverride
        self.measuresFloor = measuresFloor
        self.lockTimeout = lockTimeout
        self.languageReviewer = languageReviewer
        self.shard = shard
    }
}
