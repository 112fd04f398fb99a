"""The one normalisation step that produces the canonical text.

Every format (text, HTML, PDF) and ``read_text`` pass through :func:`normalise`, and every
span the pipeline produces is an offset into its result. So it must be deterministic and
idempotent (``normalise(normalise(x)) == normalise(x)``): a record's text can be fed back
in and its spans still hold. Each step is one precompiled pass over the whole text.

What it does, in order:

1. line breaks: CRLF, CR, form feed, vertical tab, NEL, U+2028/9 become ``\\n``;
2. odd spaces (no-break, thin, figure, ideographic ...) become a plain space; zero-width
   characters, soft hyphens and BOMs are removed; typographic ligatures (ﬁ, ﬂ ...) are
   spelled out (PDF text layers are full of them);
3. a bullet at the start of a line (•, ·, ▪, ●, ◦, Word's symbol-font bullet U+F0B7, and
   Word's "o" followed by a tab or several spaces) becomes ``"- "``, dropping the indent
   before it; a bullet with nothing after it is removed;
4. trailing spaces are stripped (trailing tabs are kept: they mark empty table cells) and
   lines holding only spaces and tabs are emptied;
5. runs of blank lines become one blank line; leading and trailing blank lines go, and
   non-empty text ends with exactly one ``\\n``;
6. a flattened page (a whole page on one line) gets line breaks back where headings and
   header labels start, one character for a space (``unflatten.py``).
"""

from __future__ import annotations

import re

from .unflatten import unflatten

_LINE_BREAKS = "\r\f\v\x85\u2028\u2029"

# Spaces that look like a space but are not U+0020.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters with no visible width: zero-width space/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}

_REPLACEMENTS: dict[str, str] = {c: "\n" for c in _LINE_BREAKS}
_REPLACEMENTS.update({c: " " for c in _ODD_SPACES})
_REPLACEMENTS.update({c: "" for c in _INVISIBLE})
_REPLACEMENTS.update(_LIGATURES)
# One regex over all the rare characters (a character class is scanned for at C speed);
# it beats str.translate, which visits every character in Python's slower path.
_ODD_CHARS = re.compile("[" + "".join(_REPLACEMENTS) + "]")

# Bullet glyphs seen in Word/PDF/HTML exports; U+F0B7, U+F0A7, U+F0D8 and U+F076 are
# Word's Symbol/Wingdings private-use bullets.
_BULLET_CHARS = "\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2219\u25a0\u25a1\u25ba\u27a2\uf0b7\uf0a7\uf0d8\uf076"
# Bullet glyphs are found with a plain character class (fast to scan for) and checked to
# start their line in _bullets; Word's "o" bullet (o + tab or 2+ spaces) needs the "^"
# anchored regex, which tries every position, so it only runs when "o\t"/"o  " occur.
_GLYPH = re.compile(rf"[{_BULLET_CHARS}]")
_O_BULLET = re.compile(r"^[ \t]*o(?:\t|[ ]{2,})[ \t]*(?=\S)", re.MULTILINE)
_BLANKS = " \t"


def _bullets(text: str) -> str:
    """Bullets at line starts become "- " (indent dropped); a bullet alone on its line goes."""
    out: list[str] = []
    last = 0
    for match in _GLYPH.finditer(text):
        at = match.start()
        if at < last:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if line_start < last or text[line_start:at].strip(_BLANKS):
            continue  # not the first thing on its line
        end = match.end()
        while end < len(text) and text[end] in _BLANKS:
            end += 1
        out.append(text[last:line_start])
        out.append("" if end == len(text) or text[end] == "\n" else "- ")
        last = end
    if out:
        out.append(text[last:])
        text = "".join(out)
    if "o\t" in text or "o  " in text:
        text = _O_BULLET.sub("- ", text)
    return text


# Trailing spaces; then lines left holding only tabs (or spaces and tabs). Written without
# "^" so the regex engine can scan for the first character quickly.
_TRAILING_SPACES = re.compile(r" +$", re.MULTILINE)
_WHITE_LINE = re.compile(r"\n[ \t]+(?=\n|\Z)")
_WHITE_FIRST_LINE = re.compile(r"\A[ \t]+(?=\n|\Z)")
_BLANK_RUNS = re.compile(r"\n\n\n+")


def _replace(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


def normalise(text: str) -> str:
    """The canonical form of ``text`` (see the module docstring for the steps)."""
    # Each step is skipped when a cheap test shows it has nothing to do (same result).
    text = text.replace("\r\n", "\n")
    ascii_only = text.isascii()
    if not ascii_only or "\r" in text or "\f" in text or "\v" in text:
        text = _ODD_CHARS.sub(_replace, text)
    if not ascii_only or "o\t" in text or "o  " in text:  # all bullet glyphs are non-ASCII
        text = _bullets(text)
    if " \n" in text or text.endswith(" "):
        text = _TRAILING_SPACES.sub("", text)
    text = _WHITE_LINE.sub("\n", text)
    text = _WHITE_FIRST_LINE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    text = text.strip("\n")
    text = unflatten(text)
    return text + "\n" if text else ""
