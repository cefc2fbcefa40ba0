"""Alignment: which other documents state each claim of each sentence.

A claim is stated by another document when one of that document's sentences contains most of the
claim's weighted match terms (`normalize.Matcher`: stems, numbers as values, months, acronyms). Weights
are TF-IDF idf over the set's sentences (scikit-learn), so the event's own names, found everywhere,
count for little and the words that tell one claim from another count most. Containment, not cosine:
a report that states a claim inside a longer sentence still states it.

Names cannot carry a match alone: a claim is stated only as far as its other terms (what it says about the
names: "berpelukan", "diundang") are contained too, so "Putin and Kim hugged at the airport" does not state
"Putin welcomed Kim's invitation" for sharing every name of it.

Sparse throughout: identical sentences collapse to one node, and the claim-by-sentence overlap is one
sparse product in which terms that half the set uses are left out when the set is large.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .claims import CLAIM, claim_spans, claim_words, is_negated, role, without_attribution
from .conflict_compare import SHARED_CONTEXT, agree, orders_apart
from .language import WORD_RE, Analyzer
from .models import Corpus, Role, Sharing
from .normalize import Matcher, given_terms, have_match_terms, matcher_for, names
from .semantic import LANGUAGES as SEMANTIC_LANGUAGES
from .slots import ANOTHER, ANOTHER_WORDS, DATE, NUMBER, Value, other_fates, other_grades
from .slots import values as _values

# Share of a claim's weight another document's sentence must contain for that document to state it.
# Chosen on the training splits of MSRP and IndoNLI (README, "Comparison").
STATED = 0.6
# Below this share no document is even close to stating the claim: only then is it listed as one
# outlet's own (precision first: between the two, a claim is neither shared nor outlet-only).
UNSTATED = 0.4
# A claim with this many terms or more needs at least MIN_SHARED of them in the other sentence.
MIN_SHARED = 2
# idf minus this is a term's weight: terms every sentence uses still count, rare terms count most.
IDF_DISCOUNT = 0.5
_TINY = 1e-9  # a positive stand-in for zero, so sparse products keep one pattern (see _shares)
# Large sets only: a term in more than this share of the sentences (and more than DENSE_MIN_SENTENCES)
# is left out of the overlap product; it would link almost every pair and weighs next to nothing.
DENSE_SHARE = 0.05
DENSE_MIN_SENTENCES = 200
# In sets of at least TOPIC_MIN_SENTENCES sentences, terms in more than TOPIC_SHARE of them are the story's
# own names ("Putin", "Pyongyang"): two claims must share at least one term besides those. A term in no more
# sentences than there are reports is never one (three reports of one fact use its words three times).
TOPIC_SHARE = 0.2
TOPIC_MIN_SENTENCES = 10
# The semantic matcher (optional, README "Optional semantic matcher"): two claims (or two sentences) of different
# reports whose BERTScore F (`semantic.span_scores`) is at least this state each other; at least SEMANTIC_NEAR,
# each report comes close to the other's. SEMANTIC_STATED is the best threshold of "lexical decision or F" on the
# first 2,800 MSRP training pairs; SEMANTIC_NEAR was chosen on the tuned-on English event (M008).
SEMANTIC_STATED = 0.67
SEMANTIC_NEAR = 0.6
# Share of a claim's weight besides its names' terms that must be contained too, or the claim's share is only
# that (names cannot carry a claim: "Putin and Kim hugged" does not state "Putin welcomed Kim's invitation").
SAID = 0.4
# Share of a claim's weight besides its names' terms that another sentence must contain for its report even to come
# near: names alone ("Prime Minister Tomas Brenner and Governor Ilse Marwick ...") say nothing of what was done, so
# sharing them keeps no claim from being listed as one outlet's.
NEAR_SAID = 0.1
# Share of a claim's weight from which another report's sentence that gives the claim's quantity (with another value,
# or with one that agrees in another form) comes near (`_rivals`): the values and the words each report puts around
# them are most of what differs. Not chosen on the dev set (0.15 was the first value tried).
RIVAL_SHARE = 0.15
# Reports published at least this many days apart tell of no one quantity by rival values: a feed's reports of an
# earthquake and of its aftershocks weeks later ("magnitude 8.8" / "magnitude 5.6") are reports of other events.
RIVAL_DAYS = 2


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim of a sentence: its character span and the other documents that state it.

    `stated_by` and `near_by` include the sentence's own document and are one tuple shared by every copy of
    the sentence (a wire story in 700 reports would otherwise store 700 lists of 700 documents).
    """

    sentence: int  # flat sentence index
    start: int
    end: int
    stated_by: tuple[int, ...]  # every document that states it, `own` included, sorted
    near_by: tuple[int, ...]  # every document that comes close (a superset of `stated_by`), sorted
    own: int  # the sentence's document

    @property
    def documents(self) -> tuple[int, ...]:
        """The other documents that state it."""
        return tuple(d for d in self.stated_by if d != self.own)

    @property
    def near(self) -> tuple[int, ...]:
        """The other documents that come close (a superset of `documents`)."""
        return tuple(d for d in self.near_by if d != self.own)

    @property
    def shared(self) -> bool:
        """Another document states it (`bool(documents)`, without building the tuple)."""
        return len(self.stated_by) > 1 or self.stated_by[0] != self.own

    @property
    def close(self) -> bool:
        """Another document comes close to stating it (`bool(near)`)."""
        return len(self.near_by) > 1 or self.near_by[0] != self.own


