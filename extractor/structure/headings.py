"""Number and title of a heading line, whatever shape the council printed it in.

The line-role model says *which* lines are item headings; this module reads *what* they
say. A heading line often carries more than the title: a committee code before the
number ("C048/23 1. APOLOGIES"), the start time after it ("Call to Order (6:00 p.m.)"),
or the item's first sentence after a colon, a dash or nothing at all ("Apologies: Cllr A
sent apologies", "Roll Call – Trustee B called the roll", "Minutes of the previous
meeting To approve the minutes ..."). The title is the part before that text: a
heading's words are mostly capitalised, a sentence's mostly not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..pipeline.dates import DATE_RE

# The printed number: an optional "Item"/"Minute" word, then a file number ("22-101"),
# a code ("C048/23", "SC132", "AM119", "GMHI-2014.1", a board's "BM/24/031"), a decimal ("3.0", "4.1"), a
# number with a letter ("4a"), a roman numeral or a letter ("IV.", "(b)").
_WORD = r"(?:(?:agenda\s+)?item|agenda(?=\s+(?:[ivx]{1,5}|\d{1,3})[.):])|minute|min\.?)(?![a-z])(?:\s+no\.?)?\s*"  # "Minutes ..." is a title
_CODE = r"[A-Z]{1,6}(?:\.[A-Z]{1,6})?(?:[-.]?\d{1,4}(?:[-/.]\d{1,4}){0,2}|[ \t]\d{1,4}[-/.]\d{1,4}|/\d{2,4}/\d{1,4})"
_NUMBER = re.compile(
    rf"^(?:\(\s*(?:agenda\s+)?item\s+(?P<pitem>\d{{1,3}}[a-z]?(?:\.\d{{1,2}})?)\s*\)"
    rf"|(?:{_WORD})?(?:"
    rf"\((?P<pfile>\d{{2,4}}[-/]\d{{1,5}})\)"
    rf"|(?P<ref>\d{{1,4}}/\d{{2,4}}/(?-i:[A-Z][A-Z&]{{0,4}})|\d{{1,3}}\.\d{{1,2}}/\d{{2,4}}(?-i:[A-Z]{{0,2}}))(?=[\s:.)]|$)"  # "01/20/F&R", "2.3/23E"
    # "028/21F": a letter for the committee; "2017-07-113": year, month and a running number (not a date)
    rf"|(?P<file>\d{{2,4}}[-/]\d{{1,5}}(?:[-/](?!(?:19|20)\d\d\b)\d{{3,5}})?(?-i:[A-Z])?)(?=[\s:.)]|$)"
    rf"|(?P<code>{_CODE}|(?-i:[A-Z]{{2,6}})/\d{{2,4}}/\d{{1,4}})(?=[\s:.)]|$)"  # "GBP/2122/214": body/year/minute
    rf"|(?P<glued>\d{{1,3}}\.\d{{1,2}})(?=(?-i:[A-Z]{{2}}))"  # "7.2EMAIL POLL": the space lost in the export
    rf"|(?P<big>\d{{4}})(?=\.|(?-i:[A-Z][a-z]))"  # "3238. Updates", "3238Any Other Business": running minute numbers
    rf"|\(?(?P<num>\d{{1,3}}(?:\.\d{{1,2}}){{0,2}}[a-z]?)\)?(?=[\s.):]|$)"
    rf"|\(?(?P<roman>[IVX]{{1,5}}|[ivx]{{1,5}})[.):](?=\s|$)"
    rf"|\((?P<pletter>[A-Za-z])\)"
    rf"|(?P<letter>[A-Za-z])[.)](?=\s|$)"
    rf"))[.):]?",
    re.IGNORECASE,
)
_SECOND = re.compile(r"^\s*(?:\d{1,3}[.)]|\(?[a-z]\))(?=\s)")  # "C048/23 1. ..." / "3 (a) ..."
_SEP = re.compile(r"^[\s.):\-–—]*")
_TIME_NOTE = re.compile(r"\s*\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*\)?\s*$", re.IGNORECASE)
_DASH = re.compile(r"\s+[-–—]+\s+|\s*[–—]\s*(?=[a-z])")
_JOINERS = {"of", "the", "and", "for", "to", "on", "in", "with", "from", "a", "an", "&", "at", "by", "or", "re", "into"}
_WORDS = re.compile(r"[^\s]+")
_COLON_JOINERS = frozenset({"as", "of", "for", "to", "and", "the", "re"})  # a colon after these runs on ("RE: ...")


def _word_before(text: str, at: int) -> str:
    words = _WORDS.findall(text[:at])
    return words[-1].lower() if words else ""


@dataclass
class ParsedHeading:
    """A heading line's printed number and its title (``None`` when it has none)."""

    number: Optional[str]
    title: Optional[str]
    number_only: bool = False


