"""Numbers a sentence gives: scores ("3-1"), amounts with their currency, and counts with their unit (the nearest
content word after the number, or before it), a multiplier applied ("45 million", "150 tisíc"), number words read
("three", "tiga") and a hedge or bound before them ("more than", "sekitar"). Not read: clock times, codes and names
with numbers ("Flight 447", "A330-200"), labels ("stage 13"), a converted value in brackets ("10 km (6 miles)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .language import WORD_RE, Analyzer, is_number
from .normalize import (
    ABBREVIATED,
    NOT_COUNTS,
    SPACED_THOUSANDS_RE,
    canonical_number,
    currency_terms,
    longest_number_phrase,
    month_numbers,
    number_words,
    ordinal_words,
    read_number_phrase,
    spell,
    spelled_unit,
)
from .slot_dates import is_time
from .slot_hedges import qualifier as hedge
from .slot_value import (
    DATE,
    HYPHENED_RE,
    MONEY_RE,
    NUMBER,
    NUMBER_MARK,
    PEOPLE,
    PEOPLE_NOUNS,
    SCORE,
    Value,
    Words,
    is_year,
    people_noun,
    word_set,
    word_stems,
)

UNIT_WINDOW = 3  # tokens looked at on each side of a number for its unit
RANK = "#"  # the unit stems of a rank ("third strike") carry this mark


@lru_cache(maxsize=16)
def _multiplier_forms(language: str) -> dict[str, int]:
    """Every form of "thousand", "million" ... after one, two and five: a language that declines them (Czech
    "dva tisíce", "pět tisíc"; French "un million", "deux millions") writes "150 tisíc eur" for 150,000."""
    named = [(spell(n * 10**k, language), 10**k) for k in (3, 6, 9, 12) for n in (1, 2, 5)]
    forms = [(name.split(), value) for name, value in named if name]
    found: dict[str, int] = {}
    for words, value in forms:  # the smallest multiplier first: Spanish "dos mil millones" is no "millones"
        if len(words) > 1:
            found.setdefault(words[-1].lower(), value)
    return found


def _spelled_phrase(text: str, tokens: Sequence[re.Match[str]], n: int, language: str) -> tuple[int, int] | None:
    """(further tokens, number) of the longest number name of several words starting at token `n`, its words
    separated by single spaces ("Empat puluh dua pasien"), or None."""
    words = [tokens[n].group()]
    for k in range(n + 1, min(len(tokens), n + longest_number_phrase(language))):
        if text[tokens[k - 1].end() : tokens[k].start()] != " ":
            break
        words.append(tokens[k].group())
    found = read_number_phrase(words, 0, language)
    return None if found is None else (found[1], found[0])


# "3-1", "3 - 1": a score; not the "330-200" of "A330-200", a model's code
# Not "1-2,5" nor "3-4.5" (a decimal goes on), but "by 6-1, the bank said" (a comma or stop ends the score).
_SCORE_RE = re.compile(r"(?<![\w.,/:-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d/:%-]|[.,]\d)")
# A value in brackets right after another value and its unit is the same value converted: "10 km (6 miles)".
_CONVERSION_RE = re.compile(r"^\s?[^\W\d]+\s?[(\[]\s?$")
# A percent sign or word after a number, in the languages read ("12%", "12 per cent", "12 pour cent", "12 procent",
# "12 τοις εκατό", "12 persen"): one unit, "%"; matched at a position (no copy of the rest of the text).
_PERCENT_RE = re.compile(
    r"\s?(?:%|(?:per|pour|τοις) ?(?:cent|εκατό|εκατόν)\b|percent\b|procent\w*|persen\b|prozent\b|प्रतिशत"
    r"|(?:ب|في )ال(?:مئة|مائة)|אחוז\w*)",
    re.IGNORECASE,
)
PERCENT_LEADS = word_set("per pour τοις")  # "cent" after these is part of a percent word, not a hundred
PERCENT_HUNDREDS = word_set("cent εκατό")  # the hundred of a percent word
_POSSESSIVE_RE = re.compile(r"(?:['’]s|s['’])$")  # "Bank's", "the Reuters' ": an owner, not a name numbered
# Currency names written after an abbreviated amount ("65m euros", "1.2bn dollars"): that too is money.
CURRENCY_NAMES = word_set("euro euros dollar dollars dolar pound pounds sterling rupiah yen yuan")
_CURRENCY_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:(Rp|RP|IDR|USD|EUR|GBP|Rs|INR)\.? ?|[A-Z]{0,2}[$€£¥] ?)$")
# Codes the currency words do not name, as the currency's word ("Rs 10 lakh" is rupees, as "1 million rupees").
CODE_WORDS = {"Rs": "rupees", "INR": "rupees"}
# Indian multipliers ("Rs 10 lakh" = 1 million rupees, "2 crore"), in the languages their reports are written in.
INDIAN_MULTIPLIERS = {"lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "लाख": 10**5, "करोड़": 10**7}
# A currency amount right after these words converts another one ("7,3 juta dolar AS atau setara dengan Rp 2,3
# triliun"): like a converted value in brackets, not read.
CONVERTING = word_set("setara equivalent")
# Words that open a sentence before a count ("Some 5 ...", "Sebanyak 5 ..."), not a name with a number.
COUNT_OPENERS = word_set("sebanyak sejumlah terdapat tercatat total some nearly almost about around over only another")
# Nouns that number things: the number after one labels rather than counts ("stage 13", "round two", "pasal 27",
# "pekan ke-10"). Two labels are two things (the Tour's stage 13 and stage 15), never two accounts of one value.
NUMBERING = {
    "en": word_set(
        "stage round game leg matchday chapter article episode flight section clause paragraph page volume season "
        "lap heat hole week phase part step act scene verse item question amendment resolution route highway gate "
        "room platform seat row pier terminal number no"
    ),
    "id": word_set(
        "pasal ayat tahap babak ronde laga pekan jilid seri bab episode putaran etape nomor no halaman gelombang "
        "angkatan musim pertandingan partai gim set"
    ),
    "fr": word_set("étape manche journée chapitre article épisode vol tome saison numéro alinéa"),
    "cs": word_set("etapa etapě etapu etapy kolo kole kola článek článku kapitola kapitole díl dílu let letu číslo"),
    "el": word_set("πτήση πτήσης πτήσεως άρθρο άρθρου κεφάλαιο κεφαλαίου γύρος γύρου στάδιο σταδίου αριθμός"),
    "ar": word_set("الرحلة رحلة المادة مادة الجولة جولة الفصل رقم"),
    "he": word_set("טיסה טיסת סעיף פרק מספר"),
}
# A part of a whole: "Seven of the 16 cars", "tujuh dari 16 gerbong" (see _partitive).
PARTITIVE_LINKS = {"en": word_set("of"), "id": word_set("dari")}
# Words before "one" that make it no count: "no one", "the one", "salah satu" ("one of"), "satu per satu".
NOT_ONE_COUNTS = word_set("no the any every each this that which someone salah per")
# Words for one that are also the indefinite article ("sur un terrain", "ένα αεροσκάφος"): never a count alone.
ARTICLE_ONES = word_set("un une ένα ένας μία μια")
# English units of time after which "a" or "an" is one ("about an hour before kick-off", "a day after the quake"),
# unless a rate ("twice a day", "three times a week", "once a year"): RATE_WORDS before it.
ONE_UNITS = word_set("hour minute day week month year decade fortnight")
RATE_WORDS = word_set("once twice times per every")
ORDINAL_LINKS = word_set("ke no no. nr number nomor n° č")  # "pekan ke-10", "pasal nomor 5": still the label


def _precision(token: str) -> float:
    canonical = canonical_number(token)
    if "." in canonical:
        return 10.0 ** -len(canonical.split(".")[1])
    digits = canonical.rstrip("0")
    return 10.0 ** (len(canonical) - len(digits)) if digits else 1.0


def _unit(
    tokens: Sequence[re.Match[str]], n: int, skip: int, analyzer: Analyzer, text: str, lead: int = 0, extra: int = 0
) -> frozenset[str]:
    """Stems of the nearest content word after the number (past `skip` tokens, looking `extra` tokens further: see
    _partitive) and before it (past `lead` tokens of its currency: "Rp" of "Rp 12 miliar", "US" of "US$5 million")."""
    end = tokens[n + skip].end()
    if _PERCENT_RE.match(text, end):
        return frozenset({"%"})
    unit: set[str] = set()
    window = UNIT_WINDOW + extra
    for k in range(n + skip + 1, min(len(tokens), n + skip + 1 + window)):
        word = tokens[k].group()
        if is_number(word):
            if _PERCENT_RE.match(text, tokens[k].end()):  # "25-40%", "25 à 40 pour cent": a range of percents
                return frozenset({"%"})
            continue  # "2,000 or 3,000 metres": both are metres
        word = spelled_unit(word, analyzer.language).split()[0]  # "12 km" / "10 kilometer"
        terms = word_stems(word, analyzer) or people_noun(word, analyzer)  # "orang": a stop word
        if terms:
            unit.add(terms[0])
            break
    for k in range(n - 1 - lead, max(-1, n - 1 - lead - UNIT_WINDOW), -1):
        word = tokens[k].group()
        if is_number(word):
            break
        terms = word_stems(word, analyzer)
        if terms:
            unit.add(terms[0])
            break
    return frozenset(unit)


def _people_stems(analyzer: Analyzer) -> frozenset[str]:
    """Stems of PEOPLE_NOUNS in the analyzer's language."""
    return _stems_of(analyzer, PEOPLE_NOUNS.get(analyzer.language, frozenset()))