@dataclass(frozen=True)
class Alignment:
    """Claims and roles of every sentence, and how strongly sentences share a claim."""

    roles: tuple[Role, ...]
    claims: tuple[tuple[Claim, ...], ...]
    links: sparse.coo_matrix  # node x node (upper triangle): largest stated claim share of a pair that comes near
    node_of: tuple[int, ...]  # sentence -> node; identical sentences (wire copies) share a node
    matcher: Matcher
    terms: tuple[tuple[str, ...], ...]  # match terms of every sentence; all () in a set of one report (none compared)
    # node pairs (smaller first) the semantic matcher found to say the same but for values of one quantity that
    # differ ("€65 million" / "€70 million"): they only come near; conflicts.py compares their values
    crossed: frozenset[tuple[int, int]] = frozenset()
    # node pairs (smaller first) of which one denies what the other says ("No deaths have been reported." /
    # "Deaths were reported ..."): neither states the other nor comes near it, and they are never one fact
    opposed: frozenset[tuple[int, int]] = frozenset()
    # (node, start, end) of numbers of a claim that another report comes near only by giving that quantity with another
    # value ("Rp 350 juta" / "Rp 530 juta" in sentences worded otherwise): rival values, no outlet's detail
    rivalled: frozenset[tuple[int, int, int]] = frozenset()
    # (claim's node, other node) of those rivals: the other sentence's numbers that agree with the claim's are no
    # detail of it either ("12,400 acres" / "more than 12,000 acres" beside "134 homes" / "143 homes")
    rival_pairs: frozenset[tuple[int, int]] = frozenset()

    def sharing(self, sentence: int) -> Sharing:
        """ "full" when other documents state every claim of the sentence, "partial", or "none"."""
        claims = self.claims[sentence]
        stated = sum(1 for c in claims if c.shared)
        if not claims or stated == 0:
            return "none"
        return "full" if stated == len(claims) else "partial"

    def documents(self, sentence: int) -> tuple[int, ...]:
        """Every other document that states at least one claim of the sentence."""
        return tuple(sorted({d for c in self.claims[sentence] for d in c.documents}))


