"""Small frozen records passed between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["claim", "attribution", "fragment"]  # attribution lines and fragments are never facts
Sharing = Literal["full", "partial", "none"]  # how much of a sentence other reports state
UniqueKind = Literal["fact", "detail"]
Part = Literal["claim", "name", "number"]  # what a detail is
ConflictKind = Literal["number", "date", "place", "person"]


@dataclass(frozen=True, slots=True)
class Report:
    """One outlet's report as read from disk, stdin or an API body, before cleaning."""

    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    is_html: bool = False


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A report's body paragraphs with the metadata that cleaning read out of its furniture."""

    paragraphs: tuple[str, ...]
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned, segmented report: the unit of attribution."""

    id: str
    outlet: str
    sentences: tuple[str, ...]
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """Where a sentence lives: its document's index in the set and its position there."""

    document: int
    position: int


@dataclass(frozen=True, slots=True)
class Corpus:
    """All documents of one run, with a flat index of their sentences."""

    documents: tuple[Document, ...]
    language: str
    refs: tuple[SentenceRef, ...] = field(init=False)
    texts: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        refs = tuple(SentenceRef(d, p) for d, doc in enumerate(self.documents) for p in range(len(doc.sentences)))
        object.__setattr__(self, "refs", refs)
        object.__setattr__(self, "texts", tuple(self.documents[r.document].sentences[r.position] for r in refs))

    def relative_position(self, index: int) -> float:
        """Position of sentence `index` in its document, from 0.0 (lead) towards 1.0."""
        ref = self.refs[index]
        return ref.position / max(1, len(self.documents[ref.document].sentences))


@dataclass(frozen=True, slots=True)
class Fact:
    """Sentences that report the same fact: usually one per document, two when a report states it twice."""

    id: str
    members: tuple[int, ...]  # flat sentence indices, ordered by (document, position)


@dataclass(frozen=True, slots=True)
class BriefItem:
    """One sentence of the merged brief and everyone who reports its fact."""

    fact: str
    sentence: int  # flat index of the chosen wording
    documents: tuple[int, ...]
    score: float
    text: str


@dataclass(frozen=True, slots=True)
class UniqueItem:
    """Something only one document reports: a whole fact, or a detail inside a shared fact."""

    document: int
    sentence: int  # flat index
    kind: UniqueKind
    text: str
    score: float
    start: int = 0  # character span of `text` inside the sentence
    end: int = 0
    part: Part | None = None  # for a detail: a clause no other report states, a name or a number


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    """One claim of a sentence: its character span and the documents (its own included) that state it."""

    start: int
    end: int
    documents: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SentenceAlignment:
    """How one sentence is shared: its role, "full" / "partial" / "none", and its claims."""

    role: Role
    sharing: Sharing
    claims: tuple[ClaimSpan, ...]


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One report's value in a conflict: the report, the sentence (flat index) and the value's span in it."""

    document: int
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Reports of one fact that give values of one slot that cannot all be right."""

    fact: str
    kind: ConflictKind
    values: tuple[ConflictValue, ...]  # one per report, ordered by report


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of one run: what every output format is rendered from."""

    corpus: Corpus
    method: str
    facts: tuple[Fact, ...]
    brief: tuple[BriefItem, ...]
    unique: tuple[UniqueItem, ...]
    warnings: tuple[str, ...]
    sentences: tuple[SentenceAlignment, ...]  # per flat sentence index: how each is shared (to_dict reads it)
    conflicts: tuple[Conflict, ...] = ()
