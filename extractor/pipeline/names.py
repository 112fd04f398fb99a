"""Person-name normalisation and alias matching.

Dependency-free (standard library only) so the scorer can reuse it. Honorifics and
the nickname table are passed in by the caller (they are pattern data), never
hard-coded here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Mapping, Optional, Sequence

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-fold, strip accents, unify quotes/dashes and squeeze spaces."""
    if not text.isascii():  # plain ASCII has no accents or curly quotes (the common case)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return _SPACE.sub(" ", text).strip().casefold()


class Honorifics(frozenset):
    """Honorifics folded once, for callers that split many names: folding the whole
    list on every call was most of the people component's time."""

    def __new__(cls, honorifics: Iterable[str]) -> "Honorifics":
        return super().__new__(cls, (fold(h).rstrip(".") for h in honorifics))


def split_honorific(name: str, honorifics: Iterable[str]) -> tuple[str, str]:
    """("Councillor", "Ann Lee-Smith") for "Councillor Ann Lee-Smith".

    Several honorifics may be stacked ("Councillor Professor Grey"); all are
    returned together as the first element. Pass an ``Honorifics`` when splitting
    many names with the same list.
    """
    words = name.split()
    hon = honorifics if isinstance(honorifics, Honorifics) else Honorifics(honorifics)
    i = 0
    while i < len(words) - 1 and fold(words[i]).rstrip(".") in hon:
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def name_tokens(name: str, honorifics: Iterable[str] = ()) -> list[str]:
    """Folded name words without honorifics or punctuation: ["jill", "simpson-vince"]."""
    _, bare = split_honorific(name, honorifics)
    return [w for w in _PUNCT.sub(" ", fold(bare).replace("'", "")).split() if w]


def name_key(name: str, honorifics: Iterable[str] = ()) -> str:
    """A comparison key: folded name words joined by spaces."""
    return " ".join(name_tokens(name, honorifics))


_END_EDITS = ((1, 1), (1, 0), (0, 1))  # letters an edit takes from each side: changed, dropped, added


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance when it is at most ``limit``, else ``limit + 1``.

    Callers only ask whether two names are a letter or two apart, and most pairs they
    ask about are far apart: so the shared opening and ending are dropped first (they
    never change the distance). What is left then differs in its first and its last
    letter, so within one edit only if it is one letter each, and within two only if one
    edit at each end leaves the same middle; a larger ``limit`` fills the diagonal band
    of width ``limit`` of the table only (a path leaving it costs more than ``limit``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    i, n = 0, min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j, n = 0, n - i
    while j < n and a[-1 - j] == b[-1 - j]:
        j += 1
    a, b = a[i:len(a) - j], b[i:len(b) - j]
    over = limit + 1
    if not a or not b:
        return len(a) + len(b)  # within the limit: the lengths differ by at most ``limit``
    la, lb = len(a), len(b)
    if la == lb == 1:
        return 1
    if limit <= 1:  # now both open and end differently: one edit mends that only for one letter each
        return over
    if limit == 2:
        # two edits: one at the opening and one at the end (each a change, a letter
        # dropped or one added), and what lies between them the same on both sides
        for fa, fb in _END_EDITS:
            for ba, bb in _END_EDITS:
                if la - fa - ba == lb - fb - bb >= 0 and a[fa:la - ba] == b[fb:lb - bb]:
                    return 2
        return over
    prev = [k if k <= limit else over for k in range(lb + 1)]
    for i, ca in enumerate(a, 1):
        lo, hi = max(1, i - limit), min(lb, i + limit)
        cur = [over] * (lb + 1)
        if i <= limit:
            cur[0] = i
        best = cur[0]
        for k in range(lo, hi + 1):
            d = min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (ca != b[k - 1]))
            cur[k] = d if d < over else over
            if d < best:
                best = d
        if best > limit:
            return over
        prev = cur
    return prev[lb]


def nickname_groups(table: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """{"pete": {"peter", "pete"}, ...}: every form maps to its whole group."""
    out: dict[str, set[str]] = {}
    for full, shorts in table.items():
        group = {fold(full)} | {fold(s) for s in shorts}
        for form in group:
            out.setdefault(form, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def first_names_compatible(a: str, b: str, nicknames: Mapping[str, frozenset[str]]) -> bool:
    """Same first name, an initial of it, or a known nickname pair (Bill/William)."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return b in nicknames.get(a, ()) or a in nicknames.get(b, ())


def typo_close(a: str, b: str) -> bool:
    """One or two letters apart, scaled to length so short names need near-exact."""
    if a == b:
        return True
    limit = 1 if min(len(a), len(b)) < 6 else 2
    return edit_distance(a, b, limit) <= limit


def same_person(
    a: Sequence[str], b: Sequence[str], nicknames: Mapping[str, frozenset[str]], fuzzy: bool = True
) -> bool:
    """Whether two folded token lists can name the same person.

    Surname-only forms match on the surname; full forms need compatible first names
    (nickname, initial) and the same surname, or (``fuzzy``) a surname one or two
    letters off with the same first name.
    """
    if not a or not b:
        return False
    sa, sb = a[-1], b[-1]
    surname_same = sa == sb
    if len(a) == 1 or len(b) == 1:
        return surname_same or (fuzzy and len(sa) > 5 and typo_close(sa, sb))
    first_ok = first_names_compatible(a[0], b[0], nicknames)
    if surname_same and first_ok:
        return True
    if fuzzy:
        if first_ok and a[0] == b[0] and typo_close(sa, sb):
            return True
        if surname_same and len(a[0]) > 2 and len(b[0]) > 2 and typo_close(a[0], b[0]):
            return True
    return False


def fullest(names: Iterable[str], honorifics: Iterable[str] = ()) -> Optional[str]:
    """The form with the most name words (first seen wins ties)."""
    best: Optional[str] = None
    best_len = -1
    for n in names:
        k = len(name_tokens(n, honorifics))
        if k > best_len:
            best, best_len = n, k
    return best