@lru_cache(maxsize=16)
def _stems_of(analyzer: Analyzer, words: frozenset[str]) -> frozenset[str]:
    return frozenset(t for w in words for t in (analyzer.word_terms(w) or [w])[:1])


def _partitive(tokens: Sequence[re.Match[str]], k: int, language: str) -> tuple[int, str]:
    """A part of a whole ("Seven of the 16 cars", "tujuh dari 16 gerbong") from token `k`, right after the part's
    number: the tokens the part looks past for its unit (the whole counts the same unit) and the whole's number, a
    context mark of the part (two reports' parts of one whole are one quantity); (0, "") for no part."""
    if k >= len(tokens) or tokens[k].group().lower() not in PARTITIVE_LINKS.get(language, ()):
        return 0, ""
    for m, token in enumerate(tokens[k + 1 : k + 3]):
        if is_number(token.group()):
            return m + 1, NUMBER_MARK + canonical_number(token.group())
    return 0, ""


def scores(text: str, words: Words, taken: Sequence[tuple[int, int]]) -> list[Value]:
    """Scores and ranges ("3-1", "25-40") outside the spans `taken` (the dates)."""
    out: list[Value] = []
    for m in _SCORE_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if " " in m.group() and _PERCENT_RE.match(text, m.end()):
            continue  # "55 - 40 %": two percents, as "55 à 40 pour cent" (numbers reads them)
        context = words.context(m.start(), m.end())
        score = (float(m.group(1)), float(m.group(2)))
        out.append(Value(NUMBER, frozenset({SCORE}), score, "exact", 1.0, m.start(), m.end(), m.group(), context))
    return out


