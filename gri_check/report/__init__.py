"""Renderers: RunResult -> text. Each is pure; only write.py touches the disk."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from gri_check.report import json_, terminal
from gri_check.result import RunResult

Renderer = Callable[..., str]
FORMATS: Mapping[str, Renderer] = {"terminal": terminal.render, "json": json_.render}


def render(fmt: str, result: RunResult, *, color: bool = False, width: int = 100) -> str:
    return FORMATS[fmt](result, color=color, width=width)
