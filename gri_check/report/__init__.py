"""Renderers: RunResult -> text. Each is pure; only write.py touches the disk.

A renderer's module is imported when it is first used: a JSON run does not load rich or Jinja2.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

from gri_check.report.view import ALL, View
from gri_check.result import RunResult

Renderer = Callable[..., str]
# format -> module under gri_check.report whose render() draws it
FORMATS: Mapping[str, str] = {"terminal": "terminal", "json": "json_", "sarif": "sarif", "junit": "junit",
                              "markdown": "markdown", "github": "github", "csv": "csv_", "html": "html"}


def renderer(fmt: str) -> Renderer:
    render_fn: Renderer = importlib.import_module(f"gri_check.report.{FORMATS[fmt]}").render
    return render_fn


def render(fmt: str, result: RunResult, *, color: bool = False, width: int = 100, view: View = ALL) -> str:
    """`view` narrows the terminal report only (--summary, --status ...); every other format shows everything."""
    if fmt == "terminal":
        return renderer(fmt)(result, color=color, width=width, view=view)
    return renderer(fmt)(result, color=color, width=width)
