"""Which dollar a "$" is: the dollar of the document's country, read off the document.

Minutes rarely say "US$" or "CAD"; a reader knows the currency from where the body is.
So does this module, from evidence in the text itself (never the file name): country,
state, province and territory names, words only one country's local government uses
("Reeve", "Shire", "iwi"), web domains (".gov.au"), American spellings ("favor",
"center") and the British ones the other dollar countries keep ("Councillor", "centre";
"organisation" and "Apologies" in Australia and New Zealand, "Regrets" in Canada),
month-first numeric dates ("10/24/2019") against day-first ones ("23 October 2008") and
dotted times ("7.15pm"), which American minutes do not print, and US ZIP and Canadian
postal codes. The word lists are pattern data (``dollar_evidence`` in the figures patterns).
Each distinct cue found is one vote for its countries; the most votes win, and a
document without evidence, or with a tie that includes the default, keeps the default
(USD).
"""

from __future__ import annotations

import re
from typing import Any

from .patterns import alternation
from .word_gate import caseless_outside_ascii, lowered

# Each scan below opens on the character class of its first character, with the
# look-behind that guards it moved after that character (one character longer): a
# pattern that opens on a class lets the regex engine skip to the next possible first
# character, one that opens on a look-behind is tried at every position (three to five
# times as slow on a whole document). A month "0?[1-9]|1[0-2]" is written as a digit and
# what may stand before it ("0" before 1-9; a lone 1-9; "1" before 0-2): the readings
# need different next characters, so at most one can go on to match. The matches are those
# of the plain forms in the comments (tests/test_speed_helpers.py).
# "10/24/2019", "3-18-09": a second field over 12 can only be a day, so the month comes first
# (?<![\d/-])(?:0?[1-9]|1[0-2])(?P<sep>[/-])(?:1[3-9]|2\d|3[01])(?P=sep)(?:19|20)?\d\d(?![\d/-])
_MONTH_FIRST = re.compile(r"\d(?<![\d/-]\d)(?:(?<=0)[1-9]|(?<=[1-9])|(?<=1)[0-2])(?P<sep>[/-])(?:1[3-9]|2\d|3[01])(?P=sep)"
                          r"(?:19|20)?\d\d(?![\d/-])")
# "Boston, MA 02110"; "Guelph, ON N1H 3A1"
_US_ZIP = re.compile(r"(?<=[a-z,.][ \t])[A-Z]{2},?[ \t]+\d{5}(?:-\d{4})?(?!\d)")
# (?<![\w-])[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ \t]?\d[A-CEGHJ-NPR-TV-Z]\d(?![\w-])
_CA_POSTCODE = re.compile(r"[A-CEGHJ-NPR-TVXY](?<![\w-].)\d[A-CEGHJ-NPR-TV-Z][ \t]?\d[A-CEGHJ-NPR-TV-Z]\d(?![\w-])")
# "7.15pm", "10.30 a.m.": the dotted time of British-style minutes (American ones print "7:15")
# (?<![\d.])(?:0?[1-9]|1[0-2])\.[0-5]\d[ \t]?(?:[ap]\.?m\b\.?)
_DOTTED_TIME = re.compile(r"\d(?<![\d.]\d)(?:(?<=0)[1-9]|(?<=[1-9])|(?<=1)[0-2])\.[0-5]\d[ \t]?(?:[ap]\.?m\b\.?)", re.I)


class DollarCountry:
    """Decides the ISO code of "$" for one text from the ``dollar_evidence`` patterns."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        spec = patterns.get("dollar_evidence", {})
        self.default: str = spec.get("default", "USD")
        self.order: list[str] = [self.default]
        self.cues: dict[str, list[str]] = {}  # cue (lower-cased when case-blind) -> codes
        for code, cues in spec.get("words", {}).items():
            self._note(code)
            for cue in cues:
                self.cues.setdefault(cue.lower() if cue.islower() else cue, []).append(code)
        self.domain_codes: dict[str, list[str]] = {}
        for code, suffixes in spec.get("domains", {}).items():
            self._note(code)
            for suffix in suffixes:
                self.domain_codes.setdefault(suffix.lower(), []).append(code)
        # "month_first" -> the codes it votes for (one code or a list)
        self.formats = {k: [v] if isinstance(v, str) else list(v) for k, v in spec.get("formats", {}).items()}
        for codes in self.formats.values():
            for code in codes:
                self._note(code)
        months = alternation(patterns.get("months", []))
        # "23 October 2008", "16th June, 2021", "22 MARCH 2011": the day before the month
        self._day_first = re.compile(rf"(?<![\w/.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+(?:{months})\.?,?[ \t]+"
                                     rf"(?:19|20)\d\d(?!\d)", re.I) if months else None
        blind = [c for c in self.cues if c.islower()]
        exact = [c for c in self.cues if not c.islower()]
        self._blind = re.compile(rf"(?<!\w)(?:{alternation(blind)})(?!\w)", re.I) if blind else None
        # the same, without re.I, for the lower-cased text (``word_gate.lowered``): three times quicker
        self._blind_low = re.compile(rf"(?<!\w)(?:{alternation(blind)})(?!\w)") \
            if blind and all(map(caseless_outside_ascii, blind)) else None
        self._exact = re.compile(rf"(?<!\w)(?:{alternation(exact)})(?!\w)") if exact else None
        self._domains = (re.compile(rf"(?<=\w)(?:{alternation(self.domain_codes)})(?!\w|\.\w)", re.I)
                         if self.domain_codes else None)

    def _note(self, code: str) -> None:
        if code not in self.order:
            self.order.append(code)

    def votes(self, text: str) -> dict[str, set[str]]:
        """For each country code, the distinct cues found in ``text``."""
        out: dict[str, set[str]] = {}

        def vote(codes: list[str], cue: str) -> None:
            for code in codes:
                out.setdefault(code, set()).add(cue)

        low = lowered(text) if self._blind_low is not None else None
        blind = (self._blind_low, low) if low is not None else (self._blind, text)  # a match in ``low`` is the match lower-cased
        for (rx, source), fold in ((blind, True), ((self._exact, text), False)):
            if rx is not None:
                for m in rx.finditer(source):
                    cue = m.group().lower() if fold else m.group()
                    vote(self.cues[" ".join(cue.split())], cue)
        if self._domains is not None:
            for m in self._domains.finditer(text):
                vote(self.domain_codes[m.group().lower()], m.group().lower())
        for name, rx in (("month_first", _MONTH_FIRST), ("us_zip", _US_ZIP), ("ca_postcode", _CA_POSTCODE),
                         ("day_month_year", self._day_first), ("dotted_time", _DOTTED_TIME)):
            codes = self.formats.get(name)
            if codes and rx is not None and rx.search(text):
                vote(codes, name)
        return out

    def currency(self, text: str) -> str:
        """The code of the dollar that ``text``'s country uses (the default without evidence)."""
        votes = self.votes(text)
        if not votes:
            return self.default
        best = max(len(v) for v in votes.values())
        winners = [code for code in self.order if len(votes.get(code, ())) == best]
        return winners[0]
