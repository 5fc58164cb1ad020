"""Load catalogue YAML, validate it against the bundled schema, and build a Catalogue.

Errors name the file, the line and the path inside it (disclosures[12].title), never a traceback.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any


from gri_check.errors import CatalogueError
from gri_check.paths import DEFAULT_CATALOGUES, schema_path, standards_dir
from gri_check.standards import cache
from gri_check.standards.catalogue import Catalogue, Disclosure, Item, Standard

JsonPath = tuple[str | int, ...]


def load_catalogue(paths: Sequence[Path] | None = None) -> Catalogue:
    """Load and merge catalogue files (the bundled GRI catalogue by default)."""
    files = list(paths) if paths else [standards_dir() / name for name in DEFAULT_CATALOGUES]
    standards: list[Standard] = []
    disclosures: list[Disclosure] = []
    seen: dict[tuple[str, str], str] = {}
    for path in files:
        s, d = _load_one(path)
        for disc in d:
            where = seen.get((disc.standard.id, disc.code))
            if where:
                raise CatalogueError(f"{disc.code} of {disc.standard.id} is defined twice ({where} and {disc.source})",
                                     path=path, hint="keep one definition")
            seen[(disc.standard.id, disc.code)] = disc.source
        standards.extend(s)
        disclosures.extend(d)
    return Catalogue.build(tuple(standards), tuple(disclosures), tuple(str(f) for f in files))


def validate_file(path: Path) -> int:
    """Validate one catalogue file (never from the cache); return its number of disclosures."""
    return len(_build(path, _read_bytes(path))[1])


def _schema_bytes() -> bytes:
    return schema_path("standard.schema.json").read_bytes()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CatalogueError("catalogue file not found", path=path, hint="check the path") from None
    except OSError as exc:
        raise CatalogueError(f"cannot read catalogue ({exc.strerror})", path=path) from None


def _load_one(path: Path) -> tuple[list[Standard], list[Disclosure]]:
    raw = _read_bytes(path)
    key = cache.key_for(path.name, raw, _schema_bytes())
    hit = cache.load(key)
    if hit is not None:
        return hit
    built = _build(path, raw)
    cache.store(key, built)
    return built


def _build(path: Path, raw: bytes) -> tuple[list[Standard], list[Disclosure]]:
    data, lines = _read_yaml(path, raw)
    _validate(data, lines, path)
    fw = data["framework"]
    standards = {s["id"]: Standard(id=s["id"], number=s["number"], title=s["title"], year=s["year"],
                                   kind=s["kind"], framework=fw, title_zh=s.get("title_zh"),
                                   superseded_by=s.get("superseded_by"))
                 for s in data["standards"]}
    out: list[Disclosure] = []
    for n, d in enumerate(data["disclosures"]):
        line = lines.get(("disclosures", n), 0)
        std = standards.get(d["standard"])
        if std is None:
            raise CatalogueError(f"line {lines.get(('disclosures', n, 'standard'), line)}: disclosures[{n}].standard "
                                 f"\"{d['standard']}\" is not one of the standards listed in this file",
                                 path=path, hint="add it under standards: or correct the id")
        items = tuple(Item(id=i["id"], text=i["text"], quantitative=i["quantitative"],
                           evidence=tuple(i["evidence"]), units=tuple(i.get("units", ())),
                           evidence_zh=tuple(i.get("evidence_zh", ()))) for i in d["items"])
        out.append(Disclosure(code=d["code"], standard=std, title=d["title"], omittable=d["omittable"],
                              items=items, incident=d.get("incident", False), aliases=tuple(d.get("aliases", ())),
                              title_zh=d.get("title_zh"), source=f"{path.name}:{line}"))
    return list(standards.values()), out


def _read_yaml(path: Path, raw: bytes) -> tuple[Any, dict[JsonPath, int]]:
    import yaml  # only on a cache miss

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogueError("catalogue is not UTF-8", path=path, hint="save it as UTF-8 YAML") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml when available: ten times faster
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CatalogueError(f"{where}invalid YAML ({problem})", path=path, hint="fix the YAML syntax") from None
    finally:
        loader.dispose()
    if node is None:
        raise CatalogueError("catalogue file is empty", path=path, hint="see standards/gri_2021.yaml for the format")
    lines: dict[JsonPath, int] = {}
    _mark_lines(node, (), lines)
    return data, lines


def _mark_lines(node: Any, at: JsonPath, out: dict[JsonPath, int]) -> None:
    import yaml

    out[at] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _mark_lines(value, (*at, key.value), out)
            out[(*at, key.value)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for n, value in enumerate(node.value):
            _mark_lines(value, (*at, n), out)


def _validate(data: Any, lines: dict[JsonPath, int], path: Path) -> None:
    import jsonschema  # only on a cache miss: importing it costs a tenth of a second

    validator = jsonschema.Draft202012Validator(json.loads(_schema_bytes()))
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors)
    at = tuple(err.absolute_path)
    line = next((lines[at[:k]] for k in range(len(at), -1, -1) if at[:k] in lines), 1)
    extra = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    raise CatalogueError(f"line {line}: {_dotted(at) or 'top level'}: {err.message}{extra}", path=path,
                         hint="fix the catalogue; see standards/schema/standard.schema.json")


def _dotted(at: JsonPath) -> str:
    out = ""
    for part in at:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
