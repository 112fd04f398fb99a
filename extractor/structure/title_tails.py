"""Cut what a heading line prints after an item's title but is not part of it.

Two shapes recur across councils and survive every reader, because they sit on the
heading line itself:
- a bracketed note closing the line: a cross-reference to the papers ("Leave of Absence
  (Item B.02)") or who took the chair ("Election of Officers (Cllr A Person presided)");
- the first sentence of the minute, run on after the title's full stop ("Minutes of the
  last AGM, 3rd May 2010. The minutes were read and adopted ...");
- an empty answer after a dash or colon ("Other Business – N/A", "Correspondence: None"),
  the words that are no item's title on a line of their own (``never_item_titles``).
- what small bodies' minutes run on after a title on its line: a remark after a full stop
  in lower case ("Apologies. none", "Xmas lunch. agreed 3rd December"), the next cell of a
  table read with its bar ("Approve minutes | Proposed by ..."), a motion record ("Verify
  Minutes of last meeting Proposed by A Seconded by B"), a sentence after a comma ("Grass
  Cutting, It was agreed ..."), a cross-reference ("Secretary's Report see # 3 ..."), a
  bracketed remark that is a sentence ("(there was none)", "(full report is attached)")
  or a bracket the line cut open ("Treasurer's Report (full 2022");
- a minute reference printed with the title rather than before it: in brackets after it
  ("Personal Representation (18/03)") or glued to its front ("351/01APOLOGIES"): the
  reference is the item's number (GUIDELINES, resolution codes and minute references).
A title that keeps these words no longer matches the title the item is known by. The
notes are data (``title_tail_notes`` and ``title_note_words`` in the items patterns);
this module holds the logic.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Pattern

_STOP_THEN_WORD = re.compile(r"(?<=\w)\.\s+(?P<word>[A-Z][a-z]+)\b")
_MIN_HEAD_WORDS = 2
_MIN_SENTENCE_WORDS = 3
_LOWER_REMARK = re.compile(r"(?<=[A-Za-z]{4})\.\s+(?=[a-z]+\b)")  # "Apologies. none"
_CELL_BAR = re.compile(r"\s*\|\s*")  # "Police Scotland | Constable A told ..."
_MOTION_RECORD = re.compile(r"\s+(?:Proposed|Moved|Seconded)\s+by\s+[A-Z]")
_CROSS_REF = re.compile(r"\s+see\s+(?:#|item\b|minute\b|no\.|above\b|below\b|attached\b)")
_LAST_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_OPEN_BRACKET = re.compile(r"\s*\([^()]*$")
_WORD = re.compile(r"[A-Za-z]+")
_COMMA_SENTENCE = re.compile(r",\s+(?P<w>[A-Z][a-z]*)\s+(?P<v>[a-z]+)")
_LIST_WORDS = frozenset({"and", "or", "of", "for", "in", "on", "to", "with", "the", "&"})
# a minute reference ("18/03", "351/01"), not a year span ("2019/20")
_REF = r"(?!(?:19|20)\d\d/)\d{1,4}/\d{1,4}"
_BRACKET_REF = re.compile(rf"\s*\((?P<ref>{_REF})\)\s*$")
_GLUED_REF = re.compile(rf"^(?P<ref>{_REF})(?=[A-Z]{{2}})")
# "Health and Safety (Item 3.0)": the agenda number closing the heading line
_ITEM_NOTE = re.compile(r"\s*\(\s*(?:Agenda\s+)?Item\s+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\.?\s*\)\s*$", re.IGNORECASE)


def compile_notes(patterns: Iterable[str]) -> list[Pattern[str]]:
    """The note patterns, each anchored at the end of the title."""
    return [re.compile(rf"\s*(?:{p})\s*$", re.IGNORECASE) for p in patterns]


def cut_tail_note(title: str, notes: list[Pattern[str]]) -> str:
    """The title without a closing bracketed note; unchanged when nothing would be left."""
    for rx in notes:
        m = rx.search(title)
        if m and m.start() > 0 and title[: m.start()].strip():
            return title[: m.start()].rstrip(" -–—:,")
    return title


def cut_run_on_sentence(title: str, openers: frozenset[str]) -> str:
    """The title up to a full stop followed by a sentence that opens like one ("The ...").

    Both sides must be long enough that an abbreviation ("St. Mary") or a one-word
    title cannot be cut."""
    for m in _STOP_THEN_WORD.finditer(title):
        if m.group("word").lower() not in openers:
            continue
        head, tail = title[: m.start()], title[m.start("word"):]
        if len(head.split()) >= _MIN_HEAD_WORDS and len(tail.split()) >= _MIN_SENTENCE_WORDS:
            return head.rstrip()
    return title


def compile_answers(answers: Iterable[str]) -> Optional[Pattern[str]]:
    """An empty answer ("Nil", "N/A") after a dash or colon, closing the title."""
    words = [re.escape(a) for a in answers if a.strip()]
    if not words:
        return None
    return re.compile(rf"(?:\s+[-–—]+|\s*:)\s*(?:{'|'.join(words)})\.?\s*$", re.IGNORECASE)


def cut_empty_answer(title: str, answer: Optional[Pattern[str]]) -> str:
    """The title without an empty answer printed after it on its line."""
    m = answer.search(title) if answer else None
    if m and m.start() > 0 and title[: m.start()].strip():
        return title[: m.start()].rstrip()
    return title


def _head(title: str, at: int, min_words: int = 1) -> Optional[str]:
    """``title[:at]`` when it keeps at least ``min_words`` words and something followed."""
    head = title[:at].rstrip(" -–—:,;")
    return head if len(_WORD.findall(head)) >= min_words and title[at:].strip() else None


def cut_run_on_remark(title: str, openers: frozenset[str]) -> str:
    """The title before a lower-case remark after its full stop, a table cell after a bar,
    a motion record, a sentence after a comma or a cross-reference (see the module note)."""
    cuts: list[Optional[str]] = []
    m = _LOWER_REMARK.search(title)
    cuts.append(_head(title, m.start()) if m else None)
    m = _CELL_BAR.search(title)
    cuts.append(_head(title, m.start()) if m and m.start() > 0 else None)
    m = _MOTION_RECORD.search(title)
    cuts.append(_head(title, m.start(), 2) if m else None)
    m = _CROSS_REF.search(title)
    cuts.append(_head(title, m.start()) if m else None)
    for m in _COMMA_SENTENCE.finditer(title):  # "Grass Cutting, It was agreed" ("Boards, Officers and ..." is a list)
        if m.group("w").lower() in openers and m.group("v") not in _LIST_WORDS:
            cuts.append(_head(title, m.start(), 2))
            break
    kept = [c for c in cuts if c]
    return min(kept, key=len) if kept else title


def cut_remark_bracket(title: str, note_words: frozenset[str]) -> str:
    """The title without a closing bracket that is a remark, not part of the name: one
    holding a word of ``note_words`` ("(there was none)", "(approved and signed on ...)"),
    or a bracket left open at the line's end ("Treasurer's Report (full 2022")."""
    m = _OPEN_BRACKET.search(title)
    if m is None:
        m = _LAST_BRACKET.search(title)
        words = [w.lower() for w in _WORD.findall(m.group("inner"))] if m else []
        if not (len(words) >= 2 and note_words.intersection(words)):
            return title
    head = _head(title, m.start())
    return head if head else title


def split_minute_ref(number: Optional[str], title: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A minute reference printed with the title is the item's number: "Personal
    Representation (18/03)" under agenda number 5 is item "18/03"; "351/01APOLOGIES" is
    item "351/01", title "APOLOGIES"."""
    if not title:
        return number, title
    m = _BRACKET_REF.search(title)
    if m and m.start() > 0:
        return m.group("ref"), title[: m.start()].rstrip()
    m = _GLUED_REF.match(title)
    if m and number is None:
        return m.group("ref"), title[m.end():].strip() or None
    return number, title


def split_item_note(title: Optional[str]) -> Optional[tuple[str, str]]:
    """("3.0", "Health and Safety") for "Health and Safety (Item 3.0)": the agenda number
    closing a heading line that has no number of its own (under one, the note is printed title)."""
    m = _ITEM_NOTE.search(title) if title else None
    if m and m.start() > 0 and title[: m.start()].strip():
        return m.group("ref"), title[: m.start()].rstrip(" -–—:,")
    return None


_RUNNING_NO = re.compile(r"^(?P<num>\d{3,4})\s+(?P<rest>\S.*)$")
_MIN_RUN = 3
_MAX_STEP = 3


def running_numbers(titles: list[Optional[str]]) -> dict[int, tuple[str, str]]:
    """Running minute numbers read into unnumbered titles ("1957 Grass Cutting", "1958
    Finance"): {index: (number, rest)} when at least three such titles count up in small
    steps; a lone leading number ("2024 Budget") stays in its title, it may be a year."""
    found = [(k, m) for k, t in enumerate(titles) if t and (m := _RUNNING_NO.match(t))]
    if len(found) < _MIN_RUN:
        return {}
    values = [int(m.group("num")) for _, m in found]
    if not all(0 < b - a <= _MAX_STEP for a, b in zip(values, values[1:])):
        return {}
    return {k: (m.group("num"), m.group("rest")) for k, m in found}


def trim_title_tail(title: Optional[str], notes: list[Pattern[str]], openers: frozenset[str],
                    answer: Optional[Pattern[str]] = None,
                    note_words: frozenset[str] = frozenset()) -> Optional[str]:
    """All the cuts, the run-on sentence first (a note may close the sentence, not the title)."""
    if not title:
        return title
    t = cut_run_on_remark(cut_run_on_sentence(title, openers), openers)
    t = cut_remark_bracket(cut_tail_note(t, notes), note_words)
    return cut_empty_answer(t, answer)
