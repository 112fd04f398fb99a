"""``minutes review``: the minutes themselves, with every extracted value marked where it
came from, and the records laid out per item beside them.

Why a page rather than more JSON: an officer checking the output, a journalist quoting a
decision or an annotator correcting gold must see the sentence behind each value. The
page is one self-contained HTML file (styles and script inline, nothing fetched), so it
can be mailed, archived or opened from a USB stick. Every piece of document text is
escaped, and the page's own Content-Security-Policy lets only its own script run.

Modules: ``highlights`` (spans to nested ``<mark>`` elements), ``compare`` (gold against
prediction with the scorer of ``minutes evaluate``), ``pages`` (PDF page of a character
offset), ``page`` (one document's HTML), ``inputs`` (a minutes file or a record, with its
text), ``site`` (a folder of documents and its index), ``cli`` (the command).
"""

from __future__ import annotations

from .page import ReviewPage, render_page

__all__ = ["ReviewPage", "render_page"]
