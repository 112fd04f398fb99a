"""Quick "no" answers for spaCy's tokenizer searches, with the same matches otherwise.

spaCy cuts every run of non-space characters it has not seen before with four regexes:
prefix (``^`` alternatives), suffix (82 alternatives ending in ``$``), infix (look-behinds
over large character classes) and URL. Each is tried at every position of the string, and
a class holding characters beyond U+FFFF is checked range by range: together some 20
microseconds for an ordinary word, most of the time of tokenising a text whose words are
new, which an archive of distinct meetings always is. Yet most strings can match none of
them, and that can be read off the compiled patterns (``re._parser``) once:

- a prefix match starts at the string's first character, so that character must be one
  an alternative can start with;
- a suffix match ends at the end (or before a final newline, where ``$`` also matches),
  so the last character must be one an alternative can end with, and, where that
  alternative says so (a look-behind or a consumed character before the last), the one
  before it too: units such as "m" or "kg" follow a digit, "'s" an apostrophe;
- an infix match starts at some character an alternative can start with;
- a URL match holds a character that every match must hold (the "." of a host name).

A string that fails its test is answered "no match" without running the regex; every
other string gets the regex's own answer, so the tokens are exactly spaCy's. Where a
pattern holds something the reading does not understand (flags, categories such as
``\\w`` at an edge, a negated class, an alternative that may match nothing) that gate is
not made and the plain regex runs, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterator, Optional

try:  # CPython's own regex parser (private; older Pythons name it sre_parse)
    from re import _constants as _C, _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no gates, same results
    _C = _P = None  # type: ignore[assignment]

Chars = frozenset[str]
Item = tuple[Any, Any]
_BAD_FLAGS = re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.LOCALE
_MAX_CHARS = 20_000  # a class larger than this is not enumerated (no gate from it)
_STOP = ("stop", None)  # marks "whatever comes before is not known" in a walk


def _chars(item: Item) -> Optional[Chars]:
    """The characters a one-character item matches (None: not such an item, or not read)."""
    op, av = item
    if op is _C.LITERAL:
        return frozenset(chr(av))
    if op is _C.IN:
        out: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                out.add(chr(a))
            elif o is _C.RANGE and a[1] - a[0] < _MAX_CHARS:
                out.update(map(chr, range(a[0], a[1] + 1)))
            else:  # NEGATE, CATEGORY, a huge range: not read
                return None
            if len(out) > _MAX_CHARS:
                return None
        return frozenset(out)
    return None


def _parse(pattern: re.Pattern[str]) -> Optional[list[Item]]:
    """The parsed items of ``pattern`` (None when it cannot be read safely)."""
    if _P is None or pattern.flags & _BAD_FLAGS:
        return None
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern this Python's parser reads differently
        return None
    if parsed.state.flags & _BAD_FLAGS:  # inline (?i) and the like
        return None
    return list(parsed)


def _inner(item: Item) -> Optional[list[list[Item]]]:
    """The sequences a group, a branch or a repeat of at least one stands for (None: none of those)."""
    op, av = item
    if op is _C.SUBPATTERN:
        _group, add, dele, sub = av
        return None if add or dele else [list(sub)]
    if op is _C.BRANCH:
        return [list(alt) for alt in av[1]]
    return None


def first_chars(items: list[Item]) -> Optional[Chars]:
    """Every character a match of ``items`` can start with (None when not known, or when
    a match may be empty). Zero-width assertions are skipped: they only narrow it."""
    for k, item in enumerate(items):
        op, av = item
        if op in (_C.ASSERT, _C.ASSERT_NOT) or (op is _C.AT and av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING)):
            continue
        if op in (_C.LITERAL, _C.IN):
            return _chars(item)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, _hi, sub = av
            return first_chars(list(sub)) if lo >= 1 else None
        seqs = _inner(item)
        if seqs is None:
            return None
        out: set[str] = set()
        for seq in seqs:
            got = first_chars(seq + items[k + 1:])
            if got is None:
                return None
            out |= got
        return frozenset(out)
    return None


def required_chars(items: list[Item]) -> Optional[Chars]:
    """A set of characters one of which every match of ``items`` holds: the smallest such
    set among the items that must match (None when none is known)."""
    best: Optional[Chars] = None
    for item in items:
        op, av = item
        got: Optional[Chars] = None
        if op in (_C.LITERAL, _C.IN):
            got = _chars(item)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            got = required_chars(list(av[2])) if av[0] >= 1 else None
        else:
            seqs = _inner(item)
            if seqs is not None:
                parts = [required_chars(seq) for seq in seqs]
                got = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        if got is not None and (best is None or len(got) < len(best)):
            best = got
    return best


def _tails(seq: list[Item], acc: tuple[Chars, ...], out: list[tuple[Chars, ...]]) -> bool:
    """Collects in ``out`` the possible endings of a match of ``seq`` followed by ``acc``: up
    to two character sets, the last character's first; a shorter tuple leaves the
    characters before it free. False when the last character is not known."""
    while len(acc) < 2:
        if not seq:
            break
        item = seq[-1]
        op, av = item
        if item is _STOP:
            break
        if op is _C.AT and av in (_C.AT_END, _C.AT_END_STRING) and not acc:
            seq = seq[:-1]
            continue
        if op is _C.ASSERT and av[0] == -1:  # a look-behind: the character before this point
            sub = list(av[1])
            chars = _chars(sub[-1]) if sub else None
            if chars is not None:
                acc = acc + (chars,)
            break
        if op in (_C.ASSERT, _C.ASSERT_NOT):  # a look-ahead or a negative look-behind: skipped
            seq = seq[:-1]
            continue
        if op in (_C.LITERAL, _C.IN):
            chars = _chars(item)
            if chars is None:
                break
            acc = acc + (chars,)
            seq = seq[:-1]
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:  # its last round; what came before: free
            return _tails([_STOP] + list(av[2]), acc, out)
        seqs = _inner(item)
        if seqs is None:
            break
        return all(_tails(seq[:-1] + s, acc, out) for s in seqs)
    if not acc:
        return False
    out.append(acc)
    return True


class _Gate:
    """A compiled pattern and what its gate reads off it; ``ready`` when a gate could be
    made. ``pattern`` is the source, which spaCy reads to save the tokenizer."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        items = _parse(regex)
        self.ready = items is not None and self._read(items)

    def _read(self, items: list[Item]) -> bool:
        raise NotImplementedError


