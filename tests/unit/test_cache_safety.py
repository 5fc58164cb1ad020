"""The catalogue cache is JSON data read by an allowlisting codec: a planted or damaged entry is a miss, never code."""
from __future__ import annotations

import json
import os
import pickle
import stat
from pathlib import Path

import pytest

from gri_check.paths import DEFAULT_CATALOGUES
from gri_check.standards import cache, codec, crosswalk, load
from gri_check.standards.catalogue import Standard
from gri_check.standards.framework import Provenance
from gri_check.standards.yamlfile import read_bytes

GRI_2021 = load.bundled_files()[0]


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("GRI_CHECK_CACHE_DIR", str(where))
    monkeypatch.delenv("GRI_CHECK_NO_CACHE", raising=False)
    return where


def _key(path: Path) -> str:
    return cache.key_for(path.name, read_bytes(path, "catalogue"), load._schema_bytes())


def _built(path: Path) -> load.Built:
    return load._build(path, read_bytes(path, "catalogue"))


def _entry(folder: Path, key: str) -> Path:
    return folder / f"catalogue-{key}.json"


def _stored(folder: Path) -> tuple[str, Path, dict]:
    """A real entry for gri_2021.yaml, as load_catalogue writes it."""
    key = _key(GRI_2021)
    cache.store(key, _built(GRI_2021), load.Built)
    entry = _entry(folder, key)
    return key, entry, json.loads(entry.read_bytes())


# --- round trip -----------------------------------------------------------------------------------------------

def same_types(a: object, b: object) -> bool:
    """a and b have the same type at every level (repr would do, but a frozenset's order depends on its history)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (frozenset, set)):
        return all(same_types(x, y) for x, y in zip(sorted(a, key=repr), sorted(b, key=repr)))  # type: ignore[arg-type]
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same_types(x, y) for x, y in zip(a, b))  # type: ignore[arg-type]
    if isinstance(a, dict):
        return all(same_types(v, b[k]) for k, v in a.items())  # type: ignore[index]
    fields = getattr(type(a), "__dataclass_fields__", None)
    if fields:
        return all(same_types(getattr(a, f), getattr(b, f)) for f in fields)
    return True


@pytest.mark.parametrize("name", DEFAULT_CATALOGUES)
def test_every_bundled_catalogue_decodes_to_what_was_built(name: str) -> None:
    path = load.bundled_files()[DEFAULT_CATALOGUES.index(name)]
    built = _built(path)
    back = codec.decode(json.loads(json.dumps(codec.encode(built, load.Built))), load.Built)
    assert back == built
    assert same_types(back, built)  # Provenance members stay members, tuples stay tuples
    # a disclosure's standard is the very object of the standards list, as built (not an equal copy)
    standards = {id(s) for s in back[1]}
    assert all(id(d.standard) in standards for d in back[2])


@pytest.mark.parametrize("path", crosswalk.bundled_crosswalks(), ids=lambda p: p.name)
def test_every_bundled_crosswalk_decodes_to_what_was_built(path: Path) -> None:
    built = crosswalk._build(path, read_bytes(path, "crosswalk"))
    back = codec.decode(json.loads(json.dumps(codec.encode(built, list[crosswalk.Link]))), list[crosswalk.Link])
    assert back == built and same_types(back, built)


def test_a_second_load_reads_json_entries_and_equals_the_first(folder: Path) -> None:
    first = load.load_catalogue()
    entries = sorted(folder.glob("catalogue-*.json"))
    assert len(entries) == len(DEFAULT_CATALOGUES)
    assert not list(folder.glob("*.pickle")) and not list(folder.glob("*.tmp"))
    json.loads(entries[0].read_bytes())  # plain JSON
    assert load.load_catalogue() == first
    assert same_types(load.load_catalogue(), first)


def test_entries_are_0600_in_a_0700_folder(folder: Path) -> None:
    load.load_catalogue()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    modes = {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {0o600}


def test_an_existing_folder_of_ours_is_made_private(folder: Path) -> None:
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    _stored(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


# --- hostile entries ------------------------------------------------------------------------------------------

class _Payload:
    """What a planted pickle does on loading: here, create a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({str(self.marker)!r}, 'w').close()",))


