"""Cached catalogue objects as plain JSON data, and back: decoding builds only gri_check's own catalogue types.

Decoding is led by the type the caller expects (and the dataclasses' annotations below it), never by the file:
the data names no class, so a file cannot make the decoder build anything outside ALLOWED, and a value of
the wrong shape raises DecodeError (the cache treats it as a miss). Encoding checks the same types, so what
is written can always be read back (EncodeError otherwise: the value is simply not cached).

Encoding: a dataclass -> the list of its field values in field order; tuple, list, frozenset -> a list;
a compiled pattern -> [pattern, flags]; an enum member where a str is expected -> {"enum": [name, value]};
a dataclass object met again -> {"ref": n}, the n-th dataclass object finished (objects are numbered
after their fields), so the Standard its disclosures share stays one object, as the built catalogue has it.
"""
from __future__ import annotations

import dataclasses
import enum
import functools
import re
import types
import typing
from collections.abc import Callable
from itertools import repeat
from typing import Any

# The only classes a cache entry can become (module.qualname): the objects _build (load.py, crosswalk.py)
# returns, and the types their fields hold.
ALLOWED = frozenset({
    "gri_check.standards.catalogue.Item", "gri_check.standards.catalogue.Standard",
    "gri_check.standards.catalogue.Disclosure", "gri_check.standards.framework.Framework",
    "gri_check.standards.framework.Edition", "gri_check.standards.framework.Claims",
    "gri_check.standards.framework.Wording", "gri_check.standards.notation.Notation",
    "gri_check.standards.notation._Form", "gri_check.standards.crosswalk.Link",
})
ENUMS = frozenset({"gri_check.standards.framework.Provenance"})
_STR = {str}
_FLAGS = int(re.I | re.M | re.S | re.X | re.A | re.U)  # the flags a cached pattern may carry


class DecodeError(ValueError):
    """The data does not have the shape of the expected type."""


class EncodeError(TypeError):
    """The value holds something the codec cannot write (so it is not cached)."""


Refs = list[Any]  # decoding: the dataclass objects built so far, in order


@dataclasses.dataclass
class Memo:
    """Encoding: the number of each dataclass object written (-1 while its fields are being written)."""

    numbers: dict[int, int] = dataclasses.field(default_factory=dict)
    count: int = 0


Decoder = Callable[[Any, Refs], Any]
Encoder = Callable[[Any, Memo], Any]


def decode(data: Any, expect: Any) -> Any:
    """The value of type `expect` that `data` encodes; DecodeError when it does not fit."""
    return _decoder(expect)(data, [])


def encode(value: Any, expect: Any) -> Any:
    """`value` (of type `expect`) as JSON-ready data; EncodeError when it holds anything else."""
    return _encoder(expect)(value, Memo())


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _enum_classes() -> dict[str, type[enum.Enum]]:
    from gri_check.standards.framework import Provenance  # late: crosswalk.py imports the cache, which imports this

    found: dict[str, type[enum.Enum]] = {Provenance.__name__: Provenance}
    assert {_qualname(c) for c in found.values()} == ENUMS
    return found


def _bad(what: str, value: Any) -> DecodeError:
    return DecodeError(f"expected {what}, found {type(value).__name__}")


# --- decoding -------------------------------------------------------------------------------------------------

@functools.cache
def _decoder(tp: Any) -> Decoder:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is str:
        return _dec_str
    if tp is bool or tp is int:
        def scalar(v: Any, refs: Refs, tp: type = tp) -> Any:
            if type(v) is not tp:
                raise _bad(tp.__name__, v)
            return v
        return scalar
    if tp is type(None):
        def none(v: Any, refs: Refs) -> None:
            if v is not None:
                raise _bad("null", v)
        return none
    if origin in (types.UnionType, typing.Union):
        return _dec_union(args)
    if origin is tuple:
        return _dec_tuple(args)
    if origin in (list, frozenset):
        return _dec_list(origin, args[0])
    if origin is re.Pattern:
        return _dec_pattern
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dec_dataclass(tp)
    raise TypeError(f"the cache codec cannot decode {tp!r}")  # a programming error: a new field type


def _dec_str(v: Any, refs: Refs) -> str:
    if type(v) is str:
        return v
    if type(v) is dict and v.keys() == {"enum"}:  # {"enum": ["Provenance", "official"]}
        tagged = v["enum"]
        if type(tagged) is list and len(tagged) == 2 and all(type(x) is str for x in tagged):
            cls = _enum_classes().get(tagged[0])
            if cls is not None and tagged[1] in cls._value2member_map_:
                member: str = cls(tagged[1])  # type: ignore[assignment]  # a StrEnum member
                return member
        raise DecodeError("unknown enum member")
    raise _bad("str", v)


def _kind(v: Any) -> str:
    """The JSON kind a union member is chosen by."""
    if type(v) is dict:
        return "ref" if v.keys() == {"ref"} else "enum" if v.keys() == {"enum"} else "object"
    return {str: "str", int: "int", bool: "bool", list: "list", type(None): "null"}.get(type(v), "other")


