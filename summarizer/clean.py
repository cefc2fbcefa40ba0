"""Cleaning: drop page furniture, captions and credits; read outlet, title and date from them.

Every rule is a pattern of a kind of line (navigation, caption, byline, dateline), never a
particular site's strings. Each step is a pure function; `clean` chains them.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .models import Cleaned
from .unwrap import unwrap

FURNITURE_MAX_WORDS = 3  # an unpunctuated line this short is navigation, an ad slot or a button
TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 25
CREDIT_MAX_WORDS = 12
DATELINE_MAX_CHARS = 60

_TERMINAL = ".!?…\"”’'»)]:;।॥۔؟。！？"
_INNER_SENTENCE_END_RE = re.compile(r"\w[.!?…][\"”’]?\s+[\"“‘]?[A-Z]")
# "Foto: ...", "FOTO - ...", "Photo | ...": the label, at most a short credit, then a separator. "Foto-foto media
# negara menunjukkan ..." is a story sentence: a hyphen only separates with spaces around it.
_CAPTION_RE = re.compile(
    r"^(?:foto|photo|gambar|ilustrasi|image|caption|video)(?![\w-])[^.!?:|–—]{0,40}?(?:\s*[:|–—]|\s-\s)", re.I
)
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,}){1,3}"
_PHOTO_CREDIT_RE = re.compile(
    r"\b[A-Z]{2,}(?:/[A-Za-z]{1,12}){2,}\.?|\((?:handout|foto|photo|ist|istimewa|dok|dokumentasi)\b[^)]*\)\s*$"
    # a credit closing the line, the word in capitals: "AFP PHOTO/Adek BERRY", "ANTARA FOTO/Aprillio Akbar",
    # "(REUTERS PHOTO / Beawiharta)"; a story sentence naming a photo ("a photo of the blast") has no slash after it
    r"|\b(?-i:PHOTOS?|FOTO|PICTURES?)\s*/\s*[\w.-]+(?:\s+[\w.-]+){0,3}\s*\)?\.?\s*$"
    # a credit in brackets of a site or an agency's photo desk and a photographer: "(KOMPAS.com/DIAN PRATIWI)",
    # "(AP Photo/Evan Vucci)", "(Tribunnews.com/Jeprima)"; a reporter's initials ("(ant/rd)") name no site
    rf"|\((?:{_DOMAIN}|(?-i:[A-Z])[\w.]*(?:\s(?-i:[A-Z])[\w.]*)?\s(?:photo|foto))"
    r"\s*/\s*(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*\)\.?\s*$",
    re.I,
)
_ROLE_LINE_RE = re.compile(r"^(?:penulis|editor|reporter|pewarta|sumber|source|writer|by)\s*:\s*\S", re.I)
# A wire byline of names only, initials with their full stops ("By OLGA R. RODRIGUEZ", "By John Smith and Jane
# Doe", "Oleh A.B. Nugroho"): the full stop of an initial made it look like running text.
_BYLINE_RE = re.compile(
    r"^(?:by|oleh)\s+(?-i:[A-Z])[\w'’.-]*(?:\s*(?:,|and|dan|&)?\s+(?-i:[A-Z])[\w'’.-]*){0,7}\s*$", re.I
)
# A line of the page, not of the story ("Comments are closed.", "Copyright 2024 Kompas.").
_BOILERPLATE_RE = re.compile(
    r"^(?:comments are closed|all rights reserved|hak cipta dilindungi(?: undang-undang)?|©"
    # "Copyright 2024 Kompas.", "Copyright 2024 The New York Times Company and its licensors.", not "Copyright
    # infringement cases rose." nor "Copyright 1998 was a good year."
    r"|copyright\s*(?:©|\(c\)|by\b|(?:19|20)\d\d\b(?=\s*(?:$|[,.©]|(?-i:[A-Z]))))"
    r"|this (?:article|story|page) (?:was|has been|is) (?:updated|amended|corrected)"
    r"|share this (?:article|story)|baca juga\b|berita terkait\b"
    # the wires' reprint notice ("This material may not be published, broadcast, rewritten or redistributed.")
    r"|this material may not be (?:published|reproduced|copied))[^.!?]*[.!?]?$",
    re.I,
)
# An invitation to the outlet's feeds ("Dapatkan update berita pilihan dan breaking news setiap hari dari
# Kompas.com.", "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "Sign up for our newsletter."):
# no story sentence asks the reader to get breaking news. Its site's name may hold full stops.
_INVITATION_RE = re.compile(
    r"^(?:dapatkan|simak|ikuti|get|sign up for|subscribe to)\b.{0,60}?\b(?:breaking news|update berita|berita pilihan"
    r"|newsletter)\b.{0,160}$",
    re.I,
)
# The outlet's own line about the press body it answers to ("News24 is a member of the Press Council.",
# "Kompas.com telah terverifikasi Dewan Pers."): a site's footer; its subject is a name of up to three words.
_PRESS_BODY_RE = re.compile(
    r"^(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,2}\s+(?:"
    r"(?:is|are)\s+(?:a\s+)?(?:member|signatory|subscriber)s?\s+(?:of|to)\s+(?:the\s+)?"
    r"(?:press council|press ombudsman|press code|independent press standards organisation|ipso|impress)\b"
    r"|(?:telah\s+|sudah\s+)?(?:terverifikasi|terdaftar)\s+(?:di\s+|oleh\s+)?dewan pers\b)[^.!?]*[.!?]?$",
    re.I,
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
# A note about the report, not the story: "Editor's note: This article was updated ...", "Correction: ...",
# "Catatan redaksi: ...", "Ralat: ...".
_NOTE_RE = re.compile(
    r"^(?:editor(?:'|’)?s\s+note|note\s+to\s+readers|correction|clarification|catatan\s+(?:redaksi|editor)|ralat|koreksi)"
    r"\s*[:–—-]\s*\S",
    re.I,
)
# The wire services' copy of the 1990s and 2000s (DUC and TAC corpora, news archives): a copyright or service line
# ("c.1998 N.Y. Times News Service", "Copyright 2004 The Associated Press"), typesetting codes between ampersand and
# semicolon ("&UR;", "&QL;"), and editing instructions in capitals ("(STORY CAN END HERE. OPTIONAL 2ND TAKE
# FOLLOWS.)", "(MORE)", "(END OPTIONAL TRIM)").
_WIRE_CREDIT_RE = re.compile(
    r"^(?:(?:[cC]\.(?=\d)|\([cC]\)\s*|©\s*|(?:[cC]opyright|COPYRIGHT)\s*)(?:19|20)\d\d\b,?\s*(?P<service>[A-Z]\S*(?:\s+\S+){0,5}?)?"
    r"|(?P<agency>[A-Z][\w.&']*(?:\s[A-Z][\w.&']*){0,4}\s(?:News|NEWS|Wire|WIRE)\s(?:Service|SERVICE|Agency|AGENCY)))\.?$"
)
_OPEN_QUOTE_RE = re.compile(r"(?<![\w`])``(?=[^\s`])")  # not the seconds of "8`50``"
_CLOSE_QUOTE_RE = re.compile(r"(?<=[^\s\d])''(?![\w'])")  # not the inches of "6'2''"
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")
_INSTRUCTIONS = frozenset({"MORE", "END", "ENDS", "ENDIT"})  # the wires' one-word instructions
_PAREN_LINE_RE = re.compile(r"^[(\[](?P<inner>[^()\[\]]+)[)\]]\.?$")
_TRAILING_TAG_RE = re.compile(r"\s*\[[A-Za-z]{1,5}\]\s*$")
# Reporter and editor initials after the last sentence: "... lagi. (julian / yp)", "(ant/rd)".
_TRAILING_INITIALS_RE = re.compile(r"(?<=[.!?”\"’])\s*\(\s*[\w.]{1,20}(?:\s*[/,]\s*[\w.]{1,20}){1,3}\s*\)\s*$")
_TRAILING_SOURCE_RE = re.compile(r"\s*\((?:sumber|source)\s*:?\s*(?P<name>[^)]+)\)\s*$", re.I)
_DOMAIN_RE = re.compile(rf"^{_DOMAIN}$")
# The wires' separators too: AP's "--" and the underscore of AP and NYT copy ("WASHINGTON (AP) _ The Senate").
# "- -": the "--" of text that was tokenized and joined again (IndoSum's "Jakarta, CNN Indonesia - - ...").
_DASH = r"\s+(?:--|-\s-|[–—-]|_)\s+|\s*[–—]\s*"
_DATELINE_RE = re.compile(
    # Krjogja.com - Pyongyang; Liputan6.com, Magelang
    rf"^(?P<head>(?:{_DOMAIN}(?:\s+[–—-]\s+[A-Z][\w .']{{1,30}}?|(?P<city>,\s*[A-Z][\w.']*(?:\s[A-Z][\w.']*){{0,2}}))?"
    r"|[A-Z][A-Z .'-]{1,30}?(?:,\s*[^()–—]{1,45}?)?(?:\s*\((?P<code>[A-Za-z0-9 .]{2,40})\))?"  # SEOUL (SR28)
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:\s*\((?P<code2>[A-Za-z0-9 .]{2,40})\))?"  # Jakarta (ANTARA)
    r"|(?P<pair>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2})"  # Suara Kota, Jakarta
    rf"))(?:{_DASH})"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "aug", "agu"),
            ("september", "sep", "sept"),
            ("oktober", "october", "oct", "okt"),
            ("november", "nov"),
            ("desember", "december", "dec", "des"),
        ],
        start=1,
    )
    for name in names
}
_ISO_DATE_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR_RE = re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_MONTH_NAMES})\.?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_MONTH_DAY_YEAR_RE = re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_LEADING_DATE_RE = re.compile(rf"^(?:[0-3]?\d\s+(?:{_MONTH_NAMES})\s+(?:19|20)\d\d)\s*[,–—-]\s*", re.I)


def normalize(text: str) -> str:
    """Unicode NFC, one kind of line break and of space; no control characters."""
    if "&" in text:  # before the filter below: "&shy;" and "&#8203;" are format characters too
        text = _ENTITY_RE.sub(_entity, text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    # Decide per distinct character, not per character: a 10 MiB report has a few hundred distinct ones.
    drop = {ord(ch): None for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"}
    text = (text.translate(drop) if drop else text).replace("\t", " ")
    if "``" in text and _OPEN_QUOTE_RE.search(text):  # the wires' and Penn Treebank's quotes: ``We're hit,'' he said.
        text = _CLOSE_QUOTE_RE.sub("\u201d", _OPEN_QUOTE_RE.sub("\u201c", text))
    return text


def _entity(match: re.Match[str]) -> str:
    """An HTML entity read ("&amp;" is "&"); a typesetting code the wires used ("&UR;", "&QL;") goes."""
    read = html.unescape(match.group())
    if read == match.group():
        return ""
    return " " if read.isspace() else read  # "&#10;" is a space of the markup, no line break


def find_date(text: str) -> str | None:
    """The first calendar date written in `text`, as ISO YYYY-MM-DD."""
    match = _ISO_DATE_RE.search(text)
    if match:
        return f"{match['y']}-{match['m']}-{match['d']}"
    for pattern in (_DAY_MONTH_YEAR_RE, _MONTH_DAY_YEAR_RE):
        match = pattern.search(text)
        if match and 1 <= int(match["d"]) <= 31:
            return f"{match['y']}-{_MONTHS[match['mon'].lower()]:02d}-{int(match['d']):02d}"
    return None


def is_terminated(line: str) -> bool:
    """True when a line ends the way a sentence of running text does."""
    return line.rstrip().endswith(tuple(_TERMINAL))


def is_running_text(line: str) -> bool:
    """True for a paragraph of the story; False for headings, navigation and stamps.

    A paragraph whose last piece lost its punctuation (a glued-on link title) still holds
    a finished sentence before it; segmentation drops the unfinished piece.
    """
    return is_terminated(line) or bool(_INNER_SENTENCE_END_RE.search(line))


def is_caption(line: str) -> bool:
    """A photo caption or a line carrying a photo credit such as "ANTARA/KCNA/tm/aa"."""
    return bool(_CAPTION_RE.match(line) or _PHOTO_CREDIT_RE.search(line))


def is_boilerplate(line: str) -> bool:
    """A line of the page, not of the story: "Comments are closed.", "All rights reserved.", the outlet's press
    council ("News24 is a member of the Press Council."), an invitation to its feeds ("Dapatkan update berita
    pilihan ... dari Kompas.com."), and a copyright line of several sentences ("Copyright 2003 The Associated
    Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")."""
    if _BOILERPLATE_RE.match(line) or _PRESS_BODY_RE.match(line.strip()) or _INVITATION_RE.match(line.strip()):
        return True
    pieces = [p for p in _SENTENCE_END_RE.split(line) if p.strip()]
    return len(pieces) > 1 and all(_BOILERPLATE_RE.match(p.strip()) for p in pieces)


def is_note(line: str) -> bool:
    """An editor's note, a correction or a clarification about the report itself."""
    return bool(_NOTE_RE.match(line))


def is_instruction(line: str) -> bool:
    """An editing instruction in capitals within brackets: "(STORY CAN END HERE.)", "(MORE)", "[END OPTIONAL TRIM]".

    One word in capitals is a credit ("(AP)", "(REUTERS)"), read as the outlet, unless it is a wire's "(MORE)"; a
    line in another script ("(ДОКЛАД NASA: ...)") is no instruction: its letters must all be Latin capitals.
    """
    line = line.strip()
    line = line[:-1] if line.endswith(".") else line
    if len(line) < 3 or line[0] not in "([" or line[-1] not in ")]":
        return False
    inner = line[1:-1]
    if any(ch in "()[]" for ch in inner) or not all("A" <= ch <= "Z" for ch in inner if ch.isalpha()):
        return False
    words = inner.split()
    return len([w for w in words if sum(ch.isalpha() for ch in w) >= 2]) >= 2 or inner.strip() in _INSTRUCTIONS


def wire_credit(line: str) -> str | None:
    """The service named by a wire copyright or service line ("c.1998 N.Y. Times News Service"), or None."""
    match = _WIRE_CREDIT_RE.match(line.strip())
    if not match:
        return None
    service = (match["service"] or match["agency"] or "").strip()
    return outlet_name(re.sub(r"^(?:by|the)\s+", "", service, flags=re.I)) if service else ""


def outlet_name(raw: str) -> str:
    """A readable outlet name: domains in capitals become "Tribunnews.com"."""
    raw = raw.strip(" .,:;-–—")
    if _DOMAIN_RE.match(raw) and raw.isupper():
        return raw.capitalize()
    return raw


def credit_outlet(line: str) -> str | None:
    """The outlet named by a credit line such as "(Sumber Antaranews)" or "(Tribunnews.com, A. Writer)"."""
    match = _PAREN_LINE_RE.match(line.strip())
    inner = match["inner"] if match else line
    inner = re.sub(r"^(?:sumber|source)\s*:?\s*", "", inner.strip(), flags=re.I)
    first = inner.split(",")[0].split("/")[0].strip()
    if not first or len(first.split()) > 3 or (first.islower() and len(first) <= 3):  # "(ugo/vga)": a writer's initials
        return None
    return outlet_name(first)


def is_credit(line: str) -> bool:
    """A byline, source or role line: "(Tribunnews.com, Name)", "(Sumber X)", "Editor: Name"."""
    if _ROLE_LINE_RE.match(line):
        return True
    match = _PAREN_LINE_RE.match(line.strip())
    return bool(match and len(match["inner"].split()) <= CREDIT_MAX_WORDS and not is_terminated(match["inner"]))


def strip_dateline(paragraph: str) -> tuple[str, str | None, str | None]:
    """Remove a leading dateline; return the rest, the outlet it names and the date it gives."""
    match = _DATELINE_RE.match(paragraph)
    if not match or len(match["head"]) > DATELINE_MAX_CHARS:
        return paragraph, None, None
    head = match["head"]
    rest = paragraph[match.end() :]
    # "Messi, Ronaldo - the two legends ...", "Amazon.com, Apple and Google - the three largest ...": sentences
    if (match["pair"] and not rest[:1].isupper()) or (match["city"] and rest[:1].islower()):
        return paragraph, None, None
    outlet = None
    domain = re.match(_DOMAIN, head)
    if domain and _DOMAIN_RE.match(domain.group()):
        outlet = outlet_name(domain.group())
    elif match["code"] or match["code2"]:
        outlet = (match["code"] or match["code2"]).strip()
    elif site := re.search(rf",\s*({_DOMAIN})$", head.rstrip()):  # "JAKARTA, KOMPAS.com -"
        outlet = outlet_name(site[1])
    date = find_date(head)
    leading = _LEADING_DATE_RE.match(rest)
    if leading:
        date = date or find_date(leading.group())
        rest = rest[leading.end() :]
    if rest[:1].islower():
        rest = rest[0].upper() + rest[1:]
    return rest, outlet, date


def strip_trailing_tags(paragraph: str) -> tuple[str, str | None]:
    """Remove editor tags ("[SB]") and source credits ("(Sumber X)") that end a paragraph."""
    outlet = None
    while True:
        source = _TRAILING_SOURCE_RE.search(paragraph)
        if source and source.start() > 0:
            outlet = outlet or outlet_name(source["name"])
            paragraph = paragraph[: source.start()]
            continue
        tag = _TRAILING_TAG_RE.search(paragraph) or _TRAILING_INITIALS_RE.search(paragraph)
        if tag and tag.start() > 0:
            paragraph = paragraph[: tag.start()]
            continue
        return paragraph.rstrip(), outlet


def clean(text: str) -> Cleaned:
    """Body paragraphs of a raw report, with the outlet, title and date its furniture gave away."""
    lines = [" ".join(line.split()) for line in unwrap(normalize(text)).split("\n")]
    paragraphs: list[str] = []
    title = published = dateline_outlet = credited_outlet = None
    for line in lines:
        if not any(ch.isalnum() for ch in line):
            continue
        service = wire_credit(line)
        if service is not None:
            credited_outlet = credited_outlet or service or None
            continue
        if is_caption(line) or is_boilerplate(line) or is_instruction(line):
            continue
        if is_note(line):  # "Editor's note: ... updated. The Senate voted ...": the story goes on after the note
            rest = _INNER_SENTENCE_END_RE.search(line)
            if not rest:
                continue
            line = line[rest.end() - 1 :]
        if _BYLINE_RE.match(line):  # a writer, not an outlet
            continue
        if is_credit(line):
            credited_outlet = credited_outlet or credit_outlet(line)
            continue
        if not is_running_text(line):
            # Navigation, ad slots, time stamps and headings: the first long one before the body is the title.
            published = published or find_date(line)
            if not paragraphs and title is None and TITLE_MIN_WORDS <= len(line.split()) <= TITLE_MAX_WORDS:
                title = line
            if len(line.split()) <= TITLE_MAX_WORDS:
                continue
        line, tag_outlet = strip_trailing_tags(line)
        credited_outlet = credited_outlet or tag_outlet
        if not paragraphs:
            line, dateline_outlet, date = strip_dateline(line)
            published = published or date
        if line:
            paragraphs.append(line)
    return Cleaned(
        paragraphs=tuple(paragraphs),
        outlet=dateline_outlet or credited_outlet,
        title=title,
        published=published,
    )