def _top_alternatives(items: list[Item]) -> list[list[Item]]:
    """The alternatives of a pattern: those of its one top-level branch, else the pattern."""
    if len(items) == 1 and items[0][0] is _C.BRANCH:
        return _inner(items[0]) or []
    return [items]


class SuffixSearch(_Gate):
    """``regex.search`` for a suffix pattern (every alternative ends in ``$``), answering
    None at once when the string cannot end a match."""

    _free: Chars
    _before: dict[str, Chars]

    def _read(self, items: list[Item]) -> bool:
        tails: list[tuple[Chars, ...]] = []
        for alt in _top_alternatives(items):
            if not alt or alt[-1] != (_C.AT, _C.AT_END) or not _tails(alt, (), tails):
                return False  # an alternative not anchored at the end, or an unknown last character
        free: set[str] = set()  # last characters whatever comes before
        before: dict[str, set[str]] = {}  # last character -> the characters allowed before it
        for tail in tails:
            if len(tail) == 1:
                free |= tail[0]
            else:
                for c in tail[0]:
                    before.setdefault(c, set()).update(tail[1])
        self._free = frozenset(free)
        self._before = {c: frozenset(v) for c, v in before.items() if c not in free}
        return bool(tails)

    def _may_end(self, string: str, n: int) -> bool:
        """Whether a match can end just after ``string[n - 1]``."""
        c = string[n - 1]
        if c in self._free:
            return True
        prev = self._before.get(c)
        return prev is not None and n >= 2 and string[n - 2] in prev

    def search(self, string: str) -> Optional[re.Match[str]]:
        n = len(string)
        if n and not self._may_end(string, n) and not (n >= 2 and string[-1] == "\n" and self._may_end(string, n - 1)):
            return None
        return self.regex.search(string)


class _SetGate(_Gate):
    """A gate holding one set of characters, read off the pattern by ``_reader``."""

    _chars: Chars
    _reader: Callable[[list[Item]], Optional[Chars]] = staticmethod(first_chars)

    def _read(self, items: list[Item]) -> bool:
        chars = self._reader(items)
        if chars is None:
            return False
        self._chars = chars
        return True


class PrefixSearch(_SetGate):
    """``regex.search`` for a prefix pattern (every alternative starts with ``^``), None at
    once when the first character starts no match."""

    def _read(self, items: list[Item]) -> bool:
        alts = _top_alternatives(items)
        return bool(alts) and all(a and a[0] == (_C.AT, _C.AT_BEGINNING) for a in alts) and super()._read(items)

    def search(self, string: str) -> Optional[re.Match[str]]:
        if string and string[0] not in self._chars:
            return None
        return self.regex.search(string)


class InfixFinditer(_SetGate):
    """``regex.finditer`` for an infix pattern, no matches at once when the string holds no
    character a match can start with."""

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if self._chars.isdisjoint(string):
            return iter(())
        return self.regex.finditer(string)


class UrlMatch(_SetGate):
    """``regex.match`` for the URL pattern, None at once when the string lacks every
    character a match must hold."""

    _reader = staticmethod(required_chars)

    def match(self, string: str) -> Optional[re.Match[str]]:
        if self._chars.isdisjoint(string):
            return None
        return self.regex.match(string)


_GATES: dict[str, tuple[type, str]] = {
    "prefix_search": (PrefixSearch, "search"),
    "suffix_search": (SuffixSearch, "search"),
    "infix_finditer": (InfixFinditer, "finditer"),
    "url_match": (UrlMatch, "match"),
}


def gated(kind: str, fn: Optional[Callable[..., Any]]) -> Optional[Callable[..., Any]]:
    """``fn`` (a tokenizer's ``kind``: a compiled pattern's bound method) behind its gate;
    anything else, or a pattern no gate can be read from, as it is."""
    cls, method = _GATES[kind]
    regex = getattr(fn, "__self__", None)
    if not isinstance(regex, re.Pattern) or getattr(fn, "__name__", "") != method:
        return fn
    gate = _gate(kind, regex.pattern, regex.flags)
    return getattr(gate, method) if gate.ready else fn


@lru_cache(maxsize=16)
def _gate(kind: str, pattern: str, flags: int) -> Any:
    """The gate for a pattern, read once per process (about 0.1 s for the English ones;
    loading a pipeline makes its tokenizer twice)."""
    return _GATES[kind][0](re.compile(pattern, flags))
