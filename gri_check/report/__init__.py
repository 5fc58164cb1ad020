"""Renderers: RunResult -> text. Each is pure; only write.py touches the disk."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from gri_check.report import csv_, github, html, json_, junit, markdown, sarif, terminal
from gri_check.result import RunResult

Renderer = Callable[..., str]
FORMATS: Mapping[str, Renderer] = {"terminal": terminal.render, "json": json_.render, "sarif": sarif.render,
                                   "junit": junit.render, "markdown": markdown.render, "github": github.render,
                                   "csv": csv_.render, "html": html.render}


def render(fmt: str, result: RunResult, *, color: bool = False, width: int = 100,
           view: terminal.View = terminal.ALL) -> str:
    """`view` narrows the terminal report only (--summary, --status ...); every other format shows everything."""
    if fmt == "terminal":
        return terminal.render(result, color=color, width=width, view=view)
    return FORMATS[fmt](result, color=color, width=width)
