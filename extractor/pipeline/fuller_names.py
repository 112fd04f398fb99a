"""A mover's or seconder's short form resolved to the meeting's fuller one.

Motions name people the short way ("Board Member Quill moved", "COMMISSIONER QUILL
seconded", "Deputy Mayor Quill", "Trustee Quill"), while the attendance list gives
the whole name ("Tansy Quill", "Trustee Tansy Quill"). The guidelines want the list's
fullest form, and the scorer does not match "Trustee Quill" to "Tansy Quill" (a title
is no honorific). The people registry often holds both forms as separate entries, so
the short one's own entry is no answer: this looks for the one entry that extends the
printed name (more words before the same surname, or the same name with the member
title the list gives) and otherwise keeps the name as found.
"""

from __future__ import annotations

from typing import Any, Optional

from .titles import Title, Titles


def _key(name: str, titles: Titles, honorifics: frozenset[str]) -> tuple[list[Title], list[str]]:
    """The name's titles and its remaining words, case-folded, without honorifics and dots."""
    found, rest = titles.split(name)
    words = rest.split()
    while len(words) > 1 and words[0].rstrip(".") in honorifics:
        words = words[1:]
    return found, [w.rstrip(".,").casefold() for w in words if w.rstrip(".,")]


def _same(words: list[str], key: list[str]) -> bool:
    """Whether ``words`` spell ``key``, an initial in ``key`` standing for a word it opens
    ("m dolph" for "mike dolph")."""
    return all(w == k or (len(k) == 1 and w.startswith(k)) for w, k in zip(words, key))


def strip_lead(name: str, titles: Titles) -> str:
    """The name from its first title on, when words that are no title come before it: a
    heading run into the subject on a flattened line ("Minutes Commissioner Quill" ->
    "Commissioner Quill")."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if titles.get(words[i]) is not None and titles.get(words[i - 1]) is None \
                and titles.get(f"{words[i - 1]} {words[i]}") is None:
            return " ".join(words[i:])
    return name


def fuller_name(name: str, registry: list[dict[str, Any]], titles: Titles, honorifics: frozenset[str]) -> str:
    """The one registry name that is a fuller form of ``name``, else ``name``.

    A fuller form ends with the same words ("Quill", "T. Quill") and either has more
    words before them ("Tansy Quill" for "Trustee Quill") or the same words with a
    member title where ``name`` has none, or without the office ``name`` is printed
    with ("Tansy Quill" for "Deputy Mayor Tansy Quill": offices are roles, not names).
    Several fuller forms of one person (each extending the others) give the longest;
    forms of different people give none."""
    own_titles, key = _key(name, titles, honorifics)
    if not key or not registry:
        return name
    office = any(t.kind == "office" for t in own_titles)
    # "Ada Lunn" has its given name: a longer entry ("Sec Ada Lunn") adds no name, only noise
    named = len(key) >= 2 and len(key[0]) > 1
    cands: list[tuple[list[str], str]] = []
    for entry in registry:
        other = entry.get("name")
        if not other or other == name:
            continue
        ts, words = _key(other, titles, honorifics)
        if len(words) < len(key) or not _same(words[len(words) - len(key):], key) or (named and len(words) > len(key)):
            continue
        if len(words) == len(key) and not (office and not any(t.kind == "office" for t in ts)) \
                and not (len(ts) > len(own_titles) and all(t.kind == "member" for t in ts)):
            continue
        cands.append((words, other))
    if not cands:
        return name
    cands.sort(key=lambda c: (len(c[0]), len(c[1])), reverse=True)
    longest = cands[0][0]
    if not all(_same(longest[len(longest) - len(w):], w) for w, _ in cands):
        return name
    best = cands[0][1]
    ts, rest = titles.split(best)
    # an office is a role, never part of the name ("MAYOR ANN QUILL" -> "ANN QUILL")
    return rest if ts and all(t.kind == "office" for t in ts) and rest else best


def meeting_registry(doc: Any, pos: int, meetings: list[Any]) -> Optional[list[dict[str, Any]]]:
    """The registry of the meeting whose span holds ``pos`` (the first one otherwise)."""
    regs = getattr(doc._, "minutes_registry", None) or []
    if not regs:
        return None
    k = next((i for i, m in enumerate(meetings) if m.start_char <= pos < m.end_char), 0)
    return regs[k] if k < len(regs) else regs[0]
