"""Shared reading of ``minutes_people`` spans for the later components: which mention
is the subject of a verb, what name and role a mention stands for, and who is named
at a given place.
"""

from __future__ import annotations

import re
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


def people_in(doc: Doc, start: int, end: int) -> list[PM]:
    out = []
    for sp in S.within(doc, S.PEOPLE, start, end):
        d = S.data(sp, S.PEOPLE)
        s, e = S.char_range(sp, S.PEOPLE)
        after = d.get("title_end") or e
        out.append(PM(s, e, max(after, e), d))
    out.sort(key=lambda m: m.start)
    return out



def person_at(doc: Doc, start: int, end: int) -> Optional[str]:
    """Fullest name of the people mention overlapping [start, end), if the people
    component found one there."""
    best = None
    for sp in S.overlapping(doc, S.PEOPLE, start, end):
        name = S.data(sp, S.PEOPLE).get("name")
        if name and (best is None or len(name) > len(best)):
            best = name
    return best

def verb_regex(verbs: list[str], fillers: list[str]) -> re.Pattern[str]:
    """Matches right after a mention: ", also confirmed", ") replied", " then asked"."""
    fill = rf"(?:(?:{alternation(fillers)})[ \t]+)*" if fillers else ""
    attend = r"(?:(?:attended(?:[ \t]+the[ \t]+meeting)?|was[ \t]+in[ \t]+attendance|was[ \t]+present)[ \t]+and[ \t]+)?"
    aside = (r"(?:,[ \t]+(?:in|when|whilst|while|on|having|after|following|a|an|the|who|representing)\b"
             r"[^,.;\n]{0,90},[ \t]*)?")
    return re.compile(rf"[ \t]*\)?[ \t]*{aside},?[ \t]*{fill}{attend}(?P<verb>{alternation(verbs)})\b")


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
