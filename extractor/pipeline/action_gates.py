"""Commitment clauses that read like actions but ask nobody to do anything.

Every reader of ``minutes_actions`` (decisions, note-form lines, narrative sentences and
the sentence-role classifier) hands its clause to ``ActionsComponent._emit``; these gates
run there, once per clause, so each family is kept out whichever reader found it:

- a dated meeting announcement ("The next meeting will be held in the Memorial Hall on
  Monday 9 June at 7.30pm", "The AGM is to take place on 2 October"): a fixture on the calendar, like the
  "there will be ..." events ``_announced`` drops, not a task given to anyone;
- a post and who holds it ("Cllr Amble will continue as Vice Chair", "The hedges group
  will be chaired by Nell Vasey", "Returning officer will be Jo Hale"): an appointment settled at
  the meeting;
- someone invited to speak or to update those present ("the Mayor invited the Engineer to
  speak", "asked the Ranger to update everyone on the works"): done at the meeting,
  unless the clause looks past it ("... at the next meeting"), and a question put there
  ("asked for an update on the bus shelter").

A decision not to act ("agreed not to reply to the survey") was tried as a gate too:
it removed two false actions on the read set but a gold action on the probe set, so the
annotators do not agree on it and it is left to the readers. The words come from
``announced_meetings``, ``role_statements`` and ``in_meeting_invitations`` in the actions
patterns.
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
        roles = patterns.get("role_statements", {})
        cont, chaired, posts = roles.get("continue_verbs", []), roles.get("chaired", []), roles.get("role_nouns", [])
        # each a case-insensitive lead, then the capital of the post or of its holder's
        # name ("as Treasurer", "chaired by Nell"), so "act as liaison" stays a task
        leads = []
        if cont:
            leads.append(rf"\b(?:{alternation(cont)})[ \t]+as[ \t]+(?:(?:the|a|an|interim|acting)[ \t]+)*")
        if chaired:
            leads.append(rf"\b(?:will|would|shall|to)[ \t]+(?:{alternation(chaired)})[ \t]+")
        if posts:
            leads.append(rf"^(?:the[ \t]+)?(?:new[ \t]+)?(?:{alternation(posts)})[ \t]+(?:will|would|shall)[ \t]+be[ \t]+")
        self._role = re.compile("|".join(f"(?i:{lead})[A-Z]" for lead in leads)) if leads else None
        invite = patterns.get("in_meeting_invitations", {})
        askers, tasks, later = invite.get("askers", []), invite.get("tasks", []), invite.get("later", [])
        self._invited = re.compile(
            rf"\b(?:{alternation(askers)})\b[^.;]{{0,60}}?\bto[ \t]+(?:{alternation(tasks)})\b(?![ \t]+(?:with|to)\b)", re.I) \
            if askers and tasks else None
        self._later = re.compile(rf"\b(?:{alternation(later)})\b", re.I) if later else None
        requests = invite.get("requests", [])
        self._asked_for = re.compile(rf"\b(?:{alternation(requests)})\b", re.I) if requests else None

    def reason(self, clause: str) -> Optional[str]:
        """Why ``clause`` (an action's text as emitted) is no action, or None."""
        if self._meeting is not None and self._meeting.match(clause) \
                and (CALENDAR_DAY_RE.search(clause) or _CLOCK.search(clause)):
            return "meeting_announced"
        if self._role is not None and self._role.search(clause):
            return "role_statement"
        if self._invited is not None:
            m = self._invited.search(clause)
            if m and not (self._later is not None and self._later.search(clause, m.end())):
                return "in_meeting_invitation"
        if self._asked_for is not None:
            m = self._asked_for.search(clause)
            if m and not (self._later is not None and self._later.search(clause, m.end())):
                return "in_meeting_question"
        return None
