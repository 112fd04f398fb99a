"""Telling a person's name from the title or organisation printed beside it.

Attendance lists put titles on either side of a name and often without punctuation:
"RFO Gwil Rees", "Library Director Carla Weems", "Tom Arden County Manager",
"Hester Quayle (HQ)", "Olwen T Pryce OTP". Which words are names is decided from
pattern data (honorifics, role and organisation words), never from the names of any
council's members.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .patterns import alternation

_WORD = re.compile(r"^(?=[^\W\d_])(?:[^\W\d_]|['’.-])*$")
"""A capitalised word of any script's letters ("Sinéad", "Rākau", "Baré"); the capital is checked apart."""
_MUTATED = re.compile(r"^(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)(?=[A-ZÁÉÍÓÚ])")
"""An Irish surname whose capital follows a mutation prefix: "tSionnaigh", "bhFear", "nGael"."""
_APOSTROPHE_CAP = re.compile(r"(?<=[’'])[A-Z]")


def _apostrophe_initials(words: list[str]) -> str:
    """Initials that count the capital after an apostrophe: "KOS" for Kim O’Sullivan."""
    return "".join(w[0].upper() + "".join(_APOSTROPHE_CAP.findall(w)) for w in words if w)


_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$|^(?:[A-Z]\.){1,4}[A-Z]?$")
_CODE = re.compile(r"^[A-Z]{2,4}\.?$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&/-]{1,8}$")
_TITLE_JOINERS = frozenset({"of", "and", "to", "the", "for", "&", "/"})
"""Small words inside a title ("Director of Airports", "Secretary to the Council")."""


