"""Shared reading of ``minutes_people`` spans for the later components: which mention
is the subject of a verb, what name and role a mention stands for, and who is named
at a given place.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Optional

from spacy.tokens import Doc

from . import spans as S
from .patterns import alternation


@dataclass
class PM:
    """A person mention as the later components see it."""

    start: int
    end: int
    after: int  # where the mention's text ends, attached title included
    data: dict[str, Any]

    @property
    def name(self) -> Optional[str]:
        return self.data.get("name")

    @property
    def key(self) -> str:
        """Identity within a meeting: the canonical name, or the role for unnamed roles."""
        return self.name or "role:" + (self.data.get("role") or "")


# Per Doc: (the people span group, its size then, mention starts, mentions sorted by start).
_ALL: "weakref.WeakKeyDictionary[Doc, tuple[Any, int, list[int], list[PM]]]" = weakref.WeakKeyDictionary()


def _all_people(doc: Doc) -> tuple[list[int], list[PM]]:
    """Every people mention of ``doc`` sorted by start (ties in the order added), read
    from the spans once per Doc: questions and speakers ask for every item, and reading
    span extension data is slow. Rebuilt when the group was replaced or grew."""
    if S.PEOPLE not in doc.spans:
        return [], []
    group = doc.spans[S.PEOPLE]
    got = _ALL.get(doc)
    if got is None or got[0] is not group or got[1] != len(group):
        pms = []
        for sp in S.spans(doc, S.PEOPLE):  # the index's Spans when it has them
            d = S.data(sp, S.PEOPLE)
            s, e = d.get("start", sp.start_char), d.get("end", sp.end_char)  # S.char_range
            after = d.get("title_end") or e
            pms.append(PM(s, e, max(after, e), d))
        pms.sort(key=lambda m: m.start)
        got = _ALL[doc] = (group, len(group), [m.start for m in pms], pms)
    return got[2], got[3]


def people_in(doc: Doc, start: int, end: int) -> list[PM]:
    """The people mentions whose range lies in [start, end] (as ``spans.within``), sorted
    by start. The PM objects are shared between calls: read them, never change them."""
    starts, pms = _all_people(doc)
    lo, hi = bisect_left(starts, start), bisect_right(starts, end)
    return [m for m in pms[lo:hi] if m.end <= end]



def person_at(doc: Doc, start: int, end: int) -> Optional[str]:
    """Fullest name of the people mention overlapping [start, end), if the people
    component found one there."""
    best = None
    for sp in S.overlapping(doc, S.PEOPLE, start, end):
        name = S.data(sp, S.PEOPLE).get("name")
        if name and (best is None or len(name) > len(best)):
            best = name
    return best

def verb_regex(verbs: list[str], fillers: list[str], wrapped: bool = False) -> re.Pattern[str]:
    """Matches right after a mention: ", also confirmed", ") replied", " then asked".
    ``wrapped``: also across one line break ("... to which Mr A⏎responded"), as text and
    PDF minutes wrap their paragraphs; the verbs are lower case, so a name ending a line of
    a list followed by a capitalised line is no match."""
    gap = r"[ \t]*(?:\n[ \t]*)?" if wrapped else r"[ \t]*"
    fill = rf"(?:(?:{alternation(fillers)})[ \t]+)*" if fillers else ""
    attend = r"(?:(?:attended(?:[ \t]+the[ \t]+meeting)?|was[ \t]+in[ \t]+attendance|was[ \t]+present)[ \t]+and[ \t]+)?"
    # an aside between the name and its verb: a clause (", in reply, asked"), or a street address
    # (", 412 Juniper Lane, asked", as US public-comment minutes print speakers)
    aside = (r"(?:,[ \t]+(?:(?:in|when|whilst|while|on|having|after|following|a|an|the|who|representing)\b"
             r"[^,.;\n]{0,90}|(?:of[ \t]+)?\d{1,6}[A-Za-z]?[ \t]+[A-Z][^,;\n]{0,60}),[ \t]*)?")
    return re.compile(rf"{gap}\)?[ \t]*{aside},?{gap}{fill}{attend}(?P<verb>{alternation(verbs)})\b")


def trigger_regex(triggers: list[str], plural_hons: list[str]) -> re.Pattern[str]:
    """Matches just before a mention: "Following a question from (Councillors) "."""
    plural = rf"(?:(?:{alternation(plural_hons)})\.?[ \t]+)?" if plural_hons else ""
    return re.compile(rf"\b(?:{alternation(triggers)})[ \t]+{plural}$", re.IGNORECASE)


LIST_JOIN = re.compile(r"^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)$")


def item_roles(item_mentions: list[PM]) -> dict[Optional[str], str]:
    """The first role given to each name in an item (mentions that are only a role
    excluded), worked out once per item rather than once per speaker."""
    out: dict[Optional[str], str] = {}
    for other in item_mentions:
        od = other.data
        if od.get("role") and not od.get("role_only"):
            out.setdefault(od.get("name"), od["role"])
    return out


def role_for(m: PM, roles_in_item: dict[Optional[str], str], registry: list[dict[str, Any]], chair_role: str,
             councillor_role: str) -> Optional[str]:
    """The title the minutes give this person: in this item (``item_roles``), else the
    meeting, else "Councillor" for a councillor with no other role."""
    d = m.data
    if d.get("chair"):
        return d.get("role") or chair_role
    if d.get("role_only") and d.get("name") is None:
        return d.get("role")
    if d.get("name") in roles_in_item:
        return roles_in_item[d.get("name")]
    if d.get("role_only") and d.get("role"):
        return d["role"]
    entry = d.get("entry")
    if entry is not None and 0 <= entry < len(registry):
        roles = registry[entry].get("roles") or []
        if roles:
            return roles[0]
    if d.get("councillor"):
        return councillor_role
    return None


def registry_for(doc: Doc, m: PM) -> list[dict[str, Any]]:
    regs = doc._.minutes_registry or []
    i = m.data.get("meeting", 0)
    return regs[i] if i is not None and i < len(regs) else []