def split_number(text: str) -> tuple[Optional[str], str]:
    """The printed number of a heading line and the text after it."""
    m = _NUMBER.match(text)
    if not m:
        return None, text
    number = next(g for g in (m.group(n) for n in ("pitem", "pfile", "ref", "file", "code", "glued", "big", "num", "roman", "pletter", "letter")) if g)
    if m.group("letter") and m.end() < len(text) and not re.match(r"[.)]\s", text[m.end() - 1 : m.end() + 1]):
        return None, text  # "A proposal ..." is no lettered heading
    rest = text[m.end():]
    second = _SECOND.match(rest)
    if second:
        inner = second.group(0).strip().strip("().")
        if inner.isalpha() and m.group("num"):
            number = f"{number}({inner})"  # "3 (a) Precept budget" -> 3(a)
        rest = rest[second.end():]  # "C048/23 1. APOLOGIES": the code is the number
    return number, _SEP.sub("", rest, count=1)


def _lower_share(words: list[str]) -> float:
    alpha = [w for w in words if w[:1].isalpha()]
    return sum(1 for w in alpha if w[0].islower()) / len(alpha) if alpha else 0.0


def _sentence_like(text: str) -> bool:
    """Running text rather than a title: lower-case words, or a sentence end."""
    words = _WORDS.findall(text)
    if not words:
        return False
    if words[0][:1].islower():
        return True
    return (len(words) >= 4 and _lower_share(words) >= 0.4) or (text.rstrip().endswith(".") and len(words) >= 3)


def title_case(words: list[str]) -> bool:
    """Most of the words that are not joiners ("of", "and") are capitalised: a title's case."""
    return _title_case(words)


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_case(words: list[str]) -> bool:
    alpha = [w for w in words if w[:1].isalpha() and w.lower() not in _JOINERS]
    return not alpha or sum(1 for w in alpha if w[0].isupper()) / len(alpha) >= 0.6


def _upper_run(text: str) -> Optional[int]:
    """End of a leading UPPER-CASE title followed by ordinary text ("CALL TO ORDER Mayor X called ...")."""
    end, words = 0, 0
    for m in _WORDS.finditer(text):
        w = m.group(0)
        letters = [c for c in w if c.isalpha()]
        if letters and any(c.islower() for c in letters):
            break
        if re.fullmatch(r"[A-Z]\.", w):  # an initial ("A. Varga") starts a name, not the title
            break
        end, words = m.end(), words + 1
    if words == 0 or end >= len(text.rstrip()):
        return None
    head = text[:end]
    if sum(c.isalpha() for c in head) < 4:
        return None
    tail = text[end:].strip()
    if words == 1 and acronym_opens_title(head, tail):
        return None
    return end if _WORDS.findall(tail) and (len(_WORDS.findall(tail)) >= 2 or tail.endswith(".")) else None


_MAX_ACRONYM = 5


def acronym_opens_title(run: str, tail: str) -> bool:
    """"CCTV Cameras at the Park", "NRCS Capacity Grant": an UPPER-CASE run that is one
    short acronym, followed by title-case words that are no sentence, opens the title
    instead of being an UPPER-CASE heading followed by text."""
    tail = re.split(r"\s[-–—]+\s|:", tail.strip(), maxsplit=1)[0].strip()  # up to a dash or colon
    words = _WORDS.findall(run)
    return (len(words) == 1 and _acronym(words[0]) and bool(tail) and not tail.endswith(".")
            and _title_case(_WORDS.findall(tail)))


