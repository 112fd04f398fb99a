"""Attendance lists: present members with roles, officers with titles, apologies.

Three shapes are read, all driven by pattern data (headings, honorifics, role
phrases): a heading followed by one person per line ("Committee Members" /
"Officers" / "P  Name" tables), a heading with an inline list ("Present: Cllr A,
Cllr B and Cllr C (Chair)"), and apology sentences ("Apologies for absence were
received from Councillors A, B and C."). A plural honorific ("Councillors Wilson,
Ashdown and Penrose") distributes over the names that follow it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, PhraseMap, alternation
from .attendance_headings import Heading, HeadingGrammar
from .attendance_names import NameRules
from .text_lines import Line, all_lines
from .word_gate import necessary_words, safe_lower

_INITIALS_NAME = r"(?:(?:Mrs|Miss|Mr|Ms|Dr)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][A-Za-z'’-]+"


@dataclass
class Entry:
    label: str
    name: str
    role: Optional[str]
    start: int
    end: int


_SUBSTITUTED_BY = re.compile(r"\((?:substituted|replaced|represented)\s+by\s+(?P<n>[^()]+)\)")
"""An absent member's substitute, named in brackets after them."""
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_BRACKET = re.compile(r"\((?P<r>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_NEXT_BRACKET = re.compile(r"\((?P<r>[^()]*)\)\s*")
_CHAIR_WORD = re.compile(r"chair", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_THE_OFFICE = re.compile(r"[Tt]he\s+(?P<o>.+)")
_WRAPS = re.compile(r"(?:[,;&]|\band|\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|of|from|the))$")
"""A line that goes on on the next: it ends in a separator, an honorific or a preposition."""
_NUMBERED = re.compile(r"^(?:\(\d{1,3}[a-z]?\)|\d{1,3}(?:\.\d{1,2})*[.)]?)\s+[A-Z][A-Za-z]")
"""An item heading ("(2) Disclosures ...", "3. Minutes"): the end of a block of names."""
def _holds(low: str, words: Optional[tuple[str, ...]]) -> bool:
    """Whether lower-cased ``low`` holds one of ``words`` (no words: cannot tell, so yes)."""
    return words is None or any(w in low for w in words)


def _column(text: str, at: int) -> int:
    """Column of offset ``at`` in its line of ``text``."""
    return at - (text.rfind("\n", 0, at) + 1)


_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
"""Three lower-case words in a row: a sentence, not a list of names and titles."""
_UNBRACKET = re.compile(r"\([^()]*\)")
_BULLET = re.compile(r"^(?:[-•*–·▪○]|\d{1,2}[.)])\s+(?=\S)")
_COLUMNS = re.compile(r"\S\s{3,}\S")
_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")
"""Cells of a line laid out in columns: runs of text parted by three or more spaces."""
_AND = re.compile(r"\s+(?:and|&)\s+")
_LOWER_LEAD = re.compile(r"^\s*(?:(?:[a-z][\w’'-]*|the\s+following)\s*:?\s+)+(?=[A-Z])")
"""Lower-case words before the names of a list: "board members Paul Garabedian, ..."."""
_LEAD_AND = re.compile(r"\s*(?:and|&)\s+")
_SEPARATORS = re.compile(r"[(),;]|\s+(?:and|&)\s+")
_ROLE_FIRST = re.compile(r"^(?P<r>[A-Z][A-Za-z'’-]*(?:(?:\s+|\s*[,&]\s*)[A-Za-z'’-]+){0,5})\s*:\s+(?P<n>\S.*)$")
"""A block line "Role: Name" (one to five words before the colon)."""


MODES = ("rules", "model", "combined")
MODEL_ROLES = ("attendance_heading", "attendance_entry")
ITEM_ROLES = ("item_heading", "sub_item_heading")


class AttendanceComponent(PatternComponent):
    """Attendees from the rules, from the rules on the lines the line-role model calls
    attendance, or both (``mode``)."""

    def __init__(self, nlp, name: str, patterns: dict[str, Any], mode: str = "combined", add_threshold: float = 0.5) -> None:
        if mode not in MODES:
            raise ValueError(f"minutes_attendance mode {mode!r}: expected one of {', '.join(MODES)}")
        self.mode = mode
        self.add_threshold = add_threshold
        super().__init__(nlp, name, patterns)

    def compile(self) -> None:
        p = self.patterns
        self._plural = dict(p.get("plural_honorifics", {}))
        hons = list(p.get("honorifics", [])) + list(self._plural)
        self._honorific = re.compile(rf"^(?:{alternation(hons)})(?=\s|$)")
        self._plural_re = re.compile(rf"^(?P<h>{alternation(self._plural)})(?=\s)") if self._plural else re.compile(r"(?!)")
        self._post = re.compile(rf"\s+(?:{alternation(p.get('post_nominals', []))})\b\.?", re.UNICODE) if p.get("post_nominals") else None
        self._chair = PhraseMap(p.get("chair_phrases", {}))
        self._chair_re = re.compile(rf"\s*,?\s*\b(?P<c>{alternation(self._chair)})\b\s*", re.IGNORECASE) if self._chair else None
        self._substitute = re.compile(rf"\b(?:{alternation(p.get('substitute_words', []))})\b", re.IGNORECASE)
        self._headings = HeadingGrammar(p, self._plural, self._honorific)
        self._triggers = re.compile(rf"\b(?:{alternation(p.get('apology_triggers', []))})\b\s*:?\s*", re.IGNORECASE)
        self._apology_end = re.compile(rf"\s+(?:{alternation(p.get('apology_end', []))})\b", re.IGNORECASE)
        self._marks = dict(p.get("table_marks", {}))
        self._mark_re = re.compile(rf"^(?P<m>{'|'.join(map(re.escape, self._marks))})(?P<gap>\s+)(?=[A-Z])") if self._marks else re.compile(r"(?!)")
        self._legend = re.compile(p.get("legend_line", r"(?!)"))
        self._not_name = {w.lower() for w in p.get("not_name_words", [])}
        self._particles = set(p.get("name_particles", []))
        self._stacking = set(p.get("stacking_honorifics", []))
        mixed = alternation(p.get("mixed_headings", []))
        # "Present: Councillors A, B; also in attendance: Councillor C": a second, mixed list after a semicolon
        self._mixed_inline = re.compile(rf";\s*(?:{mixed})\b\s*:?\s*", re.IGNORECASE) if mixed else re.compile(r"(?!)")
        self._mixed_default = p.get("mixed_default", "present")
        members = alternation(p.get("member_honorifics", []))
        self._member_re = re.compile(rf"^(?:{members})(?=\s)") if members else re.compile(r"(?!)")
        self._run_end = re.compile(r"\s(?:\d{1,2}|[IVX]{1,4})\.\s+[A-Z]|_{3,}|\s[*#]\s")
        self._caps_run = re.compile(r"(?<!\S)[A-Z][A-Z'’-]{3,}\*?\s+[A-Z][A-Z'’-]{3,}\b")
        self._attended_label = PhraseMap(p.get("attended_phrases", {}))
        attended = alternation(self._attended_label)
        self._attended_any = re.compile(rf"\s(?P<p>{attended})\b") if attended else re.compile(r"(?!)")
        self._openers = p.get("presence_openers", {})
        openers = alternation(self._openers)
        self._opener = re.compile(rf"\b(?P<o>{openers})\b\s*:?\s*", re.IGNORECASE) if openers else re.compile(r"(?!)")
        roll = alternation(p.get("heading_grammar", {}).get("roll_call", []))
        self._roll_call = re.compile(rf"\b(?:{roll})\b(?:\s+as\s+follows)?\s*[:,-]?\s*", re.IGNORECASE) if roll else re.compile(r"(?!)")
        self._roll_status = {k.lower(): v for k, v in p.get("roll_call_answers", {}).items()}
        answers = alternation(self._roll_status)
        self._roll_entry = re.compile(
            rf"(?P<n>(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w.’'-]*)\s+(?:[-–—:]\s*)?(?P<s>{answers})\b", re.IGNORECASE
        ) if answers else re.compile(r"(?!)")
        # words one of which any list sentence holds ("apolog*": any word starting so); a cheap
        # test before the sentence regexes, as "presented" and "presentation" are common
        cues = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in p.get("cue_words", []))
        self._cue = re.compile(rf"\b(?:{cues})\b") if cues else re.compile(r"(?!)")
        # words each kind of sentence needs (None: no safe set, always look)
        self._gate_triggers = necessary_words(p.get("apology_triggers", []))
        self._gate_openers = necessary_words(self._openers)
        self._gate_attended = necessary_words(self._attended_label)
        self._officer_role = re.compile(rf"\b(?:{alternation(p.get('officer_role_words', []))})\b", re.IGNORECASE)
        self._max_tokens = int(p.get("max_name_tokens", 7))
        openers = p.get("substitute_openers", [])
        # "(for Councillor Tamblyn)": a bracket that opens with a substitute word names no role
        self._sub_opener = re.compile(rf"^(?:{alternation(openers)})\s", re.IGNORECASE) if openers else re.compile(r"(?!)")
        self._header_cells = {w.lower() for w in p.get("table_header_cells", [])}
        self._no_role_cells = {w.lower() for w in p.get("no_role_cells", [])}
        self._initials_list = re.compile(rf"(?P<name>{_INITIALS_NAME})\s*,?\s*(?:\((?P<role>[^)]*)\))?")
        self._names = NameRules(p, self._honorific)
        self._and_honorific = re.compile(rf"\s(?:and|&)\s+(?:{alternation(hons)})\s")
        self._mark_bracket = re.compile(rf"\s*\((?P<m>{'|'.join(map(re.escape, self._marks))})\)\s*$") if self._marks else re.compile(r"(?!)")
        self._staff_role = re.compile(rf"\b(?:{alternation(p.get('staff_role_words', []))})\b", re.IGNORECASE) if p.get("staff_role_words") else re.compile(r"(?!)")
        member_roles = alternation(p.get("member_role_words", []))
        self._member_role = re.compile(rf"\b(?:{member_roles})\b", re.IGNORECASE) if member_roles else re.compile(r"(?!)")
        splitters = alternation(p.get("split_honorifics", []))
        self._split_hon = re.compile(rf"\s+(?:{splitters})(?=\s+[A-Z(])") if splitters else re.compile(r"(?!)")
        offices = alternation(p.get("office_honorifics", []))
        self._office = re.compile(rf"^(?P<o>{offices})\s+(?=[A-Z])") if offices else re.compile(r"(?!)")
        self._not_role = re.compile(rf"\b(?:{alternation(p.get('not_role_words', []))})\b", re.IGNORECASE) if p.get("not_role_words") else re.compile(r"(?!)")

    # --- one entry ---------------------------------------------------------------

    def _valid_name(self, name: str) -> bool:
        return self._names.valid(name)

    def _entry(self, text: str, start: int, label: str, inherited: Optional[str], block: bool) -> Optional[Entry]:
        """Parse "Name (Role)", "Name, Title" (block lines) or "Name in the chair"."""
        raw = text
        lead = len(raw) - len(raw.lstrip())
        raw = raw.strip()
        raw = raw.rstrip(" .;,")
        if not raw:
            return None
        s = start + lead
        e = s + len(raw)
        mark = self._mark_bracket.search(raw)
        if mark:  # "Cllr F Tingle (Chair) (P)": a present/absent mark in brackets
            label, raw = self._marks[mark.group("m")], raw[: mark.start()].rstrip(" .;,")
        role: Optional[str] = None
        name = raw
        m = _BRACKET.search(name)
        comma = name.find(",")
        dash = _SPACED_DASH.search(name) if block else None
        if dash and (m is None or dash.start() < m.start()) and (comma < 0 or dash.start() < comma) \
                and self._valid_name(name[: dash.start()].strip()) and not _SPACED_DASH.search(name, dash.end()):
            # "Mr J Coles – Planning Officer (Compliance)", "Mr S Bell – Legal Services, Norfolk CC"
            name, role = name[: dash.start()].strip(), name[dash.end():].strip() or None
            m = None
        elif block and comma >= 0 and (m is None or comma < m.start()) and not self._honorific.match(name[comma + 1:].strip()):
            # "Kim Hallam, Service Manager (Libraries)": the title follows the comma
            name, role = name[:comma].strip(), name[comma + 1:].strip() or None
        elif m:
            inner = m.group("r").strip()
            after = name[m.end():].strip()
            # "Councillor Heap (Leader of the Council) (Chair)": more brackets, each a role or a substitution
            more = [inner]
            while not block and after.startswith("("):
                nm = _NEXT_BRACKET.match(after)
                if not nm:
                    break
                more.append(nm.group("r").strip())
                after = after[nm.end():].strip()
            roles = [self._bracket_role(r) for r in more]
            roles = [r for r in roles if r]
            chairing = [r for r in roles if r in self._chair.values() or _CHAIR_WORD.search(r)]
            role = (chairing or roles or [None])[0]
            name = (name[: m.start()] + (" " + after if after and not block else "")).strip()
            if block and after and role is None:
                return None
        elif block and re.search(r"\s[–—-]\s", name) and "," not in name:
            # "Jane Doe – Chief Executive"
            head, tail = re.split(r"\s[–—-]\s", name, maxsplit=1)
            name, role = head.strip(), tail.strip() or None
        elif block and "," in name:
            head, tail = name.split(",", 1)
            if not self._honorific.match(tail.strip()):
                name, role = head.strip(), tail.strip() or None
        if self._chair_re:
            cm = self._chair_re.search(name)
            if cm:
                role = role or self._chair.get(cm.group("c"))
                name = (name[: cm.start()] + " " + name[cm.end():]).strip()
        if self._post:
            # "Jawaid MBE" -> "Jawaid"; "Mr A Hamid MBE" keeps the letters as printed
            bare = self._post.sub("", name)
            if len(bare.split()) < 2 or not self._valid_name(name):
                name = bare
        name = _SPACES.sub(" ", name).strip(" ,;")
        if m and role and self._honorific.match(role) and not self._honorific.match(name) and self._valid_name(role):
            # "The Mayor (Councillor Lena Castellan) in the Chair": the office first, the member in brackets
            name, role = role, re.sub(r"^[Tt]he\s+", "", name) or None
        elif not self._valid_name(name) and role and self._valid_name(role) and (block or m) \
                and " " in role.strip() and self._names.role_phrase(name):
            # "Head of Legal Services (R Ashdown)": the title comes first, the name in brackets
            # (on a line of its own or in an inline list)
            name, role = role, name
        if role and self._names.initials_code(name, role):
            role = None  # "Sheila Freeman (SF)": the minute-taker's tag, not a role
        name = self._names.drop_trailing_code(name)
        titled = self._names.title_first(name)
        if titled:  # "RFO Clive Baker", "Parish Clerk Ms E Lewis", "Chair Cllr. C Edwards"
            role, name = role or titled[0] or None, titled[1]
        elif not self._valid_name(name):
            after = self._names.role_after(name)
            if after:  # "Tom Dowling County Manager"
                name, role = after[0], role or after[1]
        if inherited and (not self._honorific.match(name) or inherited in self._stacking and not name.startswith(inherited)) \
                and not self._names.place_honorific(name):
            name = f"{inherited} {name}"
        if not self._valid_name(name):
            return None
        om = self._office.match(name)
        if om and not role:  # "Mayor Fred Hanna": the office is printed as the honorific
            role = om.group("o")
        return Entry(label, name, role, s, e)

    def _bracket_role(self, inner: str) -> Optional[str]:
        """The role in one bracket: None for a substitution ("substitute for X", "for X");
        "Vice-Chairman, in the Chair" is the Vice-Chairman (the role printed in the list)."""
        if not inner or self._substitute.search(inner) or self._sub_opener.match(inner) or self._not_role.search(inner):
            return None
        if inner.lower() in self._chair:
            return self._chair[inner]
        if self._chair_re:
            cm = self._chair_re.search(inner)
            if cm:
                rest = (inner[: cm.start()] + " " + inner[cm.end():]).strip(" ,;")
                return rest or self._chair.get(cm.group("c"))
        return inner

    def _table_row(self, text: str, start: int, label: str) -> Optional[list[Entry]]:
        """A row of a table exported with tabs: "Name<TAB>Role"; a header row gives nothing;
        a role cell that only says "Member" gives no role."""
        cells = [(c.group(), c.start()) for c in re.finditer(r"[^\t]+", text) if c.group().strip()]
        if len(cells) < 2:
            return None
        if all(c.strip().lower() in self._header_cells for c, _ in cells):
            return []
        (name, at), (role, _) = cells[0], cells[1]
        e = self._entry(name, start + at, label, None, block=True)
        if e is None:
            return None
        role = role.strip()
        if e.role is None and role.lower() not in self._no_role_cells:
            e.role = self._bracket_role(role)
        e.end = start + len(text.rstrip())
        return [e]

    # --- lists -----------------------------------------------------------------------

    def _split(self, text: str, start: int) -> list[tuple[str, int, str]]:
        """Split a list on commas, semicolons and "and", outside brackets, and before an
        honorific that follows a name or title ("..., East Herts Council Cllr Mrs A Brewster");
        keep offsets and the separator before each piece."""
        pieces: list[tuple[str, int, str]] = []
        depth = last = skip = 0
        before = ""
        for m in _SEPARATORS.finditer(text):
            tok, i = m.group(), m.start()
            if i < skip:
                continue
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                if tok in ",;":
                    pieces.append((text[last:i], start + last, before))
                    before = tok
                    lead = _LEAD_AND.match(text, m.end()) if tok == "," else None  # ", and" after a comma
                    last = skip = lead.end() if lead else m.end()
                elif i == 0 or text[i - 1] != ",":
                    pieces.append((text[last:i], start + last, before))
                    before, last = "and", m.end()
        pieces.append((text[last:], start + last, before))
        out = []
        for t, s, sep in pieces:
            if not t.strip():
                continue
            for k, (sub, at) in enumerate(self._split_at_honorifics(t)):
                out.append((sub, s + at, sep if k == 0 else " "))
        return out

    def _split_at_honorifics(self, piece: str) -> list[tuple[str, int]]:
        """"Mrs S Blane Mr C Gould" -> two people: cut before an honorific that follows a word
        that is not itself an honorific ("Cllr Mrs A Brewster" stays whole), outside brackets."""
        cuts = []
        for m in self._split_hon.finditer(piece):
            before = piece[: m.start()]
            if before.count("(") != before.count(")"):
                continue
            words = piece[cuts[-1] if cuts else 0 : m.start()].split()
            prev = words[-1] if words else ""
            if not prev or self._honorific.fullmatch(prev) or prev.lower() in ("the", "and", "&"):
                continue
            if len(words) < 2:
                continue  # "District Cllr Anne Fraser", "NCC Cllr N Clarke": a place before the honorific
            cuts.append(m.start() + len(m.group()) - len(m.group().lstrip()))
        if not cuts:
            return [(piece, 0)]
        bounds = [0] + cuts + [len(piece)]
        return [(piece[a:b], a) for a, b in zip(bounds, bounds[1:]) if piece[a:b].strip()]

    def _list(self, text: str, start: int, label: str, role: Optional[str] = None) -> list[Entry]:
        """Entries of an inline list; a plural honorific distributes over what follows."""
        split = self._split_list(text, start, label, role)
        titled = self._titled_list(text, start, label)
        if (len(titled), sum(1 for e in titled if e.role)) > (len(split), sum(1 for e in split if e.role)):
            split = titled
        run_together = self._initials(text, start, label)
        return run_together if len(run_together) > len(split) else split

    def _split_list(self, text: str, start: int, label: str, role: Optional[str]) -> list[Entry]:
        out: list[Entry] = []
        inherited: Optional[str] = None
        office: Optional[str] = None
        comma_since = False
        for piece, s, sep in self._split(text, start):
            stripped = piece.strip()
            if sep == ";" and comma_since:
                inherited = None  # "Aldermen A, B; City Attorney C": the honorific ends with its group
            comma_since = comma_since or sep == ","
            om = _THE_OFFICE.fullmatch(stripped)
            if om and self._honorific.fullmatch(om.group("o")) and office is None and not out:
                office = om.group("o")  # "The Mayor, Councillor N Quigley (in the Chair)": the office, then its holder
                continue
            if self._chair_re and out and self._chair_re.fullmatch(stripped):
                out[-1].role = out[-1].role or self._chair.get(self._chair_re.fullmatch(stripped).group("c"))
                continue  # "Councillor D. Mitton (chairman), who presided, ..."
            tm = self._triggers.match(stripped)
            if tm:  # "Jack Fordy, Apologies from Fiona Jenkins": the rest of the list sent apologies
                label, inherited = "apologies", None
                piece, s = piece[piece.find(stripped) + tm.end():], s + piece.find(stripped) + tm.end()
                stripped = piece.strip()
            pm = self._plural_re.match(stripped)
            if pm:
                inherited, comma_since = self._plural[pm.group("h")], False
                offset = piece.find(pm.group("h")) + pm.end()
                piece, s = piece[offset:], s + offset
            entry = self._entry(piece, s, label, inherited, block=False)
            if entry is None and _SPACED_DASH.search(piece):  # "J Smith - Head of Planning, K Jones - ..."
                entry = self._entry(piece, s, label, inherited, block=True)
            if entry is None:
                if out and sep in (",", " ") and self._names.role_phrase(stripped):
                    # "P Beubry, Castlecomer Area Engineer, P O'Neill, ...": a title after its holder
                    prev = out[-1]
                    prev.role = f"{prev.role}, {stripped}" if prev.role and sep == "," else (prev.role or stripped)
                    prev.end = s + len(piece.rstrip())
                    continue
                found = self._initials(piece, s, label)
                if not found:
                    if self._names.junk(stripped):
                        continue  # "County Cllr", "No rep": nobody, but the list goes on
                    # "Councillor Penrose who was substituted by ...": keep the leading name, end the list
                    lead = self._leading_name(piece)
                    head = self._entry(piece[:lead], s, label, inherited, block=False) if lead else None
                    return out + [head] if head else out
                out.extend(found)
                continue
            if role and not entry.role:
                entry.role = role
                role = None
            if office:
                entry.role, office = office, None
            out.append(entry)
            sub = _SUBSTITUTED_BY.search(piece) if label == "apologies" else None
            if sub:  # "Councillor A (substituted by Councillor B)": the substitute is present
                named = self._entry(sub.group("n"), s + sub.start("n"), "present", inherited, block=False)
                if named:
                    out.append(named)
        return out

    def _titled_list(self, text: str, start: int, label: str) -> list[Entry]:
        """"Alex Penrose, Chief Executive; Kim Hallam, Head of Finance": semicolons part people,
        commas part titles. A piece that names nobody is passed over; more than one in three
        and this is not such a list."""
        if ";" not in text:
            return []
        out: list[Entry] = []
        pos = failed = 0
        pieces = text.split(";")
        for piece in pieces:
            e = None
            if "," in piece:
                e = self._entry(piece, start + pos, label, None, block=True)
            elif piece.strip():
                # "J Pellow – Head of Planning; K Marrable – Legal Advisor": a spaced dash parts name and title
                dashed = re.search(r"\s[–—-]\s", piece) is not None
                e = self._entry(piece, start + pos, label, None, block=dashed)
            if e is not None:
                out.append(e)
            elif piece.strip():
                failed += 1
            pos += len(piece) + 1
        return out if failed * 3 <= len(pieces) else []

    def _leading_name(self, text: str) -> int:
        """Length of the capitalised run that opens ``text`` (0 when it is not followed by lower-case words)."""
        m = re.match(r"\s*(?:\S+\s+)*?(?=[a-z]{2,}\b)", text)
        return len(m.group(0)) if m and m.group(0).strip() else 0

    def _initials(self, text: str, start: int, label: str) -> list[Entry]:
        """Names run together without separators ("R J Ashdown K Hallam T A Penrose")."""
        out = []
        pos = 0
        for m in self._initials_list.finditer(text):
            if text[pos:m.start()].strip(" ,"):
                return []
            out.append(Entry(label, m.group("name"), (m.group("role") or "").strip() or None, start + m.start(), start + m.end()))
            pos = m.end()
        if text[pos:].strip(" ,.") or len(out) < 2:
            return []
        return out

    def _sentence_end(self, text: str) -> int:
        """End of an apology list: "were noted", or a full stop that ends the sentence."""
        m = self._apology_end.search(text)
        end = m.start() if m else len(text)
        bar = text.find("|")  # a table cell ends the list
        if 0 <= bar < end:
            end = bar
        for fm in re.finditer(r"\.(?=\s+[A-Z][a-z]{2,}|\s*$)", text[:end]):
            before = re.search(r"(\S+)$", text[: fm.start()])
            word = before.group(1) if before else ""
            if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]?", word) or self._honorific.match(word + " "):
                continue
            return fm.start()
        return end

    # --- meeting scan ---------------------------------------------------------------------

    def _heading_of(self, line: Line) -> Optional[Heading]:
        return self._headings.at_start(line)

    @staticmethod
    def _read_following(
        ls: list[Line], i: int, read: Callable[[Line], Optional[list[Entry]]]
    ) -> tuple[list[Entry], int]:
        """Entries from the non-blank lines after line ``i``, read one by one until
        ``read`` returns None; returns them and the index of the last line used."""
        out: list[Entry] = []
        last = i
        for j in range(i + 1, len(ls)):
            line = ls[j]
            if line.blank:
                continue
            found = read(line)
            if found is None:
                break
            out.extend(found)
            last = j
        return out, last

    def _block_line(self, text: str, start: int, label: str, marked: bool = False) -> Optional[list[Entry]]:
        """The people on one line of a block (None: the line is not part of the block)."""
        if self._legend.match(text) and len(text.split()) <= 6:
            return []
        bullet = _BULLET.match(text)
        if bullet:  # "- Steve Hodges"
            text, start = text[bullet.end():], start + bullet.end()
        lab = label
        mm = self._mark_re.match(text)
        if mm and (marked or len(mm.group("gap")) > 1 or "\t" in mm.group("gap")):
            # "P  Peter Crew": a present/absent column; one space only once the block has shown the column
            # (else "A M Walsh" would lose an initial)
            lab = self._marks[mm.group("m")]
            text, start = text[mm.end():], start + mm.end()
        if "\t" in text.strip():
            return self._table_row(text, start, lab)
        if _COLUMNS.search(text):
            return self._columns(text, start, lab)
        pm = self._plural_re.match(text)
        rm = None if pm else _ROLE_FIRST.match(text)
        if rm:  # "Independent Person: Dominic Sallow": the role, a colon, then the person (or a list)
            found = self._list(rm.group("n"), start + rm.start("n"), lab)
            if len(found) == 1 and not found[0].role and not self._triggers.match(rm.group("n")):
                found[0].role = rm.group("r")
            return found or None
        if pm or re.search(r"\),\s", text) or ("," in text and self._honorific.match(text.split(",", 1)[1].strip())) \
                or self._and_honorific.search(text) or len(self._split_at_honorifics(text)) > 1:
            found = self._list(text[: self._sentence_end(text)], start, lab)
        else:
            e = self._entry(text, start, lab, None, block=True)
            found = [e] if e else self._initials(text, start, lab)
        return found or None

    def _columns(self, text: str, start: int, label: str) -> Optional[list[Entry]]:
        """A line laid out in columns ("Mrs S Blane     Mr C Gould", "Cllr John Hurst     Chair"):
        each cell a person, or the title of the person in the cell before it."""
        out: list[Entry] = []
        for m in _CELL.finditer(text):
            cell, at = m.group(), start + m.start()
            found = self._list(cell, at, label) if "," in cell or _AND.search(cell) else None
            if not found:
                e = self._entry(cell, at, label, None, block=True)
                found = [e] if e else None
            if found:
                out.extend(found)
            elif out and out[-1].role is None and len(cell.split()) <= 8 and not self._honorific.match(cell):
                out[-1].role, out[-1].end = cell.strip(), at + len(cell)
            else:
                return out or None
        return out or None

    def _block(self, text: str, ls: list[Line], i: int, label: str) -> tuple[list[Entry], int]:
        """One person per line after a heading (a line may wrap, or hold a list or columns),
        until a line that is not a person. One line naming nobody is passed over when the
        line after it names someone ("Balloch: No rep" in a list of places and members)."""
        out: list[Entry] = []
        last = i
        j = i + 1
        marked = False
        while j < len(ls):
            line = ls[j]
            if line.blank:
                j += 1
                continue
            if self._heading_of(line) or self._triggers.match(line.text) or _NUMBERED.match(line.text):
                break
            k = self._wrapped(ls, j)
            if k > j:  # a list wrapped over lines: "Cllrs J Brennan, P Fitzpatrick,\nM Shortall and M McCarthy."
                run = text[line.start : ls[k].end]
                found = self._list(run[: self._sentence_end(run)], line.start, label) or None
            else:
                found = self._block_line(line.text, line.start, label, marked)
                marked = marked or bool(self._mark_re.match(line.text) and re.match(r"^\S+(?:\s{2,}|\t)", line.text))
            if found is None:
                if not self._skippable(line.text) or not self._names_ahead(ls, k, label):
                    break
                found = []
            out.extend(found)
            last = k
            j = k + 1
        return out, last

    def _names_ahead(self, ls: list[Line], k: int, label: str) -> bool:
        """Whether, past at most one more short label line, the block goes on with names."""
        seen = 0
        for n in range(k + 1, min(k + 8, len(ls))):
            if ls[n].blank:
                continue
            if self._heading_of(ls[n]):
                return False
            if self._block_line(ls[n].text, ls[n].start, label):
                return True
            seen += 1
            if seen > 1 or not self._skippable(ls[n].text):
                return False
        return False

    @staticmethod
    def _skippable(text: str) -> bool:
        """A short label line ("Balloch and Haldane: No rep", "KC"), not a numbered heading or a sentence."""
        words = text.split()
        return (
            len(words) <= 8
            and not re.match(r"^\(?\d", text)
            and not text.endswith(".")
            and not re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", text)
            and (len(words) <= 3 or ":" in text or _SPACED_DASH.search(text) is not None)
        )

    def _continuations(self, ls: list[Line], i: int, label: str) -> tuple[list[Entry], int]:
        """List lines after an inline heading that start with an honorific: a list
        ("Councillors Penrose, ...") or one member per line ("Present: Cllr A (Chair)"
        then "Cllr B" on the next lines)."""

        def read(line: Line) -> Optional[list[Entry]]:
            if self._plural_re.match(line.text):
                return self._list(line.text[: self._sentence_end(line.text)], line.start, label) or None
            if self._honorific.match(line.text) and not self._heading_of(line) and not self._triggers.search(line.text):
                e = self._entry(line.text, line.start, label, None, block=True)
                return [e] if e else None
            return None

        return self._read_following(ls, i, read)

    def _titled_person(self, text: str, start: int, label: str) -> Optional[Entry]:
        """One person with an officer's title after a comma ("Kim Hallam, Head of Finance"),
        the whole of ``text``; None for anything else (a list of names)."""
        if text.count(",") != 1 or "(" in text or len(text.split()) > 12 or self._honorific.match(text.strip()) \
                or len(_SPACED_DASH.findall(text)) > 1:
            return None
        e = self._entry(text, start, label, None, block=True)
        return e if e and e.role and self._officer_role.search(e.role) else None

    def _member(self, e: Entry) -> bool:
        """A member by honorific: "Councillor ...", "Trustee ...", "Mayor ..."."""
        return self._member_re.match(e.name) is not None

    def _officer(self, e: Entry) -> bool:
        return bool(e.role and self._officer_role.search(e.role)) and not self._member(e)

    def _route(self, entries: list[Entry]) -> list[Entry]:
        """Under "Also present" / "In attendance", councillors are present and officers are officers."""
        for e in entries:
            if self._member(e):
                e.label = "present"
            elif e.role and self._officer_role.search(e.role):
                e.label = "officers"  # "In attendance: N Byrne, Castlecomer Area Office"
            else:
                e.label = self._mixed_default
        return entries

    def _settle(self, entries: list[Entry], label: str) -> list[Entry]:
        """Entries read under a heading of ``label``, each in the list the guidelines put it in.

        "Present: ..., Peter Hall (Clerk)": the clerk or another of the body's staff among
        the members is an officer (a director on a board is a member). Under
        "Others present" only members and officers are kept (guests are neither); under
        "Members of the public" nobody is."""
        if label == "none":
            return []
        if label == "mixed":
            return self._route(entries)
        if label == "others":
            return [e for e in self._route(entries) if self._member(e) or self._officer(e) and e.label == "officers"]
        if label == "present":
            for e in entries:
                if e.label == "present" and e.role and self._staff_role.search(e.role) and not self._member(e):
                    e.label = "officers"
        return entries

    def _wrapped(self, ls: list[Line], i: int, text: Optional[str] = None, hang: Optional[int] = None) -> int:
        """Last line of a list wrapped over several lines: each ends in a comma, "and", an
        honorific or inside a bracket, or (given the column ``hang`` where the list started
        in ``text``) the next line is indented to that column, as text exports lay out
        "PRESENT:      Mayor Graham Smith, ..., Cr Stuart" / "              Barwood, ..."."""
        j = i
        depth = 0
        while j + 1 < len(ls) and not ls[j + 1].blank:
            depth += ls[j].text.count("(") - ls[j].text.count(")")
            hanging = hang is not None and text is not None and hang > 0 and abs(_column(text, ls[j + 1].start) - hang) <= 1
            if not (_WRAPS.search(ls[j].text) or depth > 0 or hanging):
                break
            if self._heading_of(ls[j + 1]):
                break
            j += 1
        return j

    def _list_end(self, text: str) -> int:
        """Where a list run together with the text after it ends: an item number ("1. CALL TO
        ORDER"), a rule of underscores, or (in a list with lower case) two words in capitals."""
        m = self._run_end.search(text)
        if m:
            return m.start()
        if re.search(r"[a-z]", text):
            m = self._caps_run.search(text)
            if m:
                return m.start()
        return len(text)

    def _segments(self, run: str, start: int, h: Heading) -> list[tuple[str, Optional[str], str, int]]:
        """``run`` (the text after heading ``h``) cut at the headings inside it:
        "J. Turner, ... COUNCILMEMBERS ABSENT: Tom Cole OFFICERS PRESENT: Bill Baine, City Manager"."""
        segments: list[tuple[str, Optional[str], str, int]] = []
        label, role, pos = h.label, h.role, start
        for inner in self._headings.inside(run, start):
            if inner.start < pos:
                continue
            segments.append((label, role, run[pos - start : inner.start - start], pos))
            label, role, pos = inner.label, inner.role, inner.end
        segments.append((label, role, run[pos - start :], pos))
        out = []
        for label, role, seg, s in segments:
            cut = self._list_end(seg)
            out.append((label, role, seg[:cut], s))
            if cut < len(seg.rstrip()):
                break
        return out

    def _read_heading(self, text: str, ls: list[Line], i: int, h: Heading) -> tuple[list[Entry], int, int]:
        """Entries under heading ``h`` on line ``i``: the lines below it, or the list after it
        on the same line (wrapped, cut at the headings inside it, continued on lines that
        start with an honorific). Returns them, the last line used and where on that line
        the list ended."""
        line = ls[i]
        rest = text[h.end : line.end]
        if not rest.strip():
            found, last = self._block(text, ls, i, h.label)
            return self._settle(found, h.label), last, ls[last].end
        j = self._wrapped(ls, i, text, _column(text, h.end + len(rest) - len(rest.lstrip())))
        rest = text[h.end : ls[j].end]
        first = self._titled_person(rest, h.end, h.label) if j == i else None
        if first:  # "Attending: Alex Penrose, Head of Legal Services", then one per line
            more, last = self._block(text, ls, i, h.label)
            return self._settle([first] + more, h.label), last, ls[last].end
        if j == i and _COLUMNS.search(rest) and "," not in rest:  # "In Attendance     NCC Cllr N Clarke   CBPC Clerk N Mayglothling"
            found = self._columns(rest, h.end, h.label) or []
            return self._settle(found, h.label), i, line.end
        cut = self._sentence_end(rest)
        found = []
        label = h.label
        for label, role, seg, s in self._segments(rest[:cut], h.end, h):
            also = self._mixed_inline.search(seg)
            entries = self._list(seg[: also.start()] if also else seg, s, label, role)
            if also:
                entries += self._route(self._list(seg[also.end() :], s + also.end(), label))
            found += self._settle(entries, label)
        if text[h.end + cut : ls[j].end].strip(" .;,"):
            return found, j, h.end + cut
        more, last = self._continuations(ls, j, label)
        return found + self._settle(more, label), last, ls[last].end

    # --- sentences ------------------------------------------------------------------------

    def _cues(self, text: str, line: Line, pos: int) -> list[tuple[int, str, Any]]:
        """What on ``line`` from ``pos`` on opens a list, earliest first: an apology sentence,
        "Present were ...", a heading run into the line ("... Arkansas. PRESENT: ..."), a roll
        call, or a list that ends "were present"."""
        low = text[pos : line.end].lower()
        if not self._cue.search(low):
            return []
        cues: list[tuple[int, str, Any]] = []
        tm = self._triggers.search(text, pos, line.end) if _holds(low, self._gate_triggers) else None
        if tm:
            cues.append((tm.start(), "apologies", tm))
        om = self._opener.search(text, pos, line.end) if _holds(low, self._gate_openers) else None
        if om:
            cues.append((om.start(), "opener", om))
        if ":" in low and self._headings.may_hold(low):
            for h in self._headings.inside(text[pos : line.end], pos):
                if h.label != "none":
                    cues.append((h.start, "heading", h))
                    break
        rc = self._roll_call.search(text, pos, line.end) if "roll" in low else None
        if rc:
            cues.append((rc.start(), "roll", rc))
        if _holds(low, self._gate_attended):
            for am in self._attended_any.finditer(text, pos, line.end):
                cues.append((self._sentence_start(text, line, pos, am.start()), "attended", am))
                break
        return sorted(cues, key=lambda c: c[0])

    def _sentence_start(self, text: str, line: Line, pos: int, at: int) -> int:
        """Start of the sentence holding ``at``: after the last ". " (not after an initial or honorific) before it."""
        start = max(pos, line.start)
        for m in re.finditer(r"[.;:]\s+(?=[A-Z])", text[start:at]):
            word = re.search(r"(\S+)$", text[start : start + m.start()])
            w = word.group(1) if word else ""
            if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]?", w) or self._honorific.match(w + " "):
                continue
            start_at = start + m.end()
            pos = start_at
        return max(pos, line.start)

    def _prose(self, text: str, ls: list[Line], i: int, pos: int) -> tuple[list[Entry], int, bool]:
        """The lists that sentences on line ``i`` from ``pos`` on name; returns them, the last
        line used, and whether anything opened a list."""
        out: list[Entry] = []
        used = False
        line = ls[i]
        while pos < line.end:
            cues = self._cues(text, line, pos)
            if not cues:
                break
            at, kind, cue = cues[0]
            used = True
            if kind == "heading":
                found, last, end = self._read_heading(text, ls, i, cue)
            elif kind == "roll":
                found, last, end = self._roll(text, ls, i, cue.end())
            elif kind == "attended":
                found, end = self._attended(text, at, cue), cue.end()
                last = i
            else:
                label = "apologies" if kind == "apologies" else PhraseMap(self._openers).get(cue.group("o"), "present")
                found, last, end = self._after_opener(text, ls, i, cue.end(), label)
            out.extend(found)
            if last != i:
                return out, last, used
            pos = max(end, at + 1)
        return out, i, used

    def _after_opener(self, text: str, ls: list[Line], i: int, rstart: int, label: str) -> tuple[list[Entry], int, int]:
        """The list after "Apologies were received from" / "Present were board members"."""
        line = ls[i]
        if not text[rstart : line.end].strip(" :"):
            found, last = self._block(text, ls, i, label)
            return self._settle(found, label), last, ls[last].end
        j = self._wrapped(ls, i)
        rest = text[rstart : ls[j].end]
        lead = _LOWER_LEAD.match(rest)  # "board members Paul Garabedian, ...", "the following: ..."
        skip = lead.end() if lead else 0
        cut = self._sentence_end(rest)
        found = self._list(rest[skip:cut], rstart + skip, label if label != "mixed" else "present")
        return self._settle(found, label), j, rstart + cut

    def _roll(self, text: str, ls: list[Line], i: int, rstart: int) -> tuple[list[Entry], int, int]:
        """"Roll call: Mayor X present; Councilmember Y absent", "... roll call as follows, Chr.
        Zeller present, Commissioner Meier present and ...": each name with its answer."""
        line = ls[i]
        cut = rstart + self._sentence_end(text[rstart : line.end])
        out = []
        for m in self._roll_entry.finditer(text, rstart, cut):
            label = self._roll_status.get(m.group("s").lower(), "present")
            e = self._entry(m.group("n"), m.start("n"), label, None, block=False)
            if e:
                out.append(e)
        return (out if len(out) >= 2 else []), i, cut

    def _attended(self, text: str, start: int, m: re.Match) -> list[Entry]:
        """"Councillor Treloar attended the meeting ...", "A, B and C were present", "Rich Lopez
        was absent": a list before the phrase. One person is kept only with a member's
        honorific: members of the public who attend to speak are speakers, not attendees."""
        who = text[start : m.start()]
        if not who.strip() or len(who) > 400:
            return []
        label = self._attended_label.get(m.group("p"), "present")
        lead = _LOWER_LEAD.match(who)
        skip = lead.end() if lead else 0
        found = self._list(who[skip:], start + skip, label)
        if label == "present" and len(found) < 2 and not any(self._member(e) for e in found):
            return []
        return self._route(found) if label == "present" else found

    def _cue_lines(self, text: str, ls: list[Line]) -> Optional[set[int]]:
        """Indexes of the lines of ``ls`` holding a word some list sentence needs: one scan
        of a lower-case copy instead of a look at every line (None: no safe copy, look at all)."""
        if not ls:
            return set()
        a, b = ls[0].start, ls[-1].end
        low = safe_lower(text[a:b])
        if low is None:
            return None
        starts = [line.start for line in ls]
        return {bisect_right(starts, a + m.start()) - 1 for m in self._cue.finditer(low)}

    def _scan(self, text: str, ls: list[Line]) -> list[Entry]:
        """Every list the rules find in lines ``ls``: under headings, and in sentences."""
        out: list[Entry] = []
        i = 0
        stacked = False
        cued = self._cue_lines(text, ls)
        while i < len(ls):
            line = ls[i]
            if line.blank:
                i += 1
                continue
            h = self._heading_of(line)
            if h:
                if stacked and h.label in ("present", "officers"):
                    h.label = "mixed"  # "Council:" then "Staff:", then both lists: members and officers by title
                found, last, pos = self._read_heading(text, ls, i, h)
                stacked = not found and last == i and not text[h.end : line.end].strip() and self._next_is_heading(ls, i)
                out.extend(found)
                if pos < ls[last].end:  # "PRESENT: ... There were apologies from Councillors ..."
                    more, last, _ = self._prose(text, ls, last, pos)
                    out.extend(more)
                i = last + 1
                continue
            stacked = False
            if cued is not None and i not in cued:
                i += 1
                continue
            found, last, _ = self._prose(text, ls, i, line.start)
            out.extend(found)
            i = last + 1
        return out

    # --- the line-role model -------------------------------------------------------------

    def _roles(self, doc: Doc, start: int, end: int, front: bool = False) -> dict[int, tuple[str, float]]:
        """The line-role model's attendance and item lines in [start, end): line start ->
        (role, confidence). ``front``: only up to the first item heading (the model tags
        lines in text order, so reading stops there)."""
        out: dict[int, tuple[str, float]] = {}
        if S.LINES not in doc.spans:
            return out
        for sp in doc.spans[S.LINES]:
            label = sp.label_
            if label not in MODEL_ROLES and label not in ITEM_ROLES:
                continue
            at, stop = S.char_range(sp, S.LINES)
            if at < start or stop > end:
                continue
            confidence = S.data(sp, S.LINES).get("confidence", 0.0)
            out[at] = (label, confidence)
            if front and label in ITEM_ROLES and confidence >= self.add_threshold:
                break
        return out

    def _model_runs(self, ls: list[Line], roles: dict[int, tuple[str, float]], stop: Optional[int] = None) -> list[list[int]]:
        """Runs of lines the model calls attendance (blank lines inside a run allowed), in
        ``ls[:stop]``."""
        runs: list[list[int]] = []
        current: list[int] = []
        for k, line in enumerate(ls[:stop]):
            if line.blank:
                continue
            role = roles.get(line.start)
            if role and role[0] in MODEL_ROLES and role[1] >= self.add_threshold:
                current.append(k)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        return runs

    def _model_lines(self, text: str, ls: list[Line], lines: list[int], roles: dict[int, tuple[str, float]],
                     covered: set[int]) -> list[Entry]:
        """People on the model's attendance lines the rules did not read: each line read as a
        block line under the nearest heading above it in the run (members and officers by
        title when there is none)."""
        out: list[Entry] = []
        above = self._heading_above(ls, lines[0], roles)
        label = above.label if above else "mixed"
        for k in lines:
            line = ls[k]
            h = self._heading_of(line)
            if h:
                label = h.label
                if not text[h.end : line.end].strip():
                    continue
            if k in covered or roles[line.start][0] != "attendance_entry" or _PROSE.search(_UNBRACKET.sub("", line.text)):
                continue
            found = self._block_line(line.text, line.start, label if label != "mixed" else "present")
            # a word on its own ("These", "Applicant") is too little to take from the model
            found = [e for e in found or [] if len(e.name.split()) > 1]
            out.extend(self._settle(found, label))
        return out

    def _heading_above(self, ls: list[Line], k: int, roles: dict[int, tuple[str, float]]) -> Optional[Heading]:
        """The attendance heading above line ``k`` in the same part of the meeting (no item
        heading between), if any: "Members of the public who spoke:" keeps the names below it out."""
        for n in range(k - 1, -1, -1):
            if ls[n].blank:
                continue
            h = self._heading_of(ls[n])
            if h:
                return h
            if roles.get(ls[n].start, ("", 0))[0] in ITEM_ROLES:
                return None
        return None

    def _scan_meeting(self, doc: Doc, start: int, end: int) -> list[Entry]:
        """The meeting's attendees by ``self.mode``: the rules alone, the rules on the model's
        attendance lines only, or the rules plus the model's lines they left unread."""
        text = S.doc_text(doc)
        ls = all_lines(text, start, end)
        roles = self._roles(doc, start, end, front=self.mode == "combined") if self.mode != "rules" else {}
        if self.mode == "rules" or not roles and self.mode == "combined":
            return self._scan(text, ls)
        if self.mode == "model":
            out: list[Entry] = []
            for run in self._model_runs(ls, roles):
                sub = ls[run[0] : run[-1] + 1]
                found = self._scan(text, sub)
                covered = self._covered(ls, found, run[0], run[-1])
                out.extend(found + self._model_lines(text, ls, run, roles, covered))
            return out
        found = self._scan(text, ls)
        covered = self._covered(ls, found, 0, len(ls) - 1)
        extra: list[Entry] = []
        items = [at for at, (role, conf) in roles.items() if role in ITEM_ROLES and conf >= self.add_threshold]
        # lists the rules missed stand before the first item, not among speakers in the items
        first_item = bisect_left([line.start for line in ls], min(items)) + 1 if items else len(ls)
        for run in self._model_runs(ls, roles, first_item):
            if len(run) < 2 and not any(k - 1 in covered or k + 1 in covered for k in run):
                continue  # one line on its own: too little to go on
            extra.extend(self._model_lines(text, ls, run, roles, covered))
        return found + extra

    @staticmethod
    def _covered(ls: list[Line], found: list[Entry], first: int, last: int) -> set[int]:
        """Indexes of the lines in ``ls[first:last+1]`` that hold a found entry."""
        starts = sorted(e.start for e in found)
        out = set()
        for k in range(first, last + 1):
            at = bisect_left(starts, ls[k].start)
            if at < len(starts) and starts[at] <= ls[k].end:
                out.add(k)
        return out

    def _next_is_heading(self, ls: list[Line], i: int) -> bool:
        nxt = next((n for n in range(i + 1, len(ls)) if not ls[n].blank), None)
        return nxt is not None and self._heading_of(ls[nxt]) is not None

    def __call__(self, doc: Doc) -> Doc:
        for meeting in list(S.spans(doc, S.MEETINGS)):
            start, end = S.char_range(meeting, S.MEETINGS)
            seen: set[tuple[str, str]] = set()
            for e in self._scan_meeting(doc, start, end):
                key = (e.label, e.name.lower())
                if key in seen:
                    continue
                seen.add(key)
                S.add_span(doc, S.ATTENDEES, e.start, e.end, e.label, {"name": e.name, "role": e.role})
        return doc


@Language.factory(
    "minutes_attendance",
    default_config={
        "patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_attendance"},
        "mode": "combined",
        "add_threshold": 0.5,
    },
)
def make_attendance(nlp: Language, name: str, patterns: dict[str, Any], mode: str, add_threshold: float) -> AttendanceComponent:
    return AttendanceComponent(nlp, name, patterns, mode, add_threshold)
