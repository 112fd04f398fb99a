"""Commitment clauses that read like actions but ask nobody to do anything.

Every reader of ``minutes_actions`` (decisions, note-form lines, narrative sentences and
the sentence-role classifier) hands its clause to ``ActionsComponent._emit``; these gates
run there, once per clause, so each family is kept out whichever reader found it:

- a dated meeting announcement ("The next meeting will be held on Tuesday 1 May at
  7pm", "AGM will take place on 30 November"): a fixture on the calendar, like the
  "there will be ..." events ``_announced`` drops, not a task given to anyone.

A decision not to act ("It was agreed not to write to the MP") was tried as a gate too:
it removed two false actions on the read set but a gold action on the probe set, so the
annotators do not agree on it and it is left to the readers. The words come from
``announced_meetings`` in the actions patterns.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .dates import CALENDAR_DAY_RE
from .patterns import alternation

# a clock time ("7.00pm", "7:30 p.m.", "9 am"): with a calendar day, what dates a fixture
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?[ \t]*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d{2}\b", re.I)


class ActionGates:
    """The gates, compiled once from the actions pattern data."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        spec = patterns.get("announced_meetings", {})
        events, verbs = spec.get("events", []), spec.get("verbs", [])
        heads = spec.get("leading_heads", [])
        self._meeting: Optional[re.Pattern[str]] = None
        if events and verbs:
            aux = r"(?:will|would|shall|should|is[ \t]+to|are[ \t]+to|is[ \t]+going[ \t]+to|to)"
            lead = rf"(?:(?:it[ \t]+was[ \t]+)?(?:{alternation(heads)})[ \t]+(?:that[ \t]+)?)?" if heads else ""
            # up to six words before the event noun ("the next full Parish Council"), none a
            # doer's verb or "to" ("Clerk to arrange a meeting to be held ..." is a task)
            word = r"(?!(?:to|will|would|shall|should|can|could|must|may|agreed|asked|requested|and)\b)[\w’'.\-]+"
            self._meeting = re.compile(
                rf"{lead}(?:{word}[ \t]+){{0,6}}?(?:{alternation(events)})[ \t]+"
                rf"(?:{aux}[ \t]+(?:now[ \t]+|also[ \t]+|then[ \t]+)?)?(?:{alternation(verbs)})\b", re.I)

    def reason(self, clause: str) -> Optional[str]:
        """Why ``clause`` (an action's text as emitted) is no action, or None."""
        if self._meeting is not None and self._meeting.match(clause) \
                and (CALENDAR_DAY_RE.search(clause) or _CLOCK.search(clause)):
            return "meeting_announced"
        return None
