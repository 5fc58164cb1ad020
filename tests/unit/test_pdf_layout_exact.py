"""The layout's fast replacements give the very values of what they replace (statistics.median,
numpy.quantile, Counter.most_common, a scan for each section's end, the gutter grid read column by column,
the regex passes of text clean-up, dataclass pickling): PDF output must stay byte-identical."""
from __future__ import annotations

import pickle
import random
import re
import statistics
import unicodedata
from collections import Counter

import numpy as np
import pytest

from gri_check.ingest.layout import _section_ends, title_key
from gri_check.ingest.normalise import _SPACES, _TRANSLATE, collapse_spaces, normalise_chars
from gri_check.ingest.pdf import _HYPHENATED, _ends_broken, _Page
from gri_check.ingest.pdf_columns import _starts_between, column_of
from gri_check.ingest.pdf_layout import (
    Fragment,
    Row,
    _distinct_columns,
    _fragment,
    _free_runs,
    _median_without,
    _strips,
    mode,
    pack_rows,
    unpack_rows,
)
from gri_check.ingest.pdf_pages import PageRows
from gri_check.ingest.pdf_tables import _quantile
from gri_check.ingest.pdf_types import Rule, Word


def _samples(seed: int) -> list[list[float]]:
    rng = random.Random(seed)
    out: list[list[float]] = [[1.0], [0.25, 0.25], [0.0, -0.0, 0.0], [3.0, 1.0, 2.0, 2.0]]
    for n in range(2, 40):
        out.append([rng.uniform(-1, 600) for _ in range(n)])
        out.append([float(rng.randint(0, 4)) for _ in range(n)])  # many ties
        out.append([round(rng.uniform(0, 3), 2) for _ in range(n)])
    return out


def test_median_without_one_value_is_statistics_median_of_the_others() -> None:
    for values in _samples(7)[1:]:
        ordered = sorted(values)
        for i, v in enumerate(values):
            expected = statistics.median(values[:i] + values[i + 1 :])
            assert repr(_median_without(ordered, v)) == repr(expected), (values, i)


@pytest.mark.parametrize("q", [0.9, 0.0, 0.5, 0.25, 1.0, 0.333])
def test_quantile_has_the_bits_of_numpy_linear_quantile(q: float) -> None:
    for values in _samples(11):
        assert repr(_quantile(values, q)) == repr(float(np.quantile(values, q))), values


def test_mode_breaks_ties_like_counter_most_common() -> None:
    rng = random.Random(3)
    for _ in range(500):
        values = [rng.choice([9.5, 10.0, 12.0, 400, 700]) for _ in range(rng.randint(1, 12))]
        assert mode(values) == Counter(values).most_common(1)[0][0]
    assert mode([10.0, 12.0, 12.0, 10.0]) == 10.0  # a tie: the first seen


def test_fragment_size_and_weight_are_those_most_characters_have_first_seen_on_a_tie() -> None:
    def w(text: str, size: float, weight: int) -> Word:
        return Word(text=text, x0=0, x1=1, top=0, bottom=1, size=size, weight=weight)

    merged = _fragment([w("abc", 12.0, 400), w("cd", 10.04, 700), w("ef", 9.96, 700)])
    assert (merged.size, merged.weight) == (10.0, 700)  # 10.04 and 9.96 are both 10.0: 4 characters to 3
    tied = _fragment([w("ab", 12.0, 700), w("cd", 10.0, 400)])
    assert (tied.size, tied.weight) == (12.0, 700)  # a tie: the first seen
    assert _fragment([w("x", 10.04, 400)]).size == 10.0


def test_row_bounds_are_worked_out_once_and_survive_pickling_to_a_worker() -> None:
    a = Fragment(text="a", x0=50, x1=90, top=103, bottom=110, size=10, weight=400)
    b = Fragment(text="b", x0=120, x1=200, top=100, bottom=112, size=12, weight=400)
    row = pickle.loads(pickle.dumps(Row(fragments=(a, b))))
    assert (row.top, row.bottom, row.x0, row.x1) == (100, 112, 50, 200)
    assert row == Row(fragments=(a, b)) and repr(row) == f"Row(fragments={(a, b)!r})"


def test_section_ends_are_the_next_heading_at_the_same_level_or_above() -> None:
    rng = random.Random(5)
    for _ in range(300):
        levels: list[int | None] = [rng.choice([None, None, 1, 2, 3]) for _ in range(rng.randint(0, 30))]
        heads = [i for i, lv in enumerate(levels) if lv is not None]
        expected = {i: next((j for j in heads if j > i and levels[j] <= levels[i]), len(levels))  # type: ignore[operator]
                    for i in heads}
        assert _section_ends(heads, levels, len(levels)) == expected


