#!/usr/bin/env python3
"""Turns a raadsinformatiebrief rendered by raadsdoc into a relatorio template.

Usage: make_relatorio_template.py RENDERED.odt TEMPLATE.odt

The template keeps raadsdoc's styles.xml, settings.xml and automatic styles,
so that both tools produce comparable documents. Only the variable text
becomes relatorio directives (text:placeholder elements whose text is
"<expression>" or "<directive ...>"):

  * the title paragraph                  <titel>
  * the header table's value cells       <datum>, <kenmerk>, <onderwerp>, ...
  * the body between the header table and the signature, as one loop over
    blocks:  <for each="b in blokken"> <choose test="b.soort">
             <when test="'kop1'"> ... </when> ... </choose> </for>
    with one branch per kind of paragraph found in the rendered letter
    (numbered heading, sub-heading, body paragraph, list item, a paragraph of
    links with line breaks between them)
  * the "namens" line and the signature table's cells
                                         <ondertekenaars[0].naam>, ...
  * meta.xml's dc:title and dc:subject   (relatorio://expression), and the
    kenmerk as a meta:user-defined field

scripts/peers/relatorio_render.py supplies exactly these names.
"""

import sys
import zipfile

import lxml.etree as ET

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xlink": "http://www.w3.org/1999/xlink",
}
XLINK_HREF = "{%s}href" % NS["xlink"]

# Header rows by their label cell, and the name the worker supplies.
# Rows not listed (such as "Aan") are the same in every letter of this
# kind and stay literal text.
HEADER_FIELDS = {
    "Datum": "datum",
    "Kenmerk": "kenmerk",
    "Onderwerp": "onderwerp",
    "Portefeuillehouder": "portefeuillehouder",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def style(node):
    return node.get(q("text", "style-name"), "")


def placeholder(expression, tail=None):
    """A relatorio statement: <text:placeholder>&lt;expression&gt;</...>."""
    node = ET.Element(q("text", "placeholder"))
    node.set(q("text", "placeholder-type"), "text")
    node.text = "<%s>" % expression
    node.tail = tail
    return node


def directive_paragraph(expression):
    """A paragraph holding only a directive; relatorio removes it."""
    paragraph = ET.Element(q("text", "p"))
    paragraph.append(placeholder(expression))
    return paragraph


def emptied(node):
    """A copy of node with its attributes but without content."""
    clone = ET.Element(node.tag, attrib=dict(node.attrib))
    return clone


def fill(node, *children):
    """Replaces the content of node with placeholders."""
    for child in list(node):
        node.remove(child)
    node.text = None
    for child in children:
        node.append(child)
    return node


def body_branches(body):
    """One template paragraph per kind of block, modelled on the first
    rendered paragraph of that kind."""
    branches = {}
    for node in body:
        if node.tag == q("text", "h"):
            level = node.get(q("text", "outline-level"), "1")
            kind = "kop1" if level == "1" else "kop2"
            if kind not in branches:
                branches[kind] = fill(emptied(node), placeholder("b.tekst"))
        elif node.tag == q("text", "p"):
            children = [child.tag for child in node]
            if q("text", "a") in children:
                if "links" in branches:
                    continue
                sample_link = node.find("text:a", NS)
                link = emptied(sample_link)
                link.set(XLINK_HREF, "#")
                attrs = "{'%s': url}" % XLINK_HREF
                link.append(placeholder('attrs text:a="%s"' % attrs))
                link.append(placeholder("url"))
                paragraph = emptied(node)
                paragraph.append(placeholder('for each="i, url in enumerate(b.urls)"'))
                paragraph.append(placeholder('if test="i"'))
                paragraph.append(ET.Element(q("text", "line-break")))
                paragraph.append(placeholder("/if"))
                paragraph.append(link)
                paragraph.append(placeholder("/for"))
                branches["links"] = paragraph
            elif q("text", "tab") in children:
                if "lijst" not in branches:
                    tab = ET.Element(q("text", "tab"))
                    branches["lijst"] = fill(
                        emptied(node), placeholder("b.nummer"), tab, placeholder("b.tekst"))
            elif not children and "alinea" not in branches:
                branches["alinea"] = fill(emptied(node), placeholder("b.tekst"))
    return branches


def make_content(source):
    tree = ET.fromstring(source)
    text = tree.find("office:body/office:text", NS)
    children = list(text)

    title = next(node for node in children if node.tag == q("text", "p"))
    fill(title, placeholder("titel"))

    tables = [node for node in children if node.tag == q("table", "table")]
    header, signatures = tables[0], tables[-1]
    for row in header.iterfind("table:table-row", NS):
        label_cell, value_cell = row.findall("table:table-cell", NS)[:2]
        label = "".join(label_cell.itertext()).strip()
        if label in HEADER_FIELDS:
            fill(value_cell.find("text:p", NS), placeholder(HEADER_FIELDS[label]))

    start = children.index(header) + 1
    namens = next(node for node in children[start:] if style(node) == "Ondertekening")
    end = children.index(namens)
    body = children[start:end]
    branches = body_branches(body)
    loop = [directive_paragraph('for each="b in blokken"'),
            directive_paragraph('choose test="b.soort"')]
    for kind in ("kop1", "kop2", "alinea", "lijst", "links"):
        if kind in branches:
            loop += [directive_paragraph("when test=\"'%s'\"" % kind),
                     branches[kind],
                     directive_paragraph("/when")]
    loop += [directive_paragraph("/choose"), directive_paragraph("/for")]
    for node in body:
        text.remove(node)
    for offset, node in enumerate(loop):
        text.insert(start + offset, node)

    fill(namens, placeholder("namens"))
    fields = ["naam", "functie"]
    for row_index, row in enumerate(signatures.iterfind("table:table-row", NS)):
        field = fields[min(row_index, len(fields) - 1)]
        for column, cell in enumerate(row.findall("table:table-cell", NS)):
            fill(cell.find("text:p", NS),
                 placeholder("ondertekenaars[%d].%s" % (column, field)))

    return ET.tostring(tree, xml_declaration=True, encoding="UTF-8")


def make_meta(source):
    tree = ET.fromstring(source)
    meta = tree.find("office:meta", NS)
    for name, expression in (("title", "dc_titel"), ("subject", "onderwerp")):
        node = meta.find("dc:" + name, NS)
        if node is not None:
            node.text = "relatorio://" + expression
    # relatorio writes its own generator and dates when it renders.
    for name in ("meta:generator", "meta:creation-date", "dc:date"):
        for node in meta.findall(name, NS):
            meta.remove(node)
    # relatorio only fills dc:* and meta:user-defined, so the kenmerk (a
    # meta:keyword in raadsdoc's output) becomes a user-defined field.
    for keyword in meta.findall("meta:keyword", NS)[1:]:
        meta.remove(keyword)
    field = ET.SubElement(meta, q("meta", "user-defined"))
    field.set(q("meta", "name"), "kenmerk")
    field.text = "relatorio://kenmerk"
    return ET.tostring(tree, xml_declaration=True, encoding="UTF-8")


def main(argv):
    if len(argv) != 3:
        sys.exit("gebruik: make_relatorio_template.py GEMAAKT.odt SJABLOON.odt")
    rendered, target = argv[1], argv[2]
    with zipfile.ZipFile(rendered) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "content.xml":
                data = make_content(data)
            elif info.filename == "meta.xml":
                data = make_meta(data)
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = info.compress_type
            out.writestr(entry, data)


if __name__ == "__main__":
    main(sys.argv)
