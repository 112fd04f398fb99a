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
from dataclasses import dataclass
from typing import Any, Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, PhraseMap, alternation
from .attendance_headings import Heading, HeadingGrammar
from .attendance_names import NameRules
from .text_lines import Line, all_lines

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
_ROLE_FIRST = re.compile(r"^(?P<r>[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,4})\s*:\s+(?P<n>\S.*)$")
"""A block line "Role: Name" (one to five words before the colon)."""


class AttendanceComponent(PatternComponent):
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
        self._mark_re = re.compile(rf"^(?P<m>{'|'.join(map(re.escape, self._marks))})\s+(?=[A-Z])") if self._marks else re.compile(r"(?!)")
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
        attended = alternation(p.get("attended_phrases", []))
        self._attended_re = re.compile(rf"^(?P<who>[^.()]{{3,120}}?)\s+(?:{attended})\b") if attended else re.compile(r"(?!)")
        self._officer_role = re.compile(rf"\b(?:{alternation(p.get('officer_role_words', []))})\b", re.IGNORECASE)
        self._max_tokens = int(p.get("max_name_tokens", 7))
        openers = p.get("substitute_openers", [])
        # "(for Councillor Tamblyn)": a bracket that opens with a substitute word names no role
        self._sub_opener = re.compile(rf"^(?:{alternation(openers)})\s", re.IGNORECASE) if openers else re.compile(r"(?!)")
        self._header_cells = {w.lower() for w in p.get("table_header_cells", [])}
        self._no_role_cells = {w.lower() for w in p.get("no_role_cells", [])}
        self._initials_list = re.compile(rf"(?P<name>{_INITIALS_NAME})\s*,?\s*(?:\((?P<role>[^)]*)\))?")
        self._names = NameRules(p, self._honorific)
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
        role: Optional[str] = None
        name = raw
        m = re.search(r"\((?P<r>[^()]*(?:\([^()]*\)[^()]*)*)\)", name)
        comma = name.find(",")
        if block and comma >= 0 and (m is None or comma < m.start()) and not self._honorific.match(name[comma + 1:].strip()):
            # "Kim Hallam, Service Manager (Libraries)": the title follows the comma
            name, role = name[:comma].strip(), name[comma + 1:].strip() or None
        elif m:
            inner = m.group("r").strip()
            after = name[m.end():].strip()
            # "Councillor Heap (Leader of the Council) (Chair)": more brackets, each a role or a substitution
            more = [inner]
            while not block and after.startswith("("):
                nm = re.match(r"\((?P<r>[^()]*)\)\s*", after)
                if not nm:
                    break
                more.append(nm.group("r").strip())
                after = after[nm.end():].strip()
            roles = [self._bracket_role(r) for r in more]
            roles = [r for r in roles if r]
            chairing = [r for r in roles if r in self._chair.values() or re.search(r"chair", r, re.IGNORECASE)]
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
            name = self._post.sub("", name)
        name = re.sub(r"\s+", " ", name).strip(" ,;")
        if m and role and self._honorific.match(role) and not self._honorific.match(name) and self._valid_name(role):
            # "The Mayor (Councillor Lena Castellan) in the Chair": the office first, the member in brackets
            name, role = role, re.sub(r"^[Tt]he\s+", "", name) or None
        elif not self._valid_name(name) and role and self._valid_name(role) and (block or m):
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
                and not self._names.has_honorific(name):
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

    def _split(self, text: str, start: int) -> list[tuple[str, int]]:
        """Split a list on commas, semicolons and "and", outside brackets; keep offsets."""
        pieces: list[tuple[str, int]] = []
        depth, last, i = 0, 0, 0
        while i < len(text):
            ch = text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                sep = 0
                if ch in ",;":
                    sep = 1
                else:
                    m = re.match(r"\s+(?:and|&)\s+", text[i:])
                    if m and (i == 0 or text[i - 1] != ","):
                        sep = m.end()
                if sep:
                    pieces.append((text[last:i], start + last))
                    i += sep
                    # ", and" after a comma
                    m = re.match(r"\s*(?:and|&)\s+", text[i:])
                    if ch == "," and m:
                        i += m.end()
                    last = i
                    continue
            i += 1
        pieces.append((text[last:], start + last))
        return [(t, s) for t, s in pieces if t.strip()]

    def _list(self, text: str, start: int, label: str, role: Optional[str] = None) -> list[Entry]:
        """Entries of an inline list; a plural honorific distributes over what follows."""
        split = self._split_list(text, start, label, role)
        titled = self._titled_list(text, start, label)
        if len(titled) > len(split):
            split = titled
        run_together = self._initials(text, start, label)
        return run_together if len(run_together) > len(split) else split

    def _split_list(self, text: str, start: int, label: str, role: Optional[str]) -> list[Entry]:
        out: list[Entry] = []
        inherited: Optional[str] = None
        office: Optional[str] = None
        for piece, s in self._split(text, start):
            stripped = piece.strip()
            om = re.fullmatch(r"[Tt]he\s+(?P<o>.+)", stripped)
            if om and self._honorific.fullmatch(om.group("o")) and office is None and not out:
                office = om.group("o")  # "The Mayor, Councillor N Quigley (in the Chair)": the office, then its holder
                continue
            pm = self._plural_re.match(stripped)
            if pm:
                inherited = self._plural[pm.group("h")]
                offset = piece.find(pm.group("h")) + pm.end()
                piece, s = piece[offset:], s + offset
            entry = self._entry(piece, s, label, inherited, block=False)
            if entry is None and _SPACED_DASH.search(piece):  # "J Smith - Head of Planning, K Jones - ..."
                entry = self._entry(piece, s, label, inherited, block=True)
            if entry is None:
                found = self._initials(piece, s, label)
                if not found:
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
        """"Alex Penrose, Chief Executive; Kim Hallam, Head of Finance": semicolons part people, commas part titles."""
        if ";" not in text:
            return []
        out: list[Entry] = []
        pos = 0
        for piece in text.split(";"):
            if "," in piece:
                e = self._entry(piece, start + pos, label, None, block=True)
                if e is None:
                    return []
                out.append(e)
            elif piece.strip():
                # "J Pellow – Head of Planning; K Marrable – Legal Advisor": a spaced dash parts name and title
                dashed = re.search(r"\s[–—-]\s", piece) is not None
                e = self._entry(piece, start + pos, label, None, block=dashed)
                if e is None:
                    return []
                out.append(e)
            pos += len(piece) + 1
        return out

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

    def _block(self, ls: list[Line], i: int, label: str) -> tuple[list[Entry], int]:
        """One person per line after a heading, until a line that is not a person."""

        def read(line: Line) -> Optional[list[Entry]]:
            if self._legend.match(line.text) and len(line.text.split()) <= 6:
                return []
            if self._heading_of(line) or self._triggers.match(line.text):
                return None
            lab, text, start = label, line.text, line.start
            mm = self._mark_re.match(text)
            if mm:
                lab = self._marks[mm.group("m")]
                text, start = text[mm.end():], start + mm.end()
            if "\t" in text.strip():
                return self._table_row(text, start, lab)
            pm = self._plural_re.match(text)
            rm = None if pm else _ROLE_FIRST.match(text)
            if rm:  # "Independent Person: Dominic Sallow": the role, a colon, then the person
                e = self._entry(rm.group("n"), start + rm.start("n"), lab, None, block=True)
                if e:
                    e.role = e.role or rm.group("r")
                return [e] if e else None
            if pm or re.search(r"\),\s", text) or ("," in text and self._honorific.match(text.split(",", 1)[1].strip())):
                found = self._list(text, start, lab)
            else:
                e = self._entry(text, start, lab, None, block=True)
                found = [e] if e else self._initials(text, start, lab)
            return found or None

        return self._read_following(ls, i, read)

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
        if text.count(",") != 1 or "(" in text or len(text.split()) > 12 or self._honorific.match(text.strip()):
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
                e.label = "officers"
            else:
                e.label = self._mixed_default
        return entries

    def _settle(self, entries: list[Entry], label: str) -> list[Entry]:
        """Entries read under a heading of ``label``, each in the list the guidelines put it in.

        "Present: ..., Peter Hall (Clerk)": an officer among members is an officer. Under
        "Others present" only members and officers are kept (guests are neither); under
        "Members of the public" nobody is."""
        if label == "none":
            return []
        if label == "mixed":
            return self._route(entries)
        if label == "others":
            return [e for e in self._route(entries) if self._member(e) or self._officer(e)]
        if label == "present":
            for e in entries:
                if e.label == "present" and self._officer(e):
                    e.label = "officers"
        return entries

    @staticmethod
    def _wrapped(ls: list[Line], i: int) -> int:
        """Last line of a list wrapped over several lines (each ending in a comma or "and")."""
        j = i
        while j + 1 < len(ls) and not ls[j + 1].blank and re.search(r"(?:[,;&]|\band)$", ls[j].text):
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
            found, last = self._block(ls, i, h.label)
            return self._settle(found, h.label), last, ls[last].end
        j = self._wrapped(ls, i)
        rest = text[h.end : ls[j].end]
        first = self._titled_person(rest, h.end, h.label) if j == i else None
        if first:  # "Attending: Alex Penrose, Head of Legal Services", then one per line
            more, last = self._block(ls, i, h.label)
            return self._settle([first] + more, h.label), last, ls[last].end
        cut = self._sentence_end(rest)
        found: list[Entry] = []
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

    def _prose(self, text: str, ls: list[Line], i: int, pos: int) -> tuple[list[Entry], int]:
        """Apology sentences from ``pos`` on line ``i`` ("Apologies were received from ...");
        returns the entries and the last line used."""
        line = ls[i]
        tm = self._triggers.search(text, pos, line.end)
        if not tm:
            return [], i
        rstart = tm.end()
        if not text[rstart : line.end].strip(" :"):
            return self._block(ls, i, "apologies")
        j = self._wrapped(ls, i)
        rest = text[rstart : ls[j].end]
        cut = self._sentence_end(rest)
        return self._list(rest[:cut], rstart, "apologies"), j

    def _scan(self, doc: Doc, start: int, end: int) -> list[Entry]:
        text = S.doc_text(doc)
        ls = all_lines(text, start, end)
        out: list[Entry] = []
        i = 0
        while i < len(ls):
            line = ls[i]
            if line.blank:
                i += 1
                continue
            h = self._heading_of(line)
            if h:
                found, last, pos = self._read_heading(text, ls, i, h)
                out.extend(found)
                if pos < ls[last].end:  # "PRESENT: ... There were apologies from Councillors ..."
                    more, last = self._prose(text, ls, last, pos)
                    out.extend(more)
                i = last + 1
                continue
            found, last = self._prose(text, ls, i, line.start)
            if found or last > i:
                out.extend(found)
                i = last + 1
                continue
            out.extend(self._attended(line))
            i += 1
        return out

    def _attended(self, line: Line) -> list[Entry]:
        """"Councillor Treloar attended the meeting ...": a member recorded as attending.

        Only for councillors (office honorifics): members of the public who attend to speak
        are speakers, not attendees."""
        m = self._attended_re.match(line.text)
        if not m or not any(m.group("who").startswith(h) for h in self._stacking):
            return []
        found = self._list(m.group("who"), line.start, "present")
        return self._route(found)

    def __call__(self, doc: Doc) -> Doc:
        for meeting in list(S.spans(doc, S.MEETINGS)):
            start, end = S.char_range(meeting, S.MEETINGS)
            seen: set[tuple[str, str]] = set()
            for e in self._scan(doc, start, end):
                key = (e.label, e.name.lower())
                if key in seen:
                    continue
                seen.add(key)
                S.add_span(doc, S.ATTENDEES, e.start, e.end, e.label, {"name": e.name, "role": e.role})
        return doc


@Language.factory(
    "minutes_attendance",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_attendance"}},
)
def make_attendance(nlp: Language, name: str, patterns: dict[str, Any]) -> AttendanceComponent:
    return AttendanceComponent(nlp, name, patterns)