def _acronym(word: str) -> bool:
    """A short all-capitals word ("CDFA", "CCTV"): an organisation's or thing's initials,
    which begin a title-case name rather than end an UPPER-CASE heading."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= _MAX_ACRONYM and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Wording:
    """Word lists from the items patterns: words that open a sentence printed after a heading
    ("The", "Cllr", "It"), and words that open a heading even when it reads like a sentence ("To")."""

    openers: frozenset[str] = frozenset()
    heading_leads: frozenset[str] = frozenset()


NO_WORDING = Wording()


def _sentence_start(text: str, wording: Wording) -> Optional[int]:
    """Where a sentence begins after a heading printed on the same line, if one does.

    Each candidate opener needs the lower-case share of the words after it and the title
    case of the words before it: both come from running counts kept in the one pass over the
    words (the counts over the whole line are taken once, when first needed), so a long line
    with many openers (a paragraph that lost its line breaks) costs linear time."""
    words = list(_WORDS.finditer(text))
    ws = [m.group(0) for m in words]
    n = len(ws)
    if n < 4 or not ws[0][:1].isupper():
        return None  # a sentence needs three words after a heading that opens with a capital
    # counts over ws[:k]: words opening with a letter, those in lower case, and the words
    # ``_title_case`` weighs (no joiners) and those capitalised
    alpha = lower = title_alpha = title_upper = 0
    totals: Optional[tuple[int, int]] = None  # (alpha, lower) over the whole line
    for k in range(1, n - 2):
        prev, w = ws[k - 1], ws[k]
        if prev[:1].isalpha():
            alpha += 1
            lower += prev[0].islower()
            if prev.lower() not in _JOINERS:
                title_alpha += 1
                title_upper += prev[0].isupper()
        if prev.lower() in _JOINERS or prev.endswith((",", "/", "-", "–", ".")) or not alpha:
            continue  # (a heading ending in a full stop, or with no word yet, is cut elsewhere)
        title_case = not title_alpha or title_upper / title_alpha >= 0.6  # ``_title_case(ws[:k])``
        after_number = any(c.isdigit() for c in prev) and w[:1].isupper()  # "... report 2021-22 Scrutiny was ..."
        if after_number and DATE_RE.match(text, words[k - 1].start()):
            continue  # "... AGM, 14th June 2023. The ...": the month goes on the date
        if (w.lower().strip(".,:") not in wording.openers or _caps(w)) and not after_number:
            continue  # an opener in an UPPER-CASE title ("... LICENCE - THE CORNER STORE") opens nothing
        if w[:1].islower() and (w.lower() in _JOINERS or not title_case):
            continue  # a lower-case opener only ends a title-case heading ("... Public Rights there was ...")
        if totals is None:
            totals = (sum(1 for x in ws if x[:1].isalpha()), sum(1 for x in ws if x[:1].isalpha() and x[0].islower()))
        rest_alpha, rest_lower = totals[0] - alpha, totals[1] - lower
        if not rest_alpha or rest_lower / rest_alpha < 0.4:  # ``_lower_share(ws[k:])``
            continue
        if k <= 12 or title_case:
            return words[k].start()
    return None


_COLON = re.compile(r"(?<!\d):(?!\d)\s*(?=\S)|;\s*(?=[A-Z])")
_FULL_STOP = re.compile(r"(?<=[a-z)]{3}|[A-Z]{3})\.\s+(?=[A-Z(\"“‘])")


def _dated(head: str, text: str) -> bool:
    """What follows a colon is the date of the title ("Minutes: 13 May 2019"), perhaps with a
    short capitalised cell printed after it ("... 13 May 2019   Official Action")."""
    m = DATE_RE.match(text.strip())
    if not m or re.search(r"\bdate\b", head, re.IGNORECASE):
        return False  # "Date of next meeting: 28 May": the date is the item's content
    rest = _WORDS.findall(text.strip()[m.end():].strip(" .,"))
    return len(rest) <= 3 and all(w[:1].isupper() for w in rest)


_MAX_LABEL_WORDS = 3
# a sentence wrapped onto the next line has no full stop on its first line ("The minutes of the
# meeting held on 14 May 2002 were approved subject to"): long enough, it is still no title
_WRAPPED_SENTENCE_WORDS = 8
# only a sentence's own first words, not a role that opens a member's item ("Cr Hubbard • New
# airport terminal building security grills removal" is a title)
_WRAPPED_OPENERS = frozenset({"the", "this", "it", "there"})


def _wrapped_sentence(words: list[str]) -> bool:
    return len(words) >= _WRAPPED_SENTENCE_WORDS and words[0].lower() in _WRAPPED_OPENERS
_LEAD_DASH = re.compile(r"^\s*[-–—]\s*(?=\S)")
_MAX_DATED_TAIL_WORDS = 10


def dated_tail(text: str) -> bool:
    """What follows an UPPER-CASE title after a dash names a dated meeting or event ("–
    Regular Meeting, May 2, 2016"): it carries a date, is short and is no sentence."""
    dash = _LEAD_DASH.match(text)
    if not dash:
        return False
    tail = text[dash.end():].strip()
    words = _WORDS.findall(tail)
    return (bool(DATE_RE.search(tail)) and 0 < len(words) <= _MAX_DATED_TAIL_WORDS
            and not tail.endswith(".") and _lower_share(words) < 0.4)


def _caps_segments_end(t: str, dash: re.Match[str]) -> int:
    """Where an UPPER-CASE title cut at ``dash`` ends: further UPPER-CASE segments closed by a
    dash go on with it ("PUBLIC COMMENT – VOTING ITEMS ONLY – There was none": the text starts
    after the last one)."""
    if _has_lower(t[: dash.start()]):
        return dash.start()
    cut = dash
    for nxt in _DASH.finditer(t, cut.end()):
        segment = t[cut.end(): nxt.start()]
        if _has_lower(segment) or sum(c.isalpha() for c in segment) < 2:
            break
        cut = nxt
    return cut.start()


_MAX_SUBTITLE_WORDS = 8


def _caps_subtitle(head: str, tail: str, wording: Wording) -> bool:
    """What follows a colon in an UPPER-CASE heading names its subject ("DISCUSSION AND
    POSSIBLE ACTION: ROOF REPAIRS"): the whole line is the printed title. Only when both sides
    are in capitals and the tail is a short phrase of two words or more, with no comma or full
    stop (not a list of names, an empty answer "NONE" or a sentence), and neither side opens
    with a sentence opener ("APOLOGIES: CLLR A", "MOTION: ...")."""
    words = _WORDS.findall(tail)
    first = _WORDS.findall(head)[:1]
    if not words or not first or {words[0].lower(), first[0].lower()} & wording.openers:
        return False
    return (2 <= len(words) <= _MAX_SUBTITLE_WORDS and not _has_lower(tail) and not _has_lower(head)
            and sum(c.isalpha() for c in head) >= 4 and not re.search(r"[,.;]\s*$|,", tail.strip()))


def _has_lower(text: str) -> bool:
    return any(c.islower() for c in text)


def title_of(rest: str, wording: Wording = NO_WORDING) -> Optional[str]:
    """The title in what follows a heading's number (``None`` when it is a sentence, not a title).

    Cut, in order, at: a colon after words ("Apologies: Cllr A ..."), a dash before running
    text ("Roll Call – Trustee B called ..."), the end of an UPPER-CASE title ("CALL TO
    ORDER Mayor C ..."), a sentence opener after a title ("... meeting To approve ..."),
    and a full stop ("To receive declarations of interest. None.")."""
    t = rest.strip()
    if not t:
        return None
    t = _TIME_NOTE.sub("", t).strip()
    words = _WORDS.findall(t)
    lead = bool(words) and words[0].lower() in wording.heading_leads
    # "Apologies: Cllr A" ends the title at its colon; "doing business as: The Lantern" does not
    colon = next((c for c in _COLON.finditer(t) if re.search(r"[A-Za-z]{2}", t[: c.start()])
                  and _word_before(t, c.start()) not in _COLON_JOINERS
                  and not _dated(t[: c.start()], t[c.end():]) and not _caps_subtitle(t[: c.start()], t[c.end():], wording)), None)
    if colon:
        t = t[: colon.start()]
    else:
        dash = _DASH.search(t)
        after = _WORDS.findall(t[dash.end():]) if dash else []
        if dash and after and (_sentence_like(t[dash.end():]) or (after[0].lower() in wording.openers and not _caps(after[0]))):
            t = t[: _caps_segments_end(t, dash)]
    run = _upper_run(t)
    if run is not None:
        # "MINUTES – Special Meeting, May 2, 2016" keeps its dated meeting (the run may hold the dash)
        if not dated_tail(t[len(t[:run].rstrip(" -–—")):]):
            t = t[:run]
    else:
        cut = _sentence_start(t, wording)
        if cut is not None:
            t = t[:cut]
    stop = _FULL_STOP.search(t)
    if stop:
        head = _WORDS.findall(t[: stop.start()])
        # a short label in sentence case is a title too ("Treasurer's report. The treasurer ...")
        short = 0 < len(head) <= _MAX_LABEL_WORDS and head[0].lower() not in wording.openers
        if not (lead or short or _title_case(head)):
            return None  # "5. Bob will not be standing again. Joan will ...": a numbered paragraph
        t = t[: stop.start()]
    t = t.strip().rstrip(":;,").strip()
    words = _WORDS.findall(t)
    if not lead and len(words) >= 6 and (t.endswith(".") or _wrapped_sentence(words)) and _lower_share(words) >= 0.5 and words[0].lower() in wording.openers:
        return None  # "1. The minutes of the last meeting were read and accepted."
    t = t.rstrip(".").strip()
    return t or None


def parse_heading(text: str, wording: Wording = NO_WORDING) -> ParsedHeading:
    """Number and title of one heading line."""
    number, rest = split_number(text.strip())
    if number is not None and not rest.strip():
        return ParsedHeading(number, None, number_only=True)
    return ParsedHeading(number, title_of(rest, wording))


_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[/-]\s*(?:\d\d|(?:19|20)\d\d)$")


# a line this long in capitals reaches the page margin: a title printed that long is wrapped
_WRAP_CAPS_CHARS = 48
_WRAP_CAPS_NEXT_WORDS = 12


def _long_caps_wrap(title: str, nxt: str) -> bool:
    """A long UPPER-CASE title wrapped onto an UPPER-CASE line directly below ("5. PUBLIC
    PARTICIPATION – OPPORTUNITY FOR MEMBERS OF THE PUBLIC" / "TO SPEAK ON ANY SUBJECT"), the
    first line ending at the margin, not at a joining word. A single word below ("REPORTS") is
    the next heading."""
    if len(title) < _WRAP_CAPS_CHARS or _has_lower(title) or _has_lower(nxt) or nxt.endswith((".", ":")):
        return False
    words = nxt.split()
    # one word is the next heading; a longer line wraps on only when it stops mid-phrase itself
    return sum(c.isalpha() for c in nxt) >= 2 and 2 <= len(words) and (
        len(words) <= _WRAP_CAPS_NEXT_WORDS or words[-1].lower() in _JOINERS)


def continues_title(title: str, next_line: str) -> bool:
    """A title wrapped onto the next line: it stops mid-phrase ("... LAND SOUTH OF" / "HOLLOW
    LANE"; "... to continue paying full" / "compensation to all ..."), or the next line is
    only the financial year ("Treasury Management Annual Report" / "2021/22")."""
    words = title.split()
    nxt = next_line.strip()
    if not words or not nxt or len(nxt) > 100:
        return False
    if _YEAR_RANGE.match(nxt):
        return True
    if split_number(nxt)[0] is not None:
        return False  # "a." under "6. Correspondence" is a sub-heading, not the rest of the title
    if nxt[:1].islower():
        return words[-1].lower() in _JOINERS or not re.search(r"[.:;!?]$", title)
    if _long_caps_wrap(title, nxt):
        return True
    joined = words[-1].lower() in _JOINERS or title.endswith(",")
    same_case = _caps(title.replace(" ", "")) == _caps(nxt.replace(" ", "").replace(",", ""))
    return joined and same_case and not nxt.endswith(".") and _title_case(nxt.split())