def numbers(
    text: str,
    tokens: Sequence[re.Match[str]],
    words: Words,
    analyzer: Analyzer,
    taken: Sequence[tuple[int, int]],
    last: Value | None,
) -> list[Value]:
    """Numbers with a unit and bare years outside the spans `taken` (dates and scores); `last` is the value read
    before them (a number in brackets right after a number and its unit converts it: "10 km (6 miles)")."""
    language = analyzer.language
    out: list[Value] = []
    taken = list(taken)
    spelled, multipliers = number_words(language)
    multipliers = {**INDIAN_MULTIPLIERS, **_multiplier_forms(language), **multipliers}
    ordinals = ordinal_words(language)
    grouped = {m.start(): m.end() for m in SPACED_THOUSANDS_RE.finditer(text)}
    for n, token in enumerate(tokens):
        word = token.group()
        lower = word.lower()
        one_unit = _article_one(tokens, n, language, multipliers)  # "an hour", "a million": the article is one
        half = _half(tokens, n, language, multipliers)  # "half a million", "setengah juta": tokens to its multiplier
        readable = word[0].isdigit() or lower in spelled or lower in ordinals or MONEY_RE.match(word)
        if not (readable or one_unit or half is not None):
            continue
        if any(a <= token.start() < b for a, b in taken) or is_time(text, token):
            continue
        if n > 0 and tokens[n - 1].group().lower() in PERCENT_LEADS and lower in PERCENT_HUNDREDS:
            continue  # the "cent" of "pour cent" (not the "trois" of "pour trois meurtres")
        previous = out[-1] if out else last
        if previous and previous.kind == NUMBER and _CONVERSION_RE.match(text[previous.end : token.start()]):
            continue
        start, lead, currency = token.start(), 0, frozenset[str]()
        group = 0  # further tokens of a number written with spaces between its thousands ("2 000", "9 800")
        if token.start() in grouped:
            end = grouped[token.start()]
            word = re.sub(r"\s", "", text[token.start() : end])
            group = sum(1 for t in tokens[n + 1 :] if t.start() < end)
            taken.append((token.start(), end))
        phrase = _spelled_phrase(text, tokens, n, language) if lower in spelled else None
        if phrase is not None:  # "empat puluh dua", "dua belas", "one hundred and five": one number
            group = phrase[0]
            taken.append((token.start(), tokens[n + group].end()))
        money = MONEY_RE.match(word)
        sign = _CURRENCY_BEFORE_RE.search(text[max(0, token.start() - 6) : token.start()])
        hyphened = HYPHENED_RE.match(word)
        after = tokens[n + 1].group().lower() if n + 1 < len(tokens) else ""
        spelled_currency = money and money.group(3) and after in CURRENCY_NAMES  # "65m euros"
        if money and (money.group(1) or sign or spelled_currency):  # "Rp12", "US$5", "$5m", "€65": money
            if sign:
                start, lead = token.start() - len(sign.group()), int(any(c.isalpha() for c in sign.group()))
            if set(w.lower() for w in WORD_RE.findall(text[:start])[-2:]) & CONVERTING:
                continue
            code = CODE_WORDS.get((sign.group(1) or "") if sign else "")
            named = word_stems(code, analyzer)[:1] if code else currency_terms(text[start : token.end()], analyzer)
            currency = frozenset(named) or frozenset({"money"})
            if spelled_currency and not (money.group(1) or sign):
                currency = frozenset(analyzer.word_terms(after)[:1]) or currency
            digits = money.group(2)
            number, precision = float(canonical_number(digits)), _precision(digits)
            abbreviated = ABBREVIATED.get(money.group(3) or "", 1)
            number, precision = number * abbreviated, precision * abbreviated
        elif is_number(word):
            if not group and is_year(word):
                date = (int(word), None, None)
                context = words.context(token.start(), token.end())
                year = Value(DATE, frozenset({"year"}), date, "exact", 1.0, token.start(), token.end(), word, context)
                out.append(year)
                continue
            if _is_identifier(text, tokens, n, analyzer):
                continue
            try:
                number, precision = float(canonical_number(word)), _precision(word)
            except ValueError:
                continue
        elif lower in ordinals:  # "the third strike", "mogok keempat": a rank ("23rd" is mostly a day: not read)
            rank = ordinals[lower]
            unit = _unit(tokens, n, 0, analyzer, text)
            if unit and not _labelled(tokens, n, language):
                ranked = frozenset(RANK + u for u in unit)  # a rank meets ranks of its noun, never counts of it
                context = words.context(token.start(), token.end()) | ranked
                value = (float(rank),)
                out.append(Value(NUMBER, ranked, value, "exact", 1.0, token.start(), token.end(), word, context))
            continue
        elif hyphened and not _is_identifier(text, tokens, n, analyzer):  # "24-year-old", "a 10-metre wave"
            number, precision = float(canonical_number(hyphened.group(1))), _precision(hyphened.group(1))
            currency = frozenset(word_stems(hyphened.group(2), analyzer)[:1])
            if not currency:
                continue
        elif one_unit:
            number, precision = 1.0, 1.0
        elif half is not None:
            number, precision, group = 0.5, 0.1, half
        elif (
            lower in spelled
            and not _labelled(tokens, n, language)
            and (phrase is not None or lower not in NOT_COUNTS | ARTICLE_ONES or _counts_one(tokens, n, analyzer))
        ):
            number, precision = float(phrase[1] if phrase else spelled[lower]), 1.0
        else:
            continue
        skip = group
        following = tokens[n + skip + 1].group().lower() if n + skip + 1 < len(tokens) else ""
        if following in multipliers:
            number, precision = number * multipliers[following], precision * multipliers[following]
            skip += 1
        extra, whole = _partitive(tokens, n + skip + 1, language)
        unit = currency | _unit(tokens, n, skip, analyzer, text, lead, extra)
        if not unit:
            continue
        if unit & _people_stems(analyzer):  # "187 warga" and "200 orang": one count of people, named two ways
            unit = unit | {PEOPLE}
        end = tokens[n + skip].end()
        qualifier = hedge(text, start, language)
        context = words.context(start, end) | unit | ({whole} if whole else set())
        onward = words.side(end, 1) if one_unit else ()  # "an hour" runs on from its unit, as "two hours" does
        end = tokens[n + 1].end() if one_unit else end
        surface = text[start:end]
        out.append(Value(NUMBER, unit, (number,), qualifier, precision, start, end, surface, context, after=onward))
    return out