def align(corpus: Corpus, analyzer: Analyzer, *, semantic: bool = False) -> Alignment:
    """Roles, claims and claim-level links of every sentence of the set.

    semantic: also match claims by sentence embeddings (English only; the `semantic` extra).
    """
    # One report matches nothing (most stories of a day's feed): its sentences keep no match terms and its matcher
    # no set-wide maps; whether a sentence has match terms (it is then one node with its copies) is read exactly.
    one = len(corpus.documents) == 1
    matcher = Matcher(analyzer) if one else matcher_for(analyzer, corpus.texts)
    # Read each distinct text once: wire copies repeat sentences word for word.
    distinct = {
        text: (role(text, analyzer), () if one else tuple(matcher.terms(text))) for text in dict.fromkeys(corpus.texts)
    }
    roles = tuple(distinct[text][0] for text in corpus.texts)
    terms: tuple[tuple[str, ...], ...] = tuple(distinct[text][1] for text in corpus.texts)
    marks = tuple(("",) if has else () for has in have_match_terms(analyzer, corpus.texts)) if one else terms
    node_of, node_sentences = _nodes(corpus.texts, marks, roles)
    n, count = len(corpus.texts), len(node_sentences)
    doc_of = np.array([r.document for r in corpus.refs])
    node_docs = [frozenset(int(doc_of[i]) for i in members) for members in node_sentences]
    heads = [members[0] for members in node_sentences]
    spans = [claim_spans(corpus.texts[h], analyzer) if roles[h] == CLAIM else () for h in heads]
    owners = [(m, span) for m, node_spans in enumerate(spans) for span in node_spans]
    empty = sparse.coo_matrix((count, count))
    if not owners or not any(marks):
        return Alignment(roles, tuple(() for _ in range(n)), empty, tuple(node_of), matcher, terms)
    claim_node = [m for m, _ in owners]
    if len(corpus.documents) == 1:  # one report states nothing for another (most stories of a day's feed)
        own = [node_docs[m] for m in claim_node]
        claims_of = _per_sentence(n, owners, claim_node, node_of, doc_of, own, own)
        return Alignment(roles, claims_of, empty, tuple(node_of), matcher, terms)
    claim_terms = [matcher.terms(corpus.texts[heads[m]][a:b]) for m, (a, b) in owners]
    # Who said a claim is no part of it ("..., The Guardian melaporkan", "Sarkozy said that ..."): whether another
    # report states it is read from its terms without those; whether one comes near, from all of them.
    core_texts = [without_attribution(corpus.texts[heads[m]], a, b, analyzer) for m, (a, b) in owners]
    core_terms = [
        full if core == corpus.texts[heads[m]][a:b] else matcher.terms(core)
        for (m, (a, b)), core, full in zip(owners, core_texts, claim_terms, strict=True)
    ]

    vectorizer = TfidfVectorizer(analyzer=given_terms, binary=True, norm=None, dtype=np.float64)
    presence = sparse.csr_matrix(vectorizer.fit_transform([terms[h] for h in heads]) > 0, dtype=float)
    weights = np.maximum(vectorizer.idf_ - IDF_DISCOUNT, _TINY)
    claims = sparse.csr_matrix(vectorizer.transform(claim_terms) > 0, dtype=float)
    totals = np.asarray(claims @ weights).ravel()
    sizes = np.asarray(claims.sum(axis=1)).ravel()
    df = np.asarray(presence.sum(axis=0)).ravel()
    # A term every report uses once is a fact they share, not the story's name: the bar is at least one per report.
    informative = (df <= max(TOPIC_SHARE * count, len(corpus.documents))) | (count < TOPIC_MIN_SENTENCES)
    if count > DENSE_MIN_SENTENCES:  # leave out terms that half the set uses: they would link every pair
        kept_terms = df <= max(DENSE_MIN_SENTENCES, DENSE_SHARE * count)
        presence = presence @ sparse.diags(kept_terms.astype(float))
    weighted = sparse.csr_matrix(claims @ sparse.diags(weights))
    is_name = _name_terms(vectorizer.vocabulary_, [corpus.texts[h] for h in heads], df, matcher)
    said = np.where(is_name, 0.0, weights)  # the weight of what a claim says about its names
    # Name terms count _TINY: the same entries as `weighted`'s, of (almost) only the other terms' weight.
    predicate = sparse.csr_matrix(claims @ sparse.diags(np.where(is_name, _TINY, weights)))
    said_totals = np.asarray(claims @ said).ravel()
    # Informative terms count 1, the others _TINY: the product then has the same entries as `weighted`'s.
    useful = sparse.csr_matrix(claims @ sparse.diags(np.where(informative, 1.0, _TINY)))
    # A claim's own terms outside its attribution count 1, those inside _TINY: again the entries of `claims`.
    in_core = sparse.csr_matrix(claims.multiply(vectorizer.transform(core_terms) > 0))
    core = sparse.csr_matrix(in_core + (claims - in_core) * _TINY)
    core_totals = np.asarray(in_core @ weights).ravel()

    stated: list[set[int]] = [set(node_docs[m]) for m in claim_node]
    near: list[set[int]] = [set(node_docs[m]) for m in claim_node]
    link: dict[tuple[int, int], float] = {}

    def record(c: int, other: int, value: float) -> None:
        near[c].update(node_docs[other])
        if value >= STATED:
            stated[c].update(node_docs[other])
        own = claim_node[c]
        if other != own:
            key = (min(own, other), max(own, other))
            link[key] = max(link.get(key, 0.0), value)

    sides = _Sides(weighted, useful, predicate, totals, said_totals, sizes, core @ sparse.diags(weights), core_totals)
    hits: list[tuple[int, int, float]] = []  # (claim, other node, stated share): applied in any order
    # The claim inside another sentence (that report states it, maybe in a longer sentence) ...
    inside = _shares(sides, presence, presence, by_row=True, floor=RIVAL_SHARE)
    hits += [(c, other, value) for c, other, value, share, _ in inside if share >= UNSTATED or value >= STATED]
    # ... or another report's claim inside this one (it states the claim with fewer details).
    hits += [(c, claim_node[c2], value) for c, c2, value, _, _ in _shares(sides, claims, core, by_row=False)]
    # A report whose sentence gives the claim's quantity with another value, in words alike enough, comes near too.
    rivals, rivalled, rival_pairs = _rivals(corpus, analyzer, heads, owners, claim_node, node_docs, inside, hits, terms)
    crossed: frozenset[tuple[int, int]] = frozenset()
    if semantic and analyzer.language in SEMANTIC_LANGUAGES:
        hits, crossed = _semantic_route(corpus, analyzer, heads, owners, claim_node, hits)
    # A claim and a sentence of another report whose claims all deny it, or all assert what it denies, neither state
    # nor come near each other ("No deaths have been reported." / "Deaths were reported by ..."): two claims.
    words = claim_words(analyzer.language)
    negated = [is_negated(corpus.texts[heads[m]][a:b], words) for m, (a, b) in owners] if words.negations else []
    polarities: dict[int, set[bool]] = {}
    for c, node in enumerate(claim_node if negated else ()):
        polarities.setdefault(node, set()).add(negated[c])
    opposed: set[tuple[int, int]] = set()
    for c, other, value in hits:
        if negated and value >= UNSTATED and negated[c] not in polarities.get(other, {negated[c]}):
            opposed.add((min(claim_node[c], other), max(claim_node[c], other)))
            continue  # what one report denies, the other does not state: each is its own outlet's claim
        record(c, other, value)

    for c, docs in rivals.items():
        near[c].update(docs)
    per_sentence = _per_sentence(n, owners, claim_node, node_of, doc_of, stated, near)
    if link:
        pairs = sorted(link)
        a_idx = np.array([p[0] for p in pairs])
        b_idx = np.array([p[1] for p in pairs])
        values = np.array([link[p] for p in pairs])
        links = sparse.coo_matrix((values, (a_idx, b_idx)), shape=(count, count))
    else:
        links = empty
    return Alignment(
        roles, per_sentence, links, tuple(node_of), matcher, terms, crossed, frozenset(opposed), rivalled, rival_pairs
    )


