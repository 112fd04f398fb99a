"""The pipeline's tokenizer: spaCy's English tokenizer that also remembers the text.

Every component reads the document as one string, and spaCy's ``Doc.text`` rebuilds
that string from all the tokens on each access (about 12% of the pipeline's time even
when done once per Doc). The tokenizer already holds the exact string (spaCy's
tokenisation is non-destructive, so ``doc.text == text``), so it hands it to
``spans.doc_text`` instead.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from .affix_gates import gated
from .lexeme_attrs import faster_getters
from .spans import remember_text


MAX_LENGTH = 200_000_000  # characters


# spaCy strips prefixes, suffixes and infixes from a run of non-space characters one at
# a time, re-searching the rest each time: quadratic in the run's length when it is made
# of punctuation ("£" * 4,000 took 17 s; found by the property tests). Such runs, and no
# ordinary word or URL, are cut into pieces tokenised one by one.
LONG_RUN = re.compile(r"\S{64,}")
_PIECE = 32
_AFFIX_PRONE = re.compile(r"[^\w/.\-~@]")
_AFFIX_PRONE_MIN = 16  # a run with fewer such characters tokenises quickly


def _gated_property(kind: str) -> property:
    """The tokenizer's ``kind`` search, stored behind its ``affix_gates`` gate."""
    plain = getattr(Tokenizer, kind)
    return property(plain.__get__, lambda self, fn: plain.__set__(self, gated(kind, fn)), doc=plain.__doc__)


class TextKeepingTokenizer(Tokenizer):
    """``spacy.Tokenizer`` whose Docs come with their text already cached, and whose prefix,
    suffix, infix and URL searches answer "no match" at once for strings that cannot
    match (``affix_gates``: the same tokens in about half the time for unseen words)."""

    # Every way the four searches are set (the constructor, loading a saved pipeline,
    # unpickling in a worker, a user's assignment) passes through these properties, which
    # put the gate in front; spaCy sets them before its special cases when it loads, so
    # no extra reload of those (about 0.07 s each) is paid.
    prefix_search = _gated_property("prefix_search")
    suffix_search = _gated_property("suffix_search")
    infix_finditer = _gated_property("infix_finditer")
    url_match = _gated_property("url_match")

    def __call__(self, string: str) -> Doc:
        runs = [m for m in LONG_RUN.finditer(string) if len(_AFFIX_PRONE.findall(m.group())) >= _AFFIX_PRONE_MIN] \
            if len(string) >= 64 and LONG_RUN.search(string) else []
        doc = self._in_pieces(string, runs) if runs else super().__call__(string)
        remember_text(doc, string)
        return doc

    def _in_pieces(self, string: str, runs: list[re.Match[str]]) -> Doc:
        """The text tokenised with each run in ``runs`` cut into pieces of _PIECE characters
        (tokens never cross a cut); the same tokens as spaCy's everywhere else."""
        parts: list[str] = []
        pos = 0
        for run in runs:
            parts.append(string[pos:run.start()])
            parts.extend(string[i:min(i + _PIECE, run.end())] for i in range(run.start(), run.end(), _PIECE))
            pos = run.end()
        parts.append(string[pos:])
        docs = [super(TextKeepingTokenizer, self).__call__(part) for part in parts if part]
        return Doc.from_docs(docs, ensure_whitespace=False)


@registry.tokenizers("minutes.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Same rules as ``spacy.Tokenizer.v1`` (the language defaults), same output."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        # spaCy refuses texts over 1,000,000 characters by default, a guard for parsers
        # and NER (about 1 GB per 100,000 characters). This pipeline has neither; its
        # memory grows by a few hundred bytes a token, and a 300-page agenda pack can be
        # longer than that. ``minutes extract --max-size`` is the guard users set.
        nlp.max_length = MAX_LENGTH
        # the same lexeme attributes, computed faster for each new word (``lexeme_attrs``)
        nlp.vocab.lex_attr_getters = faster_getters(nlp.vocab.lex_attr_getters)
        d = nlp.Defaults
        return TextKeepingTokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=util.compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return tokenizer_factory
