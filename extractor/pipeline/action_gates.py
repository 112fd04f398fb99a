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
- a thing's own future ("It will reimburse the town for the interest"): ``thing_futures``;
- someone invited to speak or to update those present ("the Mayor invited the Engineer to
  speak", "asked the Ranger to update everyone on the works"): done at the meeting,
  unless the clause looks past it ("... at the next meeting"), and a question put there
  ("asked for an update on the bus shelter");
- a promise reported as made before the meeting ("the contractor had agreed to return",
  "he had promised to look at the funding"), a motion record with no content ("It was
  proposed", "MOTION moved"), a change to this meeting's agenda or minutes ("to add a
  closed session as agenda item 9", "the agenda be amended to include"), a clause opened
  by an invitation to whoever wants something ("Anyone wishing to help should contact
  the Clerk"), correspondence reported as received ("Email received from the county
  stating ..."), a step of the meeting itself ("The Committee decided to exclude the
  public", from ``settled_motion_alone``), someone taking the chair or the minutes, a hope rather
  than a task ("Sam may be interested in taking on the website") and a question ("Will
  landowners be willing to take part?"): nobody is left a task by this meeting
  (``_comment_settled_reports`` and ``_comment_settled_reports_2``). The present perfect
  ("the contractor has agreed to return") was tried too: it removed read-set false
  actions but two gold actions on the probe set, so only the past perfect is read;
- a decision recorded as taken in the passive ("The draft minutes were accepted"), a
  standing request to declare interests ("Members are requested to declare any
  interests") and thanks recorded as given ("Thanks were offered to the volunteers"):
  what the meeting settled or did (``settled_passives``, ``standing_requests``,
  ``recorded_thanks``);
- an "ACTION:" line that restates the commitment of the sentence just above it, with the
  same owner (``restated``, run once over the document's actions).

A decision not to act ("agreed not to reply to the survey") was tried as a gate too:
it removed two false actions on the read set but a gold action on the probe set, so the
annotators do not agree on it and it is left to the readers. The words come from
``announced_meetings``, ``role_statements``, ``in_meeting_invitations`` and the keys the two
``_comment_settled_reports`` entries name, in the actions patterns.
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
        # "Next meeting 3rd February to discuss the report": the fixture with no verb, its day right after
        self._next_fixture = re.compile(
            rf"(?:the[ \t]+)?next[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{alternation(events)})[ \t]*[:,\-–—]?[ \t]*"
            rf"(?:(?:is|on|will[ \t]+be)[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?", re.I) if events else None
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
        joins = patterns.get("membership_changes", [])
        # a short subject, its will/would/agreed to, the change, at most six words, none "to" or "and"
        self._membership = re.compile(
            rf"(?:[\w’'.\-]+[ \t]+){{1,4}}?(?:also[ \t]+|subsequently[ \t]+)?(?:will|would|shall|has[ \t]+agreed[ \t]+to|agreed[ \t]+to|is[ \t]+to)"
            rf"[ \t]+(?:also[ \t]+)?(?:{alternation(joins)})\b(?:[ \t]+(?!and\b|to\b)[\w’'.\-]+){{0,6}}[ \t.]*", re.I) if joins else None
        self._thing_future, self._thing_kept = _thing_futures(patterns.get("thing_futures", {}))
        invite = patterns.get("in_meeting_invitations", {})
        askers, tasks, later = invite.get("askers", []), invite.get("tasks", []), invite.get("later", [])
        self._invited = re.compile(
            rf"\b(?:{alternation(askers)})\b[^.;]{{0,60}}?\bto[ \t]+(?:{alternation(tasks)})\b(?![ \t]+(?:with|to)\b)", re.I) \
            if askers and tasks else None
        self._later = re.compile(rf"\b(?:{alternation(later)})\b", re.I) if later else None
        requests = invite.get("requests", [])
        self._asked_for = re.compile(rf"\b(?:{alternation(requests)})\b", re.I) if requests else None
        self._settled = _SettledReports(patterns)

    def reason(self, clause: str) -> Optional[str]:
        """Why ``clause`` (an action's text as emitted) is no action, or None."""
        if self._meeting is not None and self._meeting.match(clause) \
                and (CALENDAR_DAY_RE.search(clause) or _CLOCK.search(clause)):
            return "meeting_announced"
        if self._next_fixture is not None:
            m = self._next_fixture.match(clause)
            if m and CALENDAR_DAY_RE.match(clause, m.end()):
                return "meeting_announced"
        if self._role is not None and self._role.search(clause):
            return "role_statement"
        if self._thing_future is not None:
            m = self._thing_future.match(clause)
            if m and not self._thing_kept.search(clause) and not _MODAL_AFTER.search(clause, m.end()):  # type: ignore[union-attr]
                return "thing_future"
        if self._membership is not None and self._membership.fullmatch(clause):
            return "membership_change"
        if self._invited is not None:
            m = self._invited.search(clause)
            if m and not (self._later is not None and self._later.search(clause, m.end())):
                return "in_meeting_invitation"
        if self._asked_for is not None:
            m = self._asked_for.search(clause)
            if m and not (self._later is not None and self._later.search(clause, m.end())):
                return "in_meeting_question"
        return self._settled.reason(clause)


# a firm will/shall before a hedge ("Ann will organise a meeting which the county will
# hopefully attend"): the hedge is about someone else's part
_FIRM = re.compile(r"\b(?:will|shall)[ \t]+(?:now[ \t]+|also[ \t]+)?(?!hopefully\b|be[ \t]+able\b)[a-z]{2,}")

# for ``_SettledReports._settled_passive``: an impersonal opening, and a forward-looking word
# on either side of the passive (a future, an obligation, a to-infinitive: "Clerk to tell the
# club that its request was agreed" is a task)
_IMPERSONAL = re.compile(r"(?:it|this|that)\b", re.I)
_FORWARD = re.compile(
    r"\b(?:will|would|shall|should|must|going[ \t]+to|needs?[ \t]+to|to[ \t]+(?!the\b|a\b|an\b)[a-z]+"
    r"|be[ \t]+[a-z]+(?:ed|en|wn|ne|t))\b|’ll\b|'ll\b", re.I)

# a second promise after a thing's future ("this could go ahead, and that Matt would contact ...")
_MODAL_AFTER = re.compile(r"\b(?:will|would|shall)\b|’ll\b|'ll\b", re.I)

# words too common to tell two tasks apart: what remains says what the owner must do
_FILLER = frozenset("a an and at be by for in of on the to will with".split())
_WORD = re.compile(r"[^\W_]+")
RESTATED_WITHIN = 600  # characters: an "ACTION:" line restates a commitment this close above it


def _content(clause: str, owner: str) -> set[str]:
    words = {w.casefold() for w in _WORD.findall(clause)}
    return words - _FILLER - {w.casefold() for w in _WORD.findall(owner)}


def restated(text: str, actions: list[tuple[int, int, Optional[str], str]], marker: re.Pattern[str]) -> set[int]:
    """Which of ``actions`` ((start, end, owner, clause) each) only restate, on an
    "ACTION:" line (``marker``, whose group "body" is the line's text), a commitment of
    the same owner written just above it ("QJ to circulate the press release." then
    "ACTION: QJ to circulate."): one action per commitment, the sentence's (GUIDELINES
    '"ACTION XX:" lines'). Half the ACTION line's own words must be the sentence's, so a
    second task for the same owner stays."""
    drop: set[int] = set()
    order = sorted(range(len(actions)), key=lambda i: actions[i][0])
    for k, i in enumerate(order):
        s, _, owner, clause = actions[i]
        if not owner:
            continue
        line = marker.match(text, text.rfind("\n", 0, s) + 1)
        if line is None or line.start("body") > s:
            continue
        words = _content(clause, owner)
        if not words:
            continue
        for j in reversed(order[:k]):
            ps, pe, powner, pclause = actions[j]
            if ps < s - RESTATED_WITHIN:
                break
            if j in drop or pe > s or not powner or powner.casefold() != owner.casefold():
                continue
            above = marker.match(text, text.rfind("\n", 0, ps) + 1)
            if above is not None and above.start("body") <= ps:
                continue  # two "ACTION:" lines are two tasks, even when worded alike
            if 2 * len(words & _content(pclause, powner)) >= len(words):
                drop.add(i)
                break
    return drop


def _thing_futures(spec: dict[str, Any]) -> tuple[Optional[re.Pattern[str]], Optional[re.Pattern[str]]]:
    """A thing's pronoun, a modal and an active verb opening the clause ("It will reimburse
    ..."; not "It will be reviewed"), and the words that keep such a clause (``thing_futures``)."""
    subjects, modals = spec.get("subjects", []), spec.get("modals", [])
    if not (subjects and modals):
        return None, None
    kept = spec.get("kept_verbs", [])
    passive = r"(?:also[ \t]+)?be[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|en|wn|ne|t|d|de)\b"  # "be paid", "be held", "be made"
    not_verb = rf"(?!{passive}|(?:{alternation(kept)})\b)" if kept else rf"(?!{passive})"
    opening = rf"(?:{alternation(subjects)})[ \t]+(?:{alternation(modals)})[ \t]+{not_verb}[a-z]"
    words = spec.get("kept_words", [])
    return re.compile(opening, re.I), re.compile(rf"\b(?:{alternation(words)})\b" if words else r"(?!)", re.I)


def _standing_requests(spec: dict[str, Any]) -> tuple[Optional[re.Pattern[str]], Optional[re.Pattern[str]]]:
    """The opening of a standing request to the members ("Members are requested to") and
    the topics that make it one (declaring interests), from ``standing_requests``."""
    subjects, asked, topics = spec.get("subjects", []), spec.get("verbs", []), spec.get("topics", [])
    if not (subjects and asked and topics):
        return None, None
    opening = rf"(?:{alternation(subjects)})[ \t]+are[ \t]+(?:{alternation(asked)})[ \t]+to\b"
    return re.compile(opening, re.I), re.compile(rf"\b(?:{alternation(topics)})\b", re.I)


class _SettledReports:
    """The ``_comment_settled_reports`` families: clauses with nothing left to do, each
    found by one regex compiled once; ``reason`` tries the cheap ones first."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        rep = patterns.get("reported_commitments", {})
        aux, verbs, phrases = rep.get("auxiliaries", []), rep.get("verbs", []), rep.get("phrases", [])
        alts = [rf"\b(?:{alternation(aux)})[ \t]+(?:already[ \t]+|now[ \t]+|also[ \t]+)?(?:{alternation(verbs)})\b"] \
            if aux and verbs else []
        alts += [rf"\b(?:{alternation(phrases)})\b"] if phrases else []
        self._reported = re.compile("|".join(alts), re.I) if alts else None
        frag = patterns.get("motion_fragments", {})
        leads, moved = frag.get("leads", []), frag.get("verbs", [])
        # the whole clause: an optional lead-in up to a comma, then the record alone
        self._fragment = re.compile(
            rf"(?:[^,]{{0,160}},[ \t]*)?(?:{alternation(leads)})[ \t]+(?:{alternation(moved)})", re.I) \
            if leads and moved else None
        agenda = patterns.get("agenda_changes", {})
        changes, later = agenda.get("phrases", []), agenda.get("later", [])
        self._agenda = re.compile(rf"\b(?:{alternation(changes)})\b", re.I) if changes else None
        self._agenda_later = re.compile(rf"\b(?:{alternation(later)})\b", re.I) if later else None
        invites = patterns.get("open_invitations", [])
        # opening the clause: "Clerk to write to anyone who has not paid" is a task
        self._open = re.compile(rf"(?:{alternation(invites)})\b", re.I) if invites else None
        roles = patterns.get("session_roles", [])
        self._session_role = re.compile(rf"\b(?:{alternation(roles)})\b", re.I) if roles else None
        hedges = patterns.get("hedges", [])
        self._hedge = re.compile(rf"\b(?:{alternation(hedges)})\b", re.I) if hedges else None
        asks = patterns.get("interrogatives", [])
        # "For example, will the project ...?": a short lead-in may come first
        self._question = re.compile(rf"(?:[\w ]{{0,24}},[ \t]*)?(?:{alternation(asks)})\b.*\?", re.I | re.S) if asks else None
        decided, alone = patterns.get("settled_decisions", []), patterns.get("settled_motion_alone", [])
        # "The Committee decided to exclude the public": a step of the meeting itself
        self._settled_step = re.compile(rf"\b(?:{alternation(decided)})[ \t]+(?:{alternation(alone)})\b", re.I) \
            if decided and alone else None
        noting = patterns.get("settled_noting", [])
        # "The group agreed to note the report": and no "and" after it, which may bring a task
        self._noting = re.compile(rf"\b(?:{alternation(decided)})[ \t]+(?:{alternation(noting)})\b(?![^.;]*\band\b)", re.I) \
            if decided and noting else None
        passives = patterns.get("settled_passives", [])
        # "The draft minutes were accepted": a passive settled verb, not followed by its own clause
        self._passive = re.compile(
            rf"\b(?<!what[ \t])(?<!which[ \t])(?:was|were|had[ \t]+been|has[ \t]+been|have[ \t]+been)[ \t]+"
            rf"(?:unanimously[ \t]+|duly[ \t]+|then[ \t]+|formally[ \t]+)?(?:{alternation(passives)})\b"
            rf"(?![ \t]+(?:that|to|by[ \t]+\w+[ \t]+to)\b)", re.I) if passives else None
        spend = patterns.get("new_spending_objects", [])
        # "The quote of £900 for the new gates was accepted": buying something new stays an action
        self._spending = re.compile(rf"[£$€]|\b(?:{alternation(spend)})\b", re.I) if spend else re.compile(r"[£$€]")
        self._standing, self._standing_topic = _standing_requests(patterns.get("standing_requests", {}))
        thanked = patterns.get("recorded_thanks", [])
        # the clause opens with the thanks (a few words may qualify them: "A vote of thanks")
        self._thanks = re.compile(
            rf"(?:[\w’'\-]+[ \t]+){{0,3}}?thanks[ \t]+(?:was|were|had[ \t]+been|have[ \t]+been)[ \t]+(?:{alternation(thanked)})\b",
            re.I) if thanked else None
        items = patterns.get("received_items", [])
        # the clause opens with the item (a word or two may qualify it, not "Clerk to") and "received"
        self._received = re.compile(
            rf"(?:(?!to\b)[\w’'\-]+[ \t]+){{0,2}}?(?:{alternation(items)})s?[ \t]+(?:(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+)?received\b",
            re.I) if items else None

    def _settled_passive(self, clause: str) -> bool:
        """A decision recorded as taken ("The draft agenda was adopted without change"):
        nothing forward-looking before or after the passive, not an impersonal "It was
        agreed" (whose "that"-clause may hold the task), and no new spending (a sum or a
        ``new_spending_objects`` word: buying something new is an action, GUIDELINES)."""
        if _IMPERSONAL.match(clause) or self._spending.search(clause):
            return False
        m = self._passive.search(clause)  # type: ignore[union-attr]
        return m is not None and not _FORWARD.search(clause, 0, m.start()) and not _FORWARD.search(clause, m.end())

    def reason(self, clause: str) -> Optional[str]:
        """Which family ``clause`` belongs to, or None: the whole-clause and opening
        tests first, the searches after."""
        if self._fragment is not None and self._fragment.fullmatch(clause):
            return "motion_fragment"
        if self._received is not None and self._received.match(clause):
            return "received_item"
        if self._thanks is not None and self._thanks.match(clause):
            return "recorded_thanks"
        if self._reported is not None and self._reported.search(clause):
            return "reported_commitment"
        if self._standing is not None and self._standing.match(clause) and self._standing_topic.search(clause):  # type: ignore[union-attr]
            return "standing_request"
        if self._passive is not None and self._settled_passive(clause):
            return "settled_passive"
        if self._open is not None and self._open.match(clause):
            return "open_invitation"
        if self._settled_step is not None and self._settled_step.search(clause):
            return "settled_step"
        if self._noting is not None and self._noting.search(clause):
            return "settled_noting"
        if self._session_role is not None and self._session_role.search(clause):
            return "session_role"
        if self._question is not None and clause.endswith("?") and self._question.fullmatch(clause):
            return "question"
        if self._hedge is not None:
            m = self._hedge.search(clause)
            if m and not _FIRM.search(clause, 0, m.start()):
                return "hedge"
        if self._agenda is not None:
            m = self._agenda.search(clause)
            if m and not (self._agenda_later is not None and self._agenda_later.search(clause)):
                return "agenda_change"
        return None
