"""Data files in YAML (catalogues, crosswalks): read with line numbers, validated against a JSON Schema.

Errors name the file, the line and the path inside it (disclosures[12].title), never a traceback.

A YAML file is bounded before anything walks it, so a hostile one (a "billion laughs" alias bomb, a
structure that contains itself, a deep or huge file) is refused at once with one line, exit 2:

- at most MAX_BYTES (8 MiB) per file (the largest bundled catalogue, sasb_2023.yaml, is 0.6 MiB);
- at most MAX_DEPTH (32) levels of nesting (bundled catalogues: 7);
- at most MAX_ALIASES (1,000) aliases (`*name`; gri_2016.yaml has 75), which together may add at most
  MAX_ALIAS_NODES (20,000) nodes (gri_2016.yaml: 716), and no alias inside the node it names;
- at most MAX_NODES (250,000) nodes in all, aliases expanded (sasb_2023.yaml: 37,489).

parse_bounded() applies them with any PyYAML loader class (the config file's loader too); read_bytes()
stops reading past MAX_BYTES.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from gri_check.errors import CatalogueError, GriCheckError

JsonPath = tuple[str | int, ...]

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32
MAX_ALIASES = 1_000
MAX_ALIAS_NODES = 20_000
MAX_NODES = 250_000


def read_bytes(path: Path, what: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # never more: a device or a huge file is not read to its end
    except FileNotFoundError:
        raise CatalogueError(f"{what} file not found", path=path, hint="check the path") from None
    except OSError as exc:
        raise CatalogueError(f"cannot read {what} ({exc.strerror})", path=path) from None
    _check_size(path, raw, CatalogueError)
    return raw


def read_yaml(path: Path, raw: bytes) -> tuple[Any, dict[JsonPath, int]]:
    """A catalogue or crosswalk file's data and the line of each JSON path in it; CatalogueError if it is not
    bounded, valid YAML or is empty."""
    data, lines = parse_bounded(path, raw)
    if not lines:
        raise CatalogueError("file is empty", path=path, hint="see standards/gri_2021.yaml for the format")
    return data, lines


def parse_bounded(path: Path, raw: bytes, *, loader: Any = None,
                  error: type[GriCheckError] = CatalogueError) -> tuple[Any, dict[JsonPath, int]]:
    """YAML within the limits above: (data, line of each JSON path), (None, {}) for an empty file.
    `loader`: a PyYAML loader class (default: the safe loader, libyaml's when
    available); `error`: the GriCheckError raised for a bad file (CatalogueError, UsageError: both exit 2)."""
    import yaml  # only on a cache miss

    _check_size(path, raw, error)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error("file is not UTF-8", path=path, hint="save it as UTF-8 YAML") from None
    if loader is None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ten times faster
    reader = loader(text)
    try:
        node = reader.get_single_node()
        if node is not None:
            _Bounds(path, error).check(node)  # before anything expands the aliases
        data = reader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{where}invalid YAML ({problem})", path=path, hint="fix the YAML syntax") from None
    except RecursionError:  # the pure-Python loader on deep nesting (libyaml stops at 1000 levels itself)
        raise error(f"YAML nested deeper than {MAX_DEPTH} levels", path=path, hint="flatten the file") from None
    finally:
        reader.dispose()
    lines: dict[JsonPath, int] = {}
    if node is not None:
        _mark_lines(node, (), lines)
    return data, lines


def _check_size(path: Path, raw: bytes, error: type[GriCheckError]) -> None:
    if len(raw) > MAX_BYTES:
        raise error(f"file is larger than {MAX_BYTES // 2**20} MiB", path=path,
                    hint="a catalogue or config file this large is not one gri-check reads")


class _Bounds:
    """Counts a composed YAML node graph as its aliases would expand it, without expanding them: each node's
    size and height are worked out once, so a bomb is measured in the time its text takes to read."""

    def __init__(self, path: Path, error: type[GriCheckError]) -> None:
        self.path, self.error = path, error
        self.measured: dict[int, tuple[int, int]] = {}  # id(node) -> (nodes, height); (-1, -1) while open
        self.aliases = 0
        self.distinct = 0

    def check(self, root: Any) -> None:
        total, _ = self._measure(root, 1, root)
        if total - self.distinct > MAX_ALIAS_NODES:
            self._fail(root, f"YAML aliases expand to {total - self.distinct:,} more nodes (at most "
                             f"{MAX_ALIAS_NODES:,})")

    def _measure(self, node: Any, depth: int, parent: Any) -> tuple[int, int]:
        import yaml

        seen = self.measured.get(id(node))
        if seen is not None:  # a node met again is an alias (in `parent`: the alias itself has no line)
            if seen[0] < 0:
                self._fail(parent, "a YAML alias refers to a node that contains it")
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                self._fail(parent, f"more than {MAX_ALIASES:,} YAML aliases")
            if depth + seen[1] - 1 > MAX_DEPTH:
                self._fail(parent, f"YAML nested deeper than {MAX_DEPTH} levels")
            return seen
        if depth > MAX_DEPTH:
            self._fail(node, f"YAML nested deeper than {MAX_DEPTH} levels")
        self.measured[id(node)] = (-1, -1)
        self.distinct += 1
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = node.value
        else:
            children = []
        size, height = 1, 0
        for child in children:
            s, h = self._measure(child, depth + 1, node)
            size, height = size + s, max(height, h)
            if size > MAX_NODES:
                self._fail(node, f"more than {MAX_NODES:,} YAML nodes (aliases expanded)")
        self.measured[id(node)] = (size, height + 1)
        return size, height + 1

    def _fail(self, node: Any, problem: str) -> None:
        raise self.error(f"line {node.start_mark.line + 1}: {problem}", path=self.path,
                         hint="gri-check refuses YAML this large or this deeply aliased; write the values out")


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