def test_a_planted_pickle_runs_nothing_and_is_rebuilt(folder: Path, tmp_path: Path) -> None:
    payload = pickle.dumps(_Payload(tmp_path / "ran"))
    pickle.loads(pickle.dumps(_Payload(tmp_path / "proof")))  # the payload is live: unpickling it runs code
    assert (tmp_path / "proof").exists()
    folder.mkdir(mode=0o700)
    for name in DEFAULT_CATALOGUES:  # at the JSON name and at the old pickle name
        key = _key(load.bundled_files()[DEFAULT_CATALOGUES.index(name)])
        _entry(folder, key).write_bytes(payload)
        (folder / f"catalogue-{key}.pickle").write_bytes(payload)
    cat = load.load_catalogue()
    assert not (tmp_path / "ran").exists()
    assert len(cat.sources) == len(DEFAULT_CATALOGUES)
    assert json.loads(_entry(folder, _key(GRI_2021)).read_bytes())["format"] == cache.FORMAT  # rewritten


def _named_class(marker: Path) -> list:
    """JSON that names classes, as serialisers that rebuild any object read them (jsonpickle, yaml tags)."""
    call = f"open({str(marker)!r}, 'w').close()"
    return [{"py/object": "builtins.exec", "args": [call]}, {"__class__": "os.system", "args": [f"touch {marker}"]},
            {"enum": ["os.system", f"touch {marker}"]}, {"enum": ["Provenance", "__class__"]}]


def test_a_json_entry_naming_other_classes_is_a_miss(folder: Path, tmp_path: Path) -> None:
    key, entry, doc = _stored(folder)
    marker = tmp_path / "ran"
    for hostile in _named_class(marker):
        for where in ("framework", "standard", "provenance", "top"):
            value = json.loads(json.dumps(doc["value"]))
            if where == "framework":
                value[0] = hostile  # Framework | str
            elif where == "standard":
                value[2][0][1] = hostile  # Disclosure.standard
            elif where == "provenance":
                value[1][0][9] = hostile  # Standard.provenance (a str field)
            else:
                value = hostile
            entry.write_text(json.dumps({**doc, "value": value}), encoding="utf-8")
            assert cache.load(key, load.Built) is None, (hostile, where)
    assert not marker.exists()
    assert len(load.load_catalogue().sources) == len(DEFAULT_CATALOGUES)  # the run goes on: rebuilt
    assert cache.load(key, load.Built) == _built(GRI_2021)  # and the entry rewritten
    tag = "!!python/object/apply:os.system"  # in a str field, text that names a class is only text
    value = json.loads(json.dumps(doc["value"]))
    value[1][0][9] = tag
    entry.write_text(json.dumps({**doc, "value": value}), encoding="utf-8")
    assert cache.load(key, load.Built)[1][0].provenance == tag


