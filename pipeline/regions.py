"""Administrative divisions: the province, prefecture-level city and 6-digit code (GB/T 2260)
of a place named in a notice, from the division table that the `cpca` package maintains.

cpca reads short forms too (`安徽淮北` -> 安徽省 淮北市), so a database's source tag names
a place as well as an issuer's full name does. A county-level name that several provinces
share (朝阳区) is located only when its province or city is named with it.
"""
from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Division:
    name: str  # the most specific division named (淮北市, 金寨县)
    province: str | None
    prefecture: str | None  # null for a province-level body and under a municipality
    adcode: str


@functools.cache
def _table():
    """cpca's division table (import deferred: it builds its matcher on import, ~0.5 s)."""
    import warnings

    with warnings.catch_warnings():  # cpca 0.5.5 finds its table through pkg_resources
        warnings.simplefilter("ignore", DeprecationWarning)
        import cpca

    by_name: dict[str, list[str]] = defaultdict(list)
    for code, info in cpca.ad_2_addr_dict.items():
        by_name[info.name].append(code[:6])
    return cpca, by_name


def is_division(name: str | None) -> bool:
    """Whether `name` is the full name of a division (鞍山市, 碑林区), not just ends like one."""
    return bool(name) and name in _table()[1]


def _value(x) -> str | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return str(x)


@functools.lru_cache(maxsize=4096)
def locate(text: str | None) -> Division | None:
    """The division named at the start of `text` (a region, an issuer's name, a source tag)."""
    if not text:
        return None
    cpca, by_name = _table()
    row = cpca.transform([text]).iloc[0]
    province, city, county, adcode = (_value(row[k]) for k in ("省", "市", "区", "adcode"))
    if not adcode:
        return None
    name = county or (city if city and city != "市辖区" else None) or province
    if county and len(by_name.get(county, ())) > 1 and not _names_higher_level(text, province, city):
        return None  # 朝阳区 alone: Beijing's or Changchun's
    prefecture = city if city and city != "市辖区" and city != province else None
    return Division(name, province, prefecture, adcode[:6])


def _names_higher_level(text: str, province: str | None, city: str | None) -> bool:
    short = [n for n in (province, city) if n and n != "市辖区"]
    return any(n[:2] in text for n in short)
