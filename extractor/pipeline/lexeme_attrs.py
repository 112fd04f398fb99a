"""Quicker stand-ins, with the same values, for five of spaCy's English lexeme attribute functions.

spaCy computes some twenty attributes (shape, like_num, is_punct, ...) with a Python
function each, once for every new word the vocabulary meets, which an archive of distinct
meetings' names and sums always brings. The pipeline's components read none of them, but a
user of ``extractor.load()`` may, so they are kept, and the five that cost most for what
they do are computed faster (measured on the train+dev words: each other function's
stand-in was no quicker, since spaCy's own loops stop at the first character; ``shape``
by ``translate`` and a regex took twice spaCy's loop):

- ``like_num``: a word of letters only is a number word or an ordinal or nothing (the
  other tests need digits, signs or a slash), looked up in a set instead of two lists:
  3.4x faster;
- ``is_ascii``: ``str.isascii`` instead of a loop over the characters: 17x faster;
- ``like_url``: a word with no full stop that does not open with "http" is no URL
  (spaCy's own tests answer False for it only after several string scans);
- ``like_email``: the e-mail regex only for words holding an "@" (it needs one);
- ``is_punct``: an ASCII word is punctuation when every character is in the set of ASCII
  characters whose Unicode category is punctuation (computed from ``unicodedata``).

Only functions recognised as spaCy's own are replaced (a changed vocabulary keeps its own).
"""

from __future__ import annotations

import unicodedata
from functools import partial
from operator import itemgetter
from typing import Any, Callable, Optional

from spacy import attrs
from spacy.lang import lex_attrs as L
from spacy.lang.en import lex_attrs as EN
from spacy.util import _get_attr_unless_lookup

_NUM_WORDS = frozenset(EN._num_words) | frozenset(EN._ordinal_words)


def like_num_en(text: str) -> bool:
    """``spacy.lang.en.lex_attrs.like_num``, with words of letters only looked up in a set."""
    if text.isalpha():
        return text.lower() in _NUM_WORDS
    return EN.like_num(text)


_ASCII_PUNCT = "".join(c for c in map(chr, range(128)) if unicodedata.category(c).startswith("P"))
_ASCII_CURRENCY = "".join(c for c in map(chr, range(128)) if unicodedata.category(c) == "Sc")


