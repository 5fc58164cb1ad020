"""The one compiled part of gri-check, optional: pdf_extract reads glyphs in Python when it cannot be built.

Everything else is declared in pyproject.toml.
"""
from setuptools import Extension, setup

setup(ext_modules=[Extension(
    "gri_check.ingest._glyphs", ["gri_check/ingest/_glyphs.c"], optional=True,
    # No fused multiply-add: the C loop must round as Python's floats do, so both give the same words.
    extra_compile_args=["-O2", "-ffp-contract=off"],
)])
