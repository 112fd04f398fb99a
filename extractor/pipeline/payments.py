"""Payment tables: the rows of a payment schedule, cheque list or accounts statement.

The guidelines make such rows no figures (a parish's "Hall hire – £45.00 (chq 100921)"
is bookkeeping, not a quantity the meeting reported), while the totals and balances
stated with them are. A table is opened by a heading that names payments ("Accounts
for payment", "Outgoings:", "Cheques signed") or by a clause that lists them after a
colon ("cheques were signed as follows:"), and runs over the lines after it that read
as rows: a few words per amount of money, as against prose. The words are pattern data
(``payment_tables`` in the figures patterns).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .patterns import alternation

Range = tuple[int, int]

# an amount of money: with its sign, or with pence or cents ("45.00" under a "£" column)
_MONEY = re.compile(r"(?<![\w.])(?:[£$€][ \t]?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\.\d\d)(?![\w.])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
# the cells of a statement printed on one line: "Subs £4650.00 | Fees £1041.50 >> Total £5691.50"
_CELL_SEP = re.compile(r"[|¦]|>>|»")
_CELL = re.compile(r"[^|¦>»]+")
# an amount in running text, where a sentence's full stop may follow it ("… for $610.00.")
_PROSE_MONEY = re.compile(r"(?<![\w.])(?:[£$€][ \t]?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\.\d\d)(?![\w]|\.\d)")
_RUN_ON_ENTRIES = 3  # the fewest entries of a payment schedule run into a sentence
_RUN_ON_AFTER = 2  # the most words after an entry's amount ("£70 (paid)"), more is prose
# the parts of a sentence that lists payments: between commas, semicolons and "and"
_PART = re.compile(r"(?:[^,;]|,(?=\d{3}))+?(?=[,;]|[ \t]and[ \t]|$)")
# a heading's label: "10.", "(b)", "2665.", "C112/24"
_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:[A-Z]{0,3}\(?[0-9]{1,5}(?:[./][0-9]{1,3})*[.)]?|\(?[a-z][.)])?[ \t]*")


def _lines(text: str, start: int, end: int) -> Iterator[Range]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


class PaymentTables:
    """Finds the row areas of payment tables in a range of text."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        spec = patterns.get("payment_tables", {})
        self.words_per_amount: int = spec.get("max_words_per_amount", 6)
        self.heading_max: int = spec.get("max_heading_length", 60)
        self.label_words: int = spec.get("max_label_words", 4)
        heads = alternation(spec.get("headings", []))
        # "Outgoings:", and the "Income = Subs £4650.00 | …" of a statement printed inline
        self._heading = re.compile(rf"(?:{heads})\b[ \t]*(?P<colon>[:=])?", re.I) if heads else None
        pay = alternation(spec.get("payment_words", []))
        # "cheques were signed as follows:": a payment word, then a colon within the clause
        self._opener = re.compile(rf"\b(?:{pay})\b[^\n:.;]{{0,80}}:", re.I) if pay else None
        # "the following accounts be paid.", "reported the following transactions.": a
        # clause that announces a list of payments on the lines below
        self._following = re.compile(rf"\bfollowing\b[^\n:;]{{0,60}}?\b(?:{pay})\b[^\n:;]{{0,40}}?[.:]?[ \t]*$", re.I) \
            if pay else None
        # "PGAV invoice 106347 for $218.75, Carrow Co. invoice 18741 for $50.00": payments
        # listed in a sentence, each with its own cheque or invoice number
        refs = alternation(spec.get("reference_words", []))
        self._reference = re.compile(rf"\b(?:{refs})\.?[ \t]*(?:no\.?|#|number)?[ \t]*#?[ \t]*\d{{3,}}", re.I) \
            if refs else None
        openers = alternation(spec.get("run_on_openers", []))
        self._run_on_opener = re.compile(rf"[ \t]*(?:{openers})\b", re.I) if openers else None
        totals = alternation(spec.get("total_words", []))
        self._total = re.compile(rf"\b(?:{totals})\b", re.I) if totals else None
        self.gate = tuple(w.lower() for w in spec.get("headings", []) + spec.get("payment_words", []))

    def may_hold(self, low: str, start: int, end: int) -> bool:
        """Whether ``low[start:end]`` (lower-cased text) holds a word any table needs."""
        return any(low.find(w, start, end) >= 0 for w in self.gate)

    def rows(self, text: str, start: int, end: int) -> list[Range]:
        """The row areas (character ranges) of the payment tables in ``text[start:end]``;
        a row that states a total or a balance is left out, so its figures stay."""
        out: list[Range] = []
        in_table = strict = False
        for ls, le in _lines(text, start, end):
            line = text[ls:le]
            opened = self._opens(text, ls, le)
            if opened is not None:
                in_table = True
                # rows announced by a sentence ("the following accounts be paid.") end at
                # the first line that reads as prose: "JB also reported a loss of £162."
                strict = (self._following is not None and opened == le
                          and self._following.search(text, ls, le) is not None)
                if opened < le and self._row_like(text, opened, le):
                    # "checks issued for expenses totaling: $ 38,415.26": the clause
                    # before the colon may name the total
                    self._add(out, text, opened, le, ls)
                continue
            if not in_table:
                continue
            if not line.strip():
                continue  # PDF tables put blank lines between rows
            if self._row_like(text, ls, le) and not (strict and self._prose(text, ls, le)):
                self._add(out, text, ls, le)
            elif len(line.strip()) > 40 or any(c.isdigit() for c in line):
                in_table = False  # prose: the table has ended
        return out

    def _opens(self, text: str, ls: int, le: int) -> int | None:
        """Where the rows start when this line opens a table (its end for a bare
        heading, the text after the colon for "Outgoings: …"); None otherwise."""
        if self._heading is not None:
            lead = _LABEL.match(text, ls, le)
            m = self._heading.match(text, lead.end() if lead else ls, le)
            if m:
                if m.group("colon"):
                    return m.end()
                if le - ls <= self.heading_max and not _MONEY.search(text, m.end(), le):
                    return le
        if self._opener is not None:
            m = self._opener.search(text, ls, le)
            if m:
                return m.end()
        if self._following is not None and self._following.search(text, ls, le):
            return le
        return None

    def listed(self, text: str, ss: int, se: int) -> list[Range]:
        """The payments a sentence lists with their cheque or invoice numbers ("… invoice
        106347 for $218.75, … invoice 18741 for $50.00 and …"): from the first such
        entry on, each part between commas that holds an amount and no total is a row.
        Two numbered entries at least make a list; one is a payment in prose."""
        if self._reference is None:
            return []
        parts = [(m.start(), m.end()) for m in _PART.finditer(text, ss, se)]
        numbered = [i for i, (ps, pe) in enumerate(parts)
                    if _PROSE_MONEY.search(text, ps, pe) and self._reference.search(text, ps, pe)]
        if len(numbered) >= 2:
            first = numbered[0]
        elif self._run_on(text, ss, parts):
            first = 0
        else:
            return []
        return [(ps, pe) for ps, pe in parts[first:]
                if _PROSE_MONEY.search(text, ps, pe) and not self._states_total(text, ps, pe)]

    def _run_on(self, text: str, ss: int, parts: list[Range]) -> bool:
        """"Expenditures of Rent £150, Gutter Clearance £70, Skip Hire £16.50.": a sentence
        that opens with a word for payments and goes on as short entries of a label and
        an amount, three at least, is a payment schedule run into one line."""
        if self._run_on_opener is None or len(parts) < _RUN_ON_ENTRIES:
            return False
        lead = _LABEL.match(text, ss)
        if not self._run_on_opener.match(text, lead.end() if lead else ss):
            return False
        entries = 0
        for ps, pe in parts:
            amount = _PROSE_MONEY.search(text, ps, pe)
            if amount is None:
                continue
            label = _WORD.findall(text, ps, amount.start())
            if len(label) > self.label_words + (2 if entries == 0 else 0) \
                    or len(_WORD.findall(text, amount.end(), pe)) > _RUN_ON_AFTER \
                    or (entries and not (label and label[0][0].isupper())):
                return False  # prose: "Expenditure this year of £4,000 was over budget, by £300, …"
            entries += 1
        return entries >= _RUN_ON_ENTRIES

    def _prose(self, text: str, s: int, e: int) -> bool:
        """More words before the first amount than a row's label has: a sentence."""
        first = _MONEY.search(text, s, e)
        return first is not None and len(_WORD.findall(text, s, first.start())) > self.label_words

    def _row_like(self, text: str, s: int, e: int) -> bool:
        """A few words per amount, counted up to the last amount: "AONB – Trail Leaflet -
        £1,000 (Ch. 101155) – This has now been paid." is a row with a remark after it."""
        amounts = list(_MONEY.finditer(text, s, e))
        if not amounts:
            return False
        return len(_WORD.findall(text, s, amounts[-1].end())) <= self.words_per_amount * len(amounts)

    def _add(self, out: list[Range], text: str, s: int, e: int, label_start: int | None = None) -> None:
        """Keep ``text[s:e]`` as a row unless it (or the label from ``label_start``) states a total.
        A line of cells ("Subs £4650.00 | Fees £1041.50 >> Total £5691.50") is read cell by
        cell, so that only the total keeps its figure."""
        cells = [(m.start(), m.end()) for m in _CELL.finditer(text, s, e)] if _CELL_SEP.search(text, s, e) else []
        if len(cells) > 1:
            for cs, ce in cells:
                if _MONEY.search(text, cs, ce) and not self._states_total(text, cs, ce):
                    out.append((cs, ce))
            return
        if not self._states_total(text, s if label_start is None else label_start, e):
            out.append((s, e))

    def _states_total(self, text: str, s: int, e: int) -> bool:
        return self._total is not None and self._total.search(text, s, e) is not None
