"""Text of Word 97-2003 `.doc` and Kingsoft `.wps` files, read from their binary format.

Both are OLE2 compound files with a `WordDocument` stream ([MS-DOC]); WPS Office writes its
`.wps` in the same layout. The text lives in pieces that the piece table (the `Clx` in the
`0Table` or `1Table` stream) maps from character positions to file offsets, each piece either
UTF-16LE or 8-bit cp1252 ("compressed"). Only the main document is read (the first `ccpText`
characters): headers, footers, footnotes and comments follow it and are left out. Field
codes (`HYPERLINK …`, `PAGE`) are dropped and their results kept; cell and row marks end a
line. A pure Python reader, measured against antiword, catdoc and LibreOffice in
`benchmarks/doc_readers.py`: it needs no system package and reads what they read.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

# Offsets in the File Information Block ([MS-DOC] 2.5.1).
_FIB_IDENT = 0x0000
_FIB_FLAGS = 0x000A
_FIB_CCP_TEXT = 0x004C
_FIB_FC_CLX = 0x01A2
_WORD_IDENTS = (0xA5EC, 0xA5DC)
_FLAG_ENCRYPTED = 0x0100
_FLAG_TABLE_1 = 0x0200
_COMPRESSED = 0x40000000

# Special characters of the text stream ([MS-DOC] 2.8.26 and 2.4.x).
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_LINE_ENDS = {"\r": "\n", "\x07": "\n", "\x0b": "\n", "\x0c": "\n"}
_DROPPED = {"\x01", "\x02", "\x03", "\x04", "\x05", "\x08", "\x1f"}
_REPLACED = {"\x1e": "-", "\xa0": " ", "\t": " "}


class WordFileError(ValueError):
    """A Word 97 document that is broken: its streams or piece table cannot be read."""


class NotWordFile(WordFileError):
    """Bytes in another format: not OLE2, OLE2 without a Word 97 text stream, or encrypted."""


@dataclass(frozen=True)
class Piece:
    """A run of the document's text: character positions and where its bytes are."""

    cp_start: int
    cp_end: int
    offset: int
    compressed: bool


def word_document_text(body: bytes) -> str:
    """The main document's text, one paragraph per line.

    Raises:
        NotWordFile: not an OLE2 file with a Word 97 `WordDocument` stream, or encrypted.
        WordFileError: a broken compound file or piece table.
    """
    import olefile  # only the few .doc/.wps attachments need it

    if not olefile.isOleFile(io.BytesIO(body)):
        raise NotWordFile("not an OLE2 compound file")
    try:
        with olefile.OleFileIO(io.BytesIO(body)) as ole:
            if not ole.exists("WordDocument"):
                raise NotWordFile("no WordDocument stream: not a Word 97 format file")
            document = ole.openstream("WordDocument").read()
            flags = _u16(document, _FIB_FLAGS)
            if flags & _FLAG_ENCRYPTED:
                raise NotWordFile("the document is encrypted")
            table_name = "1Table" if flags & _FLAG_TABLE_1 else "0Table"
            if not ole.exists(table_name):
                raise WordFileError(f"no {table_name} stream")
            table = ole.openstream(table_name).read()
    except WordFileError:
        raise
    except (OSError, ValueError, struct.error) as error:  # olefile's ways of saying "broken"
        raise WordFileError(f"broken compound file: {error}") from error
    if _u16(document, _FIB_IDENT) not in _WORD_IDENTS:
        raise NotWordFile("the WordDocument stream has no Word 97 header")
    main_length = _u32(document, _FIB_CCP_TEXT)
    clx_offset, clx_length = _u32(document, _FIB_FC_CLX), _u32(document, _FIB_FC_CLX + 4)
    pieces = piece_table(table[clx_offset:clx_offset + clx_length])
    raw = "".join(_piece_text(document, piece, main_length) for piece in pieces)
    return clean_word_text(raw)


def piece_table(clx: bytes) -> list[Piece]:
    """The pieces of a `Clx`: property runs (0x01) are skipped, then the `Pcdt` (0x02)."""
    position = 0
    while position < len(clx) and clx[position] == 0x01:
        position += 3 + _u16(clx, position + 1)
    if position >= len(clx) or clx[position] != 0x02:
        raise WordFileError("no piece table in the Clx")
    length = _u32(clx, position + 1)
    plc = clx[position + 5:position + 5 + length]
    # (n + 1) character positions of 4 bytes, then n piece descriptors of 8 bytes.
    count = (len(plc) - 4) // 12
    if count <= 0 or len(plc) != count * 12 + 4:
        raise WordFileError("the piece table has a wrong size")
    positions = struct.unpack_from(f"<{count + 1}I", plc)
    pieces = []
    for n in range(count):
        file_offset = _u32(plc, 4 * (count + 1) + 8 * n + 2)
        compressed = bool(file_offset & _COMPRESSED)
        offset = (file_offset & ~_COMPRESSED) // 2 if compressed else file_offset
        pieces.append(Piece(positions[n], positions[n + 1], offset, compressed))
    return pieces


def _piece_text(document: bytes, piece: Piece, main_length: int) -> str:
    """The characters of `piece` that belong to the main document."""
    end = min(piece.cp_end, main_length)
    count = end - piece.cp_start
    if count <= 0:
        return ""
    if piece.compressed:
        return document[piece.offset:piece.offset + count].decode("cp1252", errors="replace")
    return document[piece.offset:piece.offset + 2 * count].decode("utf-16-le", errors="replace")


def clean_word_text(raw: str) -> str:
    """Word's text stream to plain lines: field codes dropped, marks turned into line ends."""
    out: list[str] = []
    # Each open field: True while its code (before the separator) is being skipped.
    fields: list[bool] = []
    for char in raw:
        if char == _FIELD_BEGIN:
            fields.append(True)
        elif char == _FIELD_SEPARATOR:
            if fields:
                fields[-1] = False
        elif char == _FIELD_END:
            if fields:
                fields.pop()
        elif any(fields):
            continue
        elif char in _LINE_ENDS:
            out.append(_LINE_ENDS[char])
        elif char in _DROPPED:
            continue
        else:
            out.append(_REPLACED.get(char, char))
    lines = (line.strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def _u16(data: bytes, offset: int) -> int:
    if offset + 2 > len(data):
        raise WordFileError("the file is cut short")
    return struct.unpack_from("<H", data, offset)[0]


def _u32(data: bytes, offset: int) -> int:
    if offset + 4 > len(data):
        raise WordFileError("the file is cut short")
    return struct.unpack_from("<I", data, offset)[0]
