"""Money, percentages, counts and durations reported in an item.

One regex finds every number (digits or number words, with a currency sign,
multiplier or percent sign around it); the rest of the module decides what the
number is *not*: a date, a time, a year, a list label, part of a name ("Quarter 1",
"Standing Order 29"), a reference ("2021/22"), a phone number or address, or a limit
in a standing rule ("may speak for up to 4 minutes"). Whatever is left is a reported
quantity, and the words after it give its unit and what it counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Callable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .dollar import DollarCountry
from .not_figures import NotFigures
from .patterns import PatternComponent, PhraseMap, alternation
from .payments import PaymentTables
from .sentences import sentences
from .text_regions import item_regions, minutes_start
from .word_gate import safe_lower

_PHONE = re.compile(r"(?:\(0\d{2,5}\)[ \t]?|(?<![\d,.])0\d{2,5}[ \t]?)\d{3,4}(?:[ \t]?\d{3,4})?"
                    # North American: "(718) 822-2049", "718-684-5509", "833-307- 1678"
                    r"|(?<![\d,.$£€])\(?\d{3}\)?[ \t]*[-.]?[ \t]*\d{3}[ \t]*[-.][ \t]*\d{4}(?!\d)")
_YEAR = re.compile(r"(?:19|20)\d{2}$")
_DIGIT_RUN = re.compile(r"\d+")  # a run counts once: no sentence boundary falls inside one
# what may stand before a list label on its line: a bullet, or a minute reference
# set off by a wide gap ("C048/23      1.  APOLOGIES")
_LABEL_LEAD = re.compile(r"[ \t]*(?:[A-Z]{0,3}\d+[/.\-]\d+[A-Za-z]?(?:[ \t]{2,}|\t)"
                         # a resolution code ending in its year: "C.GMHI-2014. 3  Appointment of Auditors"
                         r"|[A-Z][A-Za-z.]*-(?:19|20)\d\d\.[ \t]+)?(?:[-•·*][ \t]*)?\(?")
_PAGE_RANGE = re.compile(r"[ \t]*[-–][ \t]*\d+[ \t]*(?:\n|$)")
_LABEL_NEXT = re.compile(r"[.)*:]|[ \t]{2,}|[ \t]*(?:\n|$)|[ \t]+[A-Z(]|\.\d|,[ \t]+[A-Z]|-\d")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
# "4.3 – Harbour Licensing Review", "7.2: Larkspur Holdings": a paragraph reference as a title's label
_LABEL_PUNCT_NEXT = re.compile(r"[ \t]*(?:[:–—]|[ \t]-)[ \t]+[A-Z]")
# "per six months", "per 1,000 residents": the number is the rate's denominator
_PER_BEFORE = re.compile(r"\bper[ \t]+$", re.I)
# "moved to # 3 on the waiting list", "# 7 Hall Lighting": a number sign names a position or an entry
_HASH_BEFORE = re.compile(r"[#§][ \t]*$")
_OCLOCK = re.compile(r"[ \t]+o['’][ \t]?clock\b", re.I)
_SPACED_TIME_AFTER = re.compile(r"[ \t]+:[ \t]*\d\d(?!\d)|:[ \t]+\d\d(?!\d)")
_SPACED_TIME_BEFORE = re.compile(r"\d[ \t]*:[ \t]*$")
# "4½%", "3¼ miles": a vulgar fraction written onto the number
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTION_CHARS = "".join(_FRACTIONS)
# "electors present", "members of the public were present at the meeting", not "present at the fair"
_PRESENT_HERE = re.compile(r"(?:[ \t]+(?:were|was))?[ \t]+present\b(?![ \t]+(?:at|for|during|in)[ \t]+(?!the[ \t]+meeting\b))")
# an amount with pence or cents ("633.09") may be money without its sign
_PENCE = re.compile(r"\d\.\d\d$")
_PLURAL_NEXT = re.compile(r"[ \t]+([a-z]{3,}s)\b")
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$")
_OR_MORE = re.compile(r"[ \t]+or[ \t]+(?:more|fewer|less|over|longer)(?=[ \t])")
_SPACES = re.compile(r"\s+")
# Between a number and its multiplier or percent sign: justified PDF text read by
# pdfminer keeps the stretched spaces ("£1.2  billion").
_GAP = r"[ \t]{0,3}"
# a list of numbers before the one being read: "16, 23, 12 and ", "#7554, ", "5 - "
_LIST_BEFORE = re.compile(r"(?:#?\d+[\w.()]*[ \t]*(?:,[ \t]*(?:and|or|&)?|\band\b|\bor\b|&|\bto\b|\bthrough\b|\bthru\b|-|–)[ \t]*)+$")
_LEAD_PUNCT = re.compile(r"^[^\w]+")  # "(Item 4", "–OPA 43": the phrase starts at a word
_BRACKETED_DIGITS = re.compile(r"[ \t]*\([ \t]?\d{1,3}[ \t]?\)")
_SPACED_OPEN = re.compile(r"\([ \t]*$")
_SPACED_CLOSE = re.compile(r"[ \t]*\)")
_BARE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# what a number counts: the first word may follow "of" or "or more/fewer/less"
_FIRST_WORD = re.compile(r"[ \t]+(?:of[ \t]+|or[ \t]+(?:more|fewer|less)[ \t]+)?([A-Za-z][\w’'\-]*)")
_LATER_WORD = re.compile(r"[ \t]+([A-Za-z][\w’'\-]*)")


# an amount that may be money without its sign: three digits at least, or thousands set off
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d{3,}(?:\.\d\d)?")


def _names_thing(noun: str) -> bool:
    """Whether the words after a number (more than one) make it part of a name: a
    capitalised singular word ("2 Larkhill", "the 52 Precinct", "9 Workshop") or an acronym
    ("7 QRSA"), with no plural after it. More than one of a thing is counted in the
    plural ("three Commissioners", "4 Bench Seats", "2 Parks Committee chairs")."""
    words = noun.split()
    first = words[0]
    if not first[0].isupper():
        return False
    acronym = len(first) > 1 and first.isupper()
    if not acronym and first[-1] in "sS":
        return False
    return not any(w[-1] == "s" and not w.isupper() for w in words[1:])


def _g(m: re.Match, name: str) -> Optional[str]:
    """A named group, None when the pattern that matched has no such group."""
    return m.groupdict().get(name)


_PHONE_MIN_DIGITS = 6  # the fewest digits a _PHONE match holds ("(0xx) xxx": 3 + 3; North American: 10)
_NOT_ASCII_DIGIT = bytes(b for b in range(256) if not 48 <= b <= 57)


def _phones(sent: str, offset: int) -> list[tuple[int, int]]:
    """The phone numbers in a sentence, as ranges shifted by ``offset``. An ASCII sentence
    with fewer digits than any phone number holds (counted in C) is not searched."""
    if sent.isascii() and len(sent.encode("ascii").translate(None, _NOT_ASCII_DIGIT)) < _PHONE_MIN_DIGITS:
        return []
    return [(m.start() + offset, m.end() + offset) for m in _PHONE.finditer(sent)]


def _has_dash(text: str, start: int, end: int) -> bool:
    return text.find("-", start, end) >= 0 or text.find("–", start, end) >= 0


def _before_list(before: str) -> str:
    """``before`` without the list of numbers it ends with ("KL 204, 206 & ")."""
    m = _LIST_BEFORE.search(before)
    return before[:m.start()] if m else before


def _any_within(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list holds a position in ``[start, end)``."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _sentences_at(text: str, start: int, end: int, positions: list[int]) -> Iterator[tuple[int, int]]:
    """The sentences of ``text[start:end]`` on the lines holding one of ``positions``
    (sorted). ``sentences`` cuts at every line break, so cutting just those lines gives
    the same sentences as cutting the whole range, for a fraction of the work."""
    line_end = start - 1
    for pos in positions:
        if pos < start or pos <= line_end:
            continue  # before the range, or on the line just cut
        line_start = max(start, text.rfind("\n", 0, pos) + 1)
        line_end = text.find("\n", pos, end)
        if line_end < 0:
            line_end = end
        yield from sentences(text, line_start, line_end)
        if line_end >= end:
            return


class FiguresComponent(PatternComponent):
    def compile(self) -> None:
        p = self.patterns
        self.currency = dict(p.get("currency_symbols", {}))
        self.currency_words = PhraseMap(p.get("currency_words", {}))
        self.multipliers = {k: float(v) for k, v in p.get("multipliers", {}).items()}
        self.words = PhraseMap({k: int(v) for k, v in p.get("number_words", {}).items()})
        self.units = PhraseMap(p.get("units", {}))
        self.rates = PhraseMap(p.get("rate_words", {}))
        # "$17/mo.", "$25/hour": a rate written onto the amount after a slash
        slash_rates = [w[1:] for w in self.rates if w.startswith("/")]
        self.stop = {w.lower() for w in p.get("measure_stop_words", [])}
        self.not_counted = {w.lower() for w in p.get("not_counted_nouns", [])}
        # "$" and "dollars" are the dollar of the document's country (``dollar.py``)
        self.local = p.get("local_currency")
        self.dollar = DollarCountry(p)
        self.money_units = {*self.currency.values(), *self.currency_words.values(), *p.get("dollar_evidence", {}).get(
            "words", {})} - {self.local}
        self.not_figures = NotFigures(p)
        self.payments = PaymentTables(p)
        self.lowercase_units = set(p.get("lowercase_only_units", []))
        self.metre_multipliers = set(p.get("metre_multipliers", []))
        cur = "".join(re.escape(c) for c in self.currency) or "£"
        mult = alternation(self.multipliers)
        pct = alternation(p.get("percent_words", ["%"]))
        # "twenty-three", "thirty one": a tens word and a units word make one number
        tens = [w for w, v in self.words.items() if 20 <= v <= 90 and v % 10 == 0]
        ones = [w for w, v in self.words.items() if 1 <= v <= 9] + ["one"]
        compound = rf"(?:{alternation(tens)})(?:-|[ \t])(?:{alternation(ones)})(?![\w-])" if tens else ""
        words = f"{compound}|{alternation(self.words)}" if compound else alternation(self.words)
        # a unit may be written onto the number ("2,319SF", "14months", "150cm")
        attached = alternation(self.units)
        # "US$5,000", "A$200": a country's code written onto the dollar sign
        self.dollar_prefixes = dict(p.get("dollar_prefixes", {}))
        self.dollar_suffixes = dict(p.get("dollar_suffixes", {}))
        code = rf"(?:(?P<code>{alternation(self.dollar_prefixes)})(?=\$))?" if self.dollar_prefixes else ""
        self._dollar_suffix = re.compile(rf"[ \t]?(?P<c>{alternation(self.dollar_suffixes)})(?![\w$])") \
            if self.dollar_suffixes else None
        # after a sign, the thousands may be set apart by a PDF's or OCR's spacing
        # ("£12, 345.60", "$58 , 212"); without a sign "12, 345" is a list
        spaced = rf"(?:(?<=[{cur}])|(?<=[{cur}][ \t]))\d{{1,3}}(?:[ \t]?,[ \t]?\d{{3}}(?!\d))+(?:\.\d+)?"
        # "50p", "25¢": a currency's hundredth written onto the number ("5p.m." is a time)
        self.subunits = {k: (v[0], float(v[1])) for k, v in p.get("currency_subunits", {}).items()}
        sub = (rf"(?:(?P<sub>{alternation(self.subunits)})(?![\w¢]|\.[A-Za-z]))?" if self.subunits else "")
        # "(~£260)", "c.£1,000", a dot leader's "......£675": a sign may follow "~" or a dot
        sign_ahead = rf"(?:{alternation(self.dollar_prefixes)})?" if self.dollar_prefixes else ""
        digits = (rf"(?:(?<=[~.])(?={sign_ahead}[{cur}])|(?<![\w/.,:\-–£$€=?#&\\~|{{}}\[<>§]))"
                  rf"{code}(?P<cur>[{cur}])?[ \t]?"
                  rf"(?P<num>{spaced}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+|[{_FRACTION_CHARS}])?){sub}"
                  rf"(?:{_GAP}(?P<mult>{mult})(?![\w]))?(?:{_GAP}(?P<pct>{pct})(?![\w]))?"
                  rf"(?:(?=(?i:{attached})(?!\w))|(?![\w/(\\~|{{}}\]]|[:.,]\d)"
                  + (rf"|(?<=\d)(?=/(?i:{alternation(slash_rates)})(?!\w)))" if slash_rates else ")"))
        self._number = re.compile(rf"{digits}|(?<![-–])\b(?P<word>{words})\b")
        # the second number of "1-2 months", "3–5 years" (the number scan skips what
        # follows a dash, which is mostly references and dates: "2021-22", "14-55")
        self._dash_second = re.compile(
            r"(?:(?<=[\d%][-–])|(?<=\d [-–] )|(?<=\d[-–] )|(?<=\d [-–]))(?P<num>\d{1,3}(?:\.\d+)?)"
            rf"(?:[ \t]?(?P<pct>{pct})(?![\w])|[ \t]?(?P<mult>{mult})(?![\w])|(?=[ \t]*-?[ \t]*(?i:{attached})(?!\w)))")
        # "6-9 volunteers": the second of a range of counts of a plural noun
        self._dash_count = re.compile(r"(?:(?<=[ \t(]\d[-–])|(?<=[ \t(]\d\d[-–])|(?<=[ \t(]\d\d\d[-–]))"
                                      r"(?P<num>\d{1,3})(?=[ \t]+[a-z]{3,}s\b)")
        # "£5-7k": the first number takes the second's multiplier, the second the first's sign
        # "$45 to $50 thousand": so does the first of a pair joined by "to" when both carry the sign
        self._range_mult = re.compile(rf"(?:[ \t]?[-–][ \t]?|[ \t]+to[ \t]+(?=[{cur}]))(?:[{cur}][ \t]?)?"
                                      rf"\d+(?:\.\d+)?[ \t]?(?P<mult>{mult})(?![\w])")
        self._range_pct = re.compile(rf"[ \t]*(?:to|-|–|and)[ \t]*\d+(?:\.\d+)?[ \t]?(?:{pct})(?![\w])")
        self._range_cur = re.compile(rf"(?P<cur>[{cur}])\d[\d,]*(?:\.\d+)?[ \t]?[-–][ \t]?$")
        # the same matches where no number word occurs, without trying the words everywhere
        self._number_digits = re.compile(digits)
        self._word_ci = re.compile(rf"(?<![-–])\b(?P<word>{words})\b", re.I)
        # where a figure could start: a digit or a number word (any case, "one" too).
        # Zero-width, so every such position is found, overlapping or not; a superset
        # of what the three number scans in ``_sentence`` can match.
        # Run on the lower-cased text (a case-blind regex is ~1.5x slower here).
        cand = rf"(?=\b(?:{alternation([*(w.lower() for w in self.words), 'one'])}))"
        self._word_start, self._word_start_ci = re.compile(cand), re.compile(cand, re.I)
        self._unit = re.compile(rf"[ \t]*-?[ \t]*(?P<u>{alternation(self.units)})(?![\w])", re.I)
        self._rate = re.compile(rf"(?:[ \t]+|(?=/))(?P<r>{alternation(self.rates)})(?![\w])", re.I)
        self._cur_word = re.compile(rf"[ \t]+(?P<c>{alternation(self.currency_words)})\b")
        # "three percent": a number word takes its percent sign in words
        self._pct_after = re.compile(rf"[ \t]+(?:{pct})(?![\w])")
        # "the amended amount is 1,310,000", "budget was 1,250,400": an amount named as money
        # before it needs no sign (GUIDELINES: money without a sign where the context is money)
        money = p.get("money_cues_before", [])
        self._money_before = re.compile(
            rf"\b(?:{alternation(money)})(?:[ \t]+(?:was|is|were|are|of|at|now|totalled|totalling|totaling))*"
            r"[ \t]*[:=]?[ \t]*$", re.I) if money else None
        # "Standing Order 29", "items 16, 23 and 30", "Checks #7554, 7564": looked up as
        # the last words before the number (a scan of every position for ~200 phrases
        # cost ~180 us a number)
        self._prefixes = {" ".join(w.lower().split()) for w in p.get("name_prefixes", [])}
        self._prefix_words = max((len(w.split()) for w in self._prefixes), default=1)
        self._period_words = {w.lower() for w in p.get("prefix_period_words", [])}
        # an abbreviation the sentence reader may end a sentence on ("No.", "ch.", "s.")
        self._abbreviation_before = re.compile(
            rf"\b(?:{alternation(p.get('cut_abbreviations', ['No']))})\.[ \t]*$")
        self._after_name = re.compile(rf"[ \t]*(?:{alternation(p.get('after_name_words', []))})\b")
        months = alternation([*p.get("months", []), *(m.upper() for m in p.get("months", []))])
        # "1st July", "1 st December" (a PDF's spacing), "13 h October" (OCR)
        self._month_after = re.compile(rf"(?:[ \t]?(?:st|nd|rd|th|h)\b)?\.?,?[ \t]+(?:of[ \t]+)?(?:{months})\b")
        # "the weekend of 4 to 6 June": the first day of a range of dates
        self._month_after_range = re.compile(rf"[ \t]*(?:to|-|–|and)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{months})\b")
        self._month_before = re.compile(rf"\b(?:{months})\.?,?[ \t]+(?:the[ \t]+)?$")
        self._time_after = re.compile(rf"[ \t]?(?:{alternation(p.get('time_words', []))})(?![\w])", re.I)
        self._time_before = re.compile(rf"\b(?:{alternation(p.get('time_preceders', []))})[ \t]+$", re.I)
        self._quantity = re.compile(rf"\b(?:{alternation(p.get('quantity_cues', []))})[ \t]+$", re.I)
        self._boiler = re.compile(rf"\b(?:{alternation(p.get('boilerplate_cues', []))})\b", re.I)
        # "must", "up to", "no more than" make a procedural limit only where the sentence
        # is about the meeting's procedure ("may speak for up to three minutes"); "they
        # will have up to three months to pay" reports a quantity
        modals, procedure = p.get("boilerplate_modals", []), p.get("procedure_words", [])
        self._modal = re.compile(rf"\b(?:{alternation(modals)})\b", re.I) if modals else None
        self._procedure = re.compile(rf"\b(?:{alternation(procedure)})\b", re.I) if procedure else None
        rules = alternation(p.get("rule_cues", []))
        self._rule = re.compile(rf"\b(?:{rules})\b", re.I) if rules else None
        # "one" is a figure only when stressed as a quantity ("only one person")
        self._one = re.compile(rf"\b(?:{alternation(p.get('one_cues', []))})[ \t]+(?P<word>one)\b", re.I)
        self.words.setdefault("one", 1)
        # the counts of a vote belong to the resolution, not to the figures
        # "a vote of 7 to 0": the second count follows the first
        self._vote_before = re.compile(rf"\b(?:{alternation(p.get('vote_cues_before', []))})[ \t]*[:\-–]?[ \t]*"
                                       r"(?:\d{1,3}[ \t]*(?:to|-|–)[ \t]*)?$")
        # "(9 for, 2 against, 1 abstention)", "Motion carried, 7 for.", "6 yes, 0 no.": a bare
        # "for", "yes" or "no" counts only when a list separator or the sentence's end follows
        # "11-no's and 2-abstentions": the vote word may be hyphened onto the count
        # "6 people said yes", "4 members abstain": the voters may be named between count and vote word
        voters = p.get("voter_nouns", [])
        voters = rf"(?:(?:{alternation(voters)})[ \t]+)?" if voters else ""
        self._vote_after = re.compile(rf"(?:[ \t]+|[ \t]?[-–][ \t]?){voters}"
                                      rf"(?:(?:{alternation(p.get('vote_cues_after', []))})\b"
                                      r"|(?:for|yes|no)(?=[ \t]*(?:[,;).]|$)))", re.I)
        self._vote_sentence = re.compile(rf"\b(?:{alternation(p.get('vote_sentence_words', ['vote']))})\b", re.I)
        self._range = re.compile(r"[ \t]*(?:to|-|–|and|or)[ \t]*")
        # "undertook to respond within 14 days": the deadline of a commitment (the actions
        # component reads it as the action's due date), not a quantity reported
        self._deadline_units = set(p.get("deadline_units", []))
        self._deadline_before = re.compile(
            rf"\b(?:{alternation(p.get('deadline_preceders', []))})[ \t]+$", re.I) if p.get("deadline_preceders") else None
        # the meeting's own audience: "Three electors present", "5 members of the public left the meeting"
        audience, attendance = p.get("audience_words", []), p.get("attendance_cues", [])
        self._audience = re.compile(rf"[ \t]+(?:{alternation(audience)})\b", re.I) if audience else None
        self._attendance = re.compile(rf"\b(?:{alternation(attendance)})\b", re.I) if audience and attendance else None
        # "Figures for the 12 months ending May 31st", "the six months to March 2024"
        self._period_after = re.compile(
            rf"[ \t]+(?:(?:ending|ended)[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?(?:\d|(?:{months})\b)"
            rf"|to[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:{months})\b)") if months else None
        # "$7,017.81 in the checking", "£2,100 in the deposit account": one account's
        # balance, a row of an accounts statement (Payment tables), not a figure
        accounts = p.get("account_words", [])
        self._in_account = re.compile(rf"[ \t]+in[ \t]+(?:the[ \t]+|a[ \t]+|our[ \t]+)?(?:{alternation(accounts)})\b",
                                      re.I) if accounts else None
        # "a mill rate of 28.63": a unit named before the number
        before_units = p.get("units_before", {})
        self.units_before = PhraseMap(before_units)
        self._unit_before = re.compile(rf"\b(?P<u>{alternation(before_units)})[ \t]+(?:of[ \t]+|at[ \t]+|is[ \t]+)?$",
                                       re.I) if before_units else None
        # "a two-thirds majority": a fraction in words is a percentage
        fractions = p.get("fraction_words", {})
        self.fractions = PhraseMap(fractions)
        self._fraction = re.compile(rf"\b(?P<f>{alternation(fractions)})\b", re.I) if fractions else None
        schedule = p.get("next_meeting_cues", [])
        self._schedule = re.compile(rf"\b(?:{alternation(schedule)})\b", re.I) if schedule else None
        # words that may stand capitalised before a count without naming anything
        self._plain_words = self.stop | {w.lower() for w in p.get("quantity_cues", []) if " " not in w}
        self._commitment = re.compile(
            rf"\b(?:{alternation(p.get('commitment_cues', []))})\b", re.I) if p.get("commitment_cues") else None

    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        low, word_start = safe_lower(text), self._word_start
        if low is None:  # lower-casing would shift offsets or fold unlike the regexes
            low, word_start = text, self._word_start_ci
        ctx = _Context(text, self.dollar, self.currency, self.local)
        for start, end in item_regions(doc):
            ctx.rows = self.payments.rows(text, start, end) if self.payments.may_hold(low, start, end) else []
            # most sentences hold no digit and no number word: find the candidate
            # positions once per region and skip those sentences without a scan
            words = [m.start() for m in word_start.finditer(low, start, end)]
            cands = [m.start() for m in _DIGIT_RUN.finditer(text, start, end)]
            if words:
                cands = sorted(cands + words)
            elif not cands:
                continue
            for ss, se in _sentences_at(text, minutes_start(doc, text, start, end), end, cands):
                if _any_within(cands, ss, se):
                    self._sentence(doc, ctx, ss, se, _any_within(words, ss, se))
        return doc

    def _sentence(self, doc: Doc, ctx: "_Context", ss: int, se: int, has_word: bool) -> None:
        text = ctx.text
        matches = list((self._number if has_word else self._number_digits).finditer(text, ss, se))
        if _has_dash(text, ss, se):
            matches += self._dash_second.finditer(text, ss, se)
            matches += self._dash_count.finditer(text, ss, se)
        if has_word:  # the two scans below need a number word ("one" included)
            # number words may open a sentence ("Four complaints were received")
            matches += [m for m in self._word_ci.finditer(text, ss, se) if _g(m, "word")[0].isupper()]
            matches += list(self._one.finditer(text, ss, se))
        if has_word and self._fraction is not None:
            for f in self._fraction.finditer(text, ss, se):
                self._add_fraction(doc, f, se)
        if not matches:
            return
        matches.sort(key=lambda m: m.start())
        matches = [m for i, m in enumerate(matches) if not i or m.start() != matches[i - 1].start()]
        sent = text[ss:se]
        phones = _phones(sent, ss)
        known: list[bool] = []

        def boiler() -> bool:  # asked only of a figure that is no money or percentage: most sentences never are
            if not known:
                known.append(self._boilerplate(sent))
            return known[0]

        rows = ctx.rows
        if sum(text.count(c, ss, se) for c in self.currency) >= 2:
            rows = rows + self.payments.listed(text, ss, se)  # "invoice 106347 for $218.75, invoice …"
        for m in matches:
            if any(ps <= m.start() < pe for ps, pe in phones) or any(rs <= m.start() < re_ for rs, re_ in rows):
                continue  # a phone number; a row of a payment table
            fig = self._figure(ctx, m, ss, se, boiler)
            if fig is None:
                continue
            fs, fe, data = fig
            S.add_span(doc, S.FIGURES, fs, fe, data["unit"], data)

    def _boilerplate(self, sent: str) -> bool:
        """Whether a sentence is procedure ("members may speak for up to three minutes"):
        its counts are then no figures."""
        return self._boiler.search(sent) is not None or (
            self._modal is not None and self._procedure is not None
            and self._modal.search(sent) is not None and self._procedure.search(sent) is not None)

    def _figure(self, ctx: "_Context", m: re.Match, ss: int, se: int,
                boiler: Callable[[], bool]) -> Optional[tuple[int, int, dict[str, Any]]]:
        text, nf = ctx.text, self.not_figures
        g = m.groupdict()  # read many times below; absent groups read as None
        s, e = (m.start("word"), m.end("word")) if g.get("word") else (m.start(), m.end())
        before = text[max(ss, s - 40):s]
        after = text[e:min(se, e + 60)]
        word = g.get("word")
        if self._is_label(text, m, g):
            return None
        pre = ss
        if not text[ss:s].strip() and self._abbreviation_before.search(text, max(0, ss - 12), ss):
            pre = max(text.rfind("\n", 0, ss) + 1, s - 160)  # "ch. 138", "No. 12": cut after the abbreviation
        if self._prefixed(text[max(pre, s - 160):s]) or self._after_name.match(after):
            return None  # "Standing Order 29", "items 16, 23, … and 30", "PDF 341 KB"
        if not g.get("cur") and not g.get("pct") and (
                self._vote_before.search(before) or self._vote_after.match(after) or nf.tally(text, s, e)) \
                and self._vote_sentence.search(text, ss, se):
            return None  # "carried by 9 votes to 2", "Ayes: 4", "passed 4-1"
        if not g.get("cur") and not g.get("pct") and nf.yes_no(text, s, e):
            return None  # "6 yes, 0 no": a roll call's tally, wherever the vote words stand
        if not g.get("cur") and not g.get("pct") and nf.ballot(text, s):
            return None  # "Votes: 8 for Ysolde, 1 for reopening nominations"
        if not g.get("cur") and not g.get("pct") and (nf.roll_call_total(text, s, e) or nf.vote_table(text, s)):
            return None  # "AYES: Quenby, Pethwick – 2"; "| Ysolde Marsh: 14 |" under a "Votes" header
        if _PER_BEFORE.search(before):
            return None  # "$150 per three months": the period of a rate
        if not g.get("cur") and _HASH_BEFORE.search(before):
            return None  # "# 3", "§ 72": a position, an entry's or a section's number
        if before.count("“") > before.count("”"):
            return None  # inside a quotation ("three strikes and you're in court")
        if word:
            if _OCLOCK.match(after):
                return None  # "from one o’clock to three o’clock": a time
            value = float(self._word_value(word))
        else:
            raw = _SPACES.sub("", g.get("num").replace(",", ""))
            value = float(raw[:-1]) + _FRACTIONS[raw[-1]] if raw[-1] in _FRACTIONS else float(raw)
            if g.get("num").startswith("0") and len(raw.split(".")[0]) > 1:
                return None  # phone fragments, codes, a zip code run into a number ("02115.788SF")
            money_or_pct = g.get("cur") or g.get("pct") or g.get("mult") or g.get("sub")
            if g.get("mult") and not g.get("cur") and g["mult"][1:].islower() and g["mult"][0].isupper():
                return None  # "the 5 Million Club": a capitalised multiplier is money's only after a sign
            if g.get("sub") and not g.get("cur") and raw.isdigit() and 1 <= int(raw) <= 12 \
                    and self._time_before.search(before):
                return None  # "until 7p": a time ("paid at 45p per mile" is money)
            if not money_or_pct and "." in raw and self._time_before.search(before):
                return None  # "rose at 11.37"
            if not money_or_pct and self._time_after.match(after):
                return None  # "7.30 pm"
            if not money_or_pct and (_SPACED_TIME_AFTER.match(after) or _SPACED_TIME_BEFORE.search(before)):
                return None  # "at 6 : 45 p .m.": a time as an OCR reading spaces it
        plain = not (g.get("cur") or g.get("pct") or g.get("mult") or g.get("sub")) if not word else True
        if plain and (self._month_after.match(after) or self._month_before.search(before)
                      or self._month_after_range.match(after)):
            return None
        num = g.get("num") or ""
        if plain and not word and (nf.date_like(text, s, e, num) or nf.ordinal(text, e)
                                   or (nf.reference(num, True) and not _PLURAL_NEXT.match(after))  # "22000 bids"
                                   or nf.page_number(text, e, before) or nf.inline_label(text, s, e, num, before)
                                   or nf.line_number(text, s, e, num)
                                   or nf.phone(text, e, num, before) or nf.code(text, s, e) or nf.company(text, e)):
            return None
        if plain and nf.opens_name(text, e, word, not text[ss:s].strip()) \
                and (word or not nf.count_list(text, s, e, ss, se)):  # "Police report: 5 Burglary, 8 thefts"
            u = self._unit.match(text, e, se)
            if not (u and self._unit_as_written(u.group("u"))):
                return None  # "7 Day All Alcoholic Beverages License", "Four Oaks ward"
        if plain and not word:
            u = self._unit.match(text, e, se)
            if u and not self._unit_as_written(u.group("u")) and _CAPITAL_NEXT.match(text, u.end(), se):
                return None  # "7 Day Wines and Malt Beverages": a capitalised time word in a name
        if plain and not word and _YEAR.match(g.get("num")) and not self._quantity.search(before):
            # "the Department's 2011 achievements", "the 2012 minutes": a count that
            # large is printed "2,011"; without a comma or a quantity word it is a year
            return None
        if plain and not word and "." in g.get("num") and (_CAPITAL_NEXT.match(after) or _LABEL_PUNCT_NEXT.match(after)):
            return None  # "7.2 Is there ...": a paragraph reference
        if plain and not word and nf.address(text, s, e, before):
            return None
        if self._rule and not g.get("cur") and (self._rule.match(after.lstrip()) or self._rule.search(text[max(ss, s - 25):s])):
            return None  # "two or more moves in 6 months": a threshold, not a count
        return self._describe(ctx, m, g, value, ss, se, boiler)

    def _add_fraction(self, doc: Doc, f: re.Match, se: int) -> None:
        """"two-thirds of members", "a two thirds majority": a share in words, as a percentage."""
        noun, _ = self._measure(S.doc_text(doc), f.end(), se)
        data = {"text": f.group("f"), "value": float(self.fractions[f.group("f")]), "unit": "percent", "measure": noun}
        S.add_span(doc, S.FIGURES, f.start(), f.end(), "percent", data)

    def _word_value(self, word: str) -> int:
        """The value of a number word, "twenty-three" included."""
        if word in self.words:
            return self.words[word]
        return sum(self.words.get(part, 1 if part.lower() == "one" else 0) for part in re.split(r"[-\s]+", word))

    def _prefixed(self, before: str) -> bool:
        """Whether ``before`` ends with a name prefix, maybe followed by "No."/"#" and a
        list of numbers ("paragraphs 3, 4 and", "Checks #7554,", "item No. ")."""
        head = before.rstrip(" \t#")
        if head[-1:] in (",", "-", "–", "&") or head.endswith((" and", " or", " to", " through", " thru")):
            m = _LIST_BEFORE.search(before)
            head = (before[:m.start()] if m else before).rstrip(" \t#")
        words = head.split()[-(self._prefix_words + 1):]
        if words and words[-1].rstrip(".").lower() == "no" and len(words) > 1:
            if self._ends_with_prefix(words):
                return True  # "No. 5": "No" is a prefix itself
            words = words[:-1]  # "item No. 5"
        return self._ends_with_prefix(words)

    def _ends_with_prefix(self, words: list[str]) -> bool:
        for k in range(min(self._prefix_words, len(words)), 0, -1):
            if _LEAD_PUNCT.sub("", " ".join(words[-k:])).rstrip(".").lower() in self._prefixes:
                # "this year 233 tips", "last year £40,000": the word names a time, not a thing's number
                return not (len(words) > k and words[-k - 1].lower() in self._period_words)
        return False

    def _is_label(self, text: str, m: re.Match, g: dict[str, Optional[str]]) -> bool:
        """List labels and paragraph numbers: "1.", "(3)", "- 2)", "233  MINUTES"."""
        s, e = m.start(), m.end()
        if g.get("word"):
            return False
        line_start = text.rfind("\n", 0, s) + 1
        lead = text[line_start:s]
        nxt = text[e:e + 3]
        if s > 0 and text[s - 1] == "(" and nxt.startswith(")") and len(g.get("num")) <= 2 and not g.get("pct"):
            return True  # "(3)"; "(50%)" is a share
        sn = m.start("num")
        if len(g.get("num")) <= 2 and not g.get("pct") and _SPACED_OPEN.search(text, max(0, sn - 3), sn) \
                and _SPACED_CLOSE.match(text, e):
            return True  # "three ( 3 ) years", "five (5 ) rooms": an OCR reading spaces the bracket
        if _LABEL_LEAD.fullmatch(lead):
            if _PAGE_RANGE.match(text[e:e + 12]):
                return True  # "5 - 12": a page range
            if _LABEL_NEXT.match(nxt) or "." in g.get("num"):
                return True
        if lead.endswith("\t") and nxt.startswith("."):
            return True
        return False

    def _describe(self, ctx: "_Context", m: re.Match, g: dict[str, Optional[str]], value: float, ss: int, se: int,
                  boiler: Callable[[], bool]):
        text = ctx.text
        s, e = (m.start("word"), m.end("word")) if g.get("word") else (m.start(), m.end())
        unit = "count"
        cur = g.get("cur")
        mult = g.get("mult")
        if m.re is self._dash_second and mult:
            rc = self._range_cur.search(text, max(ss, s - 24), s)
            cur = rc.group("cur") if rc else None
            if cur is None:
                return None  # "14-55k"? only a sign makes the second of a pair money
        elif cur and not mult:
            rm = self._range_mult.match(text, e, se)
            mult = rm.group("mult") if rm else None
        if cur:
            unit = self.currency[cur]
        elif g.get("sub"):
            unit, hundredth = self.subunits[g["sub"]]
            value *= hundredth  # "50p": 0.50 GBP
        rest = e
        if unit == self.local:
            # "US$150", "$150 US": the code the minutes print wins over the country's dollar
            if g.get("code"):
                unit = self.dollar_prefixes[g["code"]]
            elif self._dollar_suffix is not None:
                ds = self._dollar_suffix.match(text, e, se)
                if ds:
                    unit, rest = self.dollar_suffixes[ds.group("c")], ds.end()
        if unit == "count" and not mult and self._unit_before is not None:
            ub = self._unit_before.search(text, max(ss, s - 30), s)
            if ub:
                unit = self.units_before[ub.group("u")]  # "a mill rate of 28.63"
        if unit == "count" and not mult and _PENCE.search(g.get("num") or ""):
            unit = self._money_near(ctx, s)  # "Income: £812.50. Expenditure: 633.09."
        if unit == "count" and not mult and self._money_before is not None and _AMOUNT.fullmatch(g.get("num") or "") \
                and self._money_before.search(text, max(ss, s - 40), s) and self._measure(text, e, se)[0] is None:
            unit = ctx.sign_currency(s)  # "the budget was 1,250,400": money, in the document's currency
        br = _BRACKETED_DIGITS.match(text, rest, se)
        if g.get("word") and br:
            rest = br.end()  # "three (3) rooms": the digits repeat the word
        if mult and not cur and mult in self.metre_multipliers and not self._cur_word.match(text, rest, se) \
                and not _PLURAL_NEXT.match(text, rest, se):
            unit, mult = "metres", None  # "a fence 1.8m high", "a 30m easement": no money, so metres
        if mult:
            value *= self.multipliers.get(mult, self.multipliers.get(mult.lower(), 1.0))
        if g.get("pct") or (not cur and not mult and self._range_pct.match(text, e, se)):
            unit = "percent"  # "40%", and the 4 of "4-5%"
        if unit == "count":
            cw = self._cur_word.match(text, rest, se)
            if cw:
                unit = self.currency_words[cw.group("c")]
                rest = cw.end()
        if unit == "count" and g.get("word"):
            pw = self._pct_after.match(text, rest, se)
            if pw:
                unit, rest = "percent", pw.end()  # "three percent"
        if unit == "count":
            # "four to six weeks": the first number takes the unit of the second
            rng = self._range.match(text, rest, se)
            # the second number of "1-2 months" is not a figure start (it follows a dash)
            nxt = (self._number.match(text, rng.end(), se) or _BARE_NUMBER.match(text, rng.end(), se)) if rng else None
            more = _OR_MORE.match(text, rest, se)  # "4 or more months"
            at = more.end() if more else rest
            u = self._unit.match(text, at, se) or (
                self._unit.match(text, nxt.end(), se) if nxt and not _g(nxt, "cur") else None)
            if u and self._unit_as_written(u.group("u")):
                unit = self.units[u.group("u")]
                if u.start() == at:
                    rest = u.end()
                if self.not_figures.elapsed(text, rest):
                    return None  # "three years ago" dates an event
        if unit == self.local:
            unit = ctx.local_dollar()
        if unit not in self.money_units and unit != "percent" and boiler():
            return None
        if unit in self._deadline_units and self._is_deadline(text, s, ss, se):
            return None
        if unit == "count" and self._audience is not None and self._is_audience(text, rest, ss, se):
            return None  # "5 members of the public left the meeting": who came, not a reported count
        if unit in self.money_units:
            if self._in_account is not None and self._in_account.match(text, rest, se):
                return None  # "$7,017.81 in the checking": one account's balance
        if unit in self._deadline_units and self._period_after is not None and self._period_after.match(text, rest, se):
            return None  # "the 12 months ending 31 May": the period a report covers, not a quantity
        if unit in self._deadline_units and self._is_next_meeting(text, s, ss, se):
            return None  # "Next meeting: in 3 weeks": when the next meeting is, a date
        measure_bits = []
        r = self._rate.match(text, rest, se)
        if r:
            measure_bits.append(self.rates[r.group("r")])
            rest = r.end()
        noun, noun_end = self._measure(text, rest, se)
        if g.get("word") and unit == "count" and not noun and not measure_bits:
            ranged = self._range.match(text, e, se)
            after_range = ranged and self._number.match(text, ranged.end(), se)
            if not (after_range or _FROM_BEFORE.search(text[max(ss, s - 6):s])):
                return None  # a bare number word ("the two of them") is not a figure
        num = g.get("num") or ""
        listed: list[bool] = []

        def count_list() -> bool:  # asked only where a rule below would drop the number
            if not listed:
                listed.append(bool(num) and self.not_figures.count_list(text, s, e, ss, se))
            return listed[0]

        if unit == "count" and num == "1" and not self._quantity.search(text[max(ss, s - 20):s]) and not count_list():
            return None  # "1 room", "1 entrance": like "one", a count of one needs stress ("only 1")
        if unit == "count" and not noun and not measure_bits and num.isdigit() and len(num) >= 4 \
                and not self._quantity.search(text[max(ss, s - 20):s]):
            return None  # "checks 7662 – 7717": a quantity that large is written "7,662", has a noun or "over 2000"
        if unit == "count" and not noun and not measure_bits and "." in num:
            return None  # "amend 7.02", "(see 3.1)": things are counted whole; a bare decimal is a reference
        if unit == "count" and not noun and not measure_bits and num and (
                self.not_figures.page_range(text, s, e)
                or self.not_figures.table_cell(text, s, e)
                or self.not_figures.name_label(_before_list(text[max(ss, s - 60):s]), self._plain_words)
                and not count_list()):
            return None  # "3 6 15 15 40", "Week 3", "Gadgetron 10", "55 – 62": a cell, a code, a name's number, pages
        if unit == "count" and noun and noun.split()[0].lower() in self.not_counted:
            return None  # "a 3 page document", "125 pages": the length of a paper, not a reported quantity
        if unit == "count" and noun and num and not mult and value != 1 and _names_thing(noun) and not count_list():
            return None  # "Site 3 Orrinsford", "the 52 Precinct", "Region 9 Workshop": a number in a name
        if noun:
            measure_bits.insert(0, noun)
        end = rest
        if unit == "count" and noun:
            end = noun_end
        return s, end, {
            "text": _SPACES.sub(" ", text[s:end]).strip(),
            "value": int(value) if value == int(value) else round(value, 6),
            "unit": unit,
            "measure": " ".join(measure_bits) or None,
        }

    def _unit_as_written(self, word: str) -> bool:
        """Time words name a unit only in lower case: "12 Minutes" and "1 - MINUTES" are
        page headers, "7 Day All Alcoholic" a licence."""
        return word.islower() or self.units[word] not in self.lowercase_units

    def _money_near(self, ctx: "_Context", s: int) -> str:
        """The currency of an amount with pence but no sign: the sign of the nearest
        amount before it in the same paragraph, else a count."""
        text = ctx.text
        para = text.rfind("\n\n", max(0, s - 400), s)
        lo = max(0, s - 400) if para < 0 else para
        best, sym = -1, None
        for c in self.currency:
            i = text.rfind(c, lo, s)
            if i > best:
                best, sym = i, c
        if sym is None:
            return "count"
        unit = self.currency[sym]
        return ctx.local_dollar() if unit == self.local else unit

    def _is_audience(self, text: str, pos: int, ss: int, se: int) -> bool:
        """A count of this meeting's audience: "Three electors present", "5 members of the
        public left the meeting". "120 residents were present at the consultation
        events" reports another event's turnout."""
        m = self._audience.match(text, pos, se)
        if m is None:
            return False
        if _PRESENT_HERE.match(text, m.end(), se):
            return True
        return self._attendance is not None and self._attendance.search(text, ss, se) is not None

    def _is_next_meeting(self, text: str, s: int, ss: int, se: int) -> bool:
        """A time span after "in" where the sentence (or its line's label) names the
        next meeting: it says when that meeting is, like a date."""
        if self._deadline_before is None or self._schedule is None:
            return False
        if self._deadline_before.search(text[max(ss, s - 20):s]) is None:
            return False
        # the sentence, or the heading just above it ("Next meeting⏎⏎In three weeks")
        return self._schedule.search(text, max(0, min(text.rfind("\n", 0, ss) + 1, s - 80)), se) is not None

    def _is_deadline(self, text: str, s: int, ss: int, se: int) -> bool:
        """A time span after "within"/"in" in a sentence that commits someone to act."""
        if self._deadline_before is None or self._commitment is None:
            return False
        return (self._deadline_before.search(text[max(ss, s - 20):s]) is not None
                and self._commitment.search(text, ss, se) is not None)

    def _measure(self, text: str, pos: int, end: int) -> tuple[Optional[str], int]:
        """Up to four content words after the number: what it counts."""
        words: list[str] = []
        cur = pos
        while len(words) < 4:
            m = (_LATER_WORD if words else _FIRST_WORD).match(text, cur, end)
            if not m or m.group(1).lower() in self.stop:
                break
            words.append(m.group(1))
            cur = m.end()
        if not words:
            return None, pos
        return " ".join(words), cur


