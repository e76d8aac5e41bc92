"""Zones listed together of which only one opens with a place (彰濱工業區、全興工業區、芳苑工業區): all of the list (twn20b).

kg.extract.zones.listed names a zone the vocabulary does not know when a mate next to it in the list opens with a place;
a Taiwan county lists its industrial zones by short names jieba does not know as places (全興, 芳苑), so the place that
makes the list one of zones may stand two items away. A list names things of one kind: the place carries along it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

Item = tuple[int, int]


def chained(items: Sequence[Item], opens_placed: Callable[[Item], bool], next_to: Callable[[Item, Item], bool]) -> set[Item]:
    """The items linked, each next to the one before in the list, to an item that opens with a place."""
    placed = {item for item in items if opens_placed(item)}
    grown = True
    while grown:  # a list holds a handful of items: a few passes
        grown = False
        for item in items:
            if item not in placed and any(next_to(item, other) for other in placed):
                placed.add(item)
                grown = True
    return placed
