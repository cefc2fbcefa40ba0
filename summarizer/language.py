"""Language detection and per-language word analysis: tokens, stop words, stems."""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice

from .errors import InputError

# Snowball's algorithm for each ISO 639-1 code (the snowballstemmer package); Indonesian keeps PySastrawi's stemmer.
SNOWBALL = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "ga": "irish", "it": "italian",
    "lt": "lithuanian", "ne": "nepali", "no": "norwegian", "nb": "norwegian", "fa": "persian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "es": "spanish", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
# Languages with both a stemmer and a stop-word list: detected and analysed fully.
SUPPORTED = ("id", "en", *sorted(set(SNOWBALL) - {"id", "en"}))
# Malay and Indonesian are close enough for the detector to mix them up; both are served by "id".
_ALIASES = {"ms": "id"}
PLAIN = "xx"  # a language without a stemmer here: plain TF-IDF over lower-cased words
DETECT_SAMPLE_CHARS = 20_000
STEM_CACHE_SIZE = 200_000


def _mark_class() -> str:
    """Combining marks of the Basic Multilingual Plane as a regex class body: Python's \\w leaves them out, and
    Devanagari vowel signs and viramas, Arabic harakat or Hebrew points sit inside words."""
    marks = [cp for cp in range(0x300, 0x10000) if unicodedata.category(chr(cp)).startswith("M")]
    ranges: list[tuple[int, int]] = []
    for cp in marks:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# Han ideographs and kana: Chinese and Japanese write no spaces, so each character is a word of its own here
# (character unigrams, the usual baseline for CJK retrieval), which keeps word counts and spans meaningful.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD_CHAR = rf"[^\W{CJK}]|[{_mark_class()}]"
# A word: letters or digits (with their combining marks), with inner hyphens, apostrophes or number separators
# ("Jong-un", "11.000", "03.00"); or one CJK character.
WORD_RE = re.compile(rf"(?:{WORD_CHAR})+(?:[-'’.,](?:{WORD_CHAR})+)*|[{CJK}]")
_CJK_RE = re.compile(rf"[{CJK}]")
# Languages that elide an article or particle onto the next word: "l'accord" is "accord" to compare.
ELIDING = frozenset({"fr", "it", "ca"})
_ELISION_RE = re.compile(r"^(?:[a-z]{1,2}|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|quell)'(?=\w)")
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
    """Stop words from well-kept packages: PySastrawi's for Indonesian, sumy's for English, stopwords-iso's else."""
    if language == "id":
        from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

        return frozenset(StopWordRemoverFactory().get_stop_words()) - _INDONESIAN_CONTENT_WORDS
    if language == "en":
        from sumy.utils import get_stop_words

        return frozenset(get_stop_words("english"))
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(word.lower() for word in stopwordsiso.stopwords(language))


@lru_cache(maxsize=64)
def abbreviations(language: str) -> frozenset[str]:
    """Abbreviations that a period does not end a sentence after, lower case, without the final period."""
    return _load_list(f"abbreviations/{language}.txt")


@lru_cache(maxsize=1)
def news_abbreviations() -> frozenset[str]:
    """The shipped abbreviations of every language: news in one language quotes another's ("U.S.", "Jl.", "Capt.")."""
    return abbreviations("id") | abbreviations("en")


def _indonesian_stemmer() -> Callable[[str], str]:
    from .stem_id import indonesian_stemmer

    return indonesian_stemmer()  # PySastrawi's stems, each prefix rule tried only where it can apply


def _english_stemmer() -> Callable[[str], str]:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english").stem


def _snowball_stemmer(language: str) -> Callable[[str], str]:
    import snowballstemmer

    # With PyStemmer installed (a dependency), snowballstemmer hands out its C stemmers: the same stems (tested),
    # 10 to 30 times faster. One stemmer object is not for several threads at once: a lock keeps it to one.
    stem, lock = snowballstemmer.stemmer(SNOWBALL[language]).stemWord, threading.Lock()

    def locked(word: str) -> str:
        with lock:
            return str(stem(word))

    return locked


def _identity(word: str) -> str:
    return word


def _stemmer(language: str) -> Callable[[str], str]:
    if language == "id":
        return _indonesian_stemmer()
    if language == "en":
        return _english_stemmer()
    if language in SNOWBALL:
        return _snowball_stemmer(language)
    return _identity


