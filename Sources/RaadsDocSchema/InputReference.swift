import RaadsDocCore

/// docs/invoer.md: the reference of every input form, generated from the
/// same specs that drive the checks, with each form's starter as example,
/// so the documentation cannot drift from what raadsdoc accepts.
public enum InputReference {
    /// The reference of `forms`: every kind in registry order, then the profile.
    public static func markdown(_ forms: [InputForm]) -> String {
        var names = SpecNames()
        var usage: [ObjectIdentifier: Set<String>] = [:]
        for form in forms {
            for spec in form.spec.nestedGroups {
                _ = names.register(spec)
                usage[ObjectIdentifier(spec), default: []].insert(form.name)
            }
        }
        let shared = names.ordered.filter { (usage[ObjectIdentifier($0)]?.count ?? 0) > 1 }
        let isShared = { (spec: ObjectSpec) in shared.contains { $0 === spec } }
        let link = { (spec: ObjectSpec) in "[\(names.name(for: spec))](#groep-\(names.name(for: spec)))" }

        var output = introduction
        output += "## Soorten\n\n| Soort | Ook | Omschrijving |\n|---|---|---|\n"
        for form in forms {
            let title = form.isProfile ? "[profiel](#profiel-raadsdocyaml) (\(ProfileSpec.fileName))" : "[\(form.name)](#\(form.name))"
            output += "| \(title) | \(form.names.dropFirst().joined(separator: ", ")) | \(form.spec.summary.escapingTablePipes) |\n"
        }
        for form in forms {
            output += "\n" + section(form, names: names, link: link,
                                     local: form.spec.nestedGroups.filter { !isShared($0) })
        }
        if !shared.isEmpty {
            output += "\n## Gedeelde groepen\n\nDeze groepen komen in meer dan één soort voor.\n"
            for spec in shared {
                output += "\n" + groupSection(spec, names: names, link: link, level: "###")
            }
        }
        return output
    }

    private static var introduction: String {
        """
        # Invoer van raadsdoc

        Dit bestand is gegenereerd met `raadsdoc schema --markdown`; bewerk het niet met de hand.
        De velden, hun vorm en de voorbeelden komen uit dezelfde beschrijving waarmee raadsdoc
        de invoer controleert.

        ## Zo leest raadsdoc een invoerbestand

        - Een invoerbestand is YAML in UTF-8; een BOM en Windows-regeleinden mogen. Spring in met
          spaties, niet met tabs.
        - Het begint met `soort:`, die bepaalt welke velden er zijn. `raadsdoc schema --lijst`
          noemt alle soorten.
        - Een tekstveld krijgt precies de tekst die er staat: `no`, `1.0`, `010` en `2021-07-13`
          blijven tekst. Tekst over meer regels schrijf je na `|`, ingesprongen op de regels eronder.
        - Zet een waarde tussen aanhalingstekens als die begint met `*`, `&`, `[`, `{`, `@`, `` ` ``
          of `%`, of als er een dubbele punt met een spatie (`: `) of ` #` in staat.
        - Een datum schrijf je als JJJJ-MM-DD (`2021-07-13`); raadsdoc maakt er "13 juli 2021" van.
        - Een bedrag is een geheel aantal euro's (`2000000`, `2.000.000`, `€ 2.000.000`) of euro's
          met centen na een komma (`1.234,56`). Een punt scheidt alleen groepen van drie cijfers,
          dus `1.5` wordt geweigerd.
        - Een getal met decimalen mag een komma of een punt hebben (`2,75`).
        - Een ja/nee-veld krijgt `ja` of `nee`.
        - Opgemaakte tekst is Markdown (GitHub-variant): alinea's gescheiden door een lege regel,
          `*nadruk*`, `**vet**`, `~~doorhalen~~`, opsommingen met `-` of `1.`, links
          `[tekst](https://…)` en tabellen met een kopregel (`| Post | Bedrag |`, dan `|---|--:|`);
          de kopregel komt op elke pagina terug, `:` in de scheidingsregel lijnt een kolom uit en
          een kolom met alleen bedragen of getallen staat rechts.
        - Een voetnoot is `[^1]` in de zin en een eigen alinea `[^1]: tekst van de voetnoot`;
          de tekstverwerker nummert de voetnoten. Een verwijzing zonder tekst, een voetnoottekst
          zonder verwijzing en een voetnoot die twee keer wordt aangehaald zijn fouten.
        - Een afbeelding staat als alinea op zichzelf: `![omschrijving](kaart.png "bijschrift")`.
          Het pad is relatief aan het invoerbestand (zonder `..`), het bestand een PNG, JPEG of
          SVG van hoogstens \(PictureFile.maximumSize / (1024 * 1024)) MB, met hoogstens \(PictureFile.maximumCount) afbeeldingen per
          tekstveld. De afbeelding wordt passend gemaakt voor de tekstbreedte en het bijschrift
          genummerd als "Figuur 1: bijschrift".
        - Afvinkvakjes (`- [ ]`), horizontale lijnen en afbeeldingen midden in een zin zijn fouten.
          HTML, `code`, codeblokken en citaten (`>`) komen er als gewone tekst te staan en een kop
          als vette alinea, met een waarschuwing; gebruik `secties` voor koppen.
        - Een veld dat niet verplicht is en leeg blijft, telt als afwezig.
        - Grenzen: een bestand is hoogstens \(YAMLLoader.maximumFileSize / (1024 * 1024)) MB, een waarde hoogstens \
        \(DutchNumber.grouped(YAMLLoader.maximumScalarLength)) bytes, de gegevens zijn hoogstens \(YAMLLoader.maximumDepth) niveaus \
        diep. YAML-ankers en -aliassen (`&naam`, `*naam`) worden niet gelezen.

        ## Hulp in de editor

        Voor elke soort is er een JSON Schema in `docs/schema/<soort>.schema.json`, ook te krijgen
        met `raadsdoc schema <soort>`. Een editor met yaml-language-server (zoals Visual Studio Code
        met de extensie YAML van Red Hat) geeft daarmee aanvulling, uitleg bij elk veld en controle
        tijdens het typen. Zet bovenaan het invoerbestand een regel met het pad naar het schema,
        relatief aan het invoerbestand (of als volledige URL):

        ```yaml
        # yaml-language-server: $schema=../../docs/schema/raadsmededeling.schema.json
        soort: raadsmededeling
        ```

        Voor raadsdoc.yaml is dat `docs/schema/profiel.schema.json`. Het schema is een hulp; het
        oordeel blijft aan `raadsdoc check`, dat ook de regels van de soort controleert. Een editor
        leest `1.500` als het getal 1,5: schrijf duizendtallen in een bedrag daarom als `1500` of
        `"1.500"`.

        ## Een nieuw document beginnen

        `raadsdoc nieuw <soort> > document.yaml` geeft een ingevuld voorbeeld met uitleg, dat zonder
        meldingen door de controle komt; `raadsdoc nieuw profiel > raadsdoc.yaml` doet dat voor het
        profiel. De voorbeelden hieronder zijn dezelfde.


        """
    }

