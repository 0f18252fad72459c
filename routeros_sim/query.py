"""The `?` query language of the RouterOS API `print` command.

RouterOS evaluates query words left to right on a stack of booleans that is
conceptually pre-filled with an infinite number of `true` values; an item
matches when no `false` is left on the stack at the end.  Word forms:

    ?name        push: item has property `name`
    ?-name       push: item does not have property `name`
    ?name=x      push: property equals x   (also written ?=name=x)
    ?<name=x     push: property less than x
    ?>name=x     push: property greater than x
    ?#ops        stack operations, evaluated left to right:
                   !  negate the top value
                   &  pop two, push their AND
                   |  pop two, push their OR
                   .  push a copy of the top value (a no-op right after an index)
                   N  (decimal digits) push a copy of the value N places below the top
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Row = dict[str, str]

_TRUE_WORDS = frozenset({"true", "yes"})
_FALSE_WORDS = frozenset({"false", "no"})


class QueryError(ValueError):
    """A malformed query word; RouterOS answers these with a trap."""


def _same_value(actual: str, wanted: str) -> bool:
    if actual == wanted:
        return True
    # librouteros sends Python booleans as yes/no while properties print as
    # true/false; RouterOS compares the typed value, so both spellings match.
    if actual in _TRUE_WORDS:
        return wanted in _TRUE_WORDS
    if actual in _FALSE_WORDS:
        return wanted in _FALSE_WORDS
    return False


def _as_number(text: str) -> int | None:
    try:
        return int(text, 0) if text[:2].lower() == "0x" else int(text)
    except ValueError:
        return None


def _compare(actual: str, wanted: str) -> int:
    a, b = _as_number(actual), _as_number(wanted)
    if a is not None and b is not None:
        return (a > b) - (a < b)
    return (actual > wanted) - (actual < wanted)


@dataclass(frozen=True)
class _Push:
    test: Callable[[Row], bool]


@dataclass(frozen=True)
class _Ops:
    ops: tuple[tuple[str, int], ...]  # (op, index) where op is "copy", "!", "&", "|", "."


def _parse_ops(text: str) -> _Ops:
    ops: list[tuple[str, int]] = []
    digits = ""
    after_index = False
    for ch in text:
        if ch.isdigit():
            digits += ch
            continue
        if digits:
            ops.append(("copy", int(digits)))
            digits = ""
            after_index = True
        if ch == ".":
            if not after_index:
                ops.append((".", 0))
        elif ch in "!&|":
            ops.append((ch, 0))
        else:
            raise QueryError(f"unknown query operation {ch!r}")
        after_index = False
    if digits:
        ops.append(("copy", int(digits)))
    return _Ops(tuple(ops))


def _parse_word(word: str) -> _Push | _Ops:
    if not word.startswith("?"):
        raise QueryError(f"not a query word: {word!r}")
    body = word[1:]
    if body.startswith("#"):
        return _parse_ops(body[1:])
    if body.startswith("-"):
        name = body[1:]
        if not name:
            raise QueryError("empty property name")
        return _Push(lambda row, n=name: n not in row)
    op = "="
    if body[:1] in ("<", ">"):
        op, body = body[0], body[1:]
    elif body.startswith("="):
        body = body[1:]
    name, sep, value = body.partition("=")
    if not name:
        raise QueryError(f"empty property name in {word!r}")
    if not sep:
        if op != "=":
            raise QueryError(f"comparison without a value: {word!r}")
        return _Push(lambda row, n=name: n in row)
    if op == "=":
        return _Push(lambda row, n=name, v=value: n in row and _same_value(row[n], v))
    sign = -1 if op == "<" else 1
    return _Push(lambda row, n=name, v=value, s=sign: n in row and _compare(row[n], v) == s)


def _top(stack: list[bool], depth: int = 0) -> bool:
    # Values below the explicit stack are the implicit infinite `true`s.
    return stack[-1 - depth] if depth < len(stack) else True


def _pop(stack: list[bool]) -> bool:
    return stack.pop() if stack else True


def compile_query(words: Sequence[str]) -> Callable[[Row], bool] | None:
    """Return a row predicate, or None when there is nothing to filter on."""
    if not words:
        return None
    program = [_parse_word(w) for w in words]

    def matches(row: Row) -> bool:
        stack: list[bool] = []
        for step in program:
            if isinstance(step, _Push):
                stack.append(step.test(row))
                continue
            for op, index in step.ops:
                if op == "copy":
                    stack.append(_top(stack, index))
                elif op == ".":
                    stack.append(_top(stack))
                elif op == "!":
                    stack.append(not _pop(stack))
                else:
                    right, left = _pop(stack), _pop(stack)
                    stack.append((left and right) if op == "&" else (left or right))
        return all(stack)

    return matches
