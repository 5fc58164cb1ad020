"""The layout's fast replacements give the very values of what they replace (statistics.median,
numpy.quantile, Counter.most_common, a scan for each section's end): PDF output must stay byte-identical."""
from __future__ import annotations

import pickle
import random
import statistics
from collections import Counter

import numpy as np
import pytest

from gri_check.ingest.layout import _section_ends
from gri_check.ingest.pdf_layout import Fragment, Row, _fragment, _median_without, mode
from gri_check.ingest.pdf_tables import _quantile
from gri_check.ingest.pdf_types import Word


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
