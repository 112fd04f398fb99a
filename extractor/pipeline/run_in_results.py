"""Items whose heading line also prints the result ("2. Minutes of last meeting. agreed",
"Approval of last year's minutes. Read and approved."): club minutes record the decision
run in after the heading. The line (without its number and final stop) is the resolution's
text (GUIDELINES "Decision text": a run-in heading on the same line is part of it). The
objects and result words are pattern data (``decision_objects``, ``reading_verbs``,
``run_in_results``)."""

from __future__ import annotations

import re
from typing import Any, Optional

from .patterns import alternation
from .word_gate import Gate, necessary_words


class RunInResults:
    """The run-in result lines of an item (compiled once from the patterns)."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        objects = alternation(patterns.get("decision_objects", []))
        results = list(patterns.get("run_in_results", []))
        reading = alternation(patterns.get("reading_verbs", [])) or "(?!)"
        self.enabled = bool(objects and results)
        if not self.enabled:
            return
        self._line = re.compile(
            rf"[ \t]*(?:\d{{1,3}}[.)]?[ \t]*)?(?P<t>(?=[^\n.]{{0,80}}\b(?i:{objects})\b)[A-Z][^.\n]{{2,80}}?\.[ \t]+"
            rf"(?i:(?:(?:{reading})(?:[ \t]*,|[ \t]+and)[ \t]+)?(?:{alternation(results)}))"
            r"(?:[ \t]+as[ \t]+(?:distributed|circulated|presented|read|written|amended|corrected))?)[ \t.]*$")
        self.gate = Gate(necessary_words(results))

    def find(self, text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) of the decision text of each run-in result line among ``lines``."""
        if not self.enabled or not lines:
            return []
        if self.gate.words is not None and not self.gate.hits(text).any_in(lines[0][0], lines[-1][1]):
            return []
        out: list[tuple[int, int]] = []
        for ls, le in lines:
            if le - ls > 140 or text.find(".", ls, le) < 0:
                continue  # a paragraph, or no heading's stop before a result word
            m: Optional[re.Match[str]] = self._line.match(text, ls, le)
            if m is not None:
                out.append((m.start("t"), m.end("t")))
        return out