    private static func section(_ form: InputForm, names: SpecNames, link: (ObjectSpec) -> String,
                                local: [ObjectSpec]) -> String {
        var output: String
        if form.isProfile {
            output = "## Profiel (\(ProfileSpec.fileName))\n\n\(form.spec.summary)\n\n"
            output += "raadsdoc zoekt `\(ProfileSpec.fileName)` in de map van een document of in de dichtstbijzijnde map daarboven; "
            output += "`--profiel <bestand>` wijst een ander profiel aan. Documenten nemen de gegevens over en kunnen "
            output += "enkele velden zelf invullen, zoals `gemeente`.\n\n"
        } else {
            output = "## \(form.name)\n\n\(form.spec.summary)\n\n"
            output += form.names.map { "`soort: \($0)`" }.joined(separator: " of ") + "\n\n"
        }
        output += "Schema: `docs/schema/\(form.schemaFileName)` · voorbeeld: `raadsdoc nieuw \(form.name)`\n\n"
        output += fieldTable(form.spec, link: link)
        for spec in local {
            output += "\n" + groupSection(spec, names: names, link: link, level: "###")
        }
        if !form.rules.isEmpty {
            output += "\n### Regels\n\nBehalve de regels voor alle invoer (zie [regels.md](regels.md)):\n\n"
            for rule in form.rules {
                output += "- `\(rule.code)` (\(rule.severity.rawValue)): \(rule.title)\n"
            }
        }
        if !form.generated.isEmpty {
            output += "\n### Tekst die raadsdoc zelf schrijft\n\n"
            output += "Alles in het document dat niet uit de invoer komt, en wanneer het er staat (… is een waarde uit de invoer):\n\n"
            for text in form.generated {
                output += "- “\(text.text)”: \(text.when)\n"
            }
        }
        output += "\n### Voorbeeld\n\n```yaml\n\(form.starter)```\n"
        return output
    }

    private static func groupSection(_ spec: ObjectSpec, names: SpecNames, link: (ObjectSpec) -> String,
                                     level: String) -> String {
        "\(level) Groep \(names.name(for: spec))\n\n\(spec.summary)\n\n" + fieldTable(spec, link: link)
    }

    private static func fieldTable(_ spec: ObjectSpec, link: (ObjectSpec) -> String) -> String {
        var output = "| Veld | Vorm | Verplicht | Omschrijving |\n|---|---|---|---|\n"
        for field in spec.fields {
            let form = field.type.dutchName(group: link).escapingTablePipes
            output += "| `\(field.name)` | \(form) | \(field.isRequired ? "ja" : "") | \(field.summary.escapingTablePipes) |\n"
        }
        return output
    }
}