WORD_CACHE = 200_000  # surface words whose terms an analyzer keeps (a day's feed has fewer distinct words)


@dataclass(frozen=True)
class Analyzer:
    """Turns text into the terms that TF-IDF counts: lower-cased stems of content words."""

    language: str
    stop: frozenset[str]
    stem: Callable[[str], str]
    # Each surface word's terms, read once: a feed repeats its words (cleared when it grows past WORD_CACHE).
    _read: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of `text`, in order; numbers kept whole."""
        out: list[str] = []
        read = self._read
        for word in WORD_RE.findall(text):  # word_terms without its copy of each word's terms
            found = read.get(word)
            out.extend(self.word_terms(word) if found is None else found)
        return out

    def word_terms(self, word: str) -> list[str]:
        """The terms one surface word contributes (none for a stop word)."""
        found = self._read.get(word)
        if found is None:
            if len(self._read) >= WORD_CACHE:
                self._read.clear()
            found = self._read[word] = tuple(self._word_terms(word))
        return list(found)

    def read_words(self, since: int = 0) -> dict[str, tuple[str, ...]]:
        """The surface words read so far with their terms (to spare another process the stemming): all, or those
        read after the first `since` (`read_count`; all when the cache was cleared since)."""
        if not 0 < since <= len(self._read):
            return dict(self._read)
        return dict(islice(self._read.items(), since, None))

    def read_count(self) -> int:
        """How many surface words have been read so far (a mark for `read_words`)."""
        return len(self._read)

    def unread(self, words: Iterable[str]) -> list[str]:
        """Those of `words` not read yet, in order (to read them in other processes: `learn_words`)."""
        return [word for word in words if word not in self._read]

    def learn_words(self, read: dict[str, tuple[str, ...]]) -> None:
        """Take words already read elsewhere (`read_words` of this language's analyzer): the same terms, no stemming.

        A word's terms depend only on its lower-case form (`_word_terms`), which claims and names look up too:
        that form is learned with it (it would be stemmed again, the stemmer's own cache being empty here)."""
        if len(self._read) + 2 * len(read) > WORD_CACHE:
            return
        self._read.update(read)
        for word, terms in read.items():
            lower = word.lower().replace("’", "'")
            if lower != word and lower.lower().replace("’", "'") == lower:
                self._read.setdefault(lower, terms)

    def _word_terms(self, word: str) -> list[str]:
        lower = word.lower().replace("’", "'")
        if self.language in ELIDING:
            lower = _ELISION_RE.sub("", lower)
        if is_number(lower):
            return [lower.replace(",", ".")]
        if lower in self.stop:
            return []
        if _CJK_RE.match(lower):
            return [lower]  # one character: a term of its own (the stop list drops 的, 了 ...)
        stems = []
        for part in self.stem(lower).split("-") if "-" in lower else [self.stem(lower)]:
            part = part.strip("'.,")
            if len(part) > 1 and part not in self.stop:
                stems.append(part)
        return stems

    def is_content(self, word: str) -> bool:
        """True when `word` carries meaning on its own (not a stop word, not punctuation)."""
        return bool(self.word_terms(word))


def known(language: str) -> bool:
    """True for a code the detector knows (ISO 639-1), stemmed here or not."""
    return language == PLAIN or language in SUPPORTED or language in _identifier().nb_classes


@lru_cache(maxsize=16)
def analyzer_for(language: str) -> Analyzer:
    """The shared analyzer of `language`; its stem cache is a pure memo, safe to share between threads.

    A language without a Snowball stemmer gets no stemming (and its stop words when stopwords-iso has them),
    never another language's stemmer.
    """
    if not known(language):
        raise InputError(f"language {language!r} is not known; use an ISO 639-1 code such as id, en or fr")
    stem = lru_cache(maxsize=STEM_CACHE_SIZE)(_stemmer(language))
    stop = stop_words(language) if language != PLAIN else frozenset()
    return Analyzer(language=language, stop=stop, stem=stem)


def is_stemmed(language: str) -> bool:
    """True when `language` has its own stemmer here."""
    return language in SUPPORTED


def unstemmed_warning(language: str) -> str:
    """What to tell the user when `language` is summarised without a stemmer."""
    return f"language {language!r} has no stemmer here; words are compared unstemmed (plain TF-IDF)"


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str:
    """py3langid's best guess among all the languages it knows (ISO 639-1), supported here or not."""
    code = _identifier().classify(text[:DETECT_SAMPLE_CHARS])[0]
    return _ALIASES.get(code, code)


def detect(texts: Iterable[str]) -> str:
    """The language the texts are written in (ISO 639-1), by py3langid's offline model."""
    sample = ""
    for text in texts:
        sample += text + "\n"
        if len(sample) >= DETECT_SAMPLE_CHARS:
            break
    if not sample.strip():
        raise InputError("no text to detect the language of")
    return identify(sample)


# A word this frequent in the language at large (wordfreq's Zipf scale: 5 is once per 100,000 words: "doctor",
# "minister", "Jakarta", "Kepala") says little of which event or person is meant, however rare it is in a set.
COMMON_ZIPF = 5.0
_WORDFREQ_CODES = {"no": "nb", "sr": "sh"}  # wordfreq's codes for Norwegian (Bokmal) and Serbian (Serbo-Croatian)


# wordfreq's frequency buckets are centibels (bucket i: 10 ** (-i / 100)); Zipf 5.0 is bucket 400. A token past
# this bucket makes any word built on it rarer than Zipf 4.9 even after wordfreq's rounding: only the buckets up to
# it are kept (a few thousand words a language instead of wordfreq's whole table, about 50 MB a language).
_FREQUENT_BUCKETS = 410


@lru_cache(maxsize=16)
def common_words(language: str) -> Callable[[str], bool]:
    """Whether a word is common in `language` at large (never, for a language wordfreq has no list of).

    The decision of `wordfreq.zipf_frequency(word, language) >= COMMON_ZIPF`, exactly (tests/test_common_words.py):
    the same tokenization, number handling and rounding, over the language's frequent tokens only.
    """
    from wordfreq import available_languages

    code = _WORDFREQ_CODES.get(language, language)
    path = available_languages().get(code)
    if path is None:
        return lambda word: False
    frequent = _frequent_tokens(path)
    from wordfreq.language_info import get_language_info

    info = get_language_info(code)
    # wordfreq reads a word of ASCII letters as one token, the word in lower case, in every language with its
    # regex tokenizer but those whose capital I is a dotless i (Turkish): such a token that is not a frequent
    # one makes the word rare, with no need of wordfreq's tokenizer (a feed's words are mostly rare)
    plain = info["tokenizer"] == "regex" and not info["dotless_i"]

    @lru_cache(maxsize=65536)
    def common(word: str) -> bool:
        if plain and word.isascii() and word.isalpha() and word.lower() not in frequent:
            return False
        return _zipf(word, code, frequent) >= COMMON_ZIPF

    return common


def _frequent_tokens(path: str) -> dict[str, float]:
    """Token -> frequency of wordfreq's first _FREQUENT_BUCKETS buckets, as `wordfreq.get_frequency_dict` has them.

    The table is read as a stream (`wordfreq.read_cBpack`'s format: a header, then one list per bucket) and left
    after the last bucket kept, so that the whole table is never in memory.
    """
    import gzip

    import msgpack
    from wordfreq import cB_to_freq

    frequent: dict[str, float] = {}
    with gzip.open(path, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        buckets = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"unexpected wordfreq table header in {path}: {header!r}")
        for index in range(min(buckets, _FREQUENT_BUCKETS + 1)):
            freq = cB_to_freq(-index)
            for token in unpacker.unpack():
                frequent[token] = freq
    return frequent


def _zipf(word: str, code: str, frequent: dict[str, float]) -> float:
    """`wordfreq.zipf_frequency(word, code)` when it is at least Zipf 4.9, else 0.0 (or a value below 4.9).

    wordfreq's `_word_frequency` and `zipf_frequency` step by step (wordfreq 3.1), over the frequent tokens: a
    token not among them, in the table or not, makes the word rarer than Zipf 4.9 (several tokens combine as
    1 / f = 1 / f1 + 1 / f2 ..., at most the rarest's frequency; digits and inferred spaces only lower it).
    """
    from wordfreq import INFERRED_SPACE_FACTOR, freq_to_zipf
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    minimum = 1e-9  # zipf_frequency's default: Zipf 0
    tokens = lossy_tokenize(word, code)
    if not tokens:
        return 0.0
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        if smashed not in frequent:
            return 0.0
        freq = frequent[smashed]
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(code)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(freq_to_zipf(round(unrounded, leading_zeroes + 3)), 2)
