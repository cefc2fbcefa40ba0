import pytest

from summarizer.errors import InputError
from summarizer.language import Analyzer, analyzer_for, detect, is_number, is_stemmed
from summarizer.options import RULES


def test_detects_indonesian_and_english():
    assert detect(["Presiden Rusia Vladimir Putin telah tiba di Korea Utara untuk bertemu pemimpinnya."]) == "id"
    assert detect(["The Russian president arrived in North Korea on Wednesday to meet its leader."]) == "en"


def test_detect_needs_text():
    with pytest.raises(InputError):
        detect(["   "])


def test_indonesian_terms_are_stemmed_without_stop_words():
    terms = analyzer_for("id").terms("Ini adalah kunjungan pertama presiden Rusia sejak tahun 2000.")
    assert terms == ["kunjung", "pertama", "presiden", "rusia", "tahun", "2000"]


def test_hyphenated_names_split_and_reduplication_folds():
    analyzer = analyzer_for("id")
    assert analyzer.terms("Kim Jong-un") == analyzer.terms("Kim Jong Un")
    assert analyzer.terms("negara-negara") == ["negara"]


def test_english_snowball_stems():
    assert analyzer_for("en").terms("The visits were visiting visitors") == ["visit", "visit", "visitor"]


def test_numbers_keep_their_separators():
    assert analyzer_for("id").terms("11.000 butir pada 03.00") == ["11.000", "butir", "03.00"]
    assert is_number("11.000") and not is_number("Jong-un")


def test_unknown_language_code_is_an_input_error():
    with pytest.raises(InputError):
        analyzer_for("zz")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le président russe est arrivé mercredi en Corée du Nord pour rencontrer son dirigeant.", "fr"),
        ("Ruský prezident přiletěl ve středu do Severní Koreje, aby se setkal s jejím vůdcem.", "cs"),
        ("Ο Ρώσος πρόεδρος έφτασε την Τετάρτη στη Βόρεια Κορέα για να συναντήσει τον ηγέτη της.", "el"),
        ("وصل الرئيس الروسي يوم الأربعاء إلى كوريا الشمالية للقاء زعيمها.", "ar"),
        ("रूसी राष्ट्रपति बुधवार को उत्तर कोरिया के नेता से मिलने पहुंचे।", "hi"),
        ("הנשיא הרוסי הגיע ביום רביעי לצפון קוריאה כדי להיפגש עם מנהיגה.", "he"),
    ],
)
def test_detects_other_languages_offline(text, code):
    assert detect([text]) == code


def test_each_language_gets_its_own_snowball_stemmer_and_stop_words():
    french = analyzer_for("fr")
    assert french.terms("Les maisons de la ville") == ["maison", "vill"]
    assert analyzer_for("el").stop and analyzer_for("cs").stop and analyzer_for("hi").stop
    assert is_stemmed("ar") and is_stemmed("hi")


def test_language_without_a_stemmer_is_not_stemmed_by_another():
    hebrew = analyzer_for("he")
    assert not is_stemmed("he")
    assert hebrew.terms("maisons visiting") == ["maisons", "visiting"]


def test_summary_of_a_language_without_a_stemmer_warns():
    from summarizer.pipeline import summarize

    reports = [
        "הנשיא הרוסי הגיע ביום רביעי לצפון קוריאה כדי להיפגש עם מנהיגה. הביקור נמשך יומיים.",
        "נשיא רוסיה נחת בפיונגיאנג ביום רביעי לביקור של יומיים. הוא נפגש עם קים.",
    ]
    summary = summarize(reports)
    assert summary.corpus.language == "he"
    assert any("no stemmer" in warning for warning in summary.warnings)


def test_hindi_words_keep_their_vowel_signs():
    assert analyzer_for("hi").terms("अमेरिकी प्रतिनिधि सभा") == ["अमेरिक", "प्रतिनिध", "सभ"]


def test_french_elided_articles_do_not_hide_the_word():
    french = analyzer_for("fr")
    assert french.terms("l'accord") == french.terms("accord") == ["accord"]
    assert french.terms("jusqu’à l’Ukraine") == ["ukrain"]


@pytest.mark.parametrize("code", [c for c in RULES["language"].choices if c != "auto"])
def test_every_offered_language_is_accepted(code):
    """The CLI, the form and the OpenAPI enum offer these codes: each must have an analyzer ("yi" was refused)."""
    assert analyzer_for(code).language == code


def test_chinese_and_japanese_sentences_are_kept_and_compared():
    """No spaces between words: each Han character or kana is a word, so sentences are not dropped as too short."""
    from summarizer import Options, summarize, to_dict

    a = "周一，海法市发生火灾。数百名居民被消防队疏散。当局表示，损失将达到数百万。"
    b = "周一海法市发生了火灾。当局表示，损失将达到数百万。消防队员连夜扑救。"
    data = to_dict(summarize([a, b], Options(unique=0, language="zh")))
    assert len(data["documents"][0]["sentences"]) == 3
    shared = [item for item in data["brief"] if "损失" in item["text"]]
    assert shared and shared[0]["documents"] == ["doc1", "doc2"]
    assert any(u["kind"] == "fact" and "消防队员" in u["text"] for u in data["unique"])
    assert analyzer_for("ja").terms("東京で地震") == ["東", "京", "地", "震"]


def test_an_analyzer_learns_words_read_elsewhere_without_stemming_them():
    """Dask workers take the words grouping stemmed: the same terms, and the stemmer is not asked again."""
    text = "Polisi menangkap dua tersangka pencurian di rumahnya pada Senin."
    first = analyzer_for("id")
    expected = first.terms(text)
    asked: list[str] = []
    second = Analyzer(language="id", stop=first.stop, stem=lambda word: asked.append(word) or word)
    second.learn_words(first.read_words())
    assert second.terms(text) == expected and not asked
    assert Analyzer(language="id", stop=first.stop, stem=str.upper).terms(text) != expected  # would have been stemmed
