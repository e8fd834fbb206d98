"""Credit wire agencies from credit lines and sign-offs anywhere in the story.

Three kinds of evidence, strongest first:

- a sign-off ending the story ("REUTER", "— AFP", "(Reporting by …; Editing by …)") and a
  paragraph that is only a credit ("News Service Trend", "PTI"): both are taken out of the body
  (kinds ``sign-off`` and ``credit-line``);
- a dateline credit the dateline cleaner left behind ("LONDON (Reuters) -", "/TASS/"): credited;
- the agency's own house style in the lead ("..., Trend reports.") and, when nothing else credits
  the story, "according to Trend News Agency" there: credited, and left in the sentence.

An agency merely mentioned ("told the Spanish EFE news agency", "Tass said", "told Reuters.") is
a source, not a credit. Forms are in :mod:`~newsnorm.cleaners.agency_patterns`, names in
:mod:`~newsnorm.cleaners.agency_names`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from newsnorm.cleaners.agency_names import agency_spellings, canonical_agency
from newsnorm.cleaners.agency_patterns import (
    OPENING_REACH,
    PARAGRAPH_BREAK,
    REPORTING_CREDIT,
    REUTERS_SIGN_OFF,
    SENTENCE_END,
    TAIL_REACH,
    AgencyForms,
    build_forms,
)
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document

DEFAULT_FORMS = build_forms(agency_spellings())

# Some stories are signed twice ("REUTER\n\nReuter"); more than this is not a sign-off.
MAX_SIGN_OFFS = 3

Span = tuple[int, int]


class AgenciesOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Agencies to add to the built-in table: canonical name -> spellings that credit it,
    # e.g. {"AzerNews" = ["AzerNews", "Azernews"]}. Matched case-sensitively, like the table.
    extra_agencies: dict[str, list[str]] = Field(default_factory=dict)


@register
class Agencies(Cleaner):
    """Credit wire agencies from credit lines and sign-offs; take sign-offs out of the body.

    >>> doc = Document("News Service Trend\\n\\nAliyev is ready to talk, according to Trend "
    ...                "News Agency.\\n\\nHe told the Spanish EFE news agency so.\\n\\nREUTER")
    >>> Agencies().clean(doc)
    >>> doc.agencies
    ['Trend', 'Reuters']
    >>> print(doc.text)
    Aliyev is ready to talk, according to Trend News Agency.
    <BLANKLINE>
    He told the Spanish EFE news agency so.
    >>> [(r.kind, r.text) for r in doc.removed]
    [('sign-off', 'REUTER'), ('credit-line', 'News Service Trend')]
    """

    name = "agencies"
    Options = AgenciesOptions

    def __init__(self, options: BaseModel | dict | None = None) -> None:
        super().__init__(options)
        self._extra = _extra_lookup(self.options.extra_agencies)
        self._forms: AgencyForms = (
            build_forms([*agency_spellings(), *self._extra]) if self._extra else DEFAULT_FORMS
        )

    def clean(self, doc: Document) -> None:
        signed = self._take_sign_offs(doc)
        lines = self._take_credit_lines(doc)
        opening = self._opening_credits(doc.text)
        house = self._lead_credits(doc.text, self._forms.reports)
        sourced = [*doc.agencies, *signed, *lines, *opening, *house]
        according = [] if sourced else self._lead_credits(doc.text, self._forms.according)
        for agency in [*opening, *lines, *house, *according, *signed]:
            doc.credit(agency)

    def _canonical(self, spelling: str) -> str | None:
        return self._extra.get(spelling) or canonical_agency(spelling)

    # -- sign-offs at the end ----------------------------------------------------------------

    def _take_sign_offs(self, doc: Document) -> list[str]:
        """Take sign-offs off the end, one at a time (a story can be signed twice)."""
        credited: list[str] = []
        for _ in range(MAX_SIGN_OFFS):
            found = self._final_sign_off(doc.text)
            if found is None:
                break
            start, agency = found
            start = _space_before(doc.text, start)
            self.take(doc, start, len(doc.text), "sign-off")
            credited.append(agency)
        return credited

    def _final_sign_off(self, text: str) -> tuple[int, str] | None:
        """(start, agency) of a sign-off that ends the text, if any."""
        paragraphs = _paragraphs(text)
        if not paragraphs:
            return None
        start, end = paragraphs[-1]
        whole = self._forms.standalone.fullmatch(text, start, end)
        if whole and (agency := self._canonical(whole.group("agency"))):
            return start, agency
        window = max(start, len(text) - TAIL_REACH)
        if match := REUTERS_SIGN_OFF.search(text, window):
            return match.start(), "Reuters"
        for form in (self._forms.tail, self._forms.desk_tail):
            match = form.search(text, window)
            if match and (agency := self._canonical(match.group("agency"))):
                return match.start(), agency
        return None

    # -- credit lines anywhere -----------------------------------------------------------------

    def _take_credit_lines(self, doc: Document) -> list[str]:
        """Take out paragraphs that only credit an agency, and Reuters' "(Reporting by …)"."""
        text = doc.text
        paragraphs = _paragraphs(text)
        whole: dict[int, str] = {}  # paragraph index -> kind, for paragraphs taken whole
        inline: list[tuple[int, int, str]] = []
        credited: list[str] = []
        for index, (start, end) in enumerate(paragraphs):
            line = self._forms.standalone.fullmatch(text, start, end)
            agency = line and self._canonical(line.group("agency"))
            if agency:
                whole[index] = "credit-line"
                credited.append(agency)
                continue
            reporting = REPORTING_CREDIT.search(text, start, end)
            if reporting:
                credited.append("Reuters")
                if reporting.span() == (start, end):
                    whole[index] = "sign-off"
                else:
                    left = max(start, _space_before(text, reporting.start()))
                    inline.append((left, reporting.end(), "sign-off"))
        spans = inline + _paragraph_spans(paragraphs, whole, len(text))
        self.take_many(doc, spans)
        return credited

    # -- credits that stay in the text ---------------------------------------------------------

    def _opening_credits(self, text: str) -> list[str]:
        match = self._forms.opening.search(text, 0, OPENING_REACH)
        if not match:
            return []
        agency = self._canonical(match.group("paren") or match.group("slash"))
        return [agency] if agency else []

    def _lead_credits(self, text: str, form: re.Pattern[str]) -> list[str]:
        lead = _lead(text)
        if lead is None:
            return []
        found = (self._canonical(m.group("agency")) for m in form.finditer(text, *lead))
        return [agency for agency in found if agency]