def _per_sentence(
    n: int,
    owners: Sequence[tuple[int, tuple[int, int]]],
    claim_node: Sequence[int],
    node_of: Sequence[int],
    doc_of: np.ndarray,
    stated: Sequence[set[int] | frozenset[int]],
    near: Sequence[set[int] | frozenset[int]],
) -> tuple[tuple[Claim, ...], ...]:
    """Each sentence's claims, with the documents that state each and those that come near."""
    node_claims: list[list[int]] = [[] for _ in range(max(node_of) + 1)]
    for c, m in enumerate(claim_node):
        node_claims[m].append(c)
    # One sorted tuple per claim of a node, shared by the node's copies: memory follows the distinct sentences.
    stated_by = [tuple(sorted(s)) for s in stated]
    near_by = [tuple(sorted(s)) for s in near]
    per_sentence: list[tuple[Claim, ...]] = []
    for i in range(n):
        d = int(doc_of[i])
        per_sentence.append(
            tuple(
                Claim(i, owners[c][1][0], owners[c][1][1], stated_by[c], near_by[c], d) for c in node_claims[node_of[i]]
            )
        )
    return tuple(per_sentence)


def _semantic_route(
    corpus: Corpus,
    analyzer: Analyzer,
    heads: Sequence[int],
    owners: Sequence[tuple[int, tuple[int, int]]],
    claim_node: Sequence[int],
    lexical: Sequence[tuple[int, int, float]],
) -> tuple[list[tuple[int, int, float]], frozenset[tuple[int, int]]]:
    """The semantic route's hits (claim, other node, share) added to the words' (`lexical`), and the node pairs the
    F found alike but whose values of one quantity differ (`values_cross`).

    Each claim is a span; a sentence of several claims is one more span, covering them all. Two spans of different
    sentences with an F of at least SEMANTIC_STATED state each other: every claim of each is stated by the other's
    report (both directions at once, as the F weighs both), unless their values cross ("€65 million" / "€70
    million"): then they only come near, and conflicts.py compares their values. The words' hits are kept as they
    are (a low F vetoing them was measured and not kept: README, "Optional semantic matcher").
    """
    from .semantic import span_pieces, span_scores

    node_text: dict[int, int] = {}
    spans: list[tuple[int, int, int]] = []
    span_claims: list[list[int]] = []
    span_node: list[int] = []
    of_node: dict[int, list[int]] = {}
    for c, m in enumerate(claim_node):
        a, b = owners[c][1]
        node_text.setdefault(m, len(node_text))
        spans.append((node_text[m], a, b))
        span_claims.append([c])
        span_node.append(m)
        of_node.setdefault(m, []).append(c)
    for m, claims in of_node.items():
        if len(claims) > 1:
            spans.append((node_text[m], owners[claims[0]][1][0], owners[claims[-1]][1][1]))
            span_claims.append(claims)
            span_node.append(m)
    texts = [corpus.texts[heads[m]] for m in node_text]
    pieces = span_pieces(texts, spans)
    hits = list(lexical)
    crossed: set[tuple[int, int]] = set()
    read: dict[int, list[Value]] = {}  # text -> its numbers and dates, read when first needed

    def span_values(u: int) -> list[Value]:
        t, a, b = spans[u]
        if t not in read:
            read[t] = [v for v in _values(texts[t], analyzer) if v.kind in (NUMBER, DATE)]
        return [v for v in read[t] if a <= v.start and v.end <= b]

    for u, v, score in span_scores(pieces, span_node, SEMANTIC_NEAR):
        value = STATED if score >= SEMANTIC_STATED else UNSTATED
        if value >= STATED and _cross(span_values(u), span_values(v)):
            value = UNSTATED
            crossed.add((min(span_node[u], span_node[v]), max(span_node[u], span_node[v])))
        hits += [(c, span_node[v], value) for c in span_claims[u]]
        hits += [(c, span_node[u], value) for c in span_claims[v]]
    return hits, frozenset(crossed)


