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
import json, sys

from office import load, office


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
    with office(profile) as (_, desktop):
        doc = load(desktop, document)
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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
