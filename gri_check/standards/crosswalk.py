"""Crosswalks: requirements of different frameworks that ask for the same information.

A link names its members as FRAMEWORK:CODE (wildcards allowed, "SASB:*-130a.1"); members are expanded
against the loaded catalogues, so a link to a framework that is not loaded simply has fewer members.
Official links come from a published correspondence table; the others are made by subject.
"""
from __future__ import annotations

import fnmatch
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gri_check.paths import schema_path, standards_dir
from gri_check.standards import cache
from gri_check.standards.catalogue import Catalogue, Disclosure
from gri_check.standards.framework import Provenance
from gri_check.standards.yamlfile import read_bytes, read_yaml, validate


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    subject: str
    provenance: str
    source: str
    members: tuple[tuple[str, str], ...]  # (framework, code or wildcard pattern)
    origin: str = ""  # "file:line"


@dataclass(frozen=True, slots=True, kw_only=True)
class Related:
    disclosure: Disclosure
    subject: str
    provenance: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Crosswalk:
    links: tuple[Link, ...]
    sources: tuple[str, ...] = ()
    _by_member: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict, repr=False)
    _expanded: tuple[tuple[Disclosure, ...], ...] = ()

    @classmethod
    def build(cls, links: Sequence[Link], catalogue: Catalogue, sources: Sequence[str] = ()) -> Crosswalk:
        """Links with their members expanded against the catalogue (wildcards matched to its codes)."""
        expanded: list[tuple[Disclosure, ...]] = []
        by_member: dict[tuple[str, str], list[int]] = {}
        for n, link in enumerate(links):
            found: list[Disclosure] = []
            for fw, pattern in link.members:
                pool = catalogue.of_framework(fw)
                if any(ch in pattern for ch in "*?["):
                    found.extend(d for d in pool if fnmatch.fnmatchcase(d.code, pattern))
                else:
                    found.extend(catalogue.lookup(fw, pattern))
            unique = tuple(dict.fromkeys(found))
            expanded.append(unique)
            for d in unique:
                by_member.setdefault((d.framework, d.key), []).append(n)
        return cls(links=tuple(links), sources=tuple(sources), _expanded=tuple(expanded),
                   _by_member={k: tuple(v) for k, v in by_member.items()})

    def related(self, d: Disclosure, keep: Callable[[Disclosure], bool] = lambda _: True) -> tuple[Related, ...]:
        """The requirements of other frameworks linked to `d`, official links first, each once."""
        out: dict[str, Related] = {}
        links = sorted(self._by_member.get((d.framework, d.key), ()),
                       key=lambda n: (self.links[n].provenance != Provenance.OFFICIAL, n))
        for n in links:
            link = self.links[n]
            for other in self._expanded[n]:
                if other.framework != d.framework and other.key not in out and keep(other):
                    out[other.key] = Related(disclosure=other, subject=link.subject, provenance=link.provenance)
        return tuple(out.values())


def bundled_crosswalks() -> list[Path]:
    folder = standards_dir() / "crosswalk"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def load_crosswalk(catalogue: Catalogue, paths: Sequence[Path] = (), *, bundled: bool = True) -> Crosswalk:
    files = [*(bundled_crosswalks() if bundled else ()), *paths]
    links: list[Link] = []
    for path in files:
        links.extend(_load_one(path))
    return Crosswalk.build(links, catalogue, [str(f) for f in files])


def validate_crosswalk(path: Path) -> int:
    """Validate one crosswalk file (never from the cache); return its number of links."""
    return len(_build(path, read_bytes(path, "crosswalk")))


def _schema() -> bytes:
    return schema_path("crosswalk.schema.json").read_bytes()


def _load_one(path: Path) -> list[Link]:
    raw = read_bytes(path, "crosswalk")
    return cache.fetch(cache.key_for(f"crosswalk:{path.name}", raw, _schema()), lambda: _build(path, raw),
                       list[Link])


def _build(path: Path, raw: bytes) -> list[Link]:
    data, lines = read_yaml(path, raw)
    validate(data, lines, path, json.loads(_schema()), "standards/schema/crosswalk.schema.json")
    default = data.get("provenance", Provenance.UNVERIFIED)
    out = []
    for n, link in enumerate(data["links"]):
        members = tuple((fw, code) for fw, _, code in (m.partition(":") for m in link["members"]))
        out.append(Link(subject=link["subject"], provenance=link.get("provenance", default),
                        source=link.get("source", data.get("source", "")), members=members,
                        origin=f"{path.name}:{lines.get(('links', n), 0)}"))
    return out
