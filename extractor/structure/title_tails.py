"""Cut what a heading line prints after an item's title but is not part of it.

Two shapes recur across councils and survive every reader, because they sit on the
heading line itself:
- a bracketed note closing the line: a cross-reference to the papers ("Leave of Absence
  (Item B.02)") or who took the chair ("Election of Officers (Cllr A Person presided)");
- the first sentence of the minute, run on after the title's full stop ("Minutes of the
  last AGM, 3rd May 2010. The minutes were read and adopted ...");
- an empty answer after a dash or colon ("Other Business – N/A", "Correspondence: None"),
  the words that are no item's title on a line of their own (``never_item_titles``).
A title that keeps these words no longer matches the title the item is known by. The
notes are data (``title_tail_notes`` in the items patterns); this module holds the logic.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Pattern

_STOP_THEN_WORD = re.compile(r"(?<=\w)\.\s+(?P<word>[A-Z][a-z]+)\b")
_MIN_HEAD_WORDS = 2
_MIN_SENTENCE_WORDS = 3


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


def trim_title_tail(title: Optional[str], notes: list[Pattern[str]], openers: frozenset[str],
                    answer: Optional[Pattern[str]] = None) -> Optional[str]:
    """All three cuts, the run-on sentence first (a note may close the sentence, not the title)."""
    if not title:
        return title
    return cut_empty_answer(cut_tail_note(cut_run_on_sentence(title, openers), notes), answer)
