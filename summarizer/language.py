"""Language detection and per-language word analysis: tokens, stop words, stems."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import InputError

SUPPORTED = ("id", "en")
# Malay and Indonesian are close enough for the detector to mix them up; both are served by "id".
_ALIASES = {"ms": "id"}
DETECT_SAMPLE_CHARS = 20_000
STEM_CACHE_SIZE = 200_000

# A word: letters or digits, with inner hyphens, apostrophes or number separators ("Jong-un", "11.000", "03.00").
WORD_RE = re.compile(r"\w+(?:[-'’.,]\w+)*")
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*$")


def is_number(word: str) -> bool:
    """True for tokens such as "2024", "11.000" or "03.00"."""
    return bool(_NUMBER_RE.match(word))


def words(text: str) -> list[re.Match[str]]:
    """Word tokens of `text` with their character spans."""
    return list(WORD_RE.finditer(text))


def _load_list(name: str) -> frozenset[str]:
    text = resources.files("summarizer").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# Sastrawi's list (from Tala's study) treats these as stop words, but in news they carry the fact:
# "kunjungan pertama" (first visit), "dua dekade", "tiba di" (arrived in), "ibu kota" (capital).
_INDONESIAN_CONTENT_WORDS = frozenset(
    ["pertama", "kedua", "ketiga", "satu", "dua", "tiga", "empat", "lima", "tiba", "ibu", "terakhir"]
)


def stop_words(language: str) -> frozenset[str]:
    """Stop words from well-kept packages: PySastrawi's for Indonesian, sumy's for English."""
    if language == "id":
        from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

        return frozenset(StopWordRemoverFactory().get_stop_words()) - _INDONESIAN_CONTENT_WORDS
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


def abbreviations(language: str) -> frozenset[str]:
    """Abbreviations that a period does not end a sentence after, lower case, without the final period."""
    return _load_list(f"abbreviations/{language}.txt")


def _indonesian_stemmer() -> Callable[[str], str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # The factory's stemmer keeps its own cache; ours in front also skips Sastrawi's text normalisation.
    return StemmerFactory().create_stemmer().stem


def _english_stemmer() -> Callable[[str], str]:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english").stem


_STEMMERS: dict[str, Callable[[], Callable[[str], str]]] = {"id": _indonesian_stemmer, "en": _english_stemmer}


@dataclass(frozen=True)
class Analyzer:
    """Turns text into the terms that TF-IDF counts: lower-cased stems of content words."""

    language: str
    stop: frozenset[str]
    stem: Callable[[str], str]

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of `text`, in order; numbers kept whole."""
        out: list[str] = []
        for match in WORD_RE.finditer(text):
            out.extend(self.word_terms(match.group()))
        return out

    def word_terms(self, word: str) -> list[str]:
        """The terms one surface word contributes (none for a stop word)."""
        lower = word.lower().replace("’", "'")
        if is_number(lower):
            return [lower.replace(",", ".")]
        if lower in self.stop:
            return []
        stems = []
        for part in self.stem(lower).split("-") if "-" in lower else [self.stem(lower)]:
            part = part.strip("'.,")
            if len(part) > 1 and part not in self.stop:
                stems.append(part)
        return stems

    def is_content(self, word: str) -> bool:
        """True when `word` carries meaning on its own (not a stop word, not punctuation)."""
        return bool(self.word_terms(word))


@lru_cache(maxsize=len(SUPPORTED))
def analyzer_for(language: str) -> Analyzer:
    """The shared analyzer of `language`; its stem cache is a pure memo, safe to share between threads."""
    if language not in SUPPORTED:
        raise InputError(f"language {language!r} is not supported; use one of: {', '.join(SUPPORTED)}")
    stem = lru_cache(maxsize=STEM_CACHE_SIZE)(_STEMMERS[language]())
    return Analyzer(language=language, stop=stop_words(language), stem=stem)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str:
    """py3langid's best guess among all the languages it knows (ISO 639-1), supported here or not."""
    code = _identifier().classify(text[:DETECT_SAMPLE_CHARS])[0]
    return _ALIASES.get(code, code)


def detect(texts: Iterable[str]) -> str:
    """The supported language the texts are written in, by py3langid's offline model."""
    sample = ""
    for text in texts:
        sample += text + "\n"
        if len(sample) >= DETECT_SAMPLE_CHARS:
            break
    if not sample.strip():
        raise InputError("no text to detect the language of")
    for code, _probability in _identifier().rank(sample[:DETECT_SAMPLE_CHARS]):
        code = _ALIASES.get(code, code)
        if code in SUPPORTED:
            return code
    raise InputError("could not detect the language; pass --language id or en")  # pragma: no cover