def _rivals(
    corpus: Corpus,
    analyzer: Analyzer,
    heads: Sequence[int],
    owners: Sequence[tuple[int, tuple[int, int]]],
    claim_node: Sequence[int],
    node_docs: Sequence[frozenset[int]],
    inside: Sequence[tuple[int, int, float, float, float]],
    hits: Sequence[tuple[int, int, float]],
    terms: Sequence[Sequence[str]],
) -> tuple[dict[int, set[int]], frozenset[tuple[int, int, int]], frozenset[tuple[int, int]]]:
    """Claim -> the other reports that come near it only by giving its quantity: a sentence of theirs holds at least
    RIVAL_SHARE (but less than UNSTATED) of the claim's weight and gives a number of one quantity with the claim's
    (`_one_quantity`: a unit and two context stems in common) whose value does not agree ("Eight people have died in a
    crush ..." / "At least nine people were killed ... in a crush") or agrees in another form ("More than 40 people
    were treated in hospital" / "Forty-two people were taken to the University Teaching Hospital"). The claim is then
    no outlet's own, nor are that sentence's claims that give the other value. The pair is no link (conflicts.py does
    not compare it: rival quantities of one story, "75 tahun" / "24 tahun", are as alike in words as rival accounts of
    one, and comparing them raised the false alarms). Also the rival numbers of both sides as (node, start, end): no
    outlet-only details (`Alignment.rivalled`), and the pairs of nodes, both ways (`Alignment.rival_pairs`)."""
    from .conflict_pairs import story_words  # it reads align's constants: imported when first needed

    near: dict[int, set[int]] = {}  # claim -> the reports already near it
    for c, other, _ in hits:
        near.setdefault(c, set()).update(node_docs[other])
    read: dict[int, list[Value]] = {}
    common = story_words(terms, len(corpus.documents))

    def numbers(m: int) -> list[Value]:
        if m not in read:
            read[m] = [v for v in _values(corpus.texts[heads[m]], analyzer) if v.kind == NUMBER]
        return read[m]

    def own_event(m: int) -> list[Value]:  # a rival value is one of this event: a value told of another is none
        return [v for v in numbers(m) if not _told_another(corpus.texts[heads[m]], v, analyzer.language)]

    of_node: dict[int, list[int]] = {}
    for c, m in enumerate(claim_node):
        of_node.setdefault(m, []).append(c)
    rivals: dict[int, set[int]] = {}
    spans: set[tuple[int, int, int]] = set()
    pairs: set[tuple[int, int]] = set()
    dates = _Dates(corpus)
    for c, other, value, share, _ in inside:
        own = claim_node[c]
        docs = node_docs[other] - node_docs[own] - near.get(c, set())
        if share >= UNSTATED or value >= STATED or not docs:
            continue  # a report that comes near the claim in any sentence already keeps it from being one outlet's
        a, b = owners[c][1]
        mine = [v for v in numbers(own) if a <= v.start and v.end <= b]
        if not mine:
            continue  # neither a rival value nor an agreeing one without a number of the claim's
        # a rival value is one of this event: of a report published days apart, or told of another, it is none
        close = frozenset(d for d in docs if not dates.apart(d, node_docs[own]))
        mine_now = [v for v in own_event(own) if a <= v.start and v.end <= b] if close else []
        rivalled = rival_numbers(mine_now, own_event(other), common) if mine_now else []
        if rivalled:  # their side of the rivalry gives no details either
            theirs = rival_numbers(own_event(other), mine_now, common)
            spans.update((m, v.start, v.end) for m, found in ((own, rivalled), (other, theirs)) for v in found)
            docs = close  # and this report's days apart from theirs does not come near their claims
            back = frozenset(o for o in node_docs[own] if dates.apart(o, node_docs[other]))
        else:  # or the same quantity with a value that agrees ("More than 40 people" / "Forty-two people")
            theirs = [w for w in numbers(other) if any(_one_quantity(v, w, common) and agree(v, w) for v in mine)]
            if not theirs:
                continue
            back = frozenset()
        rivals.setdefault(c, set()).update(docs)
        pairs.update(((own, other), (other, own)))
        # and their claims that give the rival value come near this report ("empat orang meninggal dunia dan 46
        # rumah ..." holds too little of "Tiga orang ... meninggal dunia" to be near by its own share)
        for c2 in of_node.get(other, ()):
            x, y = owners[c2][1]
            if any(x <= v.start and v.end <= y for v in theirs):
                rivals.setdefault(c2, set()).update(node_docs[own] - node_docs[other] - back)
    return rivals, frozenset(spans), frozenset(pairs)


