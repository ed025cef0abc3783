"""Parquet files put together from row groups encoded apart.

A table is written a batch of documents at a time; each batch is encoded on its own into a
small Parquet file (`encode`), and the table's file is those files' row groups one after
another under one footer (`RowGroupFile`). An encoded batch can so be kept in the rerun
cache and copied as it is into the next run's file, byte for byte, instead of being
decoded and encoded again: a rerun costs the batches that changed.

Moving a row group only changes where its pages lie: the footer (Thrift compact protocol)
is read field by field, its byte offsets shifted, and written back with every other field
as it was. Page indexes and bloom filters, which would lie outside the row groups, are not
written (pyarrow's defaults); a part that has them is refused.
"""
from __future__ import annotations

import struct
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

MAGIC = b"PAR1"


def encode(table: pa.Table) -> bytes:
    """`table` as a Parquet file in memory: its row groups for `RowGroupFile.append`."""
    sink = pa.BufferOutputStream()
    with pq.ParquetWriter(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


class RowGroupFile:
    """A Parquet file written part by part: each part's row groups appended in order. Only
    the row groups' footers are held until `close`."""

    def __init__(self, path: Path):
        self.file = open(path, "wb")
        self.file.write(MAGIC)
        self.offset = len(MAGIC)
        self.head: list | None = None  # the first part's footer: schema, key-value metadata
        self.row_groups: list[bytes] = []  # each one's footer, encoded
        self.rows = 0

    def append(self, part: bytes) -> None:
        footer, data = _split(part)
        if self.head is None:
            self.head = footer
        elif any(_get(footer, f) != _get(self.head, f) for f in _FILE_SCHEMA):
            raise ValueError("row groups of different schemas cannot share a file")
        for group in _get(footer, _FILE_ROW_GROUPS, (_STRUCT, []))[1]:
            if _get(group, _GROUP_ROWS) == 0:
                continue
            _shift(group, self.offset - len(MAGIC), len(self.row_groups))
            self.row_groups.append(_encode_struct(group))  # as bytes: a tenth of the memory
            self.rows += _get(group, _GROUP_ROWS)
        self.file.write(data)
        self.offset += len(data)

    def close(self) -> None:
        footer = [list(field) for field in self.head]
        _set(footer, _FILE_ROWS, self.rows)
        _set(footer, _FILE_ROW_GROUPS, (_STRUCT, self.row_groups))
        encoded = _encode_struct(footer)
        self.file.write(encoded + struct.pack("<I", len(encoded)) + MAGIC)
        self.file.close()

    def abandon(self) -> None:
        self.file.close()


def _split(part: bytes) -> tuple[list, bytes]:
    """A Parquet file's footer (decoded) and the bytes of its row groups."""
    if part[:4] != MAGIC or part[-4:] != MAGIC:
        raise ValueError("not a Parquet file")
    length = struct.unpack("<I", part[-8:-4])[0]
    start = len(part) - 8 - length
    footer = _Reader(part[start:-8]).struct()
    return footer, part[len(MAGIC):start]


# Thrift field ids of parquet.thrift
_FILE_ROWS, _FILE_ROW_GROUPS, _FILE_SCHEMA = 3, 4, (2, 5)  # FileMetaData (5: Arrow's schema)
_GROUP_COLUMNS, _GROUP_ROWS, _GROUP_OFFSET, _GROUP_ORDINAL = 1, 3, 5, 7  # RowGroup
_CHUNK_OFFSET, _CHUNK_META, _CHUNK_OUTSIDE = 2, 3, (4, 6)  # ColumnChunk (4, 6: page indexes)
_META_OFFSETS, _META_BLOOM = (9, 10, 11), 14  # ColumnMetaData: data, index, dictionary pages


def _shift(group: list, by: int, ordinal: int) -> None:
    """A row group's offsets moved `by` bytes further into the file; its ordinal set."""
    _add(group, _GROUP_OFFSET, by)
    if _get(group, _GROUP_ORDINAL) is not None:
        _set(group, _GROUP_ORDINAL, ordinal)
    for chunk in _get(group, _GROUP_COLUMNS)[1]:
        meta = _get(chunk, _CHUNK_META)
        if any(_get(chunk, f) is not None for f in _CHUNK_OUTSIDE) or _get(meta, _META_BLOOM) is not None:
            raise ValueError("page indexes or bloom filters lie outside the row group")
        _add(chunk, _CHUNK_OFFSET, by)
        for field in _META_OFFSETS:
            _add(meta, field, by)


def _get(fields: list, fid: int, default=None):
    for field in fields:
        if field[0] == fid:
            return field[2]
    return default


def _set(fields: list, fid: int, value) -> None:
    for field in fields:
        if field[0] == fid:
            field[2] = value
            return
    raise KeyError(fid)


def _add(fields: list, fid: int, by: int) -> None:
    for field in fields:
        if field[0] == fid and field[2]:  # 0: not an offset (an unset deprecated one)
            field[2] += by


# ------------------------------------------------------------------ Thrift compact protocol
# A struct is a list of [field id, type, value], kept in the order read, so that writing it
# back gives the same bytes (or, to be written, the bytes of one encoded already). Lists are
# (element type, [values]), maps (key type, value type, [(key, value)]).
_TRUE, _FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(1, 13)


class _Reader:
    # Bytes are read inline (no method call per byte): a footer has tens of thousands.
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def byte(self) -> int:
        self.pos += 1
        return self.data[self.pos - 1]

    def varint(self) -> int:
        data, pos = self.data, self.pos
        result = shift = 0
        while True:
            b = data[pos]
            pos += 1
            result |= (b & 0x7F) << shift
            if b < 0x80:
                self.pos = pos
                return result
            shift += 7

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def struct(self) -> list:
        fields, last, data = [], 0, self.data
        while True:
            header = data[self.pos]
            self.pos += 1
            kind = header & 0x0F
            if kind == 0:
                return fields
            delta = header >> 4
            fid = last + delta if delta else self.zigzag()
            if kind == _TRUE or kind == _FALSE:
                value = kind == _TRUE
            elif kind == _I32 or kind == _I64 or kind == _I16:
                value = self.zigzag()
            elif kind == _STRUCT:
                value = self.struct()
            elif kind == _BINARY:
                n = self.varint()
                value = data[self.pos:self.pos + n]
                self.pos += n
            else:
                value = self.value(kind)
            fields.append([fid, kind, value])
            last = fid

    def value(self, kind: int):
        if kind == _BYTE:
            return self.byte()
        if kind in (_I16, _I32, _I64):
            return self.zigzag()
        if kind == _DOUBLE:
            self.pos += 8
            return self.data[self.pos - 8:self.pos]
        if kind == _BINARY:
            n = self.varint()
            self.pos += n
            return self.data[self.pos - n:self.pos]
        if kind in (_LIST, _SET):
            header = self.byte()
            size, element = header >> 4, header & 0x0F
            if size == 15:
                size = self.varint()
            if element in (_TRUE, _FALSE):  # booleans in a list: one byte each
                return element, [self.byte() for _ in range(size)]
            if element == _STRUCT:
                return element, [self.struct() for _ in range(size)]
            return element, [self.value(element) for _ in range(size)]
        if kind == _MAP:
            size = self.varint()
            if not size:
                return 0, 0, []
            types = self.byte()
            k, v = types >> 4, types & 0x0F
            return k, v, [(self.value(k), self.value(v)) for _ in range(size)]
        if kind == _STRUCT:
            return self.struct()
        raise ValueError(f"unknown Thrift type {kind}")


# Written into a bytearray, a byte at a time by append (a bytes object per byte cost twice as much).
def _varint(n: int, out: bytearray) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _zigzag(n: int, out: bytearray) -> None:
    _varint((n << 1) ^ (n >> 63), out)


def _encode_struct(fields: list) -> bytes:
    out = bytearray()
    _write_struct(fields, out)
    return bytes(out)


def _write_struct(fields: list, out: bytearray) -> None:
    last = 0
    for fid, kind, value in fields:
        if kind == _TRUE or kind == _FALSE:
            kind = _TRUE if value else _FALSE
        if 0 < fid - last <= 15:
            out.append((fid - last) << 4 | kind)
        else:
            out.append(kind)
            _zigzag(fid, out)
        if kind == _I32 or kind == _I64 or kind == _I16:
            _zigzag(value, out)
        elif kind == _STRUCT and not isinstance(value, bytes):
            _write_struct(value, out)
        elif kind != _TRUE and kind != _FALSE:
            _write_value(kind, value, out)
        last = fid
    out.append(0)


def _write_value(kind: int, value, out: bytearray) -> None:
    if kind == _BYTE:
        out.append(value)
    elif kind in (_I16, _I32, _I64):
        _zigzag(value, out)
    elif kind == _DOUBLE:
        out += value
    elif kind == _BINARY:
        _varint(len(value), out)
        out += value
    elif kind in (_LIST, _SET):
        element, values = value
        if len(values) < 15:
            out.append(len(values) << 4 | element)
        else:
            out.append(0xF0 | element)
            _varint(len(values), out)
        for v in values:
            if element in (_TRUE, _FALSE):
                out.append(v)
            else:
                _write_value(element, v, out)
    elif kind == _MAP:
        k, v, pairs = value
        _varint(len(pairs), out)
        if pairs:
            out.append(k << 4 | v)
            for key, val in pairs:
                _write_value(k, key, out)
                _write_value(v, val, out)
    elif kind == _STRUCT:
        if isinstance(value, bytes):  # encoded already
            out += value
        else:
            _write_struct(value, out)
    else:
        raise ValueError(f"unknown Thrift type {kind}")
