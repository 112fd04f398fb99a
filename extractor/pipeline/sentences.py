"""The sentences the decision components (resolutions, figures, actions) cut alike.

One splitter for the three, so a figure, a resolution and an action read from the same
sentence agree on its bounds; its abbreviations are pattern data in
``models/minutes/sentences/patterns.json``. Every line break ends a sentence (see
``text_lines.SentenceSplitter``), which the components rely on to cut only the lines
their pre-scans hit.
"""

from __future__ import annotations

from .patterns import default_patterns
from .text_lines import SentenceSplitter, abbreviation_tails, decision_abbreviation_regex

_ABBREVIATIONS = default_patterns("sentences").get("abbreviations", [])
sentences = SentenceSplitter(decision_abbreviation_regex(_ABBREVIATIONS), tails=abbreviation_tails(_ABBREVIATIONS))
