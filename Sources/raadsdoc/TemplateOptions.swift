import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

/// The `--sjabloon` option of the commands that render (render, batch).
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("sjabloon"),
            help: "Huisstijlsjabloon (.ott of .odt) dat deze keer geldt in plaats van de sjablonen uit het profiel.")
    var template: String?
}
