"""Does a work-programme topic, agenda line or item title match an action?

Why content words: an action is a sentence ("a summary of library opening
hours be prepared and sent to all members") while a topic is a
heading ("Library opening hours"). Plain token F1 drowns the topic in the
action's verbs, so both sides are reduced to the words that name the subject:
stopwords and the words every report shares (report, update, briefing, ...) are
data in ``words.json``. A short topic wholly inside a long action still matches
through the containment test.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from ..evaluation.matching import token_f1

_APOSTROPHE = re.compile(r"['\u2019\u2018`]s?\b")


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The shipped matching data (read once)."""
    return json.loads(resources.files(__package__).joinpath("words.json").read_text(encoding="utf-8"))


def stem(word: str) -> str:
    """A light plural strip, enough for "seekers"/"seeker" and "exclusions"/"exclusion"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Thresholds:
    f1: float
    containment: float
    min_shared: int
    single_shared_f1: float
    same_commitment_f1: float
    committee_f1: float


@lru_cache(maxsize=1)
def thresholds() -> Thresholds:
    return Thresholds(**words()["thresholds"])


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    data = words()
    return frozenset(stem(w.lower()) for w in data["stopwords"] + data["generic"])


_TOKEN = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=16384)
def content_words(text: Optional[str]) -> frozenset[str]:
    """The subject words of a text: lower-cased, plural-stripped, without stopwords,
    generic report words and bare numbers. An acronym in mixed-case text ("SEND",
    "IT") is always a subject word, even when its lower-case form is a common word."""
    if not text:
        return frozenset()
    text = _APOSTROPHE.sub("", text.replace("&", " and "))
    mixed_case = any(ch.islower() for ch in text)
    ignored = _ignored()
    out = set()
    for raw in _TOKEN.findall(text):
        if len(raw) < 2 or raw.isdigit():
            continue
        token = stem(raw.lower())
        if token not in ignored or (mixed_case and raw.isupper()):
            out.add(token)
    return frozenset(out)


def score_counts(shared: int, size_a: int, size_b: int) -> Optional[float]:
    """The match test on counts alone: ``shared`` subject words out of ``size_a`` and ``size_b``.

    Matches when at least ``min_shared`` subject words are shared and either their F1
    or their containment in the shorter side is high enough; one shared word is enough
    only when the two sides are nearly that word alone. Returns a ranking score or None.
    """
    if not shared or not size_a or not size_b:
        return None
    t = thresholds()
    f1 = 2 * shared / (size_a + size_b)
    containment = shared / min(size_a, size_b)
    if shared >= t.min_shared:
        ok = f1 >= t.f1 or containment >= t.containment
    else:
        ok = f1 >= t.single_shared_f1
    return f1 + containment / 10 if ok else None


def topic_score(a: Optional[str], b: Optional[str]) -> Optional[float]:
    """A ranking score when ``a`` and ``b`` are about the same subject, else None."""
    wa, wb = content_words(a), content_words(b)
    return score_counts(len(wa & wb), len(wa), len(wb))


class TopicIndex:
    """Topics indexed by subject word, so a text is scored only against topics that share
    a word with it (an archive holds thousands of items and programme rows)."""

    def __init__(self, topics: list[Optional[str]]) -> None:
        self.sizes = [len(content_words(t)) for t in topics]
        self.postings: dict[str, list[int]] = {}
        for k, topic in enumerate(topics):
            for word in content_words(topic):
                self.postings.setdefault(word, []).append(k)

    def matches(self, text: Optional[str]) -> dict[int, float]:
        """``{topic index: score}`` of the topics that match ``text``."""
        words_a = content_words(text)
        hits: dict[int, int] = {}
        for word in words_a:
            for k in self.postings.get(word, ()):
                hits[k] = hits.get(k, 0) + 1
        t, size_a, out = thresholds(), len(words_a), {}
        for k, shared in hits.items():
            if shared < t.min_shared and 2 * shared / (size_a + self.sizes[k]) < t.single_shared_f1:
                continue  # the common case, decided without the full test
            score = score_counts(shared, size_a, self.sizes[k])
            if score is not None:
                out[k] = score
        return dict(sorted(out.items()))  # topic order, so ties rank the same every run


def same_commitment(a: str, b: str) -> bool:
    """Two action texts of one meeting record the same commitment (token-set F1, as scored)."""
    return token_f1(a, b) >= thresholds().same_commitment_f1


def same_body(name: Optional[str], committee: str) -> float:
    """How well a body name fits the committee asked for: F1 of their subject words
    (so two "Overview and Scrutiny Committee"s of different remits stay apart), or of
    all words when the committee's name is only generic words ("Cabinet")."""
    if not name:
        return 0.0
    a, b = content_words(name), content_words(committee)
    if b:
        return 2 * len(a & b) / (len(a) + len(b)) if a else 0.0
    return token_f1(name.replace("&", " and "), committee.replace("&", " and "))
