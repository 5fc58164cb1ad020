"""Load catalogue YAML, validate it against the bundled schema, and build a Catalogue.

Errors name the file, the line and the path inside it (disclosures[12].title), never a traceback.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gri_check.errors import CatalogueError
from gri_check.paths import DEFAULT_CATALOGUES, schema_path, standards_dir
from gri_check.standards import cache
from gri_check.standards.catalogue import Catalogue, Disclosure, Item, Standard
from gri_check.standards.framework import Framework, Provenance, build_framework
from gri_check.standards.yamlfile import JsonPath, read_bytes, read_yaml, validate


def load_catalogue(paths: Sequence[Path] | None = None, *, bundled: bool = True) -> Catalogue:
    """Load and merge catalogue files: the bundled catalogues (unless bundled=False), then `paths`."""
    files = [*(bundled_files() if bundled or not paths else ()), *(paths or ())]
    frameworks: dict[str, Framework] = {}
    named: dict[str, Path] = {}  # frameworks a file names by id only
    standards: list[Standard] = []
    disclosures: list[Disclosure] = []
    seen: dict[tuple[str, str, str], str] = {}
    for path in files:
        declared, s, d = _load_one(path)
        if isinstance(declared, Framework):
            if declared.id in frameworks:
                raise CatalogueError(f"framework {declared.id} is declared twice ({frameworks[declared.id].source} and "
                                     f"{declared.source})", path=path,
                                     hint="declare it in one file and name it by its id in the others")
            frameworks[declared.id] = declared
        else:
            named.setdefault(declared, path)
        for disc in d:
            where = seen.get((disc.framework, disc.standard.id, disc.code))
            if where:
                raise CatalogueError(f"{disc.code} of {disc.standard.id} is defined twice ({where} and {disc.source})",
                                     path=path, hint="keep one definition")
            seen[(disc.framework, disc.standard.id, disc.code)] = disc.source
        standards.extend(s)
        disclosures.extend(d)
    for fid, path in named.items():
        if fid not in frameworks:
            frameworks[fid] = _bundled_framework(fid, path)
    order = {f: n for n, f in enumerate(dict.fromkeys(s.framework for s in standards))}
    ordered = tuple(sorted(frameworks.values(), key=lambda f: order.get(f.id, len(order))))
    return Catalogue.build(ordered, tuple(standards), tuple(disclosures), tuple(str(f) for f in files))


def bundled_files() -> list[Path]:
    return [standards_dir() / name for name in DEFAULT_CATALOGUES]


def _bundled_framework(fid: str, path: Path) -> Framework:
    """A framework a catalogue names by id only: declared by a bundled catalogue, or an error."""
    for bundled in bundled_files():
        declared = _load_one(bundled)[0]
        if isinstance(declared, Framework) and declared.id == fid:
            return declared
    raise CatalogueError(f"framework {fid} is not declared by any loaded or bundled catalogue", path=path,
                         hint="declare it in this file: framework: {id: ..., name: ..., notation: ...}")


def validate_file(path: Path) -> int:
    """Validate one catalogue file (never from the cache); return its number of disclosures."""
    return len(_build(path, read_bytes(path, "catalogue"))[2])


def _schema_bytes() -> bytes:
    return schema_path("standard.schema.json").read_bytes()


Built = tuple[Framework | str, list[Standard], list[Disclosure]]


def _load_one(path: Path) -> Built:
    raw = read_bytes(path, "catalogue")
    return cache.fetch(cache.key_for(path.name, raw, _schema_bytes()), lambda: _build(path, raw), Built)


def _build(path: Path, raw: bytes) -> Built:
    data, lines = read_yaml(path, raw)
    validate(data, lines, path, json.loads(_schema_bytes()), "standards/schema/standard.schema.json")
    declared = _framework_of(data["framework"], lines, path)
    fw = declared if isinstance(declared, str) else declared.id
    default = data.get("provenance", Provenance.OFFICIAL)
    standards = {s["id"]: Standard(id=s["id"], number=s["number"], title=s["title"], year=s["year"],
                                   kind=s["kind"], framework=fw, title_zh=s.get("title_zh"),
                                   superseded_by=s.get("superseded_by"), complete=s.get("complete", True),
                                   provenance=s.get("provenance", default), sector=s.get("sector", ""),
                                   detect=tuple(s.get("detect", ())), effective=s.get("effective"))
                 for s in data["standards"]}
    out: list[Disclosure] = []
    for n, d in enumerate(data["disclosures"]):
        line = lines.get(("disclosures", n), 0)
        std = standards.get(d["standard"])
        if std is None:
            raise CatalogueError(f"line {lines.get(('disclosures', n, 'standard'), line)}: disclosures[{n}].standard "
                                 f"\"{d['standard']}\" is not one of the standards listed in this file",
                                 path=path, hint="add it under standards: or correct the id")
        out.append(_disclosure(d, std, f"{path.name}:{line}"))
    return declared, list(standards.values()), out


def _disclosure(d: dict[str, Any], std: Standard, source: str) -> Disclosure:
    items = tuple(Item(id=i["id"], text=i["text"], quantitative=i["quantitative"], evidence=tuple(i["evidence"]),
                       units=tuple(i.get("units", ())), evidence_zh=tuple(i.get("evidence_zh", ())),
                       evidence_lang=tuple((k, tuple(v)) for k, v in sorted(i.get("evidence_lang", {}).items())),
                       answers=tuple(i.get("answers", ())))
                  for i in d["items"])
    return Disclosure(code=d["code"], standard=std, title=d["title"], omittable=d["omittable"], items=items,
                      incident=d.get("incident", False), aliases=tuple(d.get("aliases", ())),
                      title_zh=d.get("title_zh"), titles=tuple(d.get("titles", ())),
                      title_lang=tuple(sorted(d.get("title_lang", {}).items())),
                      required=d.get("required", std.kind == "universal"), repeatable=d.get("repeatable", False),
                      role=d.get("role", ""), obligation=d.get("obligation", ""), effective=d.get("effective"),
                      until=d.get("until"), successors=tuple(d["successors"]) if "successors" in d else None,
                      category=d.get("category", ""), topic=d.get("topic", ""),
                      provenance=d.get("provenance", std.provenance), note=d.get("note", ""), source=source)


def _framework_of(raw: Any, lines: dict[JsonPath, int], path: Path) -> Framework | str:
    """The framework a file declares, or the id of one it names (declared by another catalogue)."""
    if isinstance(raw, str):
        return raw
    try:
        return build_framework(raw, f"{path.name}:{lines.get(('framework',), 0)}")
    except re.error as exc:
        raise CatalogueError(f"line {lines.get(('framework',), 0)}: framework: a pattern is not a valid regular "
                             f"expression ({exc})", path=path,
                             hint="fix the regular expression (Python syntax)") from None