def _grid(rng: random.Random) -> np.ndarray:
    """A free-space grid as text leaves it: each row filled in a few spans."""
    rows, bins = rng.randint(1, 30), rng.randint(1, 90)
    free = np.ones((rows, bins), dtype=bool)
    for i in range(rows):
        for _ in range(rng.randint(0, 4)):
            a = rng.randrange(bins)
            free[i, a : a + rng.randint(1, 40)] = False
    return free


def _runs_by_column(free: np.ndarray) -> set[tuple[int, int]]:
    """The runs as first written: a 2-d pass over every grid column."""
    padded = np.zeros((free.shape[1], free.shape[0] + 2), dtype=np.int8)
    padded[:, 1:-1] = free.T
    edges = np.diff(padded, axis=1)
    _, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)
    keep = ends - starts >= 3
    return set(zip(starts[keep].tolist(), ends[keep].tolist()))


def _strips_by_run(free: np.ndarray, runs: set[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for start, end in runs:
        white = np.concatenate([[False], free[start:end].all(axis=0), [False]]).astype(np.int8)
        edges = np.diff(white)
        out += [((start, end), (a, b)) for a, b in zip(np.flatnonzero(edges == 1).tolist(),
                                                         np.flatnonzero(edges == -1).tolist())]
    return out


def test_gutter_runs_and_strips_read_off_the_distinct_columns_are_those_of_the_whole_grid() -> None:
    rng = random.Random(9)
    for _ in range(400):
        free = _grid(rng)
        distinct, at = _distinct_columns(free)
        runs = _free_runs(distinct)
        expected = _runs_by_column(free)
        assert list(runs) == list(expected)  # the same set, iterated in the same order: ties are met in it
        if runs:
            strips = [(run, (at[k0], at[k1])) for run, (k0, k1) in _strips(distinct, runs)]
            assert strips == _strips_by_run(free, expected)


def test_page_rows_and_rules_pickle_compactly_and_come_back_equal() -> None:
    a = Fragment(text="Scope 1", x0=50.25, x1=90.0, top=103.5, bottom=110.0, size=10.0, weight=400)
    b = Fragment(text="-0", x0=120.0, x1=200.0, top=100.0, bottom=112.0, size=12.5, weight=700)
    c = Fragment(text="", x0=-0.0, x1=1, top=2, bottom=3, size=9, weight=300)  # ints stay ints
    rows = PageRows(number=3, width=595.0, height=842.0, rows=(Row(fragments=(a, b)), Row(fragments=(c,))))
    page = _Page(rows=rows, rules=(Rule(x0=1.5, x1=300.0, y=40.25), Rule(x0=0.0, x1=2.0, y=-1.0)))
    back = pickle.loads(pickle.dumps(page))
    assert back == page and repr(back) == repr(page)
    assert [(r.top, r.bottom, r.x0, r.x1) for r in back.rows.rows] == [(100.0, 112.0, 50.25, 200.0), (2, 3, -0.0, 1)]
    assert unpack_rows(*pack_rows(())) == ()


def test_title_key_is_the_folding_it_replaced() -> None:
    def folded(text: str) -> str:  # the first spelling: non-word runs to spaces, then split and joined
        return " ".join(re.sub(r"[^\w\u3400-\u9fff]+", " ", text.lower().replace("&", " and ")).split())

    rng = random.Random(4)
    alphabet = "aB1_ &-—.,\t\n\u3000\u00a0\u2003\u4e00éİß"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert title_key(text) == folded(text), repr(text)
    assert all(re.fullmatch(r"[^\w\u3400-\u9fff]", chr(c)) for c in range(0x110000) if chr(c).isspace())


def test_the_quick_paths_of_text_clean_up_give_what_the_full_ones_give() -> None:
    rng = random.Random(6)
    alphabet = "ab -\r\n\t\u00ad\u2019\u00a0\u3000\ufb01é"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        full = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
        assert normalise_chars(text) == full.translate(_TRANSLATE), repr(text)
        assert collapse_spaces(text) == _SPACES.sub(" ", text).strip(), repr(text)
        word_break = re.search(r"[^\W\d_]-$", text) is not None
        assert _ends_broken(text) == word_break, repr(text)
        vocabulary = [m.span() for m in re.finditer(r"[^\W\d_]+-[^\W\d_]+", text)]
        assert [m.span() for m in _HYPHENATED.finditer(text)] == vocabulary, repr(text)


def test_column_of_counts_the_separators_at_or_left_of_the_edge() -> None:
    rng = random.Random(8)
    for _ in range(2000):
        seps = sorted(rng.choice([10.0, 20.5, 30.0, rng.uniform(0, 50)]) for _ in range(rng.randint(0, 6)))
        x = rng.choice([9.0, 19.5, 29.0, rng.uniform(-5, 55)])
        assert column_of(x, seps) == sum(1 for s in seps if s <= x + 1.0)
        lo, hi = sorted((rng.uniform(0, 50), rng.uniform(0, 50)))
        assert _starts_between(seps, lo, hi) == any(lo <= s < hi for s in seps)
