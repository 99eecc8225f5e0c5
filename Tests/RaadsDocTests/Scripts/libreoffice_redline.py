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


def load(desktop, path):
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                        (property_value("Hidden", True),))


def dispatched(context, desktop, path, command):
    doc = load(desktop, path)
    helper = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
    result = body(doc)
    doc.close(True)
    return result


def main(profile, documents):
    port = free_port()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
                               f"--accept=socket,host=127.0.0.1,port={port};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    desktop = None
    try:
        context = connect(port)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        result = {}
        for path in documents:
            doc = load(desktop, path)
            entry = {"text": body(doc), "redlines": doc.getRedlines().createEnumeration().hasMoreElements()}
            count = 0
            redlines = doc.getRedlines().createEnumeration()
            while redlines.hasMoreElements():
                redlines.nextElement()
                count += 1
            entry["redlines"] = count
            doc.close(True)
            entry["accepted"] = dispatched(context, desktop, path, ".uno:AcceptAllTrackedChanges") if count else entry["text"]
            entry["rejected"] = dispatched(context, desktop, path, ".uno:RejectAllTrackedChanges") if count else entry["text"]
            result[path] = entry
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
    main(sys.argv[1], sys.argv[2:])