class NameRules:
    """Name checks and title splits compiled from the attendance component's patterns."""

    def __init__(self, p: dict[str, Any], honorific: re.Pattern) -> None:
        self.honorific = honorific
        self.max_tokens = int(p.get("max_name_tokens", 7))
        self._valid: dict[str, bool] = {}
        self.particles = set(p.get("name_particles", []))
        self.not_name = {w.lower() for w in p.get("not_name_words", [])}
        self.role_words = {w.lower() for w in p.get("officer_role_words", []) + p.get("role_title_words", [])}
        self.org_words = {w.lower() for w in p.get("organisation_words", [])}
        people = alternation(p.get("split_honorifics", []))
        self.person_honorific = re.compile(rf"(?:{people})") if people else re.compile(r"(?!)")
        self.titles = {w.lower().rstrip(".") for w in p.get("title_honorifics", [])}
        leads = alternation(p.get("role_lead_words", []))
        self.role_lead = re.compile(rf"^(?:{leads})$", re.IGNORECASE) if leads else re.compile(r"(?!)")

    # --- tokens ------------------------------------------------------------------------

    def _bare(self, tokens: list[str]) -> list[str]:
        """``tokens`` without the honorifics they open with ("Cllr Mrs", "Deputy Mayor")."""
        rest = tokens
        while rest:
            m = self.honorific.match(" ".join(rest))
            if not m:
                break
            rest = " ".join(rest)[m.end():].split()
        return rest

    def place_honorific(self, name: str) -> bool:
        """Whether an honorific follows a word or two of place ("District Cllr Ada Penn",
        "KCC Cllr R Pennick"): such a name takes no honorific from the list it is in."""
        tokens = name.split()
        return any(self.honorific.match(" ".join(tokens[i:])) for i in range(1, min(3, len(tokens))))

    def title_word(self, text: str) -> bool:
        """One title word that members' lists use as an honorific ("Director", "Chief", "Clerk")."""
        return " " not in text.strip() and text.strip().lower().rstrip(".") in self.titles

    def is_role_word(self, tok: str) -> bool:
        t = tok.strip(".,;:()").lower()
        if "/" in t and t not in self.role_words:  # "CAO/Clerk", "Clerk/Treasurer": two titles of one post
            return any(self.is_role_word(part) for part in t.split("/") if part)
        return t in self.role_words or t in self.org_words

    def valid(self, name: str) -> bool:
        """Whether ``name`` reads as one person's name (honorifics allowed, no title words).
        Lists ask about the same pieces many times over: answers are kept."""
        known = self._valid.get(name)
        if known is None:
            if len(self._valid) > 50000:
                self._valid.clear()
            known = self._valid[name] = self._check(name)
        return known

    def _check(self, name: str) -> bool:
        tokens = name.split()
        if not tokens or len(tokens) > self.max_tokens:
            return False
        rest = self._bare(tokens)
        if len(rest) >= 2 and self.title_word(rest[0]):
            rest = rest[1:]  # "Director Osei", "Chief Dorsey": a title used as an honorific
        if not rest:
            return False
        if all(_ACRONYM.match(t) and not _INITIAL.match(t) for t in rest) and len(rest) == len(tokens):
            return False  # "HVCA", "SWLT": an organisation, not a name
        if all(_CODE.match(t) for t in rest):
            return False  # "Mrs. EB", "KC": someone's initials
        for k, tok in enumerate(rest):
            if tok in self.particles:
                continue
            if len(tok) > 2 and tok[0] == ".":
                tok = tok[1:]  # "Ms .Marie Leydon": the honorific's stop typed before the name
            if k and self.person_honorific.fullmatch(tok):
                return False  # "Mrs S Vail Mr C Oduya": two people
            low = tok.strip(".,").lower()
            if low in self.not_name or low in self.role_words or low in self.org_words:
                return False
            if not _WORD.match(tok) or not (tok[0].isupper() or _MUTATED.match(tok)):
                return False
        return True

    def role_phrase(self, text: str) -> bool:
        """A title or body printed on its own: "Eastwick Area Engineer", "Shire Police
        Authority", "HVCA"; not a name, not prose."""
        tokens = text.split()
        if not tokens or len(tokens) > 12 or self.honorific.match(text) or self.valid(text):
            return False
        if re.search(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b", text):
            return False  # three lower-case words in a row: a sentence
        if not tokens[0][:1].isupper():
            return False
        return any(self.is_role_word(t) for t in tokens) or all(_ACRONYM.match(t) for t in tokens)

    def junk(self, text: str) -> bool:
        """A short piece that names nobody and is not prose ("County Cllr", "No rep",
        "Members"): skipped without ending the list."""
        tokens = text.split()
        return 0 < len(tokens) <= 4 and not re.search(r"\b[a-z]{3,}\s+[a-z]{3,}\b", text)

    # --- titles beside a name ----------------------------------------------------------------

    def title_first(self, name: str) -> Optional[tuple[str, str]]:
        """("Library Director", "Carla Weems") for "Library Director Carla Weems";
        ("RFO", "Gwil Rees"); ("Chair", "Cllr. C Madoc"); None when no title opens it."""
        tokens = name.split()
        if len(tokens) < 2 or self.honorific.match(name):
            return None
        for k in range(1, min(len(tokens) - 1, 7) + 1):
            head, tail = tokens[:k], tokens[k:]
            if self.is_role_word(tail[0]):
                continue  # "Library | Director Carla Weems": the title goes on
            rest = " ".join(tail)
            named = self.honorific.match(rest) is not None
            if head[-1] in _TITLE_JOINERS and len(tail) == 2 and not named:
                continue  # "Director of | Airports Perry": a title does not end in "of"
            if not (named or len(tail) >= 2) or not self.valid(rest):
                continue
            if _ACRONYM.match(tokens[0]) and k == 1 and not named and not _INITIAL.match(tokens[0]):
                return tokens[0], rest  # "RFO Gwil Rees" (but "KCC Cllr R Pennick" keeps its prefix)
            if any(self.is_role_word(t) or self.role_lead.match(t) for t in head) and (
                self.is_role_word(head[-1]) or head[-1][:1].islower() or _ACRONYM.match(head[-1])
            ):
                return " ".join(head[1:] if head[0] in ("The", "the") else head), rest
            if head[-1][:1].islower() and len(head) <= 6 and any(self.is_role_word(t) for t in head):
                return " ".join(head), rest
        return None

    def title_surname(self, name: str) -> Optional[tuple[str, str]]:
        """("City Manager", "Boyles") for "City Manager Boyles", ("Director of Public Works",
        "Galusha"): US minutes list staff by a title of several words and the surname alone
        ("Also present were City Manager Boyles, City Attorney Hays, ..."). The last word is
        the name when it is no title or body word and the words before it are a title that
        holds an officer's word; a one-word title ("Chief Dorsey") is read elsewhere."""
        tokens = name.split()
        if len(tokens) < 3 or self.honorific.match(name):
            return None
        head, last = tokens[:-1], tokens[-1]
        if len(last) < 2 or _INITIAL.match(last) or _ACRONYM.match(last) or not self.valid(last):
            return None
        if len(head) > 8 or not head[0][:1].isupper() or any(re.search(r"[,;:()]", t) for t in head):
            return None  # "Manager Ann, Clerk Bo": a list, not one title
        if head[-1] in _TITLE_JOINERS or any(not (t[:1].isupper() or t in _TITLE_JOINERS) for t in head):
            return None  # "Chairperson Education & Youth": the last word ends the title
        if not any(t.lower() in self.role_words for t in head):
            return None
        # the title ends in a title word ("Fire Chief") or reads "Director of Airports"
        if not (self.is_role_word(head[-1]) or _ACRONYM.match(head[-1]) or any(t in _TITLE_JOINERS for t in head[1:])):
            return None
        return " ".join(head[1:] if head[0] in ("The", "the") else head), last

    def role_after(self, name: str) -> Optional[tuple[str, str]]:
        """("Tom Arden", "County Manager") for "Tom Arden County Manager", and
        ("Rhona Dey", "Shire Assembly"): a title or body printed after the name with no
        comma. The name keeps its leading initials and takes one or two more words."""
        tokens = name.split()
        lead = len(tokens) - len(self._bare(tokens))
        k = lead
        while k < len(tokens) and _INITIAL.match(tokens[k]):
            k += 1
        for size in (1, 2):
            cut = k + size if k > lead else lead + 1 + size
            if cut >= len(tokens):
                break
            head, tail = tokens[:cut], tokens[cut:]
            if any(self.role_lead.match(t) or self.is_role_word(t) for t in head[lead:]):
                continue  # "Eastwick Area | Engineer": a title, not a name and a title
            # a bare two-word "name" before a body ("North Vale District Council") is a place:
            # without an honorific or initials the words after it must be an officer's title
            anchored = lead > 0 or k > lead
            officer = any(t.strip(".,").lower() in self.role_words for t in tail)
            titled = officer or anchored and (
                any(self.is_role_word(t) for t in tail) or self.role_lead.match(tail[0]) or all(_ACRONYM.match(t) for t in tail)
            )
            if titled and self.valid(" ".join(head)) and (len(head) - lead >= 2 or lead):
                return " ".join(head), " ".join(tail).lstrip("–—-,;: ")
        return None

    def initials_code(self, name: str, code: str) -> bool:
        """Whether ``code`` is the person's initials printed as a minute-taker's tag: "HQ" for
        Hester Quayle, "NLE" for Nora Lyle-Evans, "AHol" for Alma Holroyd (the capitals
        are the initials of the name, honorifics left out; small letters go on with the last)."""
        code = code.strip()
        if not (1 < len(code) <= 5) or not code.isalpha() or not code[0].isupper():
            return False
        words = [w for w in re.split(r"[\s.\-]+", " ".join(self._bare(name.split()))) if w]
        caps = "".join(c for c in code if c.isupper())
        tail = code[len(caps):] if code.startswith(caps) else None
        initials = "".join(w[0].upper() for w in words)
        if tail is None or not caps or initials != caps and _apostrophe_initials(words) != caps:
            return False
        return not tail or words[-1][1 : 1 + len(tail)].lower() == tail.lower()

    def drop_trailing_code(self, name: str) -> str:
        """"Olwen T Pryce OTP" -> "Olwen T Pryce": a trailing tag of the person's initials."""
        tokens = name.split()
        if len(tokens) >= 3 and tokens[-1].isupper() and tokens[-1].isalpha() and len(tokens[-1]) >= 2:
            bare = self._bare(tokens[:-1])
            initials = "".join(t[0] for t in bare if t).upper()
            if tokens[-1] == _apostrophe_initials(bare) or tokens[-1] == initials or tokens[-1][0] == initials[:1] and tokens[-1][-1] == initials[-1:]:
                return " ".join(tokens[:-1])
        return name
