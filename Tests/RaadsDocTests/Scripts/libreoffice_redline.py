#!/usr/bin/python3
"""What LibreOffice makes of redlines: the text of documents after Accept All
and after Reject All.

Usage: libreoffice_redline.py PROFILE-DIR DOCUMENT.odt...

Starts one soffice (profile in PROFILE-DIR, a socket on a free port of
127.0.0.1), opens each document hidden and prints one JSON object, by
document path:
  text     - the body as stored: one line per paragraph, its list or outline
             label (ListLabelString), a "|" and its text; the paragraphs of
             table cells follow in reading order, row by row. Empty
             paragraphs without a label (the room to sign, filler cells) are
             left out: a redline lays the signatures out as paragraphs;
  redlines - the number of tracked changes;
  accepted - the text after .uno:AcceptAllTrackedChanges;
  rejected - the text after .uno:RejectAllTrackedChanges (from a fresh load).
A heading "Wijzigingsoverzicht" at the start and the table after it (the
overview of a redline) are left out of every text: they belong to neither
version.
Run it with Debian's /usr/bin/python3, which has the uno module.
"""
import json, sys

from office import load, office


def lines_of(text):
    lines = []
    found = text.createEnumeration()
    while found.hasMoreElements():
        element = found.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            lines.append(element.ListLabelString + "|" + element.getString())
        elif element.supportsService("com.sun.star.text.TextTable"):
            for name in element.getCellNames():
                lines.extend(lines_of(element.getCellByName(name).getText()))
            lines.append(TABLE_END)
    return lines


TABLE_END = "<einde tabel>"


def body(doc):
    lines = lines_of(doc.getText())
    if lines and lines[0] == "|Wijzigingsoverzicht":
        lines = lines[lines.index(TABLE_END) + 1:]
    return [line for line in lines if line not in ("|", TABLE_END)]


def dispatched(context, desktop, path, command):
    doc = load(desktop, path)
    helper = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
    result = body(doc)
    doc.close(True)
    return result


def main(profile, documents):
    with office(profile) as (context, desktop):
        result = {}
        for path in documents:
            doc = load(desktop, path)
            count = 0
            redlines = doc.getRedlines().createEnumeration()
            while redlines.hasMoreElements():
                redlines.nextElement()
                count += 1
            entry = {"text": body(doc), "redlines": count}
            doc.close(True)
            entry["accepted"] = dispatched(context, desktop, path, ".uno:AcceptAllTrackedChanges") if count else entry["text"]
            entry["rejected"] = dispatched(context, desktop, path, ".uno:RejectAllTrackedChanges") if count else entry["text"]
            result[path] = entry
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