class _Context:
    """What the figures of one document share: its text, the payment-table rows of the
    item being read, and the document's dollar (worked out once, when first needed)."""

    def __init__(self, text: str, dollar: DollarCountry, currency: dict[str, str], local: Optional[str]) -> None:
        self.text = text
        self.currency, self.local = currency, local  # sign -> unit; the unit that means "the local dollar"
        self._signs: Optional[dict[str, int]] = None
        self.rows: list[tuple[int, int]] = []
        self._dollar = dollar
        self._code: Optional[str] = None

    def local_dollar(self) -> str:
        if self._code is None:
            self._code = self._dollar.currency(self.text)
        return self._code

    def sign_currency(self, s: int) -> str:
        """The currency of an amount printed without a sign: the sign of the nearest
        amount before it, else the sign the document uses most, else its dollar."""
        if self._signs is None:
            self._signs = {c: self.text.count(c) for c in self.currency}
        before = max(self.currency, key=lambda c: self.text.rfind(c, 0, s))
        sign = before if self.text.rfind(before, 0, s) >= 0 else max(self._signs, key=self._signs.__getitem__)
        if not self._signs[sign]:
            return self.local_dollar()
        unit = self.currency[sign]
        return self.local_dollar() if unit == self.local else unit


@Language.factory(
    "minutes_figures",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_figures"}},
)
def make_figures(nlp: Language, name: str, patterns: dict[str, Any]) -> FiguresComponent:
    return FiguresComponent(nlp, name, patterns)