def _extra_lookup(extra: dict[str, list[str]]) -> dict[str, str]:
    """Spelling -> canonical name for config-added agencies (all-caps spellings match too)."""
    lookup: dict[str, str] = {}
    for canonical, spellings in extra.items():
        for spelling in (canonical, *spellings):
            lookup.setdefault(spelling, canonical)
            lookup.setdefault(spelling.upper(), canonical)
    return lookup


def _space_before(text: str, position: int) -> int:
    """Where the whitespace run ending at ``position`` starts."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _paragraphs(text: str) -> list[Span]:
    """(start, end) of each paragraph's stripped content."""
    spans: list[Span] = []
    position = 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        if chunk.strip():
            start = position + len(chunk) - len(chunk.lstrip())
            spans.append((start, position + len(chunk.rstrip())))
        position = match.end() if match else end
    return spans


def _paragraph_spans(paragraphs: list[Span], whole: dict[int, str],
                     length: int) -> list[tuple[int, int, str]]:
    """Spans that take whole paragraphs out with one of their separators.

    A paragraph takes the break after it, or, in a run that reaches the end of the text, the
    break before it, so the paragraphs left are still one blank line apart.
    """
    spans: list[tuple[int, int, str]] = []
    run_start = len(paragraphs)
    while run_start > 0 and run_start - 1 in whole:
        run_start -= 1
    for index in sorted(whole):
        start, end = paragraphs[index]
        if index >= run_start:
            start = paragraphs[index - 1][1] if index > 0 else 0
            end = length if index == len(paragraphs) - 1 else end
        else:
            end = paragraphs[index + 1][0]
        spans.append((start, end, whole[index]))
    return spans


def _lead(text: str) -> Span | None:
    """The lead paragraph: the first that ends like a sentence (else the first)."""
    paragraphs = _paragraphs(text)
    for start, end in paragraphs:
        if SENTENCE_END.search(text, start, end):
            return start, end
    return paragraphs[0] if paragraphs else None
