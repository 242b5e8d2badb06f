"""An HTML diff of two versions of a report's text, for the report page.

Report texts are one paragraph per line, and Chinese paragraphs are long: the diff pairs
paragraphs with `difflib`, then marks the changed characters inside a replaced paragraph, so
that a revision of one figure shows as that figure, struck and inserted (`<del>`/`<ins>`),
not as a whole paragraph removed and another added. Unchanged paragraphs are left out but for
one of context on each side of a change, cut to a few characters. Pure functions.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from html import escape

CONTEXT_CHARS = 60


@dataclass(frozen=True)
class DiffSummary:
    """A version's change against the previous one, as HTML and counts."""

    html: str
    characters_added: int
    characters_removed: int
    paragraphs_changed: int


def _inline(old: str, new: str) -> tuple[str, int, int]:
    """Character diff of one paragraph pair: HTML, characters added, characters removed."""
    parts: list[str] = []
    added = removed = 0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape(old[i1:i2]))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(old[i1:i2])}</del>")
            removed += i2 - i1
        if j2 > j1:
            parts.append(f"<ins>{escape(new[j1:j2])}</ins>")
            added += j2 - j1
    return "".join(parts), added, removed


def _context(line: str, head: bool) -> str:
    """An unchanged paragraph beside a change, cut to its end nearest to the change."""
    if len(line) <= CONTEXT_CHARS:
        return escape(line)
    return "…" + escape(line[-CONTEXT_CHARS:]) if head else escape(line[:CONTEXT_CHARS]) + "…"


def diff_versions(old_text: str, new_text: str) -> DiffSummary:
    """The change from `old_text` to `new_text`, paragraph by paragraph, as an HTML fragment.

    Returns:
        A `DiffSummary` whose `html` is a `<div class="diff">` of `<p>` paragraphs: changed
        ones with `<del>`/`<ins>` marks, their neighbours as context (`class="context"`).
    """
    old_lines = [line for line in old_text.split("\n") if line.strip()]
    new_lines = [line for line in new_text.split("\n") if line.strip()]
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    blocks: list[str] = []
    added = removed = changed = 0
    for group in matcher.get_grouped_opcodes(1):
        paragraphs: list[str] = []
        for position, (tag, i1, i2, j1, j2) in enumerate(group):
            if tag == "equal":
                # Context before a change shows its paragraph's end, after it its start.
                paragraphs.extend(f'<p class="context">{_context(line, position == 0)}</p>'
                                  for line in old_lines[i1:i2])
                continue
            olds, news = old_lines[i1:i2], new_lines[j1:j2]
            for old, new in zip(olds, news, strict=False):
                html, plus, minus = _inline(old, new)
                paragraphs.append(f'<p class="changed">{html}</p>')
                added, removed, changed = added + plus, removed + minus, changed + 1
            for old in olds[len(news):]:
                paragraphs.append(f'<p class="changed"><del>{escape(old)}</del></p>')
                removed, changed = removed + len(old), changed + 1
            for new in news[len(olds):]:
                paragraphs.append(f'<p class="changed"><ins>{escape(new)}</ins></p>')
                added, changed = added + len(new), changed + 1
        blocks.append('<div class="hunk">' + "".join(paragraphs) + "</div>")
    if not blocks:
        blocks.append('<p class="context">(no change in the text; only its spacing or copy)</p>')
    return DiffSummary('<div class="diff">' + "".join(blocks) + "</div>", added, removed, changed)
