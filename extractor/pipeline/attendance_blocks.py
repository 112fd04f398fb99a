"""Attendance lists under a heading: on the heading's line, or one person per line below it.

A heading (``attendance_headings``) opens a list that runs on its own line, wrapped over
the next ones (a line ending in a comma, an honorific or inside a bracket, or a hanging
indent), and cut where another heading is run into it ("... COUNCILMEMBERS ABSENT: Tom
Rutter"); or a block below it: one person per line, a list per line, a "P  Name" or
tab-separated table, or columns parted by wide gaps, until a line that names nobody (one
or two short label lines are passed over when names follow).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from .attendance_entries import AND, SPACED_DASH, Entry, EntryReader
from .attendance_headings import Heading, HeadingGrammar
from .patterns import alternation
from .text_lines import Line

_WRAPS = re.compile(r"(?:[,;&]|\band|\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|of|from|the))$")
"""A line that goes on on the next: it ends in a separator, an honorific or a preposition."""
_NUMBERED = re.compile(r"^(?:\(\d{1,3}[a-z]?\)|\d{1,3}(?:\.\d{1,2})*[.)]?)\s+[A-Z][A-Za-z]")
"""An item heading ("(2) Disclosures ...", "3. Minutes"): the end of a block of names."""
_BULLET = re.compile(r"^(?:[-•*–·▪○]|\d{1,2}[.)])\s+(?=\S)")
_COLUMNS = re.compile(r"\S\s{3,}\S")
_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")
"""Cells of a line laid out in columns: runs of text parted by three or more spaces."""
_SENTENCE_END = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\.\s*$")
"""A line that ends a sentence of three lower-case words ("... were in attendance.")."""
_UNBRACKET = re.compile(r"\([^()]*\)")
_LIST_SEP = re.compile(r"[,;]")
_MOVER_PAIR = re.compile(r"[A-Za-z]\s+/\s+(?:[A-Z]|Cr|Cllr)")
""""Deputy Mayor Lowe / Councillor Ray": who moved and seconded, not a list of attendees."""
_LAST_NAMES = re.compile(r"(?:and\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\.")
"""A short line of capitalised words closing a sentence: the end of a list broken at the page width."""
_RULE_LINE = re.compile(r"[-–—=:+ ]*-{3,}[-–—=:+ ]*")
"""The rule under a table's header row ("---|---|" with its bars read as spaces)."""
_PAGE_LINE = 60
"""A line at least this long that ends without a stop was broken at the page width."""
_PROSE_RUN = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
_ROLE_FIRST = re.compile(r"^(?P<r>[A-Z][A-Za-z'’-]*(?:(?:\s+|\s*[,&]\s*)[A-Za-z'’-]+){0,5})\s*:\s+(?P<n>\S.*)$")
"""A block line "Role: Name" (one to six words before the colon)."""


def _singular_title(title: str) -> str:
    """"Superintendents" -> "Superintendent", "Directors of Finance" left alone: a plain
    plural last word loses its "s" (not "ss", "us", "is": "Business", "Campus")."""
    if re.search(r"[a-rt-z]s$", title) and not re.search(r"(?:us|is)$", title) and " of " not in title:
        return title[:-1]
    return title


def column(text: str, at: int) -> int:
    """Column of offset ``at`` in its line of ``text``."""
    return at - (text.rfind("\n", 0, at) + 1)


