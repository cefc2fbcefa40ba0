"""Peak memory (resident maximum) of a process that has asked whether a word is common in the story languages.

`language.common_words` answers wordfreq's Zipf >= 5.0 question; this prints the process's peak before and after
asking it once in each language of the eval data (IndoSum's Indonesian, TAC 2011's seven). Prints; asserts nothing.

    python scripts/common_words_memory.py
"""

from __future__ import annotations

import resource

from summarizer.language import common_words

LANGUAGES = ("id", "en", "ar", "cs", "fr", "el", "he", "hi")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    start = _peak_mb()
    for language in LANGUAGES:
        common_words(language)("minister")
        print(f"after {language}: peak {_peak_mb():.0f} MB")
    end = _peak_mb()
    print(f"peak {start:.0f} MB before, {end:.0f} MB after {len(LANGUAGES)} languages (+{end - start:.0f} MB)")


if __name__ == "__main__":
    main()
