"""Mentions written as an office title and a surname ("Director Quaile stated ...").

North American minutes name staff by title and surname after listing them once in full
("Staff: Hesper Quaile, Library Director"). The people component reads "Trustee X" and
"Mr X" but not an office title used as an honorific, so a question answered by
"Director Quaile" had no answerer. This finds such mentions in a region and resolves
each surname to the one registry entry (of the meeting) that bears it; failing a unique
entry it keeps the printed form. The questions component adds them to the mentions it
reads answerers from. Word list: ``title_heads`` in the questions patterns.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from .mentions import PM
from .patterns import alternation

_SURNAME = r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+|-[A-Z][a-z]+)*"


def titled_regex(heads: Iterable[str]) -> Optional[re.Pattern[str]]:
    """"<Title> <Surname>" with the surname not followed by another capital word (then it
    is a longer title or a full name, which the people component reads)."""
    heads = [h for h in heads if h]
    if not heads:
        return None
    return re.compile(rf"\b(?P<title>{alternation(heads)})[ \t]+(?P<sur>{_SURNAME})\b(?![ \t]+[A-Z])(?![’']s\b)")


def _surname_index(registry: list[dict[str, Any]]) -> dict[str, Optional[str]]:
    """Surname -> canonical name, or None when several people share it."""
    out: dict[str, Optional[str]] = {}
    for entry in registry:
        name = entry.get("name") or ""
        words = name.split()
        if len(words) < 2:
            continue
        sur = words[-1]
        out[sur] = None if sur in out and out[sur] != name else name
    return out


def registry_name(doc: Any, printed: str, pos: int) -> Optional[str]:
    """The registry's full name for a short printed one ("Cr. Pellow", "Trustee Quinn"):
    the one person of the meeting at ``pos`` whose surname is the printed name's last
    word, if the printed name has at most one word before it (a title). None otherwise."""
    words = printed.split()
    regs = getattr(doc._, "minutes_registry", None) or []
    if not 1 <= len(words) <= 2 or not regs:
        return None
    from . import spans as S

    k = 0
    for sp in S.overlapping(doc, S.MEETINGS, pos, pos + 1):
        k = next((i for i, m in enumerate(S.spans(doc, S.MEETINGS)) if m.start_char == sp.start_char), 0)
        break
    registry = regs[k] if k < len(regs) else regs[0]
    return _surname_index(registry).get(words[-1])


def titled_mentions(text: str, lo: int, hi: int, pattern: Optional[re.Pattern[str]], taken: list[PM],
                    registry: list[dict[str, Any]], skip: set[str]) -> list[PM]:
    """Title-and-surname mentions in [lo, hi) not inside a mention already found.
    ``skip``: words that are titles themselves, not surnames ("Director General")."""
    if pattern is None:
        return []
    index: Optional[dict[str, Optional[str]]] = None
    out: list[PM] = []
    for m in pattern.finditer(text, lo, hi):
        sur = m.group("sur")
        if sur in skip or any(p.start < m.end() and m.start() < p.end for p in taken):
            continue
        if index is None:
            index = _surname_index(registry)
        name = index.get(sur) or f"{m.group('title')} {sur}"
        out.append(PM(m.start(), m.end(), m.end(), {"name": name, "surface": m.group(), "titled": True}))
    return out
