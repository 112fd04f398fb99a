"""Who takes the chair during a meeting, and from where.

The guidelines give the person chairing the chairing word as speaker role "from the
moment the person takes the chair": at an annual meeting that is the election ("to
elect Councillor Ann Lee as Chair", "that Cllr Lee become Chairman", "Cllr Lee was
elected Chair", "Cllr Lee took the chair"). Before that point the same person is a
plain member, and "The Chair" before any election stays unnamed. The words are the
speakers patterns' ``chair_words`` and ``election_verbs``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Optional

from .patterns import alternation


@dataclass(frozen=True)
class ChairTaken:
    """One election: from ``pos`` on, the person of ``mention`` chairs as ``word``."""

    pos: int
    mention: Any  # mentions.PM
    word: str


class Elections:
    """The election cues, compiled once from the speakers patterns."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        words = patterns.get("chair_words", [])
        verbs = patterns.get("election_verbs", [])
        self.enabled = bool(words and verbs)
        if not self.enabled:
            return
        w = alternation(words)
        # after the name: "… as Chair", "… become Chairman", "… was elected Chair", "… took the chair"
        self._after = re.compile(
            rf"[ \t]*,?[ \t]*(?:(?:was|is|be|been|has[ \t]+been)[ \t]+)?(?:(?:duly|unanimously)[ \t]+)?"
            rf"(?:(?:{alternation(verbs)})[ \t]+)?(?:as[ \t]+)?(?:(?:the|our|its)[ \t]+)?(?P<word>{w})\b(?![-‑]|[ \t]+(?:of|for)\b)"
            rf"|[ \t]+(?:took|takes|assumed)[ \t]+the[ \t]+(?P<took>chair)\b", re.I)
        # the election verb must come before the name or between it and the chair word
        self._verb = re.compile(rf"\b(?:{alternation(verbs)})\b", re.I)
        self._canonical = {x.lower(): x for x in words}

    def find(self, text: str, mentions: list[Any], default_word: str) -> list[ChairTaken]:
        """The elections among ``mentions`` (PMs of one meeting, sorted by start)."""
        if not self.enabled:
            return []
        out: list[ChairTaken] = []
        for m in mentions:
            if m.name is None:
                continue
            a = self._after.match(text, m.after)
            if a is None:
                continue
            if a.group("took") is None and not (
                    self._verb.search(text, m.after, a.end())
                    or self._verb.search(text, max(0, m.start - 40), m.start)):
                continue  # "Cllr Lee, Chair, said": a title, not an election
            word = a.group("word")
            printed = self._canonical.get(word.lower(), word) if word else default_word
            out.append(ChairTaken(a.end(), m, printed))
        return out


def chair_at(elections: list[ChairTaken], pos: int) -> Optional[ChairTaken]:
    """The election in force at ``pos`` (the last one before it), if any."""
    i = bisect_right([e.pos for e in elections], pos) - 1
    return elections[i] if i >= 0 else None
