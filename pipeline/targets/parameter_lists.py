"""The names read for the values of a list (5万元、3万元购房补贴; 普通标准住宅、非普通标准住宅…分别按1.5%、2%…): read for the
whole sentence once each value's own name is read, before any name is built (parameters.built)."""
from __future__ import annotations

from ..document import Document, Parameter
from .context import Found
from .enumerations import groups
from .parameter_members import respective_names
from .parameters import named


def list_names(doc: Document, found: list[Found], params: list[Parameter | None], s: int, e: int) -> None:
    """The names of the values of the sentence's lists, read into `params` in place: a list whose last member names a
    parameter is a list of parameters under its name, and 分别 gives the n-th value its n-th member."""
    _name_lists(doc, found, params, s, e)
    _respective(doc.text, found, params)


def _name_lists(doc: Document, found: list[Found], params: list[Parameter | None], s: int, e: int) -> None:
    """分别按不超过50万元、30万元和10万元的额度: a list whose last member names a parameter
    is a list of parameters."""
    index = {id(f): i for i, f in enumerate(found)}
    for group in groups(doc.text, found):
        last = params[index[id(group[-1])]]
        if last is None:
            continue
        for f in group[:-1]:
            i = index[id(f)]
            if params[i] is None:
                params[i] = named(doc, f, group[-1].read_name(last), doc.text[f.clause_start:f.quantity.start], s, e)
                f.named_by(group[-1])


def _respective(text: str, found: list[Found], params: list[Parameter | None]) -> None:
    """A、B、C…分别x、y、z: the n-th member names the n-th parameter (parameter_members.respective_names)."""
    index = {id(f): i for i, f in enumerate(found)}
    for group in groups(text, found):
        rows = [params[index[id(f)]] for f in group]
        if any(r is None for r in rows) or any(f.clause_start != group[0].clause_start for f in group):
            continue
        names = respective_names(text, group[0].clause_start, group[0].quantity.start,
                                 [f.read_name(r) for f, r in zip(group, rows)])
        for f, name in zip(group, names or []):
            f.name = name