class BlockReader(EntryReader):
    """Lists under attendance headings."""

    def _compile_blocks(self, p: dict[str, Any]) -> None:
        self._headings = HeadingGrammar(p, self._plural, self._honorific)
        marks = "|".join(map(re.escape, self._marks))
        self._mark_re = re.compile(rf"^(?P<m>{marks})(?P<gap>\s+)(?=[A-Z])") if marks else re.compile(r"(?!)")
        self._mark_word = re.compile(rf"^(?:{marks})\s+[A-Z][a-z]") if marks else re.compile(r"(?!)")
        self._legend = re.compile(p.get("legend_line", r"(?!)"))
        mixed = alternation(p.get("mixed_headings", []))
        # "Present: Councillors A, B; also in attendance: Councillor C": a second, mixed list after a semicolon
        self._mixed_inline = re.compile(rf";\s*(?:{mixed})\b\s*:?\s*", re.IGNORECASE) if mixed else re.compile(r"(?!)")
        # a roman number not after a comma: in "..., V. Stock-Williams" it is an initial
        self._run_end = re.compile(r"\s\d{1,2}\.\s+[A-Z]|(?<![,;])\s[IVX]{1,4}\.\s+[A-Z]|\s\d{1,2}\s+[A-Z]{3,}\b|_{3,}|\s[*#]\s")
        ditto = alternation(p.get("ditto_marks", []))
        self._ditto_re = re.compile(rf"^(?:{ditto})\s+(?=\S)") if ditto else re.compile(r"(?!)")
        self._caps_run = re.compile(r"(?<!\S)[A-Z][A-Z'’-]{3,}\*?\s+[A-Z][A-Z'’-]{3,}\b")

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

    def _block_line(self, text: str, start: int, label: str, marked: bool = False,
                    lone_title: bool = False) -> Optional[list[Entry]]:
        """The people on one line of a block (None: the line is not part of the block).
        ``lone_title``: a line holding one officer's title alone is staff by title (under an
        officers' heading, or among other such titles: under "Also present" one bare title
        may be an outsider's)."""
        if self._legend.match(text) and len(text.split()) <= 6 or _RULE_LINE.fullmatch(text) or self._header_row(text):
            return []
        bullet = _BULLET.match(text)
        if bullet:  # "- Ruth Okafor"
            text, start = text[bullet.end():], start + bullet.end()
        lab = label
        mm = self._mark_re.match(text)
        if mm and (marked or len(mm.group("gap")) > 1 or "\t" in mm.group("gap")):
            # "P  Ada Morrow": a present/absent column; one space only once the block has shown the column
            # (else "A M Lowry" would lose an initial)
            lab = self._marks[mm.group("m")]
            text, start = text[mm.end():], start + mm.end()
        if "\t" in text.strip():
            return self._table_row(text, start, lab)
        if _COLUMNS.search(text):
            return self._columns(text, start, lab)
        pm = self._plural_re.match(text)
        rm = None if pm else _ROLE_FIRST.match(text)
        if rm and self._officer_role.search(rm.group("r")) and self._names.role_phrase(rm.group("n").strip()):
            rm = None  # "Manager: Customer and Community Services": one title, no person after the colon
        if rm:  # "Independent Person: Dominic Sallow": the role, a colon, then the person (or a list)
            found = self._list(rm.group("n"), start + rm.start("n"), lab)
            if len(found) == 1 and not found[0].role and not self._triggers.match(rm.group("n")):
                found[0].role = rm.group("r")
            return found or None
        if pm or re.search(r"\),\s", text) or ("," in text and self._person_next(text.split(",", 1)[1])) \
                or self._dashed_rows(text) \
                or self._names_first(text) \
                or self._and_honorific.search(text) or len(self._split_at_honorifics(text)) > 1 \
                or self._run_pieces(text, start):
            found = self._list(text[: self._sentence_end(text)], start, lab)
        else:
            e = self._entry(text, start, lab, None, block=True)
            found = [e] if e else self._initials(text, start, lab)
            if not found and lab in ("officers", "mixed") and re.search(r"[,;]", text):
                # "Chief Executive, Director Corporate Services, ...": a line of titles only
                titles = self._list(text, start, lab)
                found = titles if len(titles) >= 2 and all(t.name is None for t in titles) else []
            if not found and (lab == "officers" or lone_title and lab == "mixed") and self._officer_role.search(text) \
                    and self._names.role_phrase(text.strip(" .,;")):
                # "Manager Asset Strategy" on its own line under "In Attendance": staff by title only
                title = text.strip(" .,;")
                at = start + text.find(title)
                found = [Entry(lab, None, self._drop_remark(title) or title, at, at + len(title))]
        return found or None

    def _header_row(self, text: str) -> bool:
        """A table's header row laid out in columns ("Court Members   Court Members",
        "Name   Role"): every cell a short label whose last word is a header word."""
        return len(_CELL.findall(text)) >= 2 and self._header_cells_only(text)

    def _header_cells_only(self, text: str) -> bool:
        """Whether ``text`` holds nothing but a table's header cells ("Role", "Board Members")."""
        cells = _CELL.findall(text)
        return bool(cells) and all(len(c.split()) <= 4 and c.split()[-1].lower() in self._header_cells for c in cells)

    def _names_first(self, text: str) -> bool:
        """Whether a block line is a list of bare names ("G Lowe, H Dean, E Marsh (CE); ..."),
        not "Name, Title": its first two comma pieces are both names."""
        pieces = _LIST_SEP.split(_UNBRACKET.sub("", text), 2)
        if len(pieces) == 2:  # "Tamsin Vrell, Oskar Pelleworth": two people, when no word after the comma is a title's
            second = pieces[1].strip(" .").split()
            return len(second) >= 2 and self._valid_name(pieces[0].strip(" .")) and self._valid_name(" ".join(second)) \
                and not any(self._names.is_role_word(w) or self._names.role_lead.match(w) or w.lower() in self._names.org_words
                            for w in second) and not self._member_role.search(pieces[1])
        return len(pieces) >= 3 and all(self._valid_name(p.strip(" .")) for p in pieces[:2])

    def _columns(self, text: str, start: int, label: str) -> Optional[list[Entry]]:
        """A line laid out in columns ("Mrs S Vail     Mr C Oduya", "Cllr Hywel Madoc     Chair"):
        each cell a person, or the title of the person in the cell before it."""
        out: list[Entry] = []
        for m in _CELL.finditer(text):
            cell, at = m.group(), start + m.start()
            # a cell may hold several titled people parted by spaces only ("Cllr A Dunn Cllr B Fox")
            several = "," in cell or AND.search(cell) or len(self._split_at_honorifics(cell)) > 1
            found = self._list(cell, at, label) if several else None
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
        marked = self._mark_column(ls, i)
        titled = False  # staff by title only read so far (a lone title line may be one more)
        while j < len(ls):
            line = ls[j]
            if line.blank:
                j += 1
                continue
            if self._heading_of(line) or self._apology_sentence(line.text) or _NUMBERED.match(line.text) \
                    or self._mover_pair(line.text):
                break  # a list in a sentence ("That the apologies from ...") or a mover / seconder line
            k = self._wrapped(ls, j)
            if k > j:  # a list wrapped over lines: "Cllrs J Arden, P Fenn,\nM Quill and M Pennick."
                run = text[line.start : ls[k].end]
                found = self._list(run[: self._sentence_end(run)], line.start, label) or None
            else:
                found = self._block_line(line.text, line.start, label, marked, titled)
                marked = marked or bool(self._mark_re.match(line.text) and re.match(r"^\S+(?:\s{2,}|\t)", line.text))
            if found and len(found) == 1 and found[0].name is None and out and out[-1].name and out[-1].role is None \
                    and out[-1].start >= ls[last].start:
                # "Colin Ashby" then "Acting Chief Executive" on the next line: a table's two
                # columns printed one under the other; the title is the role of the person above
                out[-1].role, out[-1].end = found[0].role, found[0].end
                found = []
            if found is None:
                if not self._skippable(line.text) or not self._names_ahead(ls, k, label):
                    break
                found = []
            out.extend(found)
            titled = titled or any(e.name is None for e in found)
            last = k
            j = k + 1
            if found and _SENTENCE_END.search(_UNBRACKET.sub("", text[line.start : ls[k].end])):
                break  # "... and Mr A Lowe were in attendance.": a sentence closes the block
        return out, last

    def _dashed_rows(self, text: str) -> bool:
        """Whether a line holds rows "Name – Title" (or "Title – Name") parted by commas
        ("Ann Lee – Town Clerk, Bo Ray - Deputy Clerk"): every piece one dash with a person
        on one side of it, so a title with a comma in it is not cut up."""
        pieces = [p.strip(" .;") for p in text.split(",")]
        if len(pieces) < 2:
            return False
        for piece in pieces:
            parts = SPACED_DASH.split(piece)
            if len(parts) != 2 or not (self._valid_name(parts[0].strip()) or self._valid_name(parts[1].strip())):
                return False
        return True

    def _mover_pair(self, text: str) -> bool:
        """Whether a line names a mover and a seconder parted by a slash ("Deputy Mayor Lowe /
        Councillor Ray"), not a title with a slash in it ("Manager of Legislative Services /
        Municipal Clerk, J. Bunnage": the words after the slash are a title)."""
        m = _MOVER_PAIR.search(text)
        if m is None:
            return False
        after, comma, holder = text[m.end() - 1 :].partition(",")
        after = after.strip()
        titled = comma and self._names.role_phrase(after) and not self._valid_name(after) \
            and self._valid_name(holder.strip(" .;"))
        return not titled

    def _apology_sentence(self, text: str) -> bool:
        """Whether a line opens a list of apologies: "Apologies were received from ...", "That
        the apologies from ... be accepted" (not "Eastfield: Ann Lee, Apologies from Bo Ray",
        a list line that turns to apologies part way)."""
        tm = self._triggers.search(text)
        if not tm:
            return False
        before = text[: tm.start()]
        return not before.strip() or "," not in before and ":" not in before and re.search(r"\b[a-z]{2,}\b", before) is not None

    def _mark_column(self, ls: list[Line], i: int) -> bool:
        """Whether the lines under heading ``i`` open with a present/absent mark column
        ("P Ada Morrow", "A Ivo Brandt"), as a table read back with single spaces prints it:
        five of the first six lines a mark and a word (initials vary: "P Okoro, ...", "A M
        Lowry" under a list of officers are names)."""
        firsts = [line.text for line in ls[i + 1 : i + 14] if not line.blank][:6]
        return len(firsts) == 6 and sum(1 for t in firsts if self._mark_word.match(t)) >= 5

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
            and (len(words) <= 3 or ":" in text or SPACED_DASH.search(text) is not None)
        )

    def _continuations(self, ls: list[Line], i: int, label: str, found: Optional[list[Entry]] = None) -> tuple[list[Entry], int]:
        """List lines after an inline heading that start with an honorific: a list
        ("Councillors Penrose, ...") or one member per line ("Present: Cllr A (Chair)"
        then "Cllr B" on the next lines), also where a ditto mark stands for the honorific
        of the line above ("PRESENT: Cllr A Lowe (Mayor)" then "“ B Hart")."""
        above = list(found or [])

        def read(line: Line) -> Optional[list[Entry]]:
            if self._heading_of(line):
                return None  # "Council Members Absent: ..." opens the next list
            dm = self._ditto_re.match(line.text)
            if dm and above:
                hm = self._honorific.match(above[-1].name or "")
                if not hm:
                    return None
                rest = line.text[dm.end():]
                e = self._entry(rest, line.start + dm.end(), label, None, block=True)
                if e is None or not e.name:
                    return None
                if not self._honorific.match(e.name) or self._stacking and hm.group() in self._stacking:
                    e.name = f"{hm.group()} {e.name}"  # "“ Mrs C. Edwardes" under "Cllr ...": "Cllr Mrs C. Edwardes"
                above.append(e)
                return [e]
            if self._plural_re.match(line.text):
                return self._list(line.text[: self._sentence_end(line.text)], line.start, label) or None
            staff = self._staff_row(line) if above and label in ("present", "mixed") else None
            if staff is not None:
                return staff
            if self._honorific.match(line.text) and not self._heading_of(line) and not self._triggers.search(line.text):
                e = self._entry(line.text, line.start, label, None, block=True)
                return [e] if e else None
            return None

        return self._read_following(ls, i, read)

    def _wrapped(self, ls: list[Line], i: int, text: Optional[str] = None, hang: Optional[int] = None) -> int:
        """Last line of a list wrapped over several lines: each ends in a comma, "and", an
        honorific or inside a bracket, or (given the column ``hang`` where the list started
        in ``text``) the next line is indented to that column, as text exports lay out
        "PRESENT:      Mayor Lyle Brandt, ..., Cr Nola" / "              Pettigrew, ..."."""
        j = i
        depth = 0
        while j + 1 < len(ls):
            if ls[j + 1].blank:
                # "|Present: |A, B, |" / "" / "| |C, D |": a table's rows printed with a blank line
                # between them; a list that ends in a comma goes on past one blank line
                if j + 2 < len(ls) and not ls[j + 2].blank and ls[j].text.endswith(",") \
                        and not self._heading_of(ls[j + 2]) and not _NUMBERED.match(ls[j + 2].text):
                    j += 2
                    continue
                break
            depth += ls[j].text.count("(") - ls[j].text.count(")")
            hanging = hang is not None and text is not None and hang > 0 and abs(column(text, ls[j + 1].start) - hang) <= 1
            if not (_WRAPS.search(ls[j].text) or depth > 0 or hanging or hang is not None and self._reflowed(ls[j], ls[j + 1])):
                break
            if self._heading_of(ls[j + 1]) and not (ls[j].text.endswith((",", ";")) and self._plural_re.match(ls[j + 1].text)):
                break  # but "Present were Mayor A," / "Councilmembers: B, C": the list goes on under a shared title
            if self._staff_title_first(ls[j + 1].text):
                break  # "Trustees: A, B" then "Superintendents: C, D": the staff's own list
            j += 1
        return j

    def _reflowed(self, line: Line, nxt: Line) -> bool:
        """Whether an inline list goes on from ``line`` to ``nxt`` because a PDF export broke a
        paragraph at the page width ("..., Public Works" / "Director Ann Lee, ..."): the line
        is long and ends without a stop or a colon, and the next line is more of the list
        (a comma before any run of prose), not a heading, an item or a sentence."""
        here, there = line.text.rstrip(), nxt.text.strip()
        if len(here) < _PAGE_LINE or here[-1] in ".:;!?" or not (there[:1].isupper() or there.startswith(("and ", "of "))):
            return False
        if _NUMBERED.match(there) or self._heading_of(nxt) or self._triggers.match(there):
            return False
        if _LAST_NAMES.fullmatch(there):
            return True  # "... and Executive" / "Assistant Penhallow.": the list's last words end the sentence
        head = there.split(",", 1)[0]
        return "," in there and not _PROSE_RUN.search(head)

    def _list_end(self, text: str) -> int:
        """Where a list run together with the text after it ends: an item number ("1. CALL TO
        ORDER"), a rule of underscores, or (in a list with lower case) two words in capitals."""
        ends = [len(text)]
        m = self._run_end.search(text)
        if m:
            ends.append(m.start())
        if re.search(r"[a-z]", text):
            m = self._caps_run.search(text)
            if m:
                ends.append(m.start())
        return min(ends)

    def _segments(self, run: str, start: int, h: Heading) -> list[tuple[str, Optional[str], str, int]]:
        """``run`` (the text after heading ``h``) cut at the headings inside it:
        "R. Okonkwo, ... COUNCILMEMBERS ABSENT: Tom Rutter OFFICERS PRESENT: Vic Salas, City Manager"."""
        segments: list[tuple[str, Optional[str], str, int]] = []
        label, role, pos = h.label, h.role, start
        # headings without a colon cut the list only where it was opened so, or in a long run
        for inner in self._headings.inside(run, start, named=not h.has_sep or len(run) > 200):
            if inner.start < pos:
                continue
            if inner.label == "present" and inner.role is None and not run[pos - start : inner.start - start].strip():
                # "Apologies: Councillors: A; B": a group word right after a heading names who is
                # listed, not another list
                pos = inner.end
                continue
            if inner.label == "present" and inner.role is None and self._plural_re.match(run[inner.start - start :]) \
                    and run[pos - start : inner.start - start].rstrip().endswith((",", ";")):
                # "Present were Mayor A, Councilmembers: B, C": a plural member title inside the
                # list, shared by the names after it, not a new list
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

    def _staff_title_first(self, text: str) -> Optional[re.Match[str]]:
        """"Superintendents: J. Sorrell": an officer's title, a colon, then names."""
        rm = _ROLE_FIRST.match(text)
        if rm is None or not self._officer_role.search(_singular_title(rm.group("r").strip())) \
                or self._names.role_phrase(rm.group("n").strip()):
            return None
        return rm

    def _staff_row(self, line: Line) -> Optional[list[Entry]]:
        """"Superintendents: J. Sorrell, K. Dunmarrow" or "Secretary-Treasurer: L. Pellinore"
        below a members' list ("Trustees: A, B"): staff printed title first, one title per
        line, under the same "were present" block (None: not such a line). A plural title
        is given to each name in the singular."""
        rm = self._staff_title_first(line.text)
        if rm is None:
            return None
        role = _singular_title(rm.group("r").strip())
        found = self._list(rm.group("n"), line.start + rm.start("n"), "officers", role)
        if not found or not all(e.name for e in found):
            return None
        for e in found:
            e.label, e.role = "officers", e.role or role
        return found

    def _read_heading(self, text: str, ls: list[Line], i: int, h: Heading) -> tuple[list[Entry], int, int]:
        """Entries under heading ``h`` on line ``i``: the lines below it, or the list after it
        on the same line (wrapped, cut at the headings inside it, continued on lines that
        start with an honorific). Returns them, the last line used and where on that line
        the list ended."""
        line = ls[i]
        rest = text[h.end : line.end]
        if not rest.strip() or self._header_cells_only(rest):
            # "Board Members   Board Members", "Staff in attendance   Role": a table's header row
            found, last = self._block(text, ls, i, h.label)
            return self._settle(found, h.label), last, ls[last].end
        j = self._wrapped(ls, i, text, column(text, h.end + len(rest) - len(rest.lstrip())))
        rest = text[h.end : ls[j].end]
        first = self._titled_person(rest, h.end, h.label) if j == i else None
        if first:  # "Attending: Alex Penrose, Head of Legal Services", then one per line
            more, last = self._block(text, ls, i, h.label)
            return self._settle([first] + more, h.label), last, ls[last].end
        if j == i and _COLUMNS.search(rest) and "," not in rest:  # "In Attendance     KCC Cllr R Pennick   WPC Clerk T Vane"
            found = self._columns(rest, h.end, h.label) or []
            return self._settle(found, h.label), i, line.end
        if h.roll_call:  # "Roll call: Supervisor A present; Trustee B absent"
            answered, _, end = self._roll(text, ls, i, h.end)
            if answered:
                return answered, i, end
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
            nxt = self._heading_next(text, h.end + cut, ls[j].end)
            if nxt is not None:
                # "Council Present: Mayor A, Councillors B and C. Staff Present: CAO D": the next
                # sentence is a list of its own, read from its heading
                more, last, end = self._read_heading(text, ls, j, nxt)
                return found + more, last, end
            staff, end = self._staff_sentence(text, h.end + cut, ls[j].end) if found and label in ("present", "mixed") \
                else ([], h.end + cut)
            return found + staff, j, end
        more, last = self._continuations(ls, j, label, found)
        if not more and len(found) == 1 and found[0].name and h.role is None and not rest.rstrip().endswith(".") \
                and not _PROSE_RUN.search(rest):  # (a role heading, "Chair: Ann Lee", names one person)
            # "COUNCILLORS: - C. Amulung" then "G. Simpson", "A.M. Philipsen" one per line: the
            # heading's first name on its line, the rest of the list below it
            more, last = self._block(text, ls, j, label)
        return found + self._settle(more, label), last, ls[last].end

    def _heading_next(self, text: str, pos: int, end: int) -> Optional[Heading]:
        """The heading (with its colon) that opens the sentence after a list ([pos, end)), if any."""
        after = text[pos:end]
        at = pos + len(after) - len(after.lstrip(" .;,"))
        h = self._headings.at_start(Line(at, end, text[at:end]))
        return h if h is not None and h.has_sep else None

    def _staff_sentence(self, text: str, pos: int, end: int) -> tuple[list[Entry], int]:
        """"Present: Cllrs A, B and C. Mr D Lowe, County Manager, Ms E Ray, Senior Planner and ...":
        the sentence right after a list of members that lists the staff who attended, with
        no heading of its own. Taken only when it is such a list (two people or more, most
        of them with an officer's title); returns them and where the sentence ends."""
        lead = len(text[pos:end]) - len(text[pos:end].lstrip(" .;,"))
        start = pos + lead
        seg = text[start:end]
        cut = self._sentence_end(seg)
        found = self._list(seg[:cut], start, "mixed")
        if len(found) < 2 or not all(e.name for e in found) or sum(1 for e in found if self._officer(e)) * 2 < len(found):
            return [], pos
        for e in found:
            e.label = "present" if self._member(e) else "officers"  # a staff list: "Mr D Fallon" among titled staff
        return found, start + cut

    def _next_is_heading(self, ls: list[Line], i: int) -> bool:
        nxt = next((n for n in range(i + 1, len(ls)) if not ls[n].blank), None)
        return nxt is not None and self._heading_of(ls[nxt]) is not None
