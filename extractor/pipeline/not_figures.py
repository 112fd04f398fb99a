"""Numbers that look like quantities but are not figures, in shapes met outside England.

``figures.py`` rules out dates, times, labels and names in the forms of English
committee minutes. Minutes from elsewhere bring more: numeric dates ("15-07-2019"),
roll-call tallies ("passed 4-1"), street addresses ("595 Wexford Parkway North",
"664 East 233 Street", "312-316 Grange Road"), file, licence and cheque numbers
("Report 14-55", "458218"), "Page 2 of 12" footers, inline list labels ("2. Community
Services"), and numbers that open a name ("7 Day All Alcoholic Beverages License", "Four
Oaks"). Each check is one method; the words are pattern data in the figures patterns.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .patterns import alternation

# "15-07-2019", "10/09//21", "16-07-2019(Paul)": the number opens a numeric date
_NUMERIC_DATE = re.compile(r"[-/.](?:0?[1-9]|[12]\d|3[01])[-/.]{1,2}(?:19|20)?\d\d(?!\d)")
# "August 13, and 25, 2014": a day before the year
_DAY_BEFORE_YEAR = re.compile(r",?[ \t]*\n?[ \t]*(?:19|20)\d\d(?![\d/])")  # the year may wrap to the next line
# "passed 4-1", "[3-2-1-1]", "7–0"
_TALLY = re.compile(r"[ \t]?[-–][ \t]?\d{1,2}(?:[ \t]?[-–][ \t]?\d{1,2}){0,3}(?!\d|[,.]\d|[ \t]?[-–/][ \t]?\d)")
# "The vote was 4 – 2": the second count of a tally (the first is matched before it)
_TALLY_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}[ \t]?[-–][ \t]?$")
# "voted unanimously (6, 0)", "(7-0-1)": a bracketed tally, either count
_BRACKET_OPEN = re.compile(r"\([ \t]*(?:\d{1,2}[ \t]*[-–,/][ \t]*){0,3}$")
_DIGITS = re.compile(r"\d+")
_BRACKET_REST = re.compile(r"(?:[ \t]*[-–,/][ \t]*\d{1,2}){0,3}[ \t]*\)")
_PAGE_OF = re.compile(r"\bpage[ \t|:]+\d+[ \t]+of[ \t]+$", re.I)
_PAGE_N_OF = re.compile(r"[ \t]+of[ \t]+\d+\b")
# "2.MEETING", "1.Present": a dot then a capital with no space is never a decimal
_DOT_CAPITAL = re.compile(r"\.[A-Z]")
# an OCR reading may set the dot apart: "total . 2 . Mayor Fennimore met"
_DOT_SPACE_CAPITAL = re.compile(r"[ \t]?\.[ \t]+[A-Z]")
# "412. DECLARATIONS": a heading in capitals after the dot
_DOT_SPACE_HEADING = re.compile(r"[ \t]?\.[ \t]+[A-Z]{2,}\b")
_TOKEN_BEFORE = re.compile(r"(\S+)[ \t]+$")
_CAPITALISED = re.compile(r"[ \t]+(?:\(?[A-Z][\w’'&\-.]*\)?)")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
# "294, 312, and 316 Grange Road", "77 ‑ 79 Broadway" (a non-breaking hyphen from a PDF)
_NUMBER_LIST = re.compile(r"(?:[ \t]*(?:,[ \t]*(?:and|&)?|and|&|to|-|–|‑)[ \t]*\d+[A-Za-z]?\b)+")
_ORDINAL = re.compile(r"[ \t]?(?:st|nd|rd|th)\b\.?", re.I)
# "944-3300", "941 8581": the local part of a phone number after its 3-digit exchange,
# not followed by a word in lower case ("500-1000 homes" is a range)
_PHONE_LOCAL = re.compile(r"(?:[ \t]?[-.][ \t]?|[ \t])\d{4}(?!\d|[,.]\d|[ \t]*[-–]?[ \t]*[a-z])")
# "319-53-BZ", "14-55-001": the first part of a hyphenated file or case code
_CODE_TAIL = re.compile(r"[-/]\d+[-/][A-Z0-9]")
# "adopted as R-\n217": a code broken after its dash at the end of a line
_CODE_BROKEN_BEFORE = re.compile(r"\b[A-Za-z]{1,4}-[ \t]*\n[ \t\n]*$")
# "Community Board No.  12": "No." read as the end of a sentence
_NUMBER_SIGN_BEFORE = re.compile(r"\b(?:No|NO|no|Nos|NOS|Nr)[ \t]?\.[ \t]*$")  # "No . 8": an OCR's spacing
# "Week 3", "Gadgetron 10", "ZX 300", "Tuesday 2": a bare number straight after a
# capitalised word on the same line (the last word before it)
_CAPITAL_WORD_BEFORE = re.compile(r"(?:^|[ \t(\[])([A-Z][A-Za-z]*)[ \t]+$")
# a table cell or a code in groups: another bare number beside it, set off by spaces only
# ("3 6 15 15 40", "Reg: 41 207 335 918"), or a contents line's dot leader ("...... 7")
_NUMBER_BESIDE_BEFORE = re.compile(r"(?:^|[ \t])\d(?:[\d,.]*\d)?[ \t]+$|\.{4,}[ \t]*$")
_NUMBER_BESIDE_AFTER = re.compile(r"[ \t]+\d(?:[\d,.]*\d)?(?:[ \t]|$)")
_LINE_END = re.compile(r"[ \t]*\n")
_LINE_LAST_NUMBER = re.compile(r"(?<!\d)(\d{1,4})[ \t]*$")
_LETTER = re.compile(r"[^\W\d_]")
# "C19(214)", "K2(7)": a bracketed number written onto a code
_CODE_BRACKET_BEFORE = re.compile(r"[A-Za-z0-9]\($")
# a ballot's count: "10 for Ysolde", "7 votes for Corvin", "3 against"
_BALLOT_PAIR = re.compile(r"(?<![\w.,])\d{1,4}[ \t]+(?:votes?[ \t]+)?(?:for|against)\b")
# a line that opens with one: "- 11 for Corvin", "Votes: 8 for Ysolde, 1 for …"
# a bare range before a heading, a list label or the line's end: the page range of an
# agenda entry flattened into running text ("Housing Services. 55 – 62 9. PITCH OPTIONS")
_RANGE_END = r"(?=[ \t]+(?:[A-Z(]|\d{1,2}\.[ \t])|[ \t]*(?:\n|$))"
_BARE_RANGE_NEXT = re.compile(rf"[ \t]*[–-][ \t]*\d{{1,4}}{_RANGE_END}")
_BARE_RANGE_PREV = re.compile(r"(?<![\d,.])\d{1,4}[ \t]*[–-][ \t]*$")
_BARE_RANGE_AFTER = re.compile(_RANGE_END)
# a roll call's tally in yes/no words: "6 yes, 0 no", "5 ayes; 2 nays"
_YES_NO = re.compile(r"(?<![\w.,])\d{1,3}[ \t]+(?:yes|ayes?|yeas?)[ \t]*[,;]?[ \t]*(?:and[ \t]+)?"
                     r"\d{1,3}[ \t]+(?:no|noes|nays?)\b", re.I)
_BALLOT_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:[Vv]otes?[ \t]*:[ \t]*)?"
                          r"\d{1,4}[ \t]+(?:votes?[ \t]+)?for[ \t]+[A-Z]")


# the end of a roll call's line: "… Boulds – 7"
_LINE_END_OR_END = re.compile(r"[ \t.]*(?:\n|$)")
_AFTER_NAMES = re.compile(r"[A-Za-z.)][ \t]*[-–,:][ \t]*$")
_TABLE_ROWS_BACK = 40  # the longest ballot table looked up for its header


# a capitalised plural that ends a run of capitalised words: "Signs", "Members" (not "Class", "Smith's", "ROADS")
_CAPITAL_PLURAL = re.compile(r"[ \t]+\(?[A-Z][a-z][\w\-]*[^s'’\W]s\b")
# what may follow a counted run: a lower-case word, a bracket or a clause's punctuation, not a name's next word
_RUN_END = re.compile(r"[ \t]*(?:[,;:.)(]|[ \t][a-z]|$)")
_RUN_WORDS = 4  # the longest run of capitalised words read as what a number counts


def _counted_run(text: str, pos: int) -> bool:
    """Whether the run of capitalised words after a number (at ``pos``) ends within a few
    words on a plural, before a lower-case word or a clause's punctuation: "4 Solar Message
    Boards was", "31 Annual Paying Members, …" count signs and members; "7 Day All Alcoholic
    Beverages License" and "3 Planning Applications 4 Finance" (a flattened agenda) do not
    end so."""
    for _ in range(_RUN_WORDS):
        plural = _CAPITAL_PLURAL.match(text, pos)
        if plural and _RUN_END.match(text, plural.end()):
            return True
        word = _CAPITALISED.match(text, pos)
        if word is None:
            return False
        pos = word.end()
    return False


_ENTRY_SEP = ",;"
_ENTRY_OPEN = ",;:"  # "Police report: 5 Burglary, …": a colon may open the first entry
_ENTRY_MAX = 40  # the longest entry of a list of counts, in characters
_ENTRY = re.compile(r"[ \t]*(?:(?:[A-Za-z][\w'’\-]*[ \t]+){0,3}\d{1,4}"  # "Theft 1"
                    r"|\d{1,4}(?:[ \t]+[A-Za-z][\w'’\-]*){0,3})[ \t.]*")  # "8 criminal damage"
_ENTRY_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _entry(text: str, pos: int, ss: int, se: int) -> tuple[int, int]:
    """The part of the sentence ``text[ss:se]`` between the separators around ``pos``."""
    start = max(text.rfind(c, max(ss, pos - _ENTRY_MAX), pos) for c in _ENTRY_OPEN)
    ends = [i for i in (text.find(c, pos, min(se, pos + _ENTRY_MAX)) for c in _ENTRY_SEP) if i >= 0]
    return (ss if start < 0 else start + 1), (min(ends) if ends else min(se, pos + _ENTRY_MAX))


def _counted(text: str, start: int, end: int) -> Optional[frozenset[str]]:
    """The words of a list entry that is a few words and one number ("5 Burglary",
    "Theft 1"); None for any other part of a sentence."""
    if not _ENTRY.fullmatch(text, start, end):
        return None
    return frozenset(w.lower() for w in _ENTRY_WORD.findall(text, start, end))


class NotFigures:
    """The checks, compiled once from the figures patterns."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        p = patterns
        streets = list(p.get("street_words", []))
        streets += [w.upper() for w in streets]
        self._street_word = alternation(streets)
        directions = alternation(p.get("street_directions", []))
        cap = r"[ \t]+(?:[A-Z][\w'’.]*|\d+[A-Za-z]?(?:st|nd|rd|th)?)"
        # "595 Wexford Parkway North", "1350 HAWTHORN ST", "22 Tanners Croft", "1414 AVENUE K",
        # "241 st St.", "664 East 233 Street", "113 W. Main"
        self._street = re.compile(
            rf"(?:{_NUMBER_LIST.pattern})?[A-Za-z]?"
            rf"(?:(?:{cap}){{0,3}}[ \t]+(?:{self._street_word})\b\.?"
            rf"|[ \t]+(?:{self._street_word})[ \t]+[A-Z0-9]\b"
            rf"|{_ORDINAL.pattern}[ \t]+(?:{self._street_word})\b"
            # "the 3000 block of Lindell Road": an American address range
            r"|[ \t]+block[ \t]+of[ \t]+(?:[A-Z0-9]|the\b)"
            + (rf"|[ \t]+(?:{directions})\.?[ \t]+(?:[A-Z][\w'’]*|\d+(?:st|nd|rd|th)?)\b" if directions else "")
            + ")")
        self._address_before = re.compile(rf"\b(?:{alternation(p.get('address_preceders', []))})[ \t]+$", re.I) \
            if p.get("address_preceders") else None
        self.reference_digits: int = p.get("reference_min_digits", 5)
        phone_cues = alternation(p.get("phone_cues", []))
        self._phone_cue = re.compile(rf"\b(?:{phone_cues})\.?[ \t]*(?:no\.?[ \t]*)?:?[ \t]*\(?[ \t]*$", re.I) \
            if phone_cues else None
        suffixes = alternation(p.get("company_suffixes", []))
        # "Pizza 24, Inc.", "284 Hexagon, LLC": the number is part of a firm's name
        self._company = re.compile(rf"(?:[ \t]+[A-Z][\w&'’.\-]*){{0,3}},?[ \t]+(?:{suffixes})(?![\w])") \
            if suffixes else None
        cues = p.get("vote_cues_before", [])
        # "AYES: Quenby, Pethwick, Marsh – 3": a roll call's names, then their number
        self._roll_call_line = re.compile(rf"[ \t]*(?:{alternation(cues)})[ \t]*:", re.I) if cues else None
        heads = p.get("vote_table_headers", [])
        self._vote_header = re.compile(rf"\b(?:{alternation(heads)})\b", re.I) if heads else None
        self._ago = re.compile(rf"[ \t]+(?:{alternation(p.get('elapsed_words', ['ago']))})\b", re.I)

    # ------------------------------------------------------------ the checks

    def date_like(self, text: str, s: int, e: int, num: str) -> bool:
        """A numeric date, or a day written before the year ("13, and 25, 2014")."""
        if _NUMERIC_DATE.match(text, e):
            return True
        return num.isdigit() and int(num) <= 31 and len(num) <= 2 and _DAY_BEFORE_YEAR.match(text, e) is not None

    def tally(self, text: str, s: int, e: int) -> bool:
        """"carried 4-1", "the vote was 4 – 2", "voted unanimously (6, 0)": the numbers of
        a vote, not quantities (in a sentence about a vote, which the caller checks)."""
        if _TALLY.match(text, e) is not None or _TALLY_BEFORE.search(text, max(0, s - 8), s) is not None:
            return True
        opened = _BRACKET_OPEN.search(text, max(0, s - 24), s)
        if opened is None:
            return False
        rest = _BRACKET_REST.match(text, e)
        # two counts at least: "(5)" alone is a list label or an aside, not a tally
        return rest is not None and len(_DIGITS.findall(text, opened.start(), rest.end())) >= 2

    def address(self, text: str, s: int, e: int, before: str) -> bool:
        """A street number (or a list of them) before a street name."""
        if self._street.match(text, e):
            return True
        return self._address_before is not None and self._address_before.search(before) is not None

    def reference(self, num: str, plain: bool) -> bool:
        """A long number without separators (cheque, licence, application or file
        number, zip code): quantities that large are written "12,000"."""
        return plain and num.isdigit() and len(num) >= self.reference_digits

    def phone(self, text: str, e: int, num: str, before: str) -> bool:
        """A phone number the regex for whole numbers misses: after "Tel:" or "Fax", or
        a 3-digit exchange before its 4-digit line ("941 8581", "944-3300")."""
        if self._phone_cue is not None and self._phone_cue.search(before):
            return True
        return num.isdigit() and len(num) == 3 and _PHONE_LOCAL.match(text, e) is not None

    def code(self, text: str, s: int, e: int) -> bool:
        """Part of a file, case or resolution code: "319-53-BZ", "R-⏎217", "No.  12"
        where the reader took "No." for the end of a sentence."""
        if _CODE_TAIL.match(text, e):
            return True
        before = text[max(0, s - 12):s]
        return _CODE_BROKEN_BEFORE.search(before) is not None or _NUMBER_SIGN_BEFORE.search(before) is not None

    def company(self, text: str, e: int) -> bool:
        """"Pizza 24, Inc.", "284 Hexagon, LLC": a number in a firm's name."""
        return self._company is not None and self._company.match(text, e) is not None

    def page_number(self, text: str, e: int, before: str) -> bool:
        """"Page 2 of 12": both numbers."""
        lead = before.rstrip(" \t|:").lower()
        return _PAGE_OF.search(before) is not None or (lead.endswith("page") and (
            _PAGE_N_OF.match(text, e) is not None or before.rstrip(" \t") != before.rstrip(" \t|:")))

    def inline_label(self, text: str, s: int, e: int, num: str, before: str) -> bool:
        """"… BUSINESS 1. Late Incoming Correspondence 2. Community Services", "Page 1 of
        11 1. OPENING": a list label inside a line. What stands before it ends a
        sentence or a heading (a capitalised word, a number, a closing mark); a
        sentence reads "were 25. Members …", with a lower-case word."""
        if not num.isdigit() or len(num) > 4:
            return False
        if len(num) > 2:  # a minute number: "none received. 412. DECLARATIONS OF INTEREST"
            if not _DOT_SPACE_HEADING.match(text, e):
                return False
        elif _DOT_CAPITAL.match(text, e):
            return True
        elif not _DOT_SPACE_CAPITAL.match(text, e):
            return False
        prev = _TOKEN_BEFORE.search(before)
        if prev is None:
            return True
        tok = prev.group(1)
        return tok[0].isupper() or tok[-1] in ".:;)]" or any(c.isdigit() for c in tok)

    def opens_name(self, text: str, e: int, word: Optional[str], sentence_start: bool) -> bool:
        """"7 Day All Alcoholic Beverages", "16 Cobham Court Porirua", "1 MEETING OPENING",
        "Four Oaks": a number followed by a run of capitalised words is part of a name or
        a heading: three words, or two that end the clause. "the 4 Scrutiny Committee
        chairs" counts chairs. A capitalised number word mid-sentence needs only one
        ("Four Oaks ward")."""
        first = _CAPITALISED.match(text, e)
        if first is None:
            return False
        if word is not None:  # "Four Oaks ward"; at a sentence's start "Four Oaks – £400", not "Two Councillors were"
            return word[0].isupper() and (not sentence_start or not _LOWER_WORD.match(text, first.end()))
        second = _CAPITALISED.match(text, first.end())
        if second is None:
            return False
        if not sentence_start and _counted_run(text, e):
            return False  # "4 Solar Message Boards (mains)", "31 Annual Paying Members, previous month 29"
        return _CAPITALISED.match(text, second.end()) is not None or not _LOWER_WORD.match(text, second.end())

    def line_number(self, text: str, s: int, e: int, num: str) -> bool:
        """A PDF's line numbering: "… to order at 7:02 P.M. 10⏎11 ROLL CALL 12⏎13Roll call was
        taken": a number ending a line that starts with the number before it, while the
        next line starts with the number after it (or, on the last line, the line before
        ended with the number before that)."""
        if not num.isdigit() or len(num) > 4:
            return False
        nl = _LINE_END.match(text, e)
        n = int(num)
        if nl is None or n < 2:
            return False
        ls = text.rfind("\n", 0, s) + 1
        opens = str(n - 1)
        if not text.startswith(opens, ls) or text[ls + len(opens):ls + len(opens) + 1].isdigit():
            return False
        # the next line goes on with n + 1, or (on a document's last line) the one before ended with n - 2
        if text.startswith(str(n + 1), nl.end()):
            return True
        if ls == 0:
            return False
        last = _LINE_LAST_NUMBER.search(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1)
        return last is not None and last.group(1) == str(n - 2)

    def ordinal(self, text: str, e: int) -> bool:
        """"the 47 th Precinct", "234 th Street": an ordinal (its suffix set apart by a
        PDF's spacing) ranks, it does not count."""
        return _ORDINAL.match(text, e) is not None

    def name_label(self, before: str, plain_words: set[str]) -> bool:
        """"Week 3", "Term 2", "Title 10", "Gadgetron 10", "KL 204": a bare number (nothing
        after it says what it counts) right after a capitalised word names or labels
        something. A reported count reads "fell to 41", "(57)", "with 9 more". A
        capitalised function or quantity word ("The", "With", "About 30") names nothing:
        those are ``plain_words`` (lower case)."""
        m = _CAPITAL_WORD_BEFORE.search(before)
        return m is not None and m.group(1).lower() not in plain_words

    def table_cell(self, text: str, s: int, e: int) -> bool:
        """A bare number in a row of numbers ("3 6 15 15 40"), a number alone on a line
        of no words, a code in groups ("58 233 849 580"), a page number after a dot
        leader, or a bracketed number written onto a code ("C19(214)")."""
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if not _LETTER.search(text, ls, le):
            return True
        before = text[max(ls, s - 40):s]
        return (_NUMBER_BESIDE_BEFORE.search(before) is not None
                or _NUMBER_BESIDE_AFTER.match(text[e:min(le, e + 40)]) is not None
                or _CODE_BRACKET_BEFORE.search(before) is not None)

    def ballot(self, text: str, s: int) -> bool:
        """A line that reports an election's or a motion's ballot: two counts each
        followed by "for"/"against" ("8 for Ysolde, 1 for reopening nominations"), or
        a short line that opens with "N for <Name>" ("- 11 for Corvin"). Its numbers
        are votes, not quantities."""
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        le = len(text) if le < 0 else le
        if le - ls > 200:
            return False
        if len(_BALLOT_PAIR.findall(text, ls, le)) >= 2:
            return True
        return le - ls <= 60 and _BALLOT_LINE.match(text, ls, le) is not None

    def page_range(self, text: str, s: int, e: int) -> bool:
        """Either number of a bare range with no noun after it that runs into a heading, a
        list label or the line's end ("… Report by the Head of Housing. 55 – 62 9. PITCH"):
        pages. "rose from 10 – 15 last year" goes on in lower case and stays."""
        if _BARE_RANGE_NEXT.match(text, e):
            return True
        return _BARE_RANGE_PREV.search(text, max(0, s - 12), s) is not None and _BARE_RANGE_AFTER.match(text, e) is not None

    def yes_no(self, text: str, s: int, e: int) -> bool:
        """Either count of a "6 yes, 0 no" tally: votes, which need no vote word in the
        sentence (roll calls print the names, then the tally, then "Motion carried.")."""
        return any(m.start() < e and s < m.end() for m in _YES_NO.finditer(text, max(0, s - 24), min(len(text), e + 24)))

    def roll_call_total(self, text: str, s: int, e: int) -> bool:
        """"AYES: Quenby, Pethwick, Marsh – 3": the count that closes a line of voters'
        names opened by a vote word and a colon is the tally of those votes."""
        if self._roll_call_line is None or not _LINE_END_OR_END.match(text, e):
            return False
        ls = text.rfind("\n", 0, s) + 1
        return (_AFTER_NAMES.search(text, ls, s) is not None
                and self._roll_call_line.match(text, ls, s) is not None)

    def vote_table(self, text: str, s: int) -> bool:
        """A number in a table row ("|" between cells) whose header row names votes
        ("Votes Cast | Votes Withheld"): a ballot's counts, not quantities."""
        if self._vote_header is None:
            return False
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        if text.find("|", ls, len(text) if le < 0 else le) < 0:
            return False
        for _ in range(_TABLE_ROWS_BACK):  # up the rows of the table to its header
            if ls == 0 or text.find("|", text.rfind("\n", 0, ls - 1) + 1, ls - 1) < 0:
                break
            ls = text.rfind("\n", 0, ls - 1) + 1
        le = text.find("\n", ls)
        return self._vote_header.search(text, ls, len(text) if le < 0 else le) is not None

    def count_list(self, text: str, s: int, e: int, ss: int, se: int) -> bool:
        """Whether the number is one entry of a list of counts: "Police report: 5 Burglary,
        8 criminal damage, Theft 1, ASB 7". Each entry between commas is a few words and
        one number, and a neighbouring entry counts something else; "Site 3, Site 4" (the
        same word again) names sites, "KL 204, 206" (a bare number beside it) codes."""
        start, end = _entry(text, s, ss, se)
        words = _counted(text, start, end)
        if not words:
            return False
        neighbours = []
        if start > ss and text[start - 1] in _ENTRY_SEP:
            neighbours.append(_counted(text, *_entry(text, start - 1, ss, se)))
        if end < se and text[end] in _ENTRY_SEP:
            neighbours.append(_counted(text, *_entry(text, end + 1, ss, se)))
        if any(n is not None and not n for n in neighbours):
            return False  # "KL 204, 206, 209": a bare number beside it makes a list of codes
        return any(n and n != words for n in neighbours)

    def elapsed(self, text: str, end: int) -> bool:
        """"three years ago" dates an event; it is not a duration."""
        return self._ago.match(text, end) is not None