def _told_another(text: str, v: Value, language: str) -> bool:
    """The sentence tells of another event of the kind before the number, in any clause: "Another large aftershock
    of the February 27 earthquake — of 6.5 magnitude — rocked Chile" (`slots.event_marks` reads the number's
    own clause only). Such a number is no rival of a claim's (review 11: TAC M005's aftershocks hid claims); one that
    agrees may still be the event's own ("aftershock of the February 27 8.8 earthquake")."""
    words = ANOTHER_WORDS.get(language, frozenset())
    return bool(words) and any(w.lower() in words for w in WORD_RE.findall(text[: v.start]))


def published_day(corpus: Corpus, d: int) -> date | None:
    """Report `d`'s publication day, if it has a readable one."""
    text = corpus.documents[d].published
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def days_apart(corpus: Corpus, a: int, b: int) -> bool:
    """Reports `a` and `b` both dated, published at least RIVAL_DAYS apart."""
    first, second = published_day(corpus, a), published_day(corpus, b)
    return first is not None and second is not None and abs((first - second).days) >= RIVAL_DAYS


class _Dates:
    """Publication days read once, and whether a report is days apart from any of a set of reports, in time linear
    in the set (by the set's earliest and latest day) and once per set: a fact of a thousand wire copies is one set
    met again and again, and comparing every pair of its reports took 80% of a 10,000-report brief."""

    def __init__(self, corpus: Corpus) -> None:
        self._days = [published_day(corpus, d) for d in range(len(corpus.documents))]
        self._range: dict[frozenset[int], tuple[date, date] | None] = {}

    def apart(self, d: int, others: frozenset[int]) -> bool:
        """Report `d` is dated and published at least RIVAL_DAYS from some dated report of `others`."""
        day = self._days[d]
        if day is None:
            return False
        if others not in self._range:
            known = [when for o in others if (when := self._days[o]) is not None]
            self._range[others] = (min(known), max(known)) if known else None
        span = self._range[others]
        return span is not None and max((day - span[0]).days, (span[1] - day).days) >= RIVAL_DAYS