def like_url(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_url``: without a full stop, only an "http://" or
    "https://" opening makes a URL, so other such words are answered at once."""
    if text and "." not in text and not text.startswith("http"):
        return False
    return L.like_url(text)


def like_email(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_email``: its regex needs an "@"."""
    return "@" in text and L.like_email(text)


def is_punct(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_punct``: ASCII text is tested against the ASCII characters
    whose category is punctuation, all at once."""
    if text.isascii():
        return not text.strip(_ASCII_PUNCT)
    return L.is_punct(text)


def _members(fn: Callable[[str], bool]) -> Optional[frozenset[str]]:
    """The strings ``fn`` accepts when it is spaCy's "``text in`` a tuple of strings" test
    (``is_quote``, ``is_bracket``, ...): the tuple, read from the function's own code so
    it is the installed spaCy's; None when the code is not of that shape."""
    tuples = [c for c in fn.__code__.co_consts if isinstance(c, tuple)]
    if len(tuples) != 1 or not tuples[0] or not all(isinstance(x, str) for x in tuples[0]):
        return None
    members = frozenset(tuples[0])
    return members if all(fn(x) for x in members) and not fn("a") else None


def _member_test(fn: Callable[[str], bool]) -> Callable[[str], bool]:
    """``fn`` as a set look-up (its tuple was searched one item at a time, and built on
    each call); ``fn`` itself when it is not a plain tuple test."""
    members = _members(fn)
    return fn if members is None else members.__contains__


def is_currency(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_currency``: ASCII text is currency when every character
    is one whose category is "Sc" (only "$" among ASCII characters)."""
    if text.isascii():
        return not text.strip(_ASCII_CURRENCY)
    return L.is_currency(text)


# spaCy's one-line wrappers of str methods and slices (``def is_alpha(string): return
# string.isalpha()``, ``def suffix(string): return string[-3:]``): the method or an
# ``itemgetter`` gives the same value without a Python call around it
_STR_METHODS: dict[Callable[[str], Any], Callable[[str], Any]] = {
    L.lower: str.lower, L.is_alpha: str.isalpha, L.is_digit: str.isdigit, L.is_lower: str.islower,
    L.is_space: str.isspace, L.is_title: str.istitle, L.is_upper: str.isupper,
    L.prefix: itemgetter(0), L.suffix: itemgetter(slice(-3, None))}


class _Stop:
    """spaCy's ``is_stop`` with its stop list bound (a plain, picklable callable)."""

    def __init__(self, stops: Any) -> None:
        self.stops = stops

    def __call__(self, string: str) -> bool:
        return string.lower() in self.stops


class _Lang:
    """spaCy's ``get_lang`` with its language bound."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, text: str) -> str:
        return self.lang


class _Norm:
    """spaCy's norm: the look-up table's value for the string, else ``default``."""

    def __init__(self, default: Callable[[str], Any], table: dict[str, Any]) -> None:
        self.default, self.table = default, table

    def __call__(self, string: str) -> Any:
        table = self.table
        return table[string] if string in table else self.default(string)


def _unpartial(getter: Callable[[str], Any]) -> Callable[[str], Any]:
    """spaCy's partially applied ``is_stop``, ``get_lang`` and norm look-up as plain
    callables over the same objects (a ``functools.partial`` with keywords costs a few
    times the work these do); any other function as it is."""
    if not isinstance(getter, partial):
        return getter
    fn, args, kw = getter.func, getter.args, getter.keywords
    if fn is L.is_stop and not args and set(kw) == {"stops"}:
        return _Stop(kw["stops"])
    if fn is L.get_lang and not args and set(kw) == {"lang"}:
        return _Lang(kw["lang"])
    if fn is _get_attr_unless_lookup and len(args) == 2 and not kw and isinstance(args[1], tuple) \
            and len(args[1]) == 1 and type(args[1][0]) is dict:
        return _Norm(_STR_METHODS.get(args[0], args[0]), args[1][0])
    return getter


def faster_getters(getters: dict[int, Callable[[str], Any]]) -> dict[int, Callable[[str], Any]]:
    """``getters`` (a vocabulary's ``lex_attr_getters``) with spaCy's ``like_num`` (English),
    ``is_ascii``, ``like_url``, ``like_email``, ``is_punct``, ``is_currency`` and the
    tuple tests replaced by the equal ones above, its wrappers of str methods by the
    methods, and its partially applied functions unwrapped; any other function is kept."""
    out = {attr: _STR_METHODS.get(fn, fn) if not isinstance(fn, partial) else _unpartial(fn)
           for attr, fn in getters.items()}
    for attr, old, new in ((attrs.LIKE_NUM, EN.like_num, like_num_en), (attrs.IS_ASCII, L.is_ascii, str.isascii),
                           (attrs.LIKE_URL, L.like_url, like_url), (attrs.LIKE_EMAIL, L.like_email, like_email),
                           (attrs.IS_PUNCT, L.is_punct, is_punct), (attrs.IS_CURRENCY, L.is_currency, is_currency),
                           (attrs.IS_QUOTE, L.is_quote, _member_test(L.is_quote)),
                           (attrs.IS_LEFT_PUNCT, L.is_left_punct, _member_test(L.is_left_punct)),
                           (attrs.IS_RIGHT_PUNCT, L.is_right_punct, _member_test(L.is_right_punct)),
                           (attrs.IS_BRACKET, L.is_bracket, _member_test(L.is_bracket))):
        if out.get(attr) is old:
            out[attr] = new
    return out
