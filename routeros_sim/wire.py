"""RouterOS API wire format: length-prefixed words grouped into sentences.

A sentence is a sequence of words terminated by a zero-length word.  Each word
is preceded by its length in a variable-size (1-5 byte) big-endian encoding;
the number of leading 1-bits of the first byte says how many bytes follow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

# utf-8 matches what a client configured with encoding="utf-8" sends, and
# surrogateescape lets arbitrary non-UTF-8 bytes survive a decode/encode round trip
# (RouterOS itself treats words as opaque bytes).
ENCODING = "utf-8"
ERRORS = "surrogateescape"

# Refuse absurd words instead of trying to allocate them: a corrupt prefix could
# otherwise announce a multi-gigabyte word.
MAX_WORD_LENGTH = 64 * 1024 * 1024

END_OF_SENTENCE = b"\x00"


class WireError(Exception):
    """The peer sent bytes that are not a valid API sentence."""


# Most words are short; a lookup table avoids int.to_bytes in the hot path.
_SHORT_PREFIX = [bytes((n,)) for n in range(0x80)]


def encode_length(length: int) -> bytes:
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return _SHORT_PREFIX[length]
    if length < 0x4000:
        return (length | 0x8000).to_bytes(2, "big")
    if length < 0x200000:
        return (length | 0xC00000).to_bytes(3, "big")
    if length < 0x10000000:
        return (length | 0xE0000000).to_bytes(4, "big")
    if length <= 0xFFFFFFFF:
        return b"\xf0" + length.to_bytes(4, "big")
    raise ValueError(f"word too long for the API encoding: {length}")


def extra_length_bytes(first: int) -> int:
    """How many bytes follow the first byte of a length prefix."""
    if first < 0x80:
        return 0
    if first < 0xC0:
        return 1
    if first < 0xE0:
        return 2
    if first < 0xF0:
        return 3
    if first == 0xF0:
        return 4
    # 0xF8-0xFF are reserved for control bytes that RouterOS never defined for
    # clients; anything else above 0xF0 is simply invalid.
    raise WireError(f"invalid length prefix byte 0x{first:02X}")


def decode_length(prefix: bytes) -> int:
    """Decode a complete length prefix (as produced by encode_length)."""
    first = prefix[0]
    extra = extra_length_bytes(first)
    if len(prefix) != extra + 1:
        raise WireError(f"length prefix should be {extra + 1} bytes, got {len(prefix)}")
    if extra == 0:
        return first
    if extra == 4:
        return int.from_bytes(prefix[1:], "big")
    # Mask off the leading marker bits (1, 2 or 3 of them) of the first byte.
    value = int.from_bytes(prefix, "big")
    marker_bits = extra + 1
    return value & ((1 << (8 * (extra + 1) - marker_bits)) - 1)


def encode_word(word: str | bytes) -> bytes:
    raw = word if isinstance(word, bytes) else word.encode(ENCODING, ERRORS)
    n = len(raw)
    return (_SHORT_PREFIX[n] if n < 0x80 else encode_length(n)) + raw


def encode_sentence(words: Iterable[str | bytes]) -> bytes:
    return b"".join(encode_word(w) for w in words) + END_OF_SENTENCE


def encode_reply(
    reply_word: bytes, pairs: Iterable[tuple[str, str]] = (), tag: bytes | None = None
) -> bytes:
    """Encode a reply sentence: the pre-encoded reply word, `=key=value` words, tag.

    `reply_word` and `tag` are already-encoded words so callers can build them
    once per command instead of once per row.
    """
    parts = [reply_word]
    if tag is not None:
        parts.append(tag)
    append = parts.append
    short = _SHORT_PREFIX
    for key, value in pairs:
        raw = f"={key}={value}".encode(ENCODING, ERRORS)
        n = len(raw)
        append(short[n] if n < 0x80 else encode_length(n))
        append(raw)
    append(END_OF_SENTENCE)
    return b"".join(parts)


RE = encode_word("!re")
DONE = encode_word("!done")
TRAP = encode_word("!trap")
FATAL = encode_word("!fatal")


def tag_word(tag: str | None) -> bytes | None:
    return None if tag is None else encode_word(f".tag={tag}")


async def read_word(reader: asyncio.StreamReader) -> bytes:
    first = (await reader.readexactly(1))[0]
    extra = extra_length_bytes(first)
    if extra == 0:
        length = first
    else:
        length = decode_length(bytes((first,)) + await reader.readexactly(extra))
    if length > MAX_WORD_LENGTH:
        raise WireError(f"word of {length} bytes exceeds the simulator limit")
    return await reader.readexactly(length) if length else b""


async def read_sentence(reader: asyncio.StreamReader) -> list[str]:
    """Read words until the empty word.  Raises asyncio.IncompleteReadError on EOF."""
    words: list[str] = []
    while True:
        raw = await read_word(reader)
        if not raw:
            return words
        words.append(raw.decode(ENCODING, ERRORS))