def _one_quantity(a: Value, b: Value, common: frozenset[str]) -> bool:
    """Two numbers of one quantity, as far as words tell: a unit in common, neither told of another event of the kind
    nor of other places than the other (`slots.event_marks`, `Value.where`), of one order of magnitude, and at least
    SHARED_CONTEXT stems around them in common besides the story's own (conflict_compare.same_quantity, without its
    stricter rules for units that only partly meet: "uang tunai sebesar Rp 350 juta" / "uang Rp 530 juta")."""
    return (
        bool(a.slot & b.slot)
        and (ANOTHER in a.marks) == (ANOTHER in b.marks)  # "a second blast", "an aftershock": another event's count
        and not other_fates(a, b)  # "12 people were injured" / "40 people were arrested"
        and not other_grades(a, b)  # "14 people injured" / "Two people suffered serious injuries"
        and not _other_places(a, b)
        and not _other_things(a, b)
        and not orders_apart(a, b)
        and len((a.context & b.context) - common) >= SHARED_CONTEXT
    )


def _other_places(a: Value, b: Value) -> bool:
    """Both numbers' clauses name places, and none of one side's is a form of the other's: "4 people in Quang Ninh" /
    "9 people in Hai Phong" (but "Zambia" / "the Zambian capital" is one place)."""
    return bool(a.where and b.where) and not any(x.startswith(y) or y.startswith(x) for x in a.where for y in b.where)


def _other_things(a: Value, b: Value) -> bool:
    """Each number counts a thing named right after it that the other side names nowhere near its number: "40
    students" / "15 journalists" (one verb, "arrested", is no one quantity); "8,000 workers" / "10,000 dock
    workers" count one thing."""

    def counted(v: Value) -> str | None:
        return v.after[0] if v.after and v.after[0] in v.slot else None

    def near(v: Value) -> set[str]:
        return {*v.slot, *v.after[:3]}

    x, y = counted(a), counted(b)
    return x is not None and y is not None and x not in near(b) and y not in near(a)


def rival_numbers(left: Sequence[Value], right: Sequence[Value], common: frozenset[str]) -> list[Value]:
    """The numbers of `left` that have one of one quantity in `right` (`_one_quantity`) whose value does not agree,
    neither agreeing with any value of that slot the other side gives."""

    def explained(v: Value, others: Sequence[Value]) -> bool:
        return any(o.slot & v.slot and agree(v, o) for o in others)

    return [
        a
        for a in left
        if not explained(a, right)
        and any(_one_quantity(a, b, common) and not agree(a, b) and not explained(b, left) for b in right)
    ]


def values_cross(
    first: str,
    second: str,
    analyzer: Analyzer,
    first_span: tuple[int, int] | None = None,
    second_span: tuple[int, int] | None = None,
) -> bool:
    """The two texts (or their spans) give different values of one quantity: a number or date of each in one slot
    (their units meet: "€65 million" / "€70 million"), that do not agree (conflicts.agree: not a rounding, a bound
    met, a date with fewer parts), and neither agrees with any value of that slot the other gives."""

    def read(text: str, span: tuple[int, int] | None) -> list[Value]:
        a, b = span or (0, len(text))
        return [v for v in _values(text, analyzer) if v.kind in (NUMBER, DATE) and a <= v.start and v.end <= b]

    return _cross(read(first, first_span), read(second, second_span))


def _cross(left: Sequence[Value], right: Sequence[Value]) -> bool:
    """`values_cross` of two spans' numbers and dates."""
    from .conflicts import agree  # conflicts reads align: imported when first needed

    def explained(v: Value, others: Sequence[Value]) -> bool:
        return any(o.kind == v.kind and (o.slot & v.slot or o.value == v.value) and agree(v, o) for o in others)

    return any(
        a.kind == b.kind and a.slot & b.slot and not agree(a, b) and not explained(a, right) and not explained(b, left)
        for a in left
        for b in right
    )


def _name_terms(vocabulary: dict[str, int], texts: Sequence[str], df: np.ndarray, matcher: Matcher) -> np.ndarray:
    """Per term: in at least half of the sentences that use it (`df`), it is part of a name ("Putin", "Korea")."""
    in_name = np.zeros(len(vocabulary))
    of_name: dict[str, list[str]] = {}
    for text in texts:
        named = set()
        for name in names(text):
            span = text[name.start : name.end]
            if span not in of_name:  # names repeat across sentences ("Vladimir Putin"): read each once
                of_name[span] = matcher.terms(span)
            named.update(of_name[span])
        for term in named:
            if term in vocabulary:
                in_name[vocabulary[term]] += 1
    return np.asarray(2 * in_name >= np.maximum(df, 1))


