"""Business recorded before a meeting's first item heading.

Minutes often record a decision between the attendance block and the first heading ("The
minutes of the last meeting were approved, proposed by A and seconded by B." and only then
"POLICE BUSINESS"). Records are read item by item, so text outside every item is never read
and the decision is lost. GUIDELINES ("Lost headings"): business recorded before the first
heading is an item with number and title null; formalities there (call to order, prayer,
pledge, welcome) give nothing. So the untitled item starts at the first sentence that
records business by its wording (pattern data ``lead_business_cues``), after the header and
attendance lines.
"""

from __future__ import annotations

import re
from typing import Optional

from .text_lines import Line

# roles of the lines that belong to the header and attendance block, not to any business
_BLOCK_ROLES = frozenset(("meeting_header", "attendance_heading", "attendance_entry"))
_SENTENCE_END = (".", "!", "?", ":", ";")


def compile_cues(cues: list[str]) -> Optional[re.Pattern[str]]:
    """One case-insensitive pattern for the business cue fragments (None without any)."""
    return re.compile(rf"\b(?:{'|'.join(cues)})\b", re.IGNORECASE) if cues else None


def lead_business_start(text: str, ls: list[Line], floor: int, stop: int, cues: Optional[re.Pattern[str]],
                        taken: list[tuple[int, int]], roles: dict[int, tuple[str, float, float]]) -> Optional[int]:
    """Where the first sentence recording business starts among the lines in [floor, stop),
    skipping lines of the attendance lists (``taken``) and lines the line-role model reads as
    the header or attendance block; None when no such line holds a cue."""
    if cues is None or stop <= floor or not cues.search(text, floor, stop):
        return None  # one scan of the region first: most meetings open on their first heading
    spans = sorted(taken)
    k, reach = 0, -1  # attendance spans starting before the current line's end, and their furthest end
    kept: list[Line] = []  # lines since the last blank or skipped line: the current paragraph
    for line in ls:
        if line.start >= stop:
            break
        if line.blank or line.end <= floor:
            kept = []
            continue
        while k < len(spans) and spans[k][0] < line.end:
            reach = max(reach, spans[k][1])
            k += 1
        if reach > line.start or roles.get(line.start, ("",))[0] in _BLOCK_ROLES:
            kept = []
            continue
        kept.append(line)
        if cues.search(line.text):
            # the sentence may open on an earlier line of the paragraph ("The minutes ... were" / "approved")
            first = len(kept) - 1
            while first > 0 and not kept[first - 1].text.endswith(_SENTENCE_END):
                first -= 1
            return max(kept[first].start, floor)
    return None
