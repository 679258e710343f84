#!/usr/bin/python3
"""Prints a page to an A4 PDF with WebKitGTK, which its WebDriver cannot do, its step pictures loaded.

    DISPLAY=:N /usr/bin/python3 wkprint.py <url> <out.pdf> [width]

A plain WebKit2.WebView in a GTK window (not MiniBrowser), printed through GTK's "Print to
File" backend. Needs python3-gi and gir1.2-webkit2-4.1, and an X display (the spec's Xvfb).
"""
import sys
import warnings

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

# run_javascript is deprecated in WebKit2GTK 4.1 but is the call every 4.1 release has.
warnings.simplefilter("ignore", DeprecationWarning)

url, out = sys.argv[1], sys.argv[2]
width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
result = {"status": 1}


def finish(status, message=""):
    if message:
        print(message, file=sys.stderr)
    result["status"] = status
    Gtk.main_quit()
    return False


def print_page(view):
    settings = Gtk.PrintSettings()
    settings.set_printer("Print to File")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(out, None))
    setup = Gtk.PageSetup()
    setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(setup)
    operation.connect("finished", lambda _op: finish(0))
    operation.connect("failed", lambda _op, error: finish(1, f"print failed: {error.message}"))
    operation.print_()
    return False


# As the spec does in the other engines before printing: the lazy step pictures loaded.
EAGER = "document.querySelectorAll('li[data-step] img').forEach((img) => (img.loading = 'eager'))"


def loaded(view, event):
    if event == WebKit2.LoadEvent.FINISHED:
        view.run_javascript(EAGER, None, None, None)
        # Three seconds for the page's script and the pictures.
        GLib.timeout_add(3000, print_page, view)


window = Gtk.Window()
window.set_default_size(width, 800)
view = WebKit2.WebView()
view.connect("load-changed", loaded)
view.connect("load-failed", lambda *_: finish(1, f"could not load {url}"))
window.add(view)
window.show_all()
view.load_uri(url)
GLib.timeout_add_seconds(90, finish, 1, "timed out after 90 s")
Gtk.main()
sys.exit(result["status"])
