"""A baseline: an earlier run's JSON report (`check --format json`), whose findings' fingerprints are known.

As bandit's -b: the report itself is the baseline, there is no separate format. Fingerprints changed scheme in
schema 2.3 (gri_check/fingerprint.py), so an older report cannot be one: it would silently match nothing.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from gri_check.errors import InputError

_VERSION = re.compile(r"^(\d+)\.(\d+)$")
_PRINT = re.compile(r"^[0-9a-f]{16}$")
FIRST = (2, 3)  # the first schema whose fingerprints are unique within a run


def load_baseline(path: Path) -> frozenset[str]:
    """The fingerprints of the findings in `path`; an InputError (exit 3) in one line for anything else."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("baseline file not found", path=path, hint="check the --baseline path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read baseline ({getattr(exc, 'strerror', None) or exc})", path=path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"baseline is not JSON (line {exc.lineno}: {exc.msg})", path=path,
                         hint="pass a report written by 'gri-check check --format json'") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError("baseline is not a gri-check JSON report (no findings list)", path=path,
                         hint="pass a report written by 'gri-check check --format json'")
    version = _VERSION.match(str(data.get("schema_version", "")))
    if version is None or (int(version[1]), int(version[2])) < FIRST:
        raise InputError(f"baseline has schema_version {data.get('schema_version')!r}; baselines need 2.3 or later "
                         "(earlier fingerprints are not unique)", path=path,
                         hint="rerun the check on the earlier report with this gri-check to make the baseline")
    prints = [f.get("fingerprint") if isinstance(f, dict) else None for f in data["findings"]]
    bad = next((n for n, p in enumerate(prints) if not isinstance(p, str) or not _PRINT.match(p)), None)
    if bad is not None:
        raise InputError(f"baseline findings[{bad}] has no valid fingerprint", path=path,
                         hint="pass a report written by 'gri-check check --format json'")
    return frozenset(p for p in prints if isinstance(p, str))