def _article_one(tokens: Sequence[re.Match[str]], n: int, language: str, multipliers: dict[str, int]) -> bool:
    """English "a" or "an" right before a unit of time (ONE_UNITS) or a multiplier ("a million people"), not after
    a word of a rate (RATE_WORDS: "twice a day"), "half" (_half) or an amount ("120 kilometres an hour")."""
    if language != "en" or tokens[n].group().lower() not in ("a", "an") or n + 1 >= len(tokens):
        return False
    if tokens[n + 1].group().lower() not in ONE_UNITS.union(multipliers):
        return False
    if n > 0 and tokens[n - 1].group().lower() in RATE_WORDS | {"half"}:
        return False
    return not _after_an_amount(tokens, n)


def _after_an_amount(tokens: Sequence[re.Match[str]], n: int) -> bool:
    """A figure, alone or with its unit, right before token `n` in one clause: "$2 a day", "120 kilometres an
    hour", "50,000 barrels a day" (a rate); not "In 2019, a year after" (a comma between)."""
    for back in (1, 2):
        if n - back < 0 or re.search(r"[,;:()]", tokens[0].string[tokens[n - back].end() : tokens[n].start()]):
            return False
        if any(c.isdigit() for c in tokens[n - back].group()):
            return True
    return False


def _half(tokens: Sequence[re.Match[str]], n: int, language: str, multipliers: dict[str, int]) -> int | None:
    """Half of a multiplier: "half a million" (1: the article's token to skip), "setengah juta" (0); else None."""
    word = tokens[n].group().lower()
    following = [t.group().lower() for t in tokens[n + 1 : n + 3]] + ["", ""]
    if language == "en" and word == "half" and following[0] in ("a", "an") and following[1] in multipliers:
        return 1
    if language == "id" and word == "setengah" and following[0] in multipliers:
        return 0
    return None