def _mutations(doc: dict) -> dict[str, bytes]:
    def with_value(edit) -> bytes:
        value = json.loads(json.dumps(doc["value"]))
        edit(value)
        return json.dumps({**doc, "value": value}).encode()

    def setter(path: tuple, new):
        def edit(v):
            for step in path[:-1]:
                v = v[step]
            v[path[-1]] = new
        return edit

    good = json.dumps(doc).encode()
    return {
        "empty": b"", "truncated": good[: len(good) // 2], "not json": b"\x80\x81 not json", "null": b"null",
        "a list": b"[1, 2]", "no value": json.dumps({"format": doc["format"], "key": doc["key"]}).encode(),
        "extra key": json.dumps({**doc, "more": 1}).encode(),
        "old format": json.dumps({**doc, "format": "gri-check-cache/1"}).encode(),
        "other key": json.dumps({**doc, "key": "0" * 64}).encode(),
        "deep": b"[" * 100_000 + b"]" * 100_000,
        "huge int": json.dumps({**doc, "value": int("9" * 4000)}).encode().replace(b"9" * 4000, b"9" * 5000),
        "value a string": json.dumps({**doc, "value": "x"}).encode(),
        "items a number": with_value(setter((2, 0, 4), 5)),
        "omittable a string": with_value(setter((2, 0, 3), "yes")),
        "bool for int": with_value(setter((1, 0, 3), True)),
        "float for int": with_value(setter((1, 0, 3), 2021.5)),
        "int for str": with_value(setter((2, 0, 0), 7)),
        "missing field": with_value(lambda v: v[2][0].pop()),
        "extra field": with_value(lambda v: v[2][0].append("")),
        "unknown enum member": with_value(setter((1, 0, 9), {"enum": ["Provenance", "forged"]})),
        "ref out of range": with_value(setter((2, 0, 1), {"ref": 10 ** 9})),
        "negative ref": with_value(setter((2, 0, 1), {"ref": -1})),
        "ref to another class": with_value(setter((2, 1, 1), {"ref": 0})),  # object 0: the notation's first form
        "ref with more keys": with_value(setter((2, 0, 1), {"ref": 0, "x": 1})),
        "bad pattern": with_value(setter((0, 7, 1, 0, 0), ["(", 2])),
        "bad pattern flags": with_value(setter((0, 7, 1, 0, 0), ["a", 1 << 20])),
        "terms not strings": with_value(setter((2, 0, 4, 0, 3), [1, 2])),
    }


def test_every_damaged_entry_is_a_miss(folder: Path) -> None:
    key, entry, doc = _stored(folder)
    assert cache.load(key, load.Built) == _built(GRI_2021)  # the untouched entry is a hit
    for name, body in _mutations(doc).items():
        entry.write_bytes(body)
        assert cache.load(key, load.Built) is None, name


def test_the_mutations_hit_what_they_name(folder: Path) -> None:
    """Guards the test above: the positions it edits are the fields it names."""
    value = _stored(folder)[2]["value"]
    fw, standards, disclosures = codec.decode(json.loads(json.dumps(value)), load.Built)
    assert value[0][7][1][0][0] == [fw.notation.forms[0].regex.pattern, fw.notation.forms[0].regex.flags & ~32]
    assert value[1][0][3] == standards[0].year and value[1][0][9] == {"enum": ["Provenance", "official"]}
    assert value[2][0][0] == disclosures[0].code and value[2][0][4][0][3] == list(disclosures[0].items[0].evidence)
    assert value[2][0][1].keys() == {"ref"} and disclosures[0].standard is standards[0]
    assert value[2][1][1].keys() == {"ref"} and value[2][1][1] != {"ref": 0}
    assert isinstance(disclosures[0].standard, Standard) and standards[0].provenance is Provenance.OFFICIAL
    assert type(fw.notation.forms[0]).__name__ == "_Form"


def test_a_huge_entry_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key, entry, _ = _stored(folder)
    monkeypatch.setattr(cache, "MAX_ENTRY_BYTES", entry.stat().st_size - 1)
    assert cache.load(key, load.Built) is None


def test_an_entry_that_is_a_symlink_or_a_device_is_a_miss(folder: Path, tmp_path: Path) -> None:
    key, entry, _ = _stored(folder)
    real = tmp_path / "elsewhere.json"
    real.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(real)
    assert cache.load(key, load.Built) is None
    entry.unlink()
    entry.symlink_to("/dev/zero")
    assert cache.load(key, load.Built) is None


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777])
def test_a_folder_others_can_write_is_not_used(folder: Path, mode: int) -> None:
    key, entry, _ = _stored(folder)
    os.chmod(folder, mode)
    assert cache.load(key, load.Built) is None  # a valid entry, but anyone could have put it there
    entry.unlink()
    cache.store(key, _built(GRI_2021), load.Built)
    assert not entry.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to hand a folder to another user")
def test_a_folder_or_entry_of_another_user_is_not_used(folder: Path) -> None:
    key, entry, _ = _stored(folder)
    os.chown(entry, 65534, -1)
    assert cache.load(key, load.Built) is None
    os.chown(entry, os.getuid(), -1)
    assert cache.load(key, load.Built) is not None
    os.chown(folder, 65534, -1)
    assert cache.load(key, load.Built) is None
    entry.unlink()
    cache.store(key, _built(GRI_2021), load.Built)
    assert not entry.exists()


def test_a_failed_write_leaves_no_temporary_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    cache.store(_key(GRI_2021), _built(GRI_2021), load.Built)
    assert list(folder.iterdir()) == []


def test_a_value_the_codec_cannot_write_is_not_cached(folder: Path) -> None:
    fw, standards, disclosures = _built(GRI_2021)
    odd = (fw, standards, [*disclosures, "not a disclosure"])
    cache.store("k" * 64, odd, load.Built)
    assert not folder.exists() or list(folder.iterdir()) == []
    with pytest.raises(codec.EncodeError):
        codec.encode(odd, load.Built)


def test_the_codec_builds_no_class_outside_its_allowlist() -> None:
    from gri_check.standards.catalogue import Catalogue

    with pytest.raises(TypeError, match="not a type the cache may build"):
        codec.decode([], Catalogue)  # a gri_check dataclass, but not one a cache entry holds
    with pytest.raises(codec.DecodeError):
        codec.decode({"enum": ["Path", "/"]}, str)
