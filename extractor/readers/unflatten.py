"""Line breaks put back into minutes that lost them.

Web pages saved as text and some PDF text layers come out with a whole page on one
line. Everything that reads structure (line roles, items, attendance blocks) works line
by line, so such a page gave one item, or none: 0 of 86 gold items on the corpus's
flattened train and dev pages were found. Here a space where a heading or a header
label starts, or where an upper-case heading ends, becomes a line break. One character
replaces one character, so every offset, and every span, stays where it was.

Only long lines of a document whose lines are long on average are touched, so minutes
with ordinary line breaks are left exactly as they are. The result is stable:
``unflatten(unflatten(x)) == unflatten(x)``, as ``normalise`` requires, because every
rule breaks at a space and needs a space (not a line break) where it breaks.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

LONG_LINE = 400  # a line longer than this may be a flattened page
FLAT_MEAN = 200  # ... when the document's non-blank lines average more than this

# "4. APPROVAL", "2.1 Moved", "IV. REPORTS", "3.0 FINANCE": a number, then a capital.
_NUMBERED = re.compile(
    r"(?<= )(?P<num>\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,4}\.) ?(?P<word>[A-Z][A-Za-z'’&/-]*)"
)
# An item number or list label standing alone as a word ("4.", "2.1", "(iv)", "b)").
_NUMBER_MARK = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVXivx]{1,4}|[A-Za-z])[.)]?")
# "Public Comment:", "Adoption of Procedure:", "Summons of Meeting:": up to five words,
# capitalised but for short joining words.
_TITLE_COLON = re.compile(r"(?<= )[A-Z][A-Za-z'’-]+(?: (?:[a-z]{1,3}|[A-Z][A-Za-z'’&/-]*)){0,4}:(?= )")
# An upper-case word of a heading ("PLANNING", "&", "NO.1", "ACCEPTANCE/APPROVAL").
_CAPS_WORD = re.compile(r"(?:[A-Z][A-Z0-9'’&/.-]*|&)")
_DECIMAL = re.compile(r"\d+\.\d+")
# "Cr.", "Mr.", "Cllr.", "Dr.", "J.": a stop that ends an abbreviation, not a sentence.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}|[A-Z]")
_SENTENCE_END = frozenset(".!?;)]”\"’")
_TIMES = frozenset({"am", "pm", "a.m", "p.m", "hrs", "hours"})
# "Item No. 1. Election", "Resolution No. 2 Moved": the number belongs to the word before.
_NUMBER_LEADS = frozenset({"no.", "no", "item", "number", "resolution", "section", "page", "nos.", "p.", "para", "para.", "clause", "minute"})
_ITEM_LEAD = re.compile(r"(?<= )(?:Item|ITEM)(?: (?:No|NO)\.?)? \d{1,3}\b")


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    data = json.loads(Path(__file__).with_name("unflatten.json").read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _data()
    return data["label_words"], data["not_heading_words"], data["mover_words"]


def _is_caps(word: str) -> bool:
    return bool(_CAPS_WORD.fullmatch(word))


def _ends_sentence(line: str, space: int) -> bool:
    """Whether the text before the space at ``space`` ends a sentence: a closing mark, but
    not the stop of "Cr.", "Mr.", "U.S." or an initial."""
    if space == 0 or line[space - 1] not in _SENTENCE_END:
        return False
    if line[space - 1] != ".":
        return True
    word = _previous_word(line, space)[:-1]
    return not (_ABBREVIATION.fullmatch(word) or "." in word)


def _after_sentence_or_caps(line: str, space: int) -> bool:
    """Whether the text before the space at ``space`` ends a sentence or an upper-case
    word ("... UNANIMOUSLY. 4. APPROVAL", "... 6.30 PM 1. ATTENDANCE")."""
    if space == 0:
        return False
    if _ends_sentence(line, space):
        return True
    word = _previous_word(line, space)
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _lower_word(word: str) -> bool:
    """A lower-case word ("to the Members:" is a sentence, not a label), but not "pm"."""
    return word.isalpha() and word.islower() and word not in _TIMES


def _previous_word(line: str, space: int) -> str:
    return line[line.rfind(" ", 0, space) + 1 : space]


def _caps_run_end(line: str, start: int, cut_motion: bool) -> int | None:
    """Where an upper-case heading that starts at ``start`` ends: the space before the
    first word holding a lower-case letter. Dashes and numbers may sit inside it
    ("DISCLOSURE OF INTEREST – COUNCILLORS AND STAFF"). None when no such word follows,
    or when the run is a motion or vote in capitals. With ``cut_motion`` (the run follows
    an item number) the heading is cut there instead: "AGENDA JONES MOVED to ..." ends
    before the mover, "MINUTES MOTION That ..." before "MOTION"."""
    _, not_heading, movers = _words()
    pos = start
    words: list[tuple[int, str]] = []
    while True:
        nxt = line.find(" ", pos)
        if nxt < 0:
            return None  # the line ends inside the run
        word = line[pos:nxt]
        if not word:
            return None
        if any(c.islower() for c in word):
            break
        if not (_is_caps(word) or not any(c.isalpha() for c in word)):
            if not (cut_motion and _is_caps(word.rstrip(","))):
                return None  # "MBE," "SMITH;": a list of names, not a heading
            # after an item number a comma may sit inside the heading ("FEES, CHARGES")
        words.append((pos, word))
        pos = nxt + 1
    if not words or not _is_caps(words[0][1]):
        return None
    for k, (at, word) in enumerate(words):
        bare = word.lower().strip("'’.,:;")
        if bare in movers or bare in not_heading:
            if not cut_motion or k == 0:
                return None
            if bare in movers:
                return words[k - 1][0] - 1 if k >= 2 else None
            return at - 1
    return pos - 1


def _label_start(line: str, colon: int, labels: frozenset[str]) -> int | None:
    """The start of a header label ending at ``colon`` ("Members Present:",
    "Date and Time:", "COUNCILMEMBERS PRESENT:"), when its words are label words (an
    upper-case label may start with any upper-case word) and the first is capitalised."""
    start = None
    pos = colon
    caps = line[colon - 1 : colon].isupper()
    for _ in range(4):
        space = line.rfind(" ", 0, pos)
        word = line[space + 1 : pos]
        parts = [p for p in word.lower().split("/") if p]
        if not parts or not all(p in labels for p in parts):
            if caps and start is not None and word.isalpha() and word.isupper():
                start = space + 1
            break
        if word[0].isupper():
            start = space + 1
        if space < 0:
            break
        pos = space
    return start


def _breaks(line: str) -> set[int]:
    """Offsets in ``line`` of the spaces that become line breaks."""
    labels, not_heading, movers = _words()
    out: set[int] = set()
    headed: set[int] = set()  # starts of the words that follow an item number
    for m in _NUMBERED.finditer(line):
        space = m.start() - 1
        num, word = m.group("num"), m.group("word")
        if word.lower().rstrip(".") in _TIMES or _previous_word(line, space).lower() in _NUMBER_LEADS:
            continue
        if "." not in num and word.lower().rstrip(".,") in _data()["date_words"]:
            continue  # "HELD ON 18 AUGUST 2017": a date
        caps = len(word) >= 2 and word.isupper()
        if caps:  # "Nil 2. CONFIRMATION OF MINUTES", but not "MONDAY, 13 APRIL"
            if word.lower() in not_heading or word.lower() in movers:
                continue
            if "." not in num and not (_after_sentence_or_caps(line, space) or _previous_word(line, space).isdigit()):
                continue  # but "... 18 APRIL 2024 1 OPENING / WELCOME" is an item
        elif "." not in num:  # "19 October", "37 Local": a number in a sentence
            continue
        elif not (_DECIMAL.fullmatch(num) or _after_sentence_or_caps(line, space)):
            continue  # "August 19. The ...": a date ending a sentence
        out.add(space)
        headed.add(m.start("word"))
        if caps:
            end = _caps_run_end(line, m.start("word"), cut_motion=True)
            if end is not None and end > m.start("word"):
                out.add(end)
    for m in _ITEM_LEAD.finditer(line):  # ". Item No. 3 Planning": the item starts at "Item"
        if _after_sentence_or_caps(line, m.start() - 1):
            out.add(m.start() - 1)
            headed.update(range(m.start(), m.end() + 2))
    # unnumbered upper-case headings: ". DECLARATION OF INTEREST There were none."
    pos = line.find(" ")
    while 0 <= pos < len(line) - 1:
        nxt = pos + 1
        word_end = line.find(" ", nxt)
        word = line[nxt:word_end] if word_end > 0 else line[nxt:]
        if word[:1].isupper() and _is_caps(word):
            end = _caps_run_end(line, nxt, cut_motion=False)
            if end is not None:
                long_words = [w for w in line[nxt:end].split(" ") if sum(c.isalpha() for c in w) >= 2]
                if (nxt not in headed and not _NUMBER_MARK.fullmatch(_previous_word(line, pos))
                        and not line[pos - 1] == ","  # "THE TUESDAY, APRIL 8, 2003 ...": one heading
                        and not any(nxt < b < end for b in out)  # "PM. 2. ROLL CALL": two headings
                        and ((_ends_sentence(line, pos) and len(long_words) >= 2)
                             or (len(long_words) >= 3 and not line[pos - 1].isupper()))):  # not "MeetingFIRE PROTECTION"
                    out.add(pos)
                    out.add(end)
                pos = end  # the words of a run are not the starts of other runs
                continue
        pos = line.find(" ", nxt)
    # header labels: "... 10.00 a.m. Chair: ... Present: ..."
    colon = line.find(": ")
    while colon >= 0:
        start = _label_start(line, colon, labels)
        if (start is not None and start > 1 and line[start - 1] == " "
                and not _lower_word(_previous_word(line, start - 1))
                and not _NUMBER_MARK.fullmatch(_previous_word(line, start - 1))):
            out.add(start - 1)
        colon = line.find(": ", colon + 1)
    # Title-case headings ending in a colon after a sentence: ". Public Comment: none."
    for m in _TITLE_COLON.finditer(line):
        space = m.start() - 1
        if _ends_sentence(line, space) and not _NUMBER_MARK.fullmatch(_previous_word(line, space)):
            out.add(space)
    return {b for b in out if 0 < b < len(line) - 1 and line[b] == " " and line[b - 1] not in " \t" and line[b + 1] not in " \t"}


def is_flat(text: str) -> bool:
    """Whether ``text`` reads as flattened: non-blank lines average over FLAT_MEAN characters."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and sum(map(len, lines)) / len(lines) > FLAT_MEAN


def unflatten(text: str) -> str:
    """``text`` with line breaks put back into its long lines, when it reads as flattened."""
    if len(text) <= LONG_LINE or not is_flat(text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > LONG_LINE:
            chars = list(line)
            for b in _breaks(line):
                chars[b] = "\n"
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)
