"""CSV of the disclosures, one row each, for a spreadsheet or an assurance working file (RFC 4180: CRLF
line ends, fields quoted when they hold a comma, quote or line break).

Report text is untrusted: a cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab
or a carriage return) is prefixed with a single quote, as OWASP advises against CSV injection.
"""
from __future__ import annotations

import csv
import io

from gri_check.report.rows import cited, resolved_pages, resolved_sections, rows_of
from gri_check.result import RunResult

HEADER = ("framework", "standard", "code", "title", "status", "basis", "coverage", "index_line", "cited_location",
          "resolved_sections", "printed_pages", "findings")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.writerow(HEADER)
    for row in rows_of(result).rows:
        a = row.assessment
        d = a.disclosure
        out.writerow([safe(v) for v in (
            d.framework, d.standard.id, d.code, d.title, a.status.value, a.basis,
            str(a.coverage) if a.items else "", str(a.entry.line) if a.entry else "", cited(a),
            "; ".join(resolved_sections(result, a)), "; ".join(resolved_pages(result, a)), str(len(row.findings)))])
    return buf.getvalue()


def safe(cell: str) -> str:
    """One line of text that no spreadsheet evaluates."""
    cell = " ".join(cell.split()) if any(c in cell for c in "\r\n") else cell
    return "'" + cell if cell.startswith(_FORMULA) else cell
