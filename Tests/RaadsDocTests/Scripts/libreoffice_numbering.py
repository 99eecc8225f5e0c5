#!/usr/bin/python3
"""What LibreOffice makes of a document's numbering and cross-references.

Usage: libreoffice_numbering.py DOCUMENT.odt PROFILE-DIR

Starts its own soffice (profile in PROFILE-DIR, a socket on a free port of
127.0.0.1), opens the document hidden and prints one JSON object:
  labels     - every heading's number as LibreOffice computes it
               (ListLabelString) with its text, in document order;
  bookmarks  - the names of the bookmarks;
  references - the text of every reference field as stored, then after
               LibreOffice has updated all fields;
  inserted   - the labels and references again, after a paragraph break
               at the start of the second article heading made a new
               article "Nieuw artikel" before it.
Run it with Debian's /usr/bin/python3, which has the uno module.
"""
import json, os, socket, subprocess, sys, time

import uno
from com.sun.star.beans import PropertyValue


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def property_value(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def paragraphs(doc):
    found = doc.getText().createEnumeration()
    while found.hasMoreElements():
        paragraph = found.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph"):
            yield paragraph


def labels(doc):
    return [[p.ListLabelString, p.getString()] for p in paragraphs(doc) if p.OutlineLevel > 0]


def references(doc):
    fields = doc.getTextFields().createEnumeration()
    found = []
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.TextField.GetReference"):
            found.append([field.SourceName, field.getPresentation(False)])
    return found


def main(document, profile):
    port = free_port()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
                               f"--accept=socket,host=127.0.0.1,port={port};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    desktop = None
    try:
        context = connect(port)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(document)), "_blank", 0,
                                           (property_value("Hidden", True),))
        result = {"labels": labels(doc), "bookmarks": list(doc.getBookmarks().getElementNames())}
        stored = references(doc)
        doc.getTextFields().refresh()
        result["references"] = {"stored": stored, "updated": references(doc)}
        articles = [p for p in paragraphs(doc) if p.OutlineLevel > 0 and p.ListLabelString.startswith("Art")]
        cursor = doc.getText().createTextCursorByRange(articles[1].getStart())
        doc.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        cursor.gotoPreviousParagraph(False)
        cursor.setString("Nieuw artikel")
        doc.getTextFields().refresh()
        result["inserted"] = {"labels": labels(doc), "references": references(doc)}
        doc.close(True)
        print(json.dumps(result, ensure_ascii=False))
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass  # the office went away with the connection
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # soffice starts soffice.bin in its session: end whatever is left of it.
        try:
            os.killpg(office.pid, 9)
        except ProcessLookupError:
            pass
        office.wait()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
