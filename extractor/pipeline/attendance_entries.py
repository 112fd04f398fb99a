"""Reading people out of attendance text: one entry, and lists of them.

An entry is a name as printed with its honorific, and the role printed beside it
("Cllr J Smith (Chair)", "Kim Hallam, Head of Finance", "J Pellow – Head of Planning",
"RFO Gwil Rees"). Lists part people on commas, semicolons and "and", and before an
honorific that follows another person; a plural honorific ("Councillors A, B and C")
gives each name its honorific; a title printed as its own list piece belongs to the
person before it. What is a name and what a title is decided by pattern data
(``attendance_names.NameRules``), never by the names of any council's members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from .attendance_names import NameRules
from .name_runs import split_run
from .patterns import PhraseMap, alternation

_INITIALS_NAME = r"(?:(?:Mrs|Miss|Mr|Ms|Dr)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][A-Za-z'’-]+"
_SUBSTITUTED_BY = re.compile(r"\((?:substituted|replaced|represented)\s+by\s+(?P<n>[^()]+)\)")
"""An absent member's substitute, named in brackets after them."""
SPACED_DASH = re.compile(r"\s[–—-]\s")
_BRACKET = re.compile(r"\((?P<r>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_NEXT_BRACKET = re.compile(r"\((?P<r>[^()]*)\)\s*")
_CHAIR_WORD = re.compile(r"chair", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_WORSHIP = re.compile(r"^(?:(?:His|Her|Your)\s+Worship\s+)?[Tt]he\s+")
""""His Worship the Mayor", "The Chief Executive": the office without its style."""
_THE_LEAD = re.compile(r"^[Tt]he\s+(?=[A-Z])")
_PLAIN_BRACKET = re.compile(r"\((?P<r>[^()]+)\)")
_TRAILING_BRACKET = re.compile(r"\s*\((?P<r>[^()]*)\)$")
_REMARKS = re.compile(r"(?:\([^()]*\)\s*)+")
_THE_OFFICE = re.compile(r"[Tt]he\s+(?P<o>.+)")
AND = re.compile(r"\s+(?:and|&)\s+")
_LEAD_AND = re.compile(r"\s*(?:and|&)\s+")
_FULL_STOP = re.compile(r"\.(?=\s+[A-Z][a-z]{2,}|\s+[A-Z]{2,}|\s+[A-Z][a-z]?\.?\s|\s+\d{1,3}\.\s+[A-Z]|\s*$)")
"""A full stop before a word ("... audience. CALL TO ORDER", "... Smith. The", "... Ryan. Mr D
Lowe, County Manager", "... Administrator. 1. Minutes"), or at the end."""
_SEPARATORS = re.compile(r"[()\[\],;]|\s+(?:and|&)\s+")
_AFTER_BRACKET = re.compile(r"\s+(?P<n>[A-Z][^(),;\n]*?)\s*(?=\(|,|;|$)")
"""The words after a closing bracket, up to the next bracket or separator."""
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)", re.IGNORECASE)
"""A time of day ("6.35pm", "7:15 p.m."): a remark on when someone came or went."""
_SQUARE_TAIL = re.compile(r"\s*\[[^\[\]]*\]$")
_JOINERS = frozenset({"of", "and", "&", "the", "for", "to"})
_TOKEN = re.compile(r"\S+")
_RUN_GATE = re.compile(r"\s*(?:[A-Z][^\s,;()\[\]]*\s+){3}[A-Z][^\s,;()\[\]]*(?:\s+[A-Z][^\s,;()\[\]]*)*\s*[.,;:]?\s*$")
"""Four words or more, each capitalised, and nothing else: what a run of names can be (a cheap test first)."""
_CODE_GATE = re.compile(r"[a-z’'][ \t]+[A-Z]{2,4}[ \t]+[A-Z]")
"""A word, a tag in capitals, another capitalised word: people tagged with their initials and
no comma between them may follow (a cheap test first)."""


_MISSING = object()


@dataclass
class Entry:
    """One person read from a list: which list, the name and role as printed, where."""

    label: str
    name: Optional[str]  # None: staff printed by title only ("Officers: Chief Executive, ...")
    role: Optional[str]
    start: int
    end: int
    # moved from a members' list to officers by its title alone ("Ann Lee, Director of
    # Finance"): a board's executive director, if the minutes list their staff elsewhere
    titled_staff: bool = False


class EntryReader:
    """Entries and lists, from the attendance component's pattern data."""

    patterns: dict[str, Any]

    _run_text: str = ""  # the document's text, for ``_run_pieces``' evidence

    def _compile_entries(self, p: dict[str, Any]) -> None:
        self._entries: dict[tuple, Any] = {}
        self._plural = dict(p.get("plural_honorifics", {}))
        hons = list(p.get("honorifics", [])) + list(self._plural)
        self._honorific = re.compile(rf"^(?:{alternation(hons)})(?=\s|$)")
        self._plural_re = re.compile(rf"^(?P<h>{alternation(self._plural)})(?:\s*:)?(?=\s)") if self._plural else re.compile(r"(?!)")
        self._and_honorific = re.compile(rf"\s(?:and|&)\s+(?:{alternation(hons)})\s")
        self._names = NameRules(p, self._honorific)
        post = p.get("post_nominals")
        self._post = re.compile(rf"\s+(?:{alternation(post)})\b\.?", re.UNICODE) if post else None
        self._chair = PhraseMap(p.get("chair_phrases", {}))
        self._chair_re = re.compile(rf"\s*,?\s*\b(?P<c>{alternation(self._chair)})\b\s*", re.IGNORECASE) if self._chair else None
        self._substitute = re.compile(rf"\b(?:{alternation(p.get('substitute_words', []))})\b", re.IGNORECASE)
        openers = p.get("substitute_openers", [])
        # "(for Councillor Tamblyn)": a bracket that opens with a substitute word names no role
        self._sub_opener = re.compile(rf"^(?:{alternation(openers)})\s", re.IGNORECASE) if openers else re.compile(r"(?!)")
        self._not_role = _words(p.get("not_role_words", []))
        self._triggers = re.compile(rf"\b(?:{alternation(p.get('apology_triggers', []))})\b\s*:?\s*", re.IGNORECASE)
        self._apology_end = re.compile(rf"\s+(?:{alternation(p.get('apology_end', []))})\b", re.IGNORECASE)
        self._marks = dict(p.get("table_marks", {}))
        marks = "|".join(map(re.escape, self._marks))
        self._mark_bracket = re.compile(rf"\s*\((?P<m>{marks})\)\s*$") if marks else re.compile(r"(?!)")
        self._stacking = set(p.get("stacking_honorifics", []))
        members = alternation(p.get("member_honorifics", []))
        self._member_re = re.compile(rf"^(?:{members})(?=\s)") if members else re.compile(r"(?!)")
        self._officer_role = _words(p.get("officer_role_words", []))
        self._member_role = _words(p.get("member_role_words", []))
        staff = p.get("staff_title_patterns", [])
        self._staff_title = re.compile("|".join(f"(?:{x})" for x in staff)) if staff else re.compile(r"(?!)")
        self._staff_role = _words(p.get("staff_role_words", []))
        self._mixed_default = p.get("mixed_default", "present")
        splitters = alternation(p.get("split_honorifics", []))
        self._split_hon = re.compile(rf"\s+(?:{splitters})(?=\s+[A-Z(])") if splitters else re.compile(r"(?!)")
        self._split_start = re.compile(rf"^(?:{splitters})(?=\s)") if splitters else re.compile(r"(?!)")
        offices = alternation(p.get("office_honorifics", []))
        self._office = re.compile(rf"^(?P<o>{offices})\s+(?=[A-Z])") if offices else re.compile(r"(?!)")
        self._member_titles = {w.lower() for w in p.get("member_title_words", [])}
        tiers = alternation(p.get("tier_prefixes", []))
        tiered = alternation(p.get("tier_honorifics", []))
        # "County Cllr P Rendell": a place word before a councillor's title
        self._tier_re = re.compile(rf"^(?P<t>(?:{tiers})\s+(?P<h>{tiered}))\s+(?=[A-Z])") if tiers and tiered else re.compile(r"(?!)")
        self._header_cells = {w.lower() for w in p.get("table_header_cells", [])}
        self._no_role_cells = {w.lower() for w in p.get("no_role_cells", [])}
        self._initials_list = re.compile(rf"(?P<name>{_INITIALS_NAME})\s*,?\s*(?:\((?P<role>[^)]*)\))?")

    # --- one entry -------------------------------------------------------------------

    def _valid_name(self, name: str) -> bool:
        return self._names.valid(name)

    def _person_next(self, text: str) -> bool:
        """Whether ``text`` opens with a person ("Cllr Ada Penn, ..."), not with a title that
        starts like an honorific ("Deputy City Solicitor", "Deputy Clerk"): after the
        honorific, some word is no title word."""
        text = text.strip()
        m = max(self._honorific.match(text), self._split_start.match(text), key=lambda x: x.end() if x else -1)
        if not m:
            return False
        words = [w.strip(",;:.()") for w in text[m.end():].split()]
        return not words or not all(
            not w or w.lower() in _JOINERS or self._names.is_role_word(w) or self._names.role_lead.match(w) for w in words)

    def _member_title(self, title: str) -> bool:
        """A body's word for any of its members ("Director", "Trustee"), kept in the name;
        other titles ("President", "Chairman", "Clerk") are offices: the role."""
        return title.strip().rstrip(".").lower() in self._member_titles

    def _entry(self, text: str, start: int, label: str, inherited: Optional[str], block: bool) -> Optional[Entry]:
        """Parse "Name (Role)", "Name, Title" (block lines) or "Name in the chair". The same
        list lines come back meeting after meeting: the reading of a text is kept."""
        key = (text, label, inherited, block)
        known = self._entries.get(key, _MISSING)
        if known is _MISSING:
            e = self._read_entry(text, 0, label, inherited, block)
            known = None if e is None else (e.label, e.name, e.role, e.start, e.end)
            if len(self._entries) > 20000:
                self._entries.clear()
            self._entries[key] = known
        if known is None:
            return None
        lab, name, role, s, e = known
        return Entry(lab, name, role, start + s, start + e)

    def _read_entry(self, text: str, start: int, label: str, inherited: Optional[str], block: bool) -> Optional[Entry]:
        raw = text
        lead = len(raw) - len(raw.lstrip())
        raw = raw.strip()
        raw = raw.rstrip(" .;,")
        remark = _SQUARE_TAIL.search(raw) if raw.endswith("]") else None
        square_role: Optional[str] = None
        if remark:  # "Cr S Lynch [until 10.21am]": an editor's remark in square brackets
            raw = raw[: remark.start()].rstrip(" .;,–—-")
            # "Ann Lee [Presiding Member]": some lists bracket the title squarely; a title,
            # not a remark on when or how the person attended
            square_role = self._square_title(remark.group().strip()[1:-1].strip())
        if not raw:
            return None
        s = start + lead
        e = s + len(raw)
        mark = self._mark_bracket.search(raw) if raw.endswith(")") else None
        if mark:  # "Cllr F Thursby (Chair) (P)": a present/absent mark in brackets
            label, raw = self._marks[mark.group("m")], raw[: mark.start()].rstrip(" .;,")
        held = self._office_first(raw)
        if held:  # "The Vice-Chancellor (Professor A B Lowe) (in the Chair)": the office, then its holder
            return Entry(label, held[0], held[1], s, e)
        coded = self._coded(raw) if block else None
        if coded:  # "Dr Ann Lee AL Clinical Chair": the name, its initials tag, the title
            return Entry(label, coded[0], self._drop_remark(coded[1]), s, e)
        role: Optional[str] = None
        name = raw
        m = _BRACKET.search(name)
        comma = name.find(",")
        office = SPACED_DASH.search(name)
        if office and (comma < 0 or office.start() < comma) and (m is None or office.start() < m.start()) \
                and not SPACED_DASH.search(name, office.end()):
            left, right = name[: office.start()].strip(), name[office.end():].strip()
            holder = right.split(" (")[0]
            if not self._valid_name(left) and (self._honorific.match(right) or block and len(holder.split()) >= 2) \
                    and self._valid_name(holder) and (self._honorific.fullmatch(left) or self._names.role_phrase(left)):
                # "His Worship the Mayor – Mr R A Ellis", "Chief Executive – Mr P Lowe", and on a line
                # of its own "Deputy Mayor – Ann Lee": the office, then its holder
                after = name[office.end():]
                s += office.end() + len(after) - len(after.lstrip())  # the span points at the holder's name
                name, role = right, _WORSHIP.sub("", left)
                if self._member_re.match(left + " ") and not self._office.match(left + " X") and not self._honorific.match(right):
                    # "Councillor – Bo Ray", "Trustee – Bo Ray": the column of member titles is no
                    # role (guidelines: the plain member title is not one), and the name is the name cell
                    role = None
                m, comma = _BRACKET.search(name), name.find(",")
        dash = SPACED_DASH.search(name) if block else None
        if dash and (m is None or dash.start() < m.start()) and (comma < 0 or dash.start() < comma) \
                and self._valid_name(name[: dash.start()].strip()) and not SPACED_DASH.search(name, dash.end()):
            # "Mr T Lowe – Planning Officer (Enforcement)", "Mr V Dane – Legal Services, Shire CC"
            name, role = name[: dash.start()].strip(), name[dash.end():].strip() or None
            role = self._drop_remark(role)
            m = None
        elif block and comma >= 0 and (m is None or comma < m.start()) and not self._person_next(name[comma + 1:]):
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
            if not self._person_next(tail):
                name, role = head.strip(), tail.strip() or None
        if self._chair_re:
            cm = self._chair_re.search(name)
            if cm:
                role = role or self._chair.get(cm.group("c"))
                name = (name[: cm.start()] + " " + name[cm.end():]).strip()
        if self._post:
            # "Mr A Rahim MBE", "Okafor MP" -> the name without its post-nominals (guidelines)
            bare = self._post.sub("", name)
            if bare.strip() and (self._valid_name(bare) or not self._valid_name(name)):
                name = bare
        name = _SPACES.sub(" ", name).strip(" ,;")
        if m and role and self._honorific.match(role) and self._valid_name(role) \
                and (not self._honorific.match(name) or self._honorific.fullmatch(name) and not self._valid_name(name)):
            # "The Mayor (Councillor Lena Castellan) in the Chair", "Her Worship the Mayor (Clr Lam)":
            # the office first, the member in brackets
            name, role = role, _WORSHIP.sub("", name) or None
        elif not self._valid_name(name) and role and self._valid_name(role) and (block or m) \
                and " " in role.strip() and self._names.role_phrase(name):
            # "Head of Legal Services (R Ashdown)": the title comes first, the name in brackets
            # (on a line of its own or in an inline list)
            name, role = role, name
        role = role or square_role
        if role and self._names.initials_code(name, role):
            role = None  # "Hester Quayle (HQ)": the minute-taker's tag, not a role
        name = self._names.drop_trailing_code(name)
        tokens = name.split()
        if len(tokens) >= 3 and self._names.title_word(tokens[0]) and not self._member_title(tokens[0]) \
                and self._member_title(tokens[1]) and self._valid_name(" ".join(tokens[1:])):
            # "Chair Director Ana Ruiz": an office before the member title is the role
            role, name = role or tokens[0].rstrip("."), " ".join(tokens[1:])
        titled = self._names.title_first(name)
        if titled and label in ("present", "apologies") and self._names.title_word(titled[0]) \
                and self._member_title(titled[0]) and not self._honorific.match(titled[1]):
            # "Director Nell Varga" among members: the body's member title used as the honorific,
            # kept with the name as printed (and as the role); an office ("President Ana Ruiz") is not
            role = role or titled[0]
        elif titled:  # "RFO Gwil Rees", "Parish Clerk Ms E Penrhyn", "Chair Cllr. C Madoc"
            role, name = role or titled[0] or None, titled[1]
            inherited = None  # "Trustees A, B, President C": an office of its own, not the group's title
        elif not self._valid_name(name):
            after = self._names.role_after(name)
            surname = None if after else self._names.title_surname(name)
            if after:  # "Tom Arden County Manager"
                name, role = after[0], role or after[1]
            elif surname:  # "Assistant City Manager McMurry": the title, then the surname alone
                role, name = role or surname[0], surname[1]
                inherited = None
        om = self._office.match(name)
        if om and not self._valid_name(name[om.end():]):
            om = None
        if inherited and om is None \
                and (not self._honorific.match(name) or inherited in self._stacking and not name.startswith(inherited)) \
                and not self._names.place_honorific(name):
            # (but "Commissioners Mayor C Dunwoody, ...": an office of its own, as above, not "Commissioner Mayor")
            name = f"{inherited} {name}"
            om = self._office.match(name)
            if om and not self._valid_name(name[om.end():]):
                om = None
        if not self._valid_name(name) or name.lower() in self._header_cells:
            return None  # "Staff members in attendance | Role |": a table's header cell, nobody
        if om:
            # "Mayor Lyle Brandt": an office printed as the honorific is the role, not the name;
            # it also names the chairing ("Mayor Lyle Brandt, presiding" -> Mayor)
            if not role or role in self._chair.values():
                role = om.group("o")
            name = name[om.end():]
        first, rest = name.split()[0], " ".join(name.split()[1:])
        if rest and self._names.title_word(first):
            # "Chief Dorsey", "Clerk Pike": the title is the role; an office leaves the name
            # ("Chairman Alder" -> "Alder"), a member title stays in it ("Director Osei")
            if not (label in ("present", "apologies") and self._member_title(first)) and self._valid_name(rest):
                name = rest
            role = role or first.rstrip(".")
        return Entry(label, name, role, s, e)

    def _square_title(self, inner: str) -> Optional[str]:
        """The role in a square bracket after a name, when it holds a title ("Presiding
        Member", "Board Secretary"); None for a remark ("until 8.10pm", "Absent")."""
        if not inner[:1].isupper() or any(c.isdigit() for c in inner) or self._valid_name(inner):
            return None
        words = [w.strip(",;:.") for w in inner.split()]
        if not any(self._names.is_role_word(w) or self._member_title(w) or self._names.title_word(w) for w in words):
            return None
        return self._bracket_role(inner)

    def _coded(self, raw: str) -> Optional[tuple[str, Optional[str]]]:
        """A board's attendance line in columns run together: the name, the person's
        initials as the minutes tag them ("AL", "CTe"), then the title: (name, title)."""
        tokens = raw.split()
        for k in range(2, min(len(tokens), 6)):
            code = tokens[k]
            if len(code) > 5 or not code[:1].isupper() or not code.isalpha():
                continue
            name = " ".join(tokens[:k])
            if self._names.initials_code(name, code) and self._valid_name(name):
                return name, " ".join(tokens[k + 1:]) or None
        return None

    def _drop_remark(self, role: Optional[str]) -> Optional[str]:
        """"Head of Parks (via Zoom)" -> "Head of Parks": a bracket at the end that is a
        remark on how or when the person attended, not part of the title."""
        remark = _TRAILING_BRACKET.search(role or "")
        if remark and self._bracket_role(remark.group("r")) is None:
            return role[: remark.start()].strip() or None
        return role

    def _office_first(self, raw: str) -> Optional[tuple[str, str]]:
        """(name, office) for "The Director of Finance (Mr A Lowe)": an office printed with
        "The", then its holder's name in brackets (remarks in more brackets after it); the
        office is the role even when the holder chairs. None for anything else."""
        if not _THE_LEAD.match(raw):
            return None
        for bm in _PLAIN_BRACKET.finditer(raw):
            inner = bm.group("r").strip()
            if not (self._honorific.match(inner) and self._valid_name(inner)):
                continue
            office = _SPACES.sub(" ", raw[_THE_LEAD.match(raw).end() : bm.start()]).strip(" ,;")
            after = raw[bm.end():].strip()
            if not office or after and not _REMARKS.fullmatch(after) or self._valid_name(office):
                return None
            return inner, office
        return None

    def _tiers(self, entries: list[Entry]) -> list[Entry]:
        """"County Cllr P Rendell" -> "Cllr P Rendell", role "County Cllr": a tier prefix is
        the role of a councillor of another council, unless most of the members present
        carry it (a county council's own "County Councillor" is its member title)."""
        present = [e for e in entries if e.label == "present"]
        counts: dict[str, int] = {}
        for e in present:
            m = self._tier_re.match(e.name or "")
            if m:
                key = m.group("t").split()[0].lower().rstrip(".")
                counts[key] = counts.get(key, 0) + 1
        for e in entries:
            m = self._tier_re.match(e.name or "")
            if not m or counts.get(m.group("t").split()[0].lower().rstrip("."), 0) * 2 > len(present):
                continue
            if not e.role or any(self._names.is_role_word(w) for w in e.role.split()) and not self._officer_role.search(e.role):
                e.role = re.sub(r"\s+", " ", m.group("t"))
            e.name = e.name[m.start("h"):]
        return entries

    def _bracket_role(self, inner: str) -> Optional[str]:
        """The role in one bracket: None for a substitution ("substitute for X", "for X");
        "Vice-Chairman, in the Chair" is the Vice-Chairman (the role printed in the list)."""
        nr = self._not_role.search(inner) if inner else None
        if nr:
            # "Tourism Manager - via Teams": the title before a remark on how or when they attended
            head = re.split(r"\s[–—-]\s|[,;]", inner[: nr.start()])[0].strip()
            if head and len(head) < nr.start() and self._names.role_phrase(head):
                inner = head
        if not inner or self._substitute.search(inner) or self._sub_opener.match(inner) or self._not_role.search(inner):
            return None
        if inner.strip().isdigit() or _CLOCK.search(inner):
            # "..., I. WINTERS (32)": the count of members after the list; "(from 6.32pm)": when
            # they attended; neither is a role
            return None
        if inner.lower() in self._chair:
            return self._chair[inner]
        if self._chair_re:
            cm = self._chair_re.search(inner)
            if cm:
                rest = (inner[: cm.start()] + " " + inner[cm.end():]).strip(" ,;")
                if rest and " " not in rest and self._member_title(rest) and cm.start() == 0:
                    return inner  # "Presiding Member": the chairing post as printed, not the bare "Member"
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
        honorific that follows a name or title ("..., North Vale Council Cllr Mrs A Quist");
        keep offsets and the separator before each piece."""
        pieces: list[tuple[str, int, str]] = []
        depth = last = skip = opened = 0
        before = ""
        for m in _SEPARATORS.finditer(text):
            tok, i = m.group(), m.start()
            if i < skip:
                continue
            if tok in "([":
                opened = i if depth == 0 else opened
                depth += 1
            elif tok in ")]":
                depth = max(0, depth - 1)
                if depth == 0 and tok == ")" and self._bracket_parts(text, last, opened, i + 1):
                    # "Ian Lowe (Chairman) Sue Marr (Secretary) ...": people parted only by their brackets
                    pieces.append((text[last : i + 1], start + last, before))
                    before, last = " ", i + 1
            elif depth == 0:
                if tok in ",;":
                    pieces.append((text[last:i], start + last, before))
                    before = tok
                    lead = _LEAD_AND.match(text, m.end()) if tok == "," else None  # ", and" after a comma
                    last = skip = lead.end() if lead else m.end()
                elif (i == 0 or text[i - 1] != ",") and not (tok.strip() == "&" and self._inside_title(text[last:i])):
                    pieces.append((text[last:i], start + last, before))
                    before, last = "and", m.end()
        pieces.append((text[last:], start + last, before))
        out = []
        for t, s, sep in pieces:
            if not t.strip():
                continue
            for k, (sub, at) in enumerate(self._split_at_honorifics(t)):
                cut = self._typed_stop(sub) if ". " in sub else -1
                if cut > 0:  # "G Tull. M Vane": two people parted by a full stop typed for a comma
                    out.append((sub[:cut], s + at, sep if k == 0 else " "))
                    out.append((sub[cut + 1 :], s + at + cut + 1, ","))
                else:
                    out.append((sub, s + at, sep if k == 0 else " "))
        return out

    def _typed_stop(self, piece: str) -> int:
        """Where a full stop parts two names in one list piece ("G Tull. M Vane"), else -1:
        two words or more each side, and the word before it is no initial or abbreviation
        ("John A. Lowe", "Mr. Lowe", "Asst. GM Finance" stay whole)."""
        cut = piece.find(". ")
        left, right = piece[:cut].strip(), piece[cut + 1 :].strip()
        last = left.split()[-1] if left else ""
        if len(left.split()) < 2 or len(right.split()) < 2 or len(last) < 3 or not last[0].isupper() \
                or not last[1:].islower() or self._honorific.match(last + " ") or self._names.role_lead.match(last + "."):
            return -1  # "Asst. GM Finance": an abbreviated title
        return cut if self._valid_name(left) and self._valid_name(right) else -1

    def _run_pieces(self, piece: str, start: int) -> Optional[list[tuple[str, int]]]:
        """The people of a list piece that prints several names parted by spaces only
        ("Aine Brody Cathal Dunne Ena Farr"), each with its offset; None when the piece
        is no such run (see ``name_runs``)."""
        if not _RUN_GATE.match(piece):
            return None
        toks = [(m.group(), m.start()) for m in _TOKEN.finditer(piece)]
        lead = 0
        while lead < len(toks) and self._honorific.fullmatch(toks[lead][0]):
            lead += 1  # "Cllr Aine Brody Cathal Dunne": the honorific goes with the first name
        if len(toks) - lead < 4:
            return None
        if toks[-1][0].endswith((".", ",", ";", ":")) and len(toks[-1][0]) > 2:
            toks[-1] = (toks[-1][0][:-1], toks[-1][1])
        if any(self._names.is_role_word(t) or t.lower() in self._names.not_name or self._names.title_word(t)
               or self._split_start.match(t) or self._member_re.match(t + " ") or self._honorific.fullmatch(t)
               or self._names.role_lead.match(t)
               for t, _ in toks[lead:]):
            return None  # "Chief Executive Officer Rolf Tannemere": a title among the words
        got = split_run([t for t, _ in toks[lead:]], self._names.particles, self._run_text)
        if got is None:
            return None
        out = []
        for k, (i, j) in enumerate(got):
            i, j = i + lead, j + lead
            a, b = toks[0 if k == 0 else i][1], toks[j - 1][1] + len(toks[j - 1][0])
            out.append((piece[a:b], start + a))
        return out

    def _code_pieces(self, piece: str, start: int) -> Optional[list[tuple[str, int]]]:
        """The people of a list piece that tags each name with its initials and drops the
        comma between them ("Rhea Talbot RT Owen Pask OP"), each with its offset (tag
        kept; the entry drops it); None when no inner tag is someone's initials."""
        if not _CODE_GATE.search(piece):
            return None
        toks = [(m.group(), m.start()) for m in _TOKEN.finditer(piece)]
        cuts: list[tuple[int, int]] = []
        begin = 0
        # a bracket ends the names: "... Ada Vink AV (Observer)" keeps its role with the last
        stop = next((k for k, (t, _) in enumerate(toks) if t[0] in "(["), len(toks))
        for k in range(1, stop - 1):
            tag = toks[k][0]
            if k - begin >= 2 and tag.isalpha() and tag.isupper() and 2 <= len(tag) <= 4 \
                    and self._names.initials_code(" ".join(t for t, _ in toks[begin:k]), tag):
                cuts.append((begin, k + 1))
                begin = k + 1
        if not cuts or begin >= len(toks):
            return None
        cuts.append((begin, len(toks)))
        return [(piece[toks[i][1] : toks[j - 1][1] + len(toks[j - 1][0])], start + toks[i][1]) for i, j in cuts]

    def _bracket_parts(self, text: str, last: int, opened: int, after: int) -> bool:
        """Whether a closing bracket at ``after`` ends one person and a second one follows with
        no separator: a name before the bracket and a name of two words or more after it
        (up to the next bracket or separator)."""
        nxt = _AFTER_BRACKET.match(text, after)
        if not nxt or len(nxt.group("n").split()) < 2:
            return False
        return self._valid_name(nxt.group("n").strip()) and self._valid_name(text[last:opened].strip(" –—-:"))

    def _inside_title(self, piece: str) -> bool:
        """Whether an "&" after ``piece`` joins the words of a title ("J Lowe – Manager Parks &
        Leisure", "Manager of Tourism & Events Ann Lee"), not two people: the piece
        holds a name and a dash before a title, or is a title on its own."""
        dash = SPACED_DASH.search(piece)
        if dash and self._valid_name(piece[: dash.start()].strip()):
            return True
        return self._names.role_phrase(piece.strip()) and not self._valid_name(piece.strip())

    def _split_at_honorifics(self, piece: str) -> list[tuple[str, int]]:
        """"Mrs S Vail Mr C Oduya" -> two people: cut before an honorific that follows a word
        that is not itself an honorific ("Cllr Mrs A Quist" stays whole), outside brackets."""
        cuts = []
        for m in self._split_hon.finditer(piece):
            before = piece[: m.start()]
            if before.count("(") != before.count(")"):
                continue
            since = piece[cuts[-1] if cuts else 0 : m.start()]
            words = since.split()
            prev = words[-1] if words else ""
            # "Mrs A Lowe - the Mayor Mr B Hart - Clerk": rows "Name - Title" run together
            row = SPACED_DASH.search(since) is not None and len(SPACED_DASH.findall(piece)) >= 2
            if not prev or self._honorific.fullmatch(prev) and not row or prev.lower() in ("the", "and", "&", "–", "—", "-"):
                continue  # "... the Mayor – Mr R Ellis": the holder after the office's dash is the same person
            if len(words) < 2:
                continue  # "District Cllr Ada Penn", "KCC Cllr R Pennick": a place before the honorific
            at = m.start() + len(m.group()) - len(m.group().lstrip())
            if not self._person_next(piece[at:]):
                continue  # "Mr S Oyelaran, Deputy City Solicitor": a title, not a second person
            cuts.append(at)
        if not cuts:
            return [(piece, 0)]
        bounds = [0] + cuts + [len(piece)]
        return [(piece[a:b], a) for a, b in zip(bounds, bounds[1:]) if piece[a:b].strip()]

    def _list(self, text: str, start: int, label: str, role: Optional[str] = None) -> list[Entry]:
        """Entries of an inline list; a plural honorific distributes over what follows."""
        split = self._split_list(text, start, label, role)
        titles = self._titles_list(text, start, label)
        if titles:
            return titles
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
        leads: list[Optional[str]] = []  # per entry: a title printed before the name (not kept in it)
        tails: dict[int, str] = {}  # entry index -> a title printed as the next piece
        titles: list[Entry] = []  # staff printed by title only
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
                continue  # "Councillor D. Pellow (chairman), who presided, ..."
            tm = self._triggers.match(stripped)
            if tm:  # "Morag Lennox, Apologies from Iain Bairstow": the rest of the list sent apologies
                label, inherited = "apologies", None
                piece, s = piece[piece.find(stripped) + tm.end():], s + piece.find(stripped) + tm.end()
                stripped = piece.strip()
            pm = self._plural_re.match(stripped)
            if pm:
                inherited, comma_since = self._plural[pm.group("h")], False
                offset = piece.find(pm.group("h")) + pm.end()
                piece, s = piece[offset:], s + offset
            run = self._code_pieces(piece, s) or self._run_pieces(piece, s)
            if run:
                # "Aine Brody Cathal Dunne Ena Farr": people parted by spaces only
                for sub, at in run:
                    e = self._entry(sub, at, label, inherited, block=False)
                    if e is not None:
                        leads.append(None)
                        out.append(e)
                continue
            dash = SPACED_DASH.search(piece)
            # "J Smith – Head of Planning (via Zoom), K Jones – ...": a name, a dash, then its title
            named = dash is not None and self._valid_name(piece[: dash.start()].strip())
            entry = self._entry(piece, s, label, inherited, block=True) if named else None
            if entry is None:
                entry = self._entry(piece, s, label, inherited, block=False)
            if entry is None and dash:  # "J Smith - Head of Planning, K Jones - ..."
                entry = self._entry(piece, s, label, inherited, block=True)
            if entry is None:
                if self._title_only(stripped, label, out, leads, titles, sep):
                    # "Officers present: Chief Executive, Section 151 Officer": staff by title only
                    titles.append(Entry(label, None, stripped, s + piece.find(stripped), s + piece.find(stripped) + len(stripped)))
                    continue
                if out and sep in (",", " ", ";") and self._names.role_phrase(stripped):
                    # "P Okoro, Eastwick Area Engineer, T Vance, ...": a title after its holder
                    prev = out[-1]
                    tag = _BRACKET.search(stripped)
                    if tag and self._names.initials_code(prev.name, tag.group("r")):
                        stripped = (stripped[: tag.start()] + stripped[tag.end():]).strip()  # "Chair (IP)"
                    tails[len(out) - 1] = stripped
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
            if inherited and entry.role == inherited and self._member_title(inherited) and entry.name.startswith(inherited + " "):
                entry.role = None  # "Directors A, B": the shared member title is in the name, not an office
            if role and entry.name.startswith(role + " ") and self._valid_name(entry.name[len(role) + 1:]):
                # "Deputy Chairperson: Deputy Chairperson Ann Lee": the heading's role printed again
                entry.name, entry.role = entry.name[len(role) + 1:], None
            if role and not entry.role:
                entry.role = role
                role = None
            if office:
                entry.role, office = office, None
            own = entry.role and stripped.startswith(entry.role) and not entry.name.startswith(entry.role)
            leads.append(entry.role if own and sep in (",", ";") else None)
            out.append(entry)
            sub = _SUBSTITUTED_BY.search(piece) if label == "apologies" else None
            if sub:  # "Councillor A (substituted by Councillor B)": the substitute is present
                named = self._entry(sub.group("n"), s + sub.start("n"), "present", inherited, block=False)
                if named:
                    out.append(named)
        self._shift_titles(out, leads, tails)
        if label == "mixed" and len(titles) < 2:
            return out  # "Also present: Licensing Officer (Shire Council)": one bare title may be an outsider's
        return out + titles

    def _title_only(self, text: str, label: str, out: list[Entry], leads: list[Optional[str]], titles: list[Entry],
                    sep: str) -> bool:
        """Whether list piece ``text`` is one of the body's staff named by title only: an
        officer's title under an officers' or a mixed heading ("Staff", "In attendance: Chief
        Executive, Director of Finance") that is not the title of the
        person before it: the list opens with it, follows other titles, or it follows a
        semicolon after a person whose title is already printed ("Marcus Ebbert, City Clerk;
        Finance Director")."""
        if label not in ("officers", "mixed") or not self._officer_role.search(text) or not self._names.role_phrase(text):
            return False
        if not out or titles and titles[-1].start > out[-1].start:
            return True
        return sep == ";" and out[-1].role is not None and bool(leads) and leads[-1] is None
    def _shift_titles(self, out: list[Entry], leads: list[Optional[str]], tails: dict[int, str]) -> None:
        """Rows "Name, Title" run together on one line ("Ann Lee, Chief Executive Bo Ray,
        Clerk"): each title printed before a name after a comma is the title of the person
        before it. Read so when the first person has no title before the name and either a
        title dangles at the end of the list or every name opens with the member title
        ("Director A, Chair Director B Director C")."""
        if len(out) < 2 or len(leads) != len(out) or leads[0] is not None or not any(leads[1:]):
            return
        first = out[0]
        if first.role and not first.name.startswith(first.role) and 0 not in tails:
            return
        dangling = len(out) - 1 in tails
        # an entry whose name is empty ("Cllr/" before a slash) is no row of a member
        rows = all(bool(e.name and e.name.split()) and (self._member_title(e.name.split()[0])
                   or self._member_title(" ".join(e.name.split()[:2]))) for e in out)
        if not (dangling or rows):
            return
        for k in range(1, len(out)):
            if leads[k] is None:
                continue
            prev, e = out[k - 1], out[k]
            if prev.role is None or prev.name.startswith(prev.role) or tails.get(k - 1) == prev.role:
                prev.role = leads[k]
                first = (e.name or "").split()[:1]
                e.role = tails.get(k) or (first[0] if first and self._member_title(first[0]) else None)

    def _titles_list(self, text: str, start: int, label: str) -> list[Entry]:
        """"Chief Executive; Director of Community, Health and Leisure; Head of HR": staff
        by title only, parted by semicolons (commas and "and" inside the titles), under an
        officers' or a mixed heading; every piece must be an officer's title."""
        if ";" not in text or label not in ("officers", "mixed"):
            return []
        out: list[Entry] = []
        pos = 0
        for piece in text.split(";"):
            stripped = piece.strip(" .,")
            if stripped:
                if not (self._officer_role.search(stripped) and self._names.role_phrase(stripped)) \
                        or self._entry(stripped, 0, label, None, block=True) is not None:
                    return []  # "Vic Salas, City Manager", "City Manager Ann Lee": a person with a title
                at = start + pos + piece.find(stripped)
                out.append(Entry(label, None, stripped, at, at + len(stripped)))
            pos += len(piece) + 1
        return out if len(out) >= 2 else []

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
        for fm in _FULL_STOP.finditer(text, 0, end):
            before = re.search(r"(\S+)$", text[: fm.start()])
            word = before.group(1) if before else ""
            if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]?", word) or self._honorific.match(word + " ") \
                    or self._names.role_lead.match(word + "."):
                continue  # "Asst. GM Finance": an abbreviated title, not the end of the list
            if self._stop_in_list(text, fm.start(), end):
                continue
            return fm.start()
        return end

    def _stop_in_list(self, text: str, stop: int, end: int) -> bool:
        """Whether the full stop at ``stop`` was typed for a comma inside a list of names
        ("A Ferrow, G Tull. M Vane, S Orrin, ..."): a name before it, and two names parted
        by a comma after it. "... Ryan. Mr D Lowe, County Manager" (a title follows) ends."""
        before = text[:stop].rsplit(",", 1)[-1].strip()
        after = text[stop + 1 : end].split(",", 2)
        if len(after) < 3 or not before or "." in after[0] or "." in after[1]:
            return False
        return all(self._valid_name(p.strip()) for p in (before, after[0], after[1]))

    def _titled_person(self, text: str, start: int, label: str) -> Optional[Entry]:
        """One person with an officer's title after a comma ("Kim Hallam, Head of Finance"),
        the whole of ``text``; None for anything else (a list of names)."""
        if text.count(",") != 1 or "(" in text or len(text.split()) > 12 or self._honorific.match(text.strip()) \
                or len(SPACED_DASH.findall(text)) > 1:
            return None
        left, right = text.split(",")
        if self._names.title_first(left.strip()) and self._names.title_first(right.strip(" .;")):
            return None  # "CAO R. Lindquell, Clerk T. Moyle": two people, each after a title
        e = self._entry(text, start, label, None, block=True)
        return e if e and e.role and self._officer_role.search(e.role) else None

    # --- which list ------------------------------------------------------------------

    def _member(self, e: Entry) -> bool:
        """A member by honorific: "Councillor ...", "Trustee ...", "Mayor ..."."""
        return e.name is not None and self._member_re.match(e.name) is not None

    def _staff(self, e: Entry) -> bool:
        """One of the body's own staff by the title printed with the name ("Town Clerk",
        "Library Director"), narrower than any officer's title (a police inspector is not)."""
        return bool(e.name and e.role) and not self._member(e) and bool(
            self._staff_role.search(e.role) or self._staff_title.search(e.role))

    def _officer(self, e: Entry) -> bool:
        return bool(e.role and self._officer_role.search(e.role)) and not self._member(e)

    def _route(self, entries: list[Entry]) -> list[Entry]:
        """Under "Also present" / "In attendance", councillors are present and officers are officers."""
        for e in entries:
            if self._member(e):
                e.label = "present"
            elif e.role and self._officer_role.search(e.role):
                e.label = "officers"  # "In attendance: N Quill, Eastwick Area Office"
            elif e.role and self._member_role.search(e.role):
                e.label = "present"  # "In attendance: Mrs A Lowe - the Mayor"
            else:
                e.label = self._mixed_default
        return entries

    def _settle(self, entries: list[Entry], label: str) -> list[Entry]:
        """Entries read under a heading of ``label``, each in the list the guidelines put it in.

        "Present: ..., Owen Marsh (Clerk)": the clerk or another of the body's staff among
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
                if e.label == "present" and e.role and not self._member(e) and (
                        self._staff_role.search(e.role) or self._staff_title.search(e.role)
                        and not self._member_role.search(self._staff_title.sub("", e.role))):
                    # "Ann Lee (Library Director)", "Bo Ray, Planning Manager": the body's staff,
                    # under any heading (guidelines, "Attendance as a sentence or a table")
                    e.label = "officers"
                    e.titled_staff = True
        return entries


def _words(words: list[str]) -> re.Pattern:
    """A case-blind regex for any of ``words`` as whole words (never matches without words)."""
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE) if words else re.compile(r"(?!)")
