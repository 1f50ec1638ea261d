"""Text that remembers where every character came from in the raw file.

Every cleaning step rewrites a `MappedText` into a new one; each clean character keeps
the raw span `[start, end)` it was made from, so any clean span maps back to the raw
file exactly (the contract's offsets are raw offsets), and any raw offset maps forward.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    """A clean string with, per character, the raw span it stands for."""

    text: str
    starts: array  # raw start offset of each clean character
    ends: array  # raw end offset (exclusive) of each clean character

    @classmethod
    def from_raw(cls, raw: str, start: int = 0, end: int | None = None) -> MappedText:
        """The identity mapping of `raw[start:end]`."""
        end = len(raw) if end is None else end
        return cls(raw[start:end], array("l", range(start, end)), array("l", range(start + 1, end + 1)))

    @classmethod
    def empty(cls) -> MappedText:
        return cls("", array("l"), array("l"))

    @classmethod
    def concat(cls, parts: Iterable[MappedText]) -> MappedText:
        parts = list(parts)
        starts, ends = array("l"), array("l")
        for part in parts:
            starts.extend(part.starts)
            ends.extend(part.ends)
        return cls("".join(p.text for p in parts), starts, ends)

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, key: slice) -> MappedText:
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("MappedText supports contiguous slices only")
        return MappedText(self.text[key], self.starts[key], self.ends[key])

    def strip(self) -> MappedText:
        """Without leading and trailing whitespace (as `str.strip`), still mapped."""
        lead = len(self.text) - len(self.text.lstrip())
        return self[lead : len(self.text.rstrip())]

    def inserted(self, text: str, at_raw: int) -> MappedText:
        """`text` as synthetic characters that map to the empty raw span at `at_raw`."""
        n = len(text)
        return MappedText(text, array("l", [at_raw] * n), array("l", [at_raw] * n))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covered by the clean span `[start, end)`."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"clean span {start}:{end} outside 0:{len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else (self.ends[-1] if self.text else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def clean_index(self, raw_offset: int) -> int:
        """The first clean character whose raw span ends after `raw_offset` (bisect, O(log n))."""
        return bisect_right(self.ends, raw_offset)

    def clean_span(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """The clean characters made from raw characters inside `[raw_start, raw_end)`."""
        return bisect_left(self.starts, raw_start), bisect_left(self.starts, raw_end)

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> tuple[MappedText, int]:
        """`re.sub` that keeps the map. Returns the new text and the number of changes.

        A replacement of the same length maps character by character; otherwise each new
        character maps to the whole raw span of the match (an empty replacement drops it).
        """
        pieces: list[MappedText] = []
        last, count = 0, 0
        for match in pattern.finditer(self.text):
            new = repl(match) if callable(repl) else match.expand(repl)
            s, e = match.span()
            if new == match.group(0):
                continue
            pieces.append(self[last:s])
            pieces.append(self._replacement(s, e, new))
            last, count = e, count + 1
        if not count:
            return self, 0
        pieces.append(self[last:])
        return MappedText.concat(pieces), count

    def _replacement(self, s: int, e: int, new: str) -> MappedText:
        if len(new) == e - s:
            return MappedText(new, self.starts[s:e], self.ends[s:e])
        if s == e:
            return self.inserted(new, self.starts[s] if s < len(self.text) else self.ends[-1])
        kept = _subsequence_positions(self.text[s:e], new)
        if kept is not None:
            return MappedText(new, array("l", (self.starts[s + i] for i in kept)), array("l", (self.ends[s + i] for i in kept)))
        raw_s, raw_e = self.starts[s], self.ends[e - 1]
        n = len(new)
        return MappedText(new, array("l", [raw_s] * n), array("l", [raw_e] * n))


def _subsequence_positions(old: str, new: str) -> list[int] | None:
    """Where each character of `new` stands in `old`, when `new` only deletes from `old`."""
    positions, i = [], 0
    for ch in new:
        i = old.find(ch, i)
        if i < 0:
            return None
        positions.append(i)
        i += 1
    return positions
