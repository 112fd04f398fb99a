"""Which dollar a "$" is: the dollar of the document's country, read off the document.

Minutes rarely say "US$" or "CAD"; a reader knows the currency from where the body is.
So does this module, from evidence in the text itself (never the file name): country,
state, province and territory names, words only one country's local government uses
("Reeve", "Shire", "iwi"), web domains (".gov.au"), American spellings ("favor",
"center"), month-first numeric dates ("10/24/2019"), and US ZIP and Canadian postal
codes. The word lists are pattern data (``dollar_evidence`` in the figures patterns).
Each distinct cue found is one vote for its countries; the most votes win, and a
document without evidence, or with a tie that includes the default, keeps the default
(USD).
"""

from __future__ import annotations

import re
from typing import Any

from .patterns import alternation

# "10/24/2019": a second field over 12 can only be a day, so the month comes first
_MONTH_FIRST = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)?\d\d(?![\d/])")
# "Boston, MA 02110"; "Guelph, ON N1H 3A1"
_US_ZIP = re.compile(r"(?<=[a-z,.][ \t])[A-Z]{2},?[ \t]+\d{5}(?:-\d{4})?(?!\d)")
_CA_POSTCODE = re.compile(r"(?<![\w-])[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ \t]?\d[A-CEGHJ-NPR-TV-Z]\d(?![\w-])")


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
        self.formats = {k: v for k, v in spec.get("formats", {}).items()}  # "month_first" -> code
        blind = [c for c in self.cues if c.islower()]
        exact = [c for c in self.cues if not c.islower()]
        self._blind = re.compile(rf"(?<!\w)(?:{alternation(blind)})(?!\w)", re.I) if blind else None
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

        for rx, fold in ((self._blind, True), (self._exact, False)):
            if rx is not None:
                for m in rx.finditer(text):
                    cue = m.group().lower() if fold else m.group()
                    vote(self.cues[" ".join(cue.split())], cue)
        if self._domains is not None:
            for m in self._domains.finditer(text):
                vote(self.domain_codes[m.group().lower()], m.group().lower())
        for name, rx in (("month_first", _MONTH_FIRST), ("us_zip", _US_ZIP), ("ca_postcode", _CA_POSTCODE)):
            code = self.formats.get(name)
            if code and rx.search(text):
                vote([code], name)
        return out

    def currency(self, text: str) -> str:
        """The code of the dollar that ``text``'s country uses (the default without evidence)."""
        votes = self.votes(text)
        if not votes:
            return self.default
        best = max(len(v) for v in votes.values())
        winners = [code for code in self.order if len(votes.get(code, ())) == best]
        return winners[0]
