"""Data files in YAML (catalogues, crosswalks): read with line numbers, validated against a JSON Schema.

Errors name the file, the line and the path inside it (disclosures[12].title), never a traceback.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from gri_check.errors import CatalogueError

JsonPath = tuple[str | int, ...]


def read_bytes(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CatalogueError(f"{what} file not found", path=path, hint="check the path") from None
    except OSError as exc:
        raise CatalogueError(f"cannot read {what} ({exc.strerror})", path=path) from None


def read_yaml(path: Path, raw: bytes) -> tuple[Any, dict[JsonPath, int]]:
    import yaml  # only on a cache miss

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogueError("file is not UTF-8", path=path, hint="save it as UTF-8 YAML") from None
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
        raise CatalogueError("file is empty", path=path, hint="see standards/gri_2021.yaml for the format")
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


def validate(data: Any, lines: dict[JsonPath, int], path: Path, schema: dict[str, Any], schema_name: str) -> None:
    import jsonschema  # only on a cache miss: importing it costs a tenth of a second

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors)
    at = tuple(err.absolute_path)
    line = next((lines[at[:k]] for k in range(len(at), -1, -1) if at[:k] in lines), 1)
    extra = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    raise CatalogueError(f"line {line}: {_dotted(at) or 'top level'}: {err.message}{extra}", path=path,
                         hint=f"fix the file; see {schema_name}")


def _dotted(at: JsonPath) -> str:
    out = ""
    for part in at:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
