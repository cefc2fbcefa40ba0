"""The stories benchmark's growth exponent (the benchmark itself prints figures and is not run here)."""

import pytest

from summarizer.stories_bench import growth_exponent


def test_growth_exponent_of_linear_and_quadratic_times() -> None:
    sizes = [1_000, 10_000, 100_000]
    assert growth_exponent(sizes, [2.0 * n for n in sizes]) == pytest.approx(1.0)
    assert growth_exponent(sizes, [1e-6 * n * n for n in sizes]) == pytest.approx(2.0)
    assert growth_exponent(sizes[:2], [5.0, 50.0 * 10**0.5]) == pytest.approx(1.5)


def test_growth_exponent_needs_two_sizes() -> None:
    assert growth_exponent([1_000], [3.0]) is None
    assert growth_exponent([1_000, 1_000], [3.0, 4.0]) is None
