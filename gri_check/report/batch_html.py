"""A batch's summary as one self-contained HTML page (DIR/summary.html): the counts, then one row per report
with a link to its JSON output. Markup in templates/batch.html.j2, styled by the gap report's own CSS.

Pure: the same rows give the same bytes (no clock is read). Paths and error lines come from the reports' file
names and the checks, so they are untrusted: made visible (html.visible) and autoescaped. The only href is a
report's output file name in the same folder, percent-encoded, so it is always a relative link.
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from gri_check import __version__
from gri_check.batch_summary import SEVERITIES, STATUSES, Row, totals
from gri_check.report.html import _env, _source, visible

GATE = {True: "passed", False: "failed", None: "none"}


def render(rows: Sequence[Row]) -> str:
    env = _env()
    css = _source(env, "report.css") + _source(env, "batch.css")
    counts = {**totals(rows), "cached": sum(r.cached for r in rows)}
    page = env.get_template("batch.html.j2")
    return page.render(version=__version__, css=Markup(css), csp=_csp(css), totals=counts,
                       statuses=[(s, s.replace("_", " ")) for s in STATUSES], severities=SEVERITIES,
                       rows=[_row(r) for r in rows])


def _row(r: Row) -> dict[str, Any]:
    return {"path": visible(r.path), "sha256": r.sha256, "status": r.status, "exit_code": r.exit_code,
            "output": visible(r.output), "href": quote(r.output, safe="") if r.output is not None else None,
            "error": visible(r.error), "coverage": r.coverage_percent, "gate": GATE[r.gate_passed], "cached": r.cached,
            "statuses": [r.statuses.get(s, 0) for s in STATUSES],
            "findings": [r.findings.get(s, 0) for s in SEVERITIES]}


def _csp(css: str) -> str:
    """Nothing may load and no script may run; only this page's own style applies, pinned by its hash."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
