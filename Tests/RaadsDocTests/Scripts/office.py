"""A headless LibreOffice of its own for the test scripts: its own profile,
a socket on a free port of 127.0.0.1, documents loaded hidden, and the
office ended with everything it started when the script is done.
Import it from a script in this folder, run with Debian's /usr/bin/python3
(which has the uno module).
"""
import contextlib, os, socket, subprocess, time

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


def load(desktop, path):
    """The document at `path`, opened hidden."""
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                        (property_value("Hidden", True),))


@contextlib.contextmanager
def office(profile):
    """(context, desktop) of a soffice started with its profile in `profile`."""
    port = free_port()
    process = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                                "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
                                f"--accept=socket,host=127.0.0.1,port={port};urp;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    desktop = None
    try:
        context = connect(port)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        yield context, desktop
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass  # the office went away with the connection
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # soffice starts soffice.bin in its session: end whatever is left of it.
        try:
            os.killpg(process.pid, 9)
        except ProcessLookupError:
            pass
        process.wait()