@dataclass(frozen=True)
class _Sides:
    """The claims' weighted terms in the forms `_shares` multiplies, with their totals."""

    weighted: sparse.csr_matrix  # term weights
    useful: sparse.csr_matrix  # 1 for a term outside the story's own names, _TINY otherwise
    predicate: sparse.csr_matrix  # term weights, _TINY for a name's terms
    totals: np.ndarray  # each claim's weight
    said_totals: np.ndarray  # each claim's weight without its names' terms
    sizes: np.ndarray  # each claim's number of terms
    core: sparse.csr_matrix  # term weights, _TINY for the terms of its attribution ("Sarkozy said that")
    core_totals: np.ndarray  # each claim's weight without its attribution


def _shares(
    sides: _Sides, other: sparse.csr_matrix, other_core: sparse.csr_matrix, *, by_row: bool, floor: float = UNSTATED
) -> list[tuple[int, int, float, float, float]]:
    """(claim, other row, stated share, plain share, share of its terms besides names) for every pair sharing at least
    `floor` (UNSTATED unless told) of the smaller side's weight.

    by_row: the share is of the claim's own weight (the claim inside the other row); otherwise of the
    other row's weight (the other claim inside this one). The stated share is the smaller of the whole claim's
    and of its terms besides names when less than SAID of those is contained, so names alone never make a claim
    stated; the plain share still makes it near (precision first: not listed as one outlet's) when at least
    NEAR_SAID of its terms besides names is contained too. Shares that decide "stated" leave out the claim's
    attribution (`other_core`: the other claims' terms with their attribution at _TINY); "near" reads the whole claim.
    """
    weighted, totals, sizes = sides.weighted, sides.totals, sides.sizes
    # Every factor is positive where it is stored, so the four products have the same entries; sorted, their
    # data line up (reading values at given positions of a sparse matrix was a third of the alignment's time).
    overlap, counts_matrix, useful_matrix, said_matrix = (
        sparse.csr_matrix(m @ other.T)
        for m in (weighted, sparse.csr_matrix(weighted > 0, dtype=float), sides.useful, sides.predicate)
    )
    if not overlap.nnz:
        return []
    core_matrix = sparse.csr_matrix(sides.core @ other.T if by_row else weighted @ other_core.T)
    for m in (overlap, counts_matrix, useful_matrix, said_matrix, core_matrix):
        m.sort_indices()
    coo = overlap.tocoo()
    rows, cols = coo.row, coo.col
    counts = np.rint(counts_matrix.data)
    informative = np.floor(useful_matrix.data + 0.5)
    base = rows if by_row else cols
    share = overlap.data / np.maximum(totals[base], 1e-12)
    said_total = sides.said_totals[base]
    said_share = np.where(said_total > 0, said_matrix.data / np.maximum(said_total, 1e-12), share)
    # A claim that is all attribution ("A reporter for Al Jazeera, however,") has no core: its plain share decides
    # (dividing the _TINY entries by a zero total made shares in the thousands).
    core_total = sides.core_totals[base]
    core_share = np.where(core_total > 1e-6, core_matrix.data / np.maximum(core_total, 1e-12), share)
    stated = np.where(said_share >= SAID, core_share, np.minimum(core_share, said_share))
    enough = (counts >= np.minimum(MIN_SHARED, sizes[base])) & (informative >= 1)
    keep = ((share >= floor) | (stated >= STATED)) & enough & (said_share >= NEAR_SAID)
    kept = (rows[keep], cols[keep], stated[keep], share[keep], said_share[keep])
    return list(zip(*(k.tolist() for k in kept), strict=True))


def _nodes(
    texts: Sequence[str], terms: Sequence[Sequence[str]], roles: Sequence[str]
) -> tuple[list[int], list[list[int]]]:
    """Copies of one sentence (the same text) are one node: wire copies are compared once. Two texts with the same
    match terms ("The NCSC ..." / "The National Cyber Security Centre ...") are two nodes: claims are spans of
    their own text."""
    index: dict[tuple[str, str], int] = {}
    node_of: list[int] = []
    members: list[list[int]] = []
    for i, text in enumerate(texts):
        key = (roles[i], text) if terms[i] else ("\0", str(i))
        if key not in index:
            index[key] = len(members)
            members.append([])
        node_of.append(index[key])
        members[index[key]].append(i)
    return node_of, members