def _kinds_of(tp: Any) -> frozenset[str]:
    """The JSON kinds that encode a value of type tp."""
    if tp is str:
        return frozenset({"str", "enum"})
    if tp in (int, bool):
        return frozenset({tp.__name__})
    if tp is type(None):
        return frozenset({"null"})
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return frozenset({"list", "ref"})
    return frozenset({"list"})  # tuple, list, frozenset, pattern


def _dec_union(members: tuple[Any, ...]) -> Decoder:
    by_kind: dict[str, Decoder] = {}
    for member in members:
        for kind in _kinds_of(member):
            if kind in by_kind:
                raise TypeError(f"the cache codec cannot tell apart the members of {members!r}")
            by_kind[kind] = _decoder(member)

    def union(v: Any, refs: Refs) -> Any:
        dec = by_kind.get(_kind(v))
        if dec is None:
            raise _bad(" | ".join(map(str, members)), v)
        return dec(v, refs)
    return union


def _dec_tuple(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str:  # most of a catalogue: lists of terms
            def strings(v: Any, refs: Refs) -> tuple[str, ...]:
                if type(v) is not list:
                    raise _bad("list", v)
                if not v or set(map(type, v)) == _STR:
                    return tuple(v)
                return tuple([_dec_str(x, refs) for x in v])
            return strings
        item = _decoder(args[0])

        def many(v: Any, refs: Refs) -> tuple[Any, ...]:
            if type(v) is not list:
                raise _bad("list", v)
            return tuple(map(item, v, repeat(refs))) if v else ()
        return many
    items = tuple(_decoder(a) for a in args)

    def fixed(v: Any, refs: Refs) -> tuple[Any, ...]:
        if type(v) is not list or len(v) != len(items):
            raise _bad(f"list of {len(items)}", v)
        return tuple([dec(x, refs) for dec, x in zip(items, v)])
    return fixed


def _dec_list(origin: type, arg: Any) -> Decoder:
    item = _decoder(arg)

    def sequence(v: Any, refs: Refs) -> Any:
        if type(v) is not list:
            raise _bad("list", v)
        return origin(item(x, refs) for x in v)
    return sequence


def _dec_pattern(v: Any, refs: Refs) -> re.Pattern[str]:
    if type(v) is not list or len(v) != 2 or type(v[0]) is not str or type(v[1]) is not int or v[1] & ~_FLAGS:
        raise _bad("[pattern, flags]", v)
    try:
        return re.compile(v[0], v[1])
    except (re.error, ValueError, OverflowError, RecursionError) as exc:
        raise DecodeError(f"bad pattern ({exc})") from None


def _dec_dataclass(cls: type) -> Decoder:
    """A dataclass from the list of its field values.

    The decoder is a function generated for the class, as dataclasses generates __init__: one line per
    field, checking the JSON type its annotation allows (a plain str or bool costs one type test, a list of
    terms one C-level pass) and handing anything else to that field's decoder. Its text is made from the
    field names only, never from cache data; a cached catalogue is read on every run, so this is the hot path.
    """
    if _qualname(cls) not in ALLOWED or hasattr(cls, "__post_init__"):
        raise TypeError(f"{_qualname(cls)} is not a type the cache may build")
    names = tuple(f.name for f in dataclasses.fields(cls))
    assert all(name.isidentifier() for name in names)
    built: list[Decoder] = []

    def build(v: Any, refs: Refs) -> Any:
        if not built:  # generated on first use: a dataclass may name one that refers back to it
            built.append(_generate(cls, names, typing.get_type_hints(cls)))
        return built[0](v, refs)
    return build


def _generate(cls: type, names: tuple[str, ...], hints: dict[str, Any]) -> Decoder:
    env: dict[str, Any] = {"_cls": cls, "_new": object.__new__, "_set": object.__setattr__, "_STR": _STR,
                           "_tuple": tuple, "_set_of": set, "_map": map, "_type": type, "_list": list, "_str": str,
                           "_other": functools.partial(_not_a_row, cls, len(names)), "_wrong": _wrong}
    lines = ["def build(v, refs):",
             f"    if _type(v) is not _list or len(v) != {len(names)}:",
             "        return _other(v, refs)",
             f"    {', '.join(f'f{n}' for n in range(len(names)))}, = v"]
    for n, name in enumerate(names):
        tp = hints[name]
        env[f"_d{n}"] = _decoder(tp)
        optional = typing.get_origin(tp) in (types.UnionType, typing.Union) and type(None) in typing.get_args(tp)
        core = [a for a in typing.get_args(tp) if a is not type(None)] if optional else [tp]
        guard = f"f{n} is not None and " if optional else ""
        if core == [str]:
            lines.append(f"    if {guard}_type(f{n}) is not _str: f{n} = _d{n}(f{n}, refs)")
        elif core in ([bool], [int]) and not optional:
            env[f"_t{n}"] = core[0]
            lines.append(f"    if _type(f{n}) is not _t{n}: _wrong({name!r}, f{n})")
        elif core == [tuple[str, ...]]:
            lines.append(f"    if {guard}True:")
            lines.append(f"        if _type(f{n}) is _list and (not f{n} or _set_of(_map(_type, f{n})) == _STR): "
                         f"f{n} = _tuple(f{n})")
            lines.append(f"        else: f{n} = _d{n}(f{n}, refs)")
        else:
            lines.append(f"    f{n} = _d{n}(f{n}, refs)")
    lines.append("    o = _new(_cls)")
    lines.extend(f"    _set(o, {name!r}, f{n})" for n, name in enumerate(names))
    lines.extend(["    refs.append(o)", "    return o"])
    exec("\n".join(lines), env)  # our own text (field names and numbers), as dataclasses does: no data in it
    decoder: Decoder = env["build"]
    return decoder


def _not_a_row(cls: type, size: int, v: Any, refs: Refs) -> Any:
    """A reference to an object already built, else a DecodeError."""
    n = v.get("ref") if type(v) is dict and v.keys() == {"ref"} else None
    if type(n) is int and 0 <= n < len(refs) and type(refs[n]) is cls:
        return refs[n]
    raise DecodeError(f"expected {size} field values of a {cls.__name__} or a reference to one")


def _wrong(name: str, v: Any) -> None:
    raise DecodeError(f"{name}: unexpected {type(v).__name__}")


# --- encoding -------------------------------------------------------------------------------------------------

@functools.cache
def _encoder(tp: Any) -> Encoder:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is str:
        return _enc_str
    if tp in (bool, int, type(None)):
        def scalar(v: Any, memo: Memo, tp: Any = tp) -> Any:
            if type(v) is not tp:
                raise EncodeError(f"expected {tp.__name__}, found {type(v).__name__}")
            return v
        return scalar
    if origin in (types.UnionType, typing.Union):
        return _enc_union(args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _encoder(args[0])
            return lambda v, memo: [item(x, memo) for x in _exactly(v, tuple)]
        items = tuple(_encoder(a) for a in args)

        def fixed(v: Any, memo: Memo) -> list[Any]:
            if len(_exactly(v, tuple)) != len(items):
                raise EncodeError(f"expected a tuple of {len(items)}")
            return [enc(x, memo) for enc, x in zip(items, v)]
        return fixed
    if origin is list:
        item = _encoder(args[0])
        return lambda v, memo: [item(x, memo) for x in _exactly(v, list)]
    if origin is frozenset:
        item = _encoder(args[0])
        return lambda v, memo: sorted(item(x, memo) for x in _exactly(v, frozenset))  # same value, same bytes
    if origin is re.Pattern:
        return lambda v, memo: [_exactly(v, re.Pattern).pattern, v.flags & ~re.U]  # str patterns are Unicode
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _enc_dataclass(tp)
    raise TypeError(f"the cache codec cannot encode {tp!r}")


def _exactly(v: Any, cls: type) -> Any:
    if type(v) is not cls:
        raise EncodeError(f"expected {cls.__name__}, found {type(v).__name__}")
    return v


def _enc_str(v: Any, memo: Memo) -> Any:
    if type(v) is str:
        return v
    if isinstance(v, str) and isinstance(v, enum.Enum) and _qualname(type(v)) in ENUMS:
        return {"enum": [type(v).__name__, v.value]}
    raise EncodeError(f"expected str, found {type(v).__name__}")


def _enc_union(members: tuple[Any, ...]) -> Encoder:
    encoders = tuple(_encoder(m) for m in members)
    _dec_union(members)  # refuse, when defining it, a union decoding could not tell apart

    def union(v: Any, memo: Memo) -> Any:
        for enc in encoders:
            try:
                return enc(v, memo)
            except EncodeError:
                continue  # members are told apart by type, so a failed one has numbered no object
        raise EncodeError(f"{type(v).__name__} is none of {members!r}")
    return union


def _enc_dataclass(cls: type) -> Encoder:
    if _qualname(cls) not in ALLOWED:
        raise TypeError(f"{_qualname(cls)} is not a type the cache may build")
    hints = typing.get_type_hints(cls)
    names = tuple(f.name for f in dataclasses.fields(cls))
    fields: list[tuple[str, Encoder]] = []

    def write(v: Any, memo: Memo) -> Any:
        if type(v) is not cls:
            raise EncodeError(f"expected {cls.__name__}, found {type(v).__name__}")
        seen = memo.numbers.get(id(v))
        if seen is not None:
            if seen < 0:
                raise EncodeError(f"a {cls.__name__} contains itself")
            return {"ref": seen}
        if not fields:
            fields.extend((name, _encoder(hints[name])) for name in names)
        memo.numbers[id(v)] = -1
        out = [enc(getattr(v, name), memo) for name, enc in fields]
        memo.numbers[id(v)] = memo.count
        memo.count += 1
        return out
    return write
