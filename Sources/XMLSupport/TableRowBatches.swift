internal import CLibXML2

/// libxml2 2.9's RelaxNG validator takes time that grows with the cube of
/// a table's row count against the ODF schema (1,000 rows: 3 s, 2,000: 24 s,
/// 4,000: 144 s; jing needs well under a second): ODF lets each row either
/// continue a run of rows or start a new one, and libxml2 follows every
/// such reading at once. Rows placed directly in a table are
/// interchangeable in that content model, so a table is valid exactly when
/// it is valid with its first rows and every other row is valid in a table
/// of its own. `validate` moves the rows past the first `batchSize` out of
/// each table, validates what is left, and then validates the moved rows
/// in batches inside a small stand-in document, so the time stays linear.
enum TableRowBatches {
    static let batchSize = 64
    private static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    private static let tableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    private static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    /// Calls `validate` on `document` once with the long tables cut short,
    /// and once per batch of the rows taken out. The document holds all its
    /// nodes again afterwards (the moved rows at the end of their table),
    /// so freeing it frees them.
    static func validate(_ document: xmlDocPtr, _ validate: (xmlDocPtr) -> Void) {
        guard let root = xmlDocGetRootElement(document) else { return validate(document) }
        var moved: [(table: xmlNodePtr, rows: [xmlNodePtr])] = []
        for table in tables(under: root) {
            let rows = movableRows(of: table)
            if !rows.isEmpty {
                for row in rows { xmlUnlinkNode(row) }
                moved.append((table, rows))
            }
        }
        validate(document)
        guard !moved.isEmpty else { return }
        defer {
            for (table, rows) in moved {
                for row in rows where row.pointee.parent == nil { xmlAddChild(table, row) }
            }
        }
        guard let standIn = standInDocument(like: root, in: document) else { return }
        let original = xmlDocSetRootElement(document, standIn.root)
        defer {
            _ = xmlDocSetRootElement(document, original)
            xmlFreeNode(standIn.root)
        }
        for (_, rows) in moved {
            var start = 0
            while start < rows.count {
                var end = min(start + batchSize, rows.count)
                while end < rows.count && !isRow(rows[end - 1]) { end += 1 }
                for row in rows[start..<end] { xmlAddChild(standIn.table, row) }
                validate(document)
                for row in rows[start..<end] { xmlUnlinkNode(row) }
                start = end
            }
        }
    }

    /// Every table:table element, found without recursion.
    private static func tables(under root: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if isElement(node, tableNamespace, "table") { found.append(node) }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append(current) }
                child = current.pointee.next
            }
        }
        return found
    }

    /// The rows (and soft page breaks among them) of the table's first run
    /// of rows past the first `batchSize`; the part left behind ends with a row.
    private static func movableRows(of table: xmlNodePtr) -> [xmlNodePtr] {
        var run: [xmlNodePtr] = []
        var child = table.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            if isRow(current) || isElement(current, textNamespace, "soft-page-break") {
                run.append(current)
            } else if !run.isEmpty {
                break
            }
        }
        var keep = batchSize
        while keep < run.count && !isRow(run[keep - 1]) { keep += 1 }
        return keep < run.count ? Array(run[keep...]) : []
    }

    /// `<root><office:body><office:text><table:table><table:table-column/>`,
    /// the root a shallow copy of the document's, with its namespaces.
    private static func standInDocument(like root: xmlNodePtr, in document: xmlDocPtr) -> (root: xmlNodePtr, table: xmlNodePtr)? {
        guard let copy = xmlDocCopyNode(root, document, 2) else { return nil }
        guard let office = xmlSearchNsByHref(document, copy, officeNamespace) ?? xmlNewNs(copy, officeNamespace, "office"),
              let tableSpace = xmlSearchNsByHref(document, copy, tableNamespace) ?? xmlNewNs(copy, tableNamespace, "table"),
              let body = xmlNewChild(copy, office, "body", nil),
              let text = xmlNewChild(body, office, "text", nil),
              let table = xmlNewChild(text, tableSpace, "table", nil),
              xmlNewChild(table, tableSpace, "table-column", nil) != nil else {
            xmlFreeNode(copy)
            return nil
        }
        return (copy, table)
    }

    private static func isRow(_ node: xmlNodePtr) -> Bool {
        isElement(node, tableNamespace, "table-row")
    }

    private static func isElement(_ node: xmlNodePtr, _ namespace: String, _ name: String) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, let href = node.pointee.ns?.pointee.href,
              let local = node.pointee.name else { return false }
        return String(cString: local) == name && String(cString: href) == namespace
    }
}