def _is_identifier(text: str, tokens: Sequence[re.Match[str]], n: int, analyzer: Analyzer) -> bool:
    """A number that is part of a name ("Flight 447", "Resolution 1723", "A330-200"), not a quantity. The
    sentence's first word is capitalised as such: "Sebanyak 5 bets", "Some 5 people" are counts."""
    token = tokens[n]
    if text[token.start() - 1 : token.start()] in ("-", "#", "+") or text[token.end() : token.end() + 1] == "-":
        return True
    if re.fullmatch(r"0\d+", token.group()):  # "agen rahasia 007", "0800": a leading zero writes a code
        return True
    if n == 0:
        return False
    if _labelled(tokens, n, analyzer.language):
        return True
    previous = tokens[n - 1]
    gap = text[previous.end() : token.start()]
    word = previous.group()
    if n == 1 and (word.lower() in COUNT_OPENERS or not analyzer.word_terms(word)):
        return False
    if _POSSESSIVE_RE.search(word) or _PERCENT_RE.match(text, token.end()):  # "the Bank's 2% target": no code
        return False
    return gap == " " and word[:1].isupper() and word.lower() not in _calendar_words()


def _counts_one(tokens: Sequence[re.Match[str]], n: int, analyzer: Analyzer) -> bool:
    """A "one" (NOT_COUNTS) counts only right before a singular noun: "One worker was injured", "Satu pekerja";
    not "No one came", "one of them", "the one he chose", "salah satu", "satu per satu"."""
    if n + 1 >= len(tokens) or n > 0 and tokens[n - 1].group().lower() in NOT_ONE_COUNTS:
        return False
    if tokens[n].group().lower() in ARTICLE_ONES:
        return False
    following = tokens[n + 1].group()
    if not following.isalpha() or not following.islower() or not analyzer.word_terms(following):
        return False
    return analyzer.language != "en" or not following.endswith("s") or following.endswith("ss")


def _labelled(tokens: Sequence[re.Match[str]], n: int, language: str) -> bool:
    """The number at token `n` right after a numbering noun: only spaces, hyphens or a dot between ("stage 13",
    "pekan ke-10", "No. 5"), not "In the past week, 300 people"."""
    before: list[str] = []
    for k in range(n - 1, max(-1, n - 3), -1):
        if tokens[k].string[tokens[k].end() : tokens[k + 1].start()].strip(" -–.") or len(before) == 2:
            break
        before.insert(0, tokens[k].group())
    return is_label(before, language)


def is_label(before: Sequence[str], language: str) -> bool:
    """A number after these words follows a numbering noun ("stage 13", "pekan ke - 10", "Round two"): a label."""
    words = [w.lower() for w in before]
    if len(words) > 1 and words[-1] in ORDINAL_LINKS:
        words.pop()
    return bool(words) and words[-1] in NUMBERING.get(language, frozenset())


def _calendar_words() -> frozenset[str]:
    return frozenset(month_numbers("en")) | frozenset(month_numbers("id"))
