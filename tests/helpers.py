"""Helpers shared by tests: the bundled catalogue loaded once, and index extraction with it."""
from __future__ import annotations

import functools

from gri_check import index
from gri_check.index.model import ContentIndex
from gri_check.ingest.document import Document
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.codes import CodeReader
from gri_check.standards.load import load_catalogue


@functools.cache
def bundled() -> Catalogue:
    return load_catalogue()


@functools.cache
def bundled_reader() -> CodeReader:
    return CodeReader.of(bundled())


def extract_index(doc: Document) -> ContentIndex:
    """The content indexes of `doc`, read with the bundled catalogues."""
    return index.extract(doc, bundled(), bundled_reader())
