"""The faster Indonesian stemmer (`summarizer.stem_id`) gives PySastrawi's own stems."""

from __future__ import annotations

import random
from pathlib import Path

from Sastrawi.Stemmer.Context.Visitor.VisitorProvider import VisitorProvider
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from summarizer.language import WORD_RE
from summarizer.stem_id import by_first_letter, indonesian_stemmer, visitor_letters

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PREFIXES = "me mem men meng meny menge pe pem pen peng peny penge per memper diper ber be bel ter te di ke se ku kau"
SUFFIXES = ["", "kan", "an", "i", "nya", "lah", "kah", "pun", "ku", "mu", "is", "isme", "isasi", "kannya", "-nya"]


def _words() -> list[str]:
    """Affixed dictionary words (every prefix rule and suffix), reduplications, and the seeds' words as written."""
    dictionary = [w for w in StemmerFactory().get_words() if w]
    rng = random.Random(13)
    made = {p + rng.choice(dictionary) + s for p in PREFIXES.split() for s in SUFFIXES for _ in range(4)}
    made |= {f"{w}-{w}{rng.choice(SUFFIXES)}" for w in rng.sample(dictionary, 200)}
    made |= {f"{p}{w}-{w}" for p in ("ber", "meng", "di") for w in rng.sample(dictionary, 50)}
    seeds = {w.lower() for path in sorted(SEEDS.glob("*.txt")) for w in WORD_RE.findall(path.read_text("utf-8"))}
    odd = {"", "ku", "kau", "a", "me", "di-", "-nya", "belajar", "pelajar", "Memperbaiki", "ber-3", "ş", "x y  z"}
    return sorted(made | seeds | odd)


def test_stems_are_sastrawis_own() -> None:
    words = _words()
    assert len(words) > 2500
    sastrawi = StemmerFactory().create_stemmer().stem
    fast = indonesian_stemmer()
    differ = [(w, sastrawi(w), fast(w)) for w in words if sastrawi(w) != fast(w)]
    assert not differ
    assert sum(fast(w) != w for w in words) > 1000  # the words are stemmed, not passed through


def test_every_prefix_rule_has_its_first_letters() -> None:
    visitors = VisitorProvider().get_prefix_visitors()
    letters = [visitor_letters(v) for v in visitors]
    assert letters[0] is None  # plain prefixes di-, ke-, se-: always tried
    assert all(found for found in letters[1:])  # a rule of an unknown name would be tried on every word
    table = by_first_letter(visitors)
    assert len(table["m"]) < len(visitors) // 2
    assert table["a"] == visitors[:1]
    assert [v for v in visitors if v in table["p"]] == table["p"]  # order kept


def test_snowball_stems_are_the_pure_python_ones() -> None:
    """Snowball stemmers come from PyStemmer (C) when it is installed: the same stems as snowballstemmer's own."""
    import importlib

    import snowballstemmer
    import stopwordsiso
    from Stemmer import Stemmer as CStemmer

    from summarizer.language import SNOWBALL, analyzer_for

    assert snowballstemmer.stemmer is CStemmer  # the dependency is installed and used
    endings = ("", "s", "es", "ed", "ing", "ement", "ation", "ungen", "ità", "ями", "ları", "ाओं", "ين", "ους")
    compared = 0
    for code, name in sorted(SNOWBALL.items()):
        module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
        python = getattr(module, f"{name.capitalize()}Stemmer")()
        stops = sorted(stopwordsiso.stopwords(code)) if stopwordsiso.has_lang(code) else []
        words = [w + e for w in [*stops[:150], "international", "administración"] for e in endings]
        stem = analyzer_for(code).stem if code != "en" else CStemmer(name).stemWord
        differ = [w for w in words if stem(w) != python.stemWord(w)]
        assert not differ, (code, differ[:5])
        compared += len(words)
    assert compared > 30_000
