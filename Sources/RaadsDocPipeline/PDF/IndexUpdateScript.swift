/// The Python (python3-uno) program `PDFConverter` runs LibreOffice with
/// when Debian's python3-uno is installed: it loads each document, updates
/// its tables of contents and fields (page numbers), and exports a tagged
/// PDF with bookmarks, which `soffice --convert-to` alone cannot.
enum IndexUpdateScript {
    /// The Python with LibreOffice's uno module, as Debian installs it.
    static let python = "/usr/bin/python3"
    static let unoModule = "/usr/lib/python3/dist-packages/uno.py"

    static let source = #"""
"""Converts ODT files to PDF with LibreOffice, bringing tables of contents
and fields up to date first, which a plain --convert-to does not.

Usage: python3 convert.py SOFFICE PROFILE-DIR VERSION IN.odt OUT.pdf [IN.odt OUT.pdf ...]
VERSION is 0 for a plain PDF, 2 for PDF/A-2b. Every PDF is tagged and has
bookmarks from the headings. A document that fails is left without PDF.
"""
import os, subprocess, sys, time

import uno
from com.sun.star.beans import PropertyValue


def value(name, content):
    p = PropertyValue()
    p.Name, p.Value = name, content
    return p


def number_parts(doc):
    """Fills in the own position of each part of a bundle: the page styles
    whose footer shows "Bijlage 2, pagina N van M" (PartPages.swift). N is a
    page-number field offset to the part's first page, M a user field; both
    come from the layout, which only LibreOffice has."""
    styles = doc.getStyleFamilies().getByName("PageStyles")
    cursor = doc.getCurrentController().getViewCursor()
    starts = []
    elements = doc.getText().createEnumeration()
    while elements.hasMoreElements():
        element = elements.nextElement()
        try:
            name = element.PageDescName
        except Exception:
            continue
        if not name:
            continue
        if element.supportsService("com.sun.star.text.TextTable"):
            start = element.getCellByName("A1").getText().getStart()
        else:
            start = element.getStart()
        cursor.gotoRange(start, False)
        starts.append((name, cursor.getPage()))
    pages = doc.getCurrentController().PageCount
    for index, (name, first) in enumerate(starts):
        if not styles.hasByName(name) or not styles.getByName(name).FooterIsOn:
            continue
        last = starts[index + 1][1] - 1 if index + 1 < len(starts) else pages
        paragraphs = styles.getByName(name).FooterText.createEnumeration()
        while paragraphs.hasMoreElements():
            fields = []
            portions = paragraphs.nextElement().createEnumeration()
            while portions.hasMoreElements():
                portion = portions.nextElement()
                if portion.TextPortionType == "TextField":
                    fields.append(portion.TextField)
            counts = [f for f in fields if f.supportsService("com.sun.star.text.TextField.User")]
            if not counts:
                continue
            for field in counts:
                field.TextFieldMaster.Value = float(last - first + 1)
            for field in fields:
                if field.supportsService("com.sun.star.text.TextField.PageNumber"):
                    field.Offset = 1 - first


def main(soffice, profile, version, pairs):
    pipe = "raadsdoc" + str(os.getpid())
    office = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
                               "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if office.poll() is not None:
                return 1
            time.sleep(0.1)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", (
        value("SelectPdfVersion", version), value("UseTaggedPDF", True), value("ExportBookmarks", True)))
    for source, target in pairs:
        try:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                               (value("Hidden", True),))
        except Exception:
            continue
        try:
            indexes = doc.getDocumentIndexes()
            # Twice: filling the entries in can move headings to other pages.
            for _ in range(2):
                for i in range(indexes.getCount()):
                    indexes.getByIndex(i).update()
                doc.getTextFields().refresh()
            try:
                number_parts(doc)
                doc.getTextFields().refresh()
            except Exception:
                pass  # the parts' own positions stay hidden, the rest is right
            uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(target)),
                                           (value("FilterName", "writer_pdf_Export"), value("FilterData", filter_data))))
        except Exception:
            pass
        finally:
            doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait()
    return 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    pairs = list(zip(arguments[3::2], arguments[4::2]))
    sys.exit(main(arguments[0], arguments[1], int(arguments[2]), pairs))
"""#
}
