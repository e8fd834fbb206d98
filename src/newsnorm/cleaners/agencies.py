"""Credit wire agencies from credit lines and sign-offs anywhere in the story.

Six kinds of evidence, strongest first:

- a sign-off ending the story ("REUTER", "— AFP", "==Kyodo", "... ejemplares. EFE",
  "(Reporting by …; Editing by …)", "--SPA 20:14 LOCAL TIME 17:14 GMT ..."),
  a paragraph that is only a credit ("News Service Trend", "PTI", "Sources: BERNAMA"), a
  front-matter credit line ("... | Source: PTI", "Xinhua | Updated: ...", "PTI | Dubai |
  Updated: ...", "Press Trust of India New Delhi") and MENAFN's "(MENAFN- Kuwait News Agency
  (KUNA))" (or, its bracket's opening lost, "MENAFN - Jordan News Agency)") before a reposted
  item: all are taken out of the body (kinds ``sign-off`` and ``credit-line``);
- such a credit line that an earlier cleaner already took with the page's front matter (a crumb,
  a stamp, a byline's "- Trend:"): credited;
- a Chinese portal's source line in the front matter ("Xinhua, December 01, 2017",
  "2017-09-05 08:46Xinhua Editor: Gu Liping", "(Xinhua) 08:19, December 01, 2017"): taken out
  when it stands alone, else credited; a sign-off naming the agency in full and short
  ("- Emirates News Agency, WAM –"): taken out;
- a dateline credit the dateline cleaner left behind ("LONDON (Reuters) -", "/TASS/",
  "Paris (ats afp)", "(NNN-BERNAMA) —", a shouted "NOURNEWS- " opening a paragraph), and
  Reuters' source tag ending a headline ("North Korea fires missile -Yonhap"): credited;
- the agency's own house style in the lead ("..., Trend reports.", "Report informs referring to
  "Anadolu" news agency") and, when nothing else credits the story, the lead's attribution
  ("according to Trend News Agency", "..., Anadolu reported.", "stories moved by Yonhap News
  Agency"): credited, and left in the sentence;
- a relay in the lead's first sentence, whatever else credits the story: another agency's
  report passed on with its own source ("..., the official TASS news agency reported on
  Wednesday, citing Russian Deputy Foreign Minister Sergei Ryabkov."): credited, left in the
  sentence.

An agency merely mentioned ("told the Spanish EFE news agency", "Tass said", "told Reuters.") is
a source, not a credit. Forms are in :mod:`~newsnorm.cleaners.agency_patterns`, names in
:mod:`~newsnorm.cleaners.agency_names`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsnorm.cleaners.agency_names import (
    CREDIT_POSITION_ONLY,
    agency_spellings,
    bracket_slug_agencies,
    build_lookup,
    canonical_agency,
)
from newsnorm.cleaners.agency_patterns import (
    BRACKET_SLUGS,
    CREDIT_LINE_INITIALS,
    CREDIT_LINE_LONGEST,
    CREDIT_LINE_OPENERS,
    CREDIT_PLACE_NOT_PLACES,
    DESK_CODE_LETTERS,
    DESK_INITIALS,
    FIRST_SENTENCE_END,
    FORM_WORDS,
    FRONT_MATTER_CLEANERS,
    FRONT_MATTER_KINDS,
    FRONT_MATTER_REACH,
    HEADLINE_TAG_MARK,
    HEADLINE_TAG_REACH,
    KYODO_SIGN_OFF_MARK,
    LAST_BLANK_LINE,
    MENAFN_MARK,
    MENAFN_REACH,
    OPENING_REACH,
    PARAGRAPH,
    PHOTO_CREDIT,
    PHOTO_LABEL,
    REPORTING_CREDIT,
    REPORTING_CREDIT_OPENING,
    REUTERS_SIGN_OFF,
    REUTERS_SIGN_OFF_ENDINGS,
    REUTERS_SIGN_OFF_LONGEST,
    SENTENCE_CLOSERS,
    SENTENCE_END,
    SIGN_OFF_AFTER_STOP,
    SOURCE_LINE_KINDS,
    SOURCE_LINE_MARK,
    SOURCE_LINE_OPENER,
    STAMP_SOURCE_GROUPS,
    STAMPED_TAIL_BEFORE,
    STAMPED_TAIL_MARK,
    TAIL_MARK,
    TAIL_MARKS,
    TAIL_REACH,
    AgencyForms,
    build_forms,
)
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document
from newsnorm.model import Removal

DEFAULT_FORMS = build_forms(agency_spellings())

# Some stories are signed twice ("REUTER\n\nReuter"); more than this is not a sign-off.
MAX_SIGN_OFFS = 3

Span = tuple[int, int]

# Any digit: a stamp holds one, so a paragraph without is no source stamp.
_DIGIT = re.compile(r"\d")


class AgenciesOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Agencies to add to the built-in table: canonical name -> spellings that credit it,
    # e.g. {"AzerNews" = ["AzerNews", "Azernews"]}. Matched case-sensitively, like the table.
    extra_agencies: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("extra_agencies")
    @classmethod
    def _no_blank_names(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        # A blank name or spelling would credit nobody, or match anywhere: a config mistake.
        for name, spellings in value.items():
            if not name.strip():
                raise ValueError("an agency name is blank")
            if any(not spelling.strip() for spelling in spellings):
                raise ValueError(f"a spelling of {name!r} is blank")
        return value


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
        self._extra = build_lookup(self.options.extra_agencies)
        spellings = [*agency_spellings(), *self._extra]
        self._forms: AgencyForms = build_forms(spellings) if self._extra else DEFAULT_FORMS
        # What the forms can capture, looked up once here rather than on every credit.
        self._names = {spelling: self._lookup(spelling) for spelling in spellings}

    def clean(self, doc: Document) -> None:
        signed = self._take_sign_offs(doc)
        signed += self._take_line_end_sign_offs(doc)
        lines = self._take_credit_lines(doc)
        front = self._take_front_credit_lines(doc)
        if doc.text.find(MENAFN_MARK, 0, MENAFN_REACH) >= 0:  # rare: not looked for otherwise
            front = self._take_menafn_source(doc) + front
        removed = self._removed_source_lines(doc)
        opening = self._opening_credits(doc.text) + _slug_credits(doc)
        house = self._lead_credits(doc.text, self._forms.reports, FORM_WORDS["reports"])
        relayed = self._lead_credits(doc.text, self._forms.relayed, FORM_WORDS["relayed"],
                                     first_sentence=True)
        headline = doc.headline
        tagged = (self._headline_tag(headline)
                  if headline and HEADLINE_TAG_MARK in headline else [])
        sourced = [*doc.agencies, *signed, *lines, *front, *removed, *opening, *house, *relayed,
                   *tagged]
        attributed: list[str] = []
        if not sourced:  # the lead's attribution credits a story nothing else credits
            for form, first in (("according", False), ("reported", True), ("moved_by", False)):
                attributed += self._lead_credits(
                    doc.text, getattr(self._forms, form), FORM_WORDS[form], first_sentence=first)
            attributed += self._removed_moved_by(doc)
        for agency in [*opening, *front, *removed, *lines, *house, *relayed, *attributed, *signed,
                       *tagged]:
            doc.credit(agency)

    def _canonical(self, spelling: str) -> str | None:
        return self._names.get(spelling) or self._lookup(spelling)

    def _lookup(self, spelling: str) -> str | None:
        return self._extra.get(spelling) or canonical_agency(spelling)

    def _headline_tag(self, headline: str | None) -> list[str]:
        """The agency of Reuters' source tag ending the headline ("... missile -Yonhap")."""
        if not headline:
            return []
        mark = headline.rfind(HEADLINE_TAG_MARK)  # the tag's " -": the last one, if any
        if mark < 0 or len(headline) - mark > HEADLINE_TAG_REACH:
            return []
        tag = self._forms.headline_tag.match(headline, mark)
        agency = tag and self._canonical(tag.group("agency"))
        return [agency] if agency else []

    # -- sign-offs at the end ----------------------------------------------------------------

    def _take_sign_offs(self, doc: Document) -> list[str]:
        """Take sign-offs off the end, one at a time (a story can be signed twice)."""
        credited: list[str] = []
        for _ in range(MAX_SIGN_OFFS):
            found = self._final_sign_off(doc.text) or self._sign_off_above_initials(doc.text)
            if found is None:
                break
            start, agency = found
            start = _space_before(doc.text, start)
            self.take(doc, start, len(doc.text), "sign-off")
            credited.append(agency)
        return credited

    def _sign_off_above_initials(self, text: str) -> tuple[int, str] | None:
        """(start, agency) of a sign-off in the paragraph above a last paragraph of desk
        initials: EFE's "... não participam da reunião. EFE⏎⏎jf/rsd" (the writer's and the
        editor's initials). Taken with the initials; initials under no sign-off stay."""
        last = _last_paragraph(text)
        if last is None or not DESK_INITIALS.fullmatch(text, *last):
            return None
        return self._final_sign_off(text[:last[0]].rstrip())

    def _final_sign_off(self, text: str) -> tuple[int, str] | None:
        """(start, agency) of a sign-off that ends the text, if any."""
        last = _last_paragraph(text)
        if last is None:
            return None
        start, end = last
        if agency := self._credit_line(text, start, end):
            return start, agency
        # The tail forms end at the end of the text. Each is searched only if the text ends as
        # it must (last letters, a mark near the end, capitals), and only from where it can
        # start (the form's length, its first character), not from every place in the window.
        window = max(start, len(text) - TAIL_REACH)
        if text.endswith(REUTERS_SIGN_OFF_ENDINGS, 0, end):  # "REUTER", "Reuter...", "^M"
            reuters_start = _tail_start(text, window, end, REUTERS_SIGN_OFF_LONGEST)
            if match := REUTERS_SIGN_OFF.search(text, reuters_start):
                return match.start(), "Reuters"
        tail_start = max(window, end - self._forms.tail_longest)
        if not TAIL_MARKS.isdisjoint(text[tail_start:end]):  # "— AFP", "(AFP)", "/PTI/"
            mark = TAIL_MARK.search(text, tail_start, end)
            tail = mark and self._forms.tail.search(text, mark.start())
            if (tail and (agency := self._canonical(tail.group("agency")))
                    and not PHOTO_LABEL.match(text, start, tail.start())):
                return tail.start(), agency  # (not "File photo — AFP": a caption's credit)
        stamp = text.rfind(STAMPED_TAIL_MARK, window, end)  # "--SPA 20:14 LOCAL TIME ..."
        if stamp >= 0:
            stamped = self._forms.stamped_tail.search(
                text, max(window, stamp - STAMPED_TAIL_BEFORE))
            if stamped and (agency := self._canonical(stamped.group("agency"))):
                return stamped.start(), agency
        if text[end - 1].isalpha() and (stopped := self._stopped_tail(text, start, end)):
            return stopped  # "... unos 500 ejemplares. EFE"
        named_start = max(window, end - self._forms.named_tail_longest)
        if text.find(",", named_start, end) >= 0 and not TAIL_MARKS.isdisjoint(
                text[named_start:end]):  # "- Emirates News Agency, WAM –"
            named = self._named_tail(text, named_start, end)
            if named is not None:
                return named
        if end >= 2 and DESK_CODE_LETTERS.issuperset(text[end - 2:end]):  # "PTI ABC DEF"
            desk = self._forms.desk_tail.search(text, window)
            if desk and (agency := self._canonical(desk.group("agency"))):
                return desk.start(), agency
        return None

    def _stopped_tail(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """(start, agency) of a wire's name alone after the last sentence's stop, ending the
        text: EFE's sign-off ("... unos 500 ejemplares. EFE", "... não participam da reunião.
        EFE"). One word, an agency's spelling that is no ordinary word, after a stop and a
        space: "told AFP." ends with a stop, "the EFE" has no stop before it."""
        space = text.rfind(" ", start, end)
        if space <= start or text[space - 1] not in SIGN_OFF_AFTER_STOP:
            return None
        spelling = text[space + 1:end]
        if spelling not in self._forms.bare_credit_lines:
            return None
        agency = self._canonical(spelling)
        return (space + 1, agency) if agency else None

    def _named_tail(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """(start, agency) of a sign-off naming one agency twice, in full and short, between
        dashes ("- Emirates News Agency, WAM –"), searched from the first dash in reach."""
        mark = TAIL_MARK.search(text, start, end)
        tail = mark and self._forms.named_tail.search(text, mark.start())
        if not tail:
            return None
        agency = self._canonical(tail.group("agency"))
        if agency is None or agency != self._canonical(tail.group("name")):
            return None
        return tail.start(), agency

    def _take_line_end_sign_offs(self, doc: Document) -> list[str]:
        """Take out Kyodo's "==Kyodo" where it ends a line that is not the text's last."""
        if KYODO_SIGN_OFF_MARK not in doc.text:
            return []
        text = doc.text
        spans: list[tuple[int, int, str]] = []
        credited: list[str] = []
        for match in self._forms.line_end_sign_off.finditer(text):
            if agency := self._canonical(match.group("agency")):
                spans.append((_space_before(text, match.start()), match.end(), "sign-off"))
                credited.append(agency)
        if spans:
            self.take_many(doc, spans)
        return credited

    # -- credit lines anywhere -----------------------------------------------------------------

    def _take_credit_lines(self, doc: Document) -> list[str]:
        """Take out paragraphs that only credit an agency, and Reuters' "(Reporting by …)"."""
        text = doc.text
        bracket = text.find("(")  # where a "(Reporting by" could start
        any_reporting = bracket >= 0 and REPORTING_CREDIT_OPENING.search(text, bracket) is not None
        if not any_reporting and not self._any_credit_line(text):
            return []  # the usual text: neither, found without splitting it into paragraphs
        paragraphs = _paragraphs(text)
        whole: dict[int, str] = {}  # paragraph index -> kind, for paragraphs taken whole
        inline: list[tuple[int, int, str]] = []
        credited: list[str] = []
        for index, (start, end) in enumerate(paragraphs):
            if agency := self._credit_line(text, start, end):
                whole[index] = "credit-line"
                credited.append(agency)
                continue
            reporting = any_reporting and REPORTING_CREDIT.search(text, start, end)
            if reporting:
                credited.append("Reuters")
                if reporting.span() == (start, end):
                    whole[index] = "sign-off"
                else:
                    left = max(start, _space_before(text, reporting.start()))
                    inline.append((left, reporting.end(), "sign-off"))
        spans = inline + _paragraph_spans(paragraphs, whole, len(text))
        if spans:
            self.take_many(doc, spans)
        return credited

    def _take_menafn_source(self, doc: Document) -> list[str]:
        """Take out MENAFN's "(MENAFN- Kuwait News Agency (KUNA))" opening a reposted item."""
        text = doc.text
        start = len(text) - len(text.lstrip())
        source = self._forms.menafn.match(text, start)
        agency = self._menafn_agency(source)
        if not agency:
            return []
        self.take(doc, start, _space_after(text, source.end()), "credit-line")
        return [agency]

    def _menafn_agency(self, source: re.Match[str] | None) -> str | None:
        """The wire a MENAFN source bracket names (its abbreviation first), if it names one."""
        return source and self._canonical(source.group("abbr") or source.group("agency"))

    def _take_front_credit_lines(self, doc: Document) -> list[str]:
        """Take out the source lines and "Press Trust of India New Delhi" lines of the front
        matter: one-line paragraphs near the start of the text."""
        text = doc.text
        spans: list[tuple[int, int, str]] = []
        first_lines: list[tuple[int, int, str]] = []  # a source line atop a longer paragraph
        credited: list[str] = []
        # Source lines hold a bar; most texts have none in their front matter.
        bars = text.find(SOURCE_LINE_MARK, 0, FRONT_MATTER_REACH + CREDIT_LINE_LONGEST) >= 0
        for paragraph in PARAGRAPH.finditer(text):
            start, end = paragraph.span()
            if start > FRONT_MATTER_REACH:
                break
            if end - start > CREDIT_LINE_LONGEST or "\n" in text[start:end]:
                # No one-line paragraph; but its first line may be a page's stamp line, with the
                # title repeated under it (Devdiscourse: "PTI | Dubai | Updated: ..." then the
                # title) or joined to it by a reflow ("... IST Founder of ..."). A stamp line
                # has its bar near the start.
                if bars and text.find(SOURCE_LINE_MARK, start, start + CREDIT_LINE_LONGEST) >= 0:
                    credited += self._stamp_line_atop(text, start, end, first_lines)
                continue
            agencies = self._source_line(text, start, end) or self._agency_place(text, start, end)
            if agencies:
                spans.append((start, end, "credit-line"))
                credited += agencies
            elif stamp := self._stamp_source(text, start, end):
                whole, agency = stamp
                if whole:  # "Xinhua, December 01, 2017" alone: taken out
                    spans.append((start, end, "credit-line"))
                credited.append(agency)
        if spans or first_lines:
            paragraphs = _paragraphs(text)
            starts = {start: index for index, (start, _) in enumerate(paragraphs)}
            whole = {starts[start]: kind for start, _, kind in spans}
            self.take_many(doc, first_lines + _paragraph_spans(paragraphs, whole, len(text)))
        return credited

    def _stamp_line_atop(self, text: str, start: int, end: int,
                         spans: list[tuple[int, int, str]]) -> list[str]:
        """The agencies of a source line that is the first line of a longer paragraph: taken
        out (into ``spans``) when it is a line of its own, credited and left in the text when a
        reflow joined it to the title under it ("PTI | Dubai | Updated: ... IST Founder of")."""
        newline = text.find("\n", start, end)
        if 0 <= newline - start <= CREDIT_LINE_LONGEST:
            if agencies := self._source_line(text, start, newline):
                spans.append((start, newline + 1, "credit-line"))
            return agencies
        stamp = self._forms.source_line.match(text, start, start + CREDIT_LINE_LONGEST)
        agency = stamp and stamp.group("stamped") and self._canonical(stamp.group("stamped"))
        return [agency] if agency else []

    def _stamp_source(self, text: str, start: int, end: int) -> tuple[bool, str] | None:
        """(whether it is the whole paragraph, agency) of a Chinese portal's source line in a
        short front-matter paragraph ("Xinhua, December 01, 2017", "2017-09-05 08:46Xinhua
        Editor: Gu Liping", "Updated: Jan 5,2018 8:41 AM     Xinhua"); a paragraph that ends
        like a sentence is story, never one."""
        if not _may_hold_stamp_source(text[start:end]):
            return None  # (no year, no "Updated": most paragraphs are not searched)
        if not _DIGIT.search(text, start, end):
            return None  # (a stamp has digits)
        if _ends_like_a_sentence(text, start, end):
            return None
        stamp = self._forms.stamp_source.search(text, start, end)
        if stamp and PHOTO_CREDIT.search(text, start, stamp.start()):
            return None  # "Photo: Xinhua, December 01, 2017": a photo's credit, no story's
        spelling = stamp and next(filter(None, stamp.group(*STAMP_SOURCE_GROUPS)), None)
        agency = spelling and self._canonical(spelling)
        if not agency:
            return None
        return stamp.span() == (start, end), agency

    def _agency_place(self, text: str, start: int, end: int) -> list[str]:
        """The agency of a "Press Trust of India New Delhi" line."""
        place = self._forms.agency_place.fullmatch(text, start, end)
        if place is None or place.group("place").split()[-1] in CREDIT_PLACE_NOT_PLACES:
            return []
        agency = self._canonical(place.group("agency"))
        return [agency] if agency else []

    def _source_line(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """Agencies a page's source line credits ("... | Source: PTI", "Xinhua | Updated: ...")."""
        end = len(text) if end is None else end
        if SOURCE_LINE_MARK not in text[start:end]:
            return []
        found = (self._canonical(match.group("source") or match.group("stamped"))
                 for match in self._forms.source_line.finditer(text, start, end))
        return [agency for agency in found if agency]

    def _removed_source_lines(self, doc: Document) -> list[str]:
        """Credit lines an earlier cleaner took out with the page's front matter (a crumb line
        "Sep 05, 2017 03:03 PM IST | Source: PTI", a stamp "Xinhua | Updated: ...", "Press
        Trust of India New Delhi" under a title, a byline's "- Trend:"), or as a press
        release's issuer ("Source: Syrian Arab News Agency (SANA)"): the first one still
        credits the story (a later one may be a related story's stamp)."""
        for removal in doc.removed:
            text = removal.text.strip()
            if len(text) > CREDIT_LINE_LONGEST or "\n" in text:
                continue
            if removal.kind in SOURCE_LINE_KINDS and text.startswith(SOURCE_LINE_OPENER):
                if agency := self._credit_line(text, 0, len(text)):
                    return [agency]  # "Source: Syrian Arab News Agency (SANA)"
                continue
            if not _front_matter(removal):
                continue
            byline = removal.cleaner == "byline" or removal.kind == "byline"
            if MENAFN_MARK in text and (agency := self._menafn_agency(
                    self._forms.menafn.fullmatch(text))):
                return [agency]  # taken with the front matter before the dateline was read
            if credited := (self._source_line(text) or self._agency_place(text, 0, len(text))
                            or (self._byline_outlet(text) if byline else [])):
                return credited
            if stamp := self._stamp_source(text, 0, len(text)):  # an ECNS stamp line
                return [stamp[1]]
        return []

    def _byline_outlet(self, text: str) -> list[str]:
        """The agency of a byline's "- Trend:" that a byline cleaner took off."""
        outlet = self._forms.byline_outlet.fullmatch(text)
        agency = outlet and self._canonical(outlet.group("agency"))
        return [agency] if agency else []

    def _removed_moved_by(self, doc: Document) -> list[str]:
        """"... summary of major stories moved by Yonhap News Agency" in front matter an earlier
        cleaner took out (a news-summary page's preface)."""
        found = (match.group("agency") for removal in doc.removed
                 if _front_matter(removal) and FORM_WORDS["moved_by"][0] in removal.text
                 for match in self._forms.moved_by.finditer(removal.text))
        return [agency for agency in map(self._canonical, found) if agency]

    def _credit_line(self, text: str, start: int, end: int) -> str | None:
        """The agency credited by a paragraph that is nothing but a credit line ("PTI")."""
        if end - start > self._forms.plain_credit_line_longest:
            if not (text[start] in CREDIT_LINE_INITIALS
                    and text.startswith(CREDIT_LINE_OPENERS, start, end)):
                return None  # too long for a credit line without an opener, and has none
        elif (paragraph := text[start:end]) in self._forms.bare_credit_lines:
            return self._canonical(paragraph)  # what the standalone form would capture
        line = self._forms.standalone.fullmatch(text, start, end)
        if line is None:
            return None
        if (line.group("agency") in CREDIT_POSITION_ONLY
                and text[start:end].rstrip(".") == line.group("agency")):
            return None  # "MAP" alone is a caption's word, not a credit line ("— MAP" is one)
        agency = self._canonical(line.group("agency"))
        if line.group("abbr") and self._canonical(line.group("abbr")) != agency:
            return None  # "Xinhua (AFP)": two wires, no one credit line
        return agency

    def _any_credit_line(self, text: str) -> bool:
        """Whether some paragraph may be a credit line: the standalone form searched once in
        the text (if found, each paragraph is then tried as before)."""
        forms = self._forms
        return bool(forms.first_credit_line.match(text) or forms.later_credit_line.search(text))

    # -- credits that stay in the text ---------------------------------------------------------

    def _opening_credits(self, text: str) -> list[str]:
        forms = self._forms
        shouted = (forms.shouted_opening.match(text, 0, OPENING_REACH)
                   or forms.later_shouted_opening.search(text, 0, OPENING_REACH))
        if shouted and (agency := self._canonical(shouted.group("agency"))):
            return [agency]  # "NOURNEWS- The following ...": a paragraph opened by the credit
        # Dateline credits start with "(" or "/": the search starts at the first of them.
        paren, slash = text.find("(", 0, OPENING_REACH), text.find("/", 0, OPENING_REACH)
        if paren < 0 and slash < 0:
            return []
        first = slash if paren < 0 or 0 <= slash < paren else paren
        match = self._forms.opening.search(text, first, OPENING_REACH)
        if not match:
            return []
        spellings = (match.group("relay"), match.group("paren") or match.group("slash"))
        return [agency for agency in map(self._canonical, filter(None, spellings)) if agency]

    def _lead_credits(self, text: str, form: re.Pattern[str], words: tuple[str, ...], *,
                      first_sentence: bool = False) -> list[str]:
        """Agencies credited in the lead (or only its first sentence) by ``form``, which cannot
        match without one of ``words`` (most texts have none: their lead is not even looked
        for)."""
        if not any(map(text.__contains__, words)):
            return []
        lead = _lead(text)
        if lead is None:
            return []
        if first_sentence and (stop := FIRST_SENTENCE_END.search(text, *lead)):
            lead = (lead[0], stop.end())
        found = (self._canonical(spelling) for match in form.finditer(text, *lead)
                 for spelling in match.groups() if spelling)
        return [agency for agency in found if agency]


def _may_hold_stamp_source(paragraph: str) -> bool:
    """Whether a paragraph holds one of :data:`STAMP_SOURCE_MARKS`, without which the
    "stamp_source" form cannot match."""
    return "19" in paragraph or "20" in paragraph or "Updated" in paragraph


def _front_matter(removal: Removal) -> bool:
    """Whether an earlier cleaner took this as the page's front matter."""
    return removal.cleaner in FRONT_MATTER_CLEANERS or removal.kind in FRONT_MATTER_KINDS


def _slug_credits(doc: Document) -> list[str]:
    """Agencies of a bracket of lower-case wire slugs ("Paris (ats afp) ...") in the opening, or
    in the dateline an earlier cleaner read."""
    places = [doc.text[:OPENING_REACH], doc.dateline.raw if doc.dateline else ""]
    for text in places:
        for match in BRACKET_SLUGS.finditer(text):
            if agencies := bracket_slug_agencies(match.group("slugs")):
                return agencies
    return []


def _space_after(text: str, position: int) -> int:
    """Where the whitespace run starting at ``position`` ends."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _space_before(text: str, position: int) -> int:
    """Where the whitespace run ending at ``position`` starts."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _tail_start(text: str, window: int, end: int, longest: int) -> int:
    """Where to search, from ``window`` on, for a form that ends the text at ``end`` (its last
    non-space) and spans at most ``longest`` characters and the spaces or tabs before them."""
    start = max(window, end - longest)
    while start > window and text[start - 1] in " \t":
        start -= 1
    return start


def _paragraphs(text: str) -> list[Span]:
    """(start, end) of each paragraph's stripped content."""
    return [match.span() for match in PARAGRAPH.finditer(text)]


def _last_paragraph(text: str) -> Span | None:
    """The last of :func:`_paragraphs`, found from the end of the text: it starts at the first
    non-space after the last blank line (or in the text, if there is none)."""
    end = len(text.rstrip())
    if not end:
        return None
    newline = text.rfind("\n", 0, end)
    if newline > 0 and text[newline - 1] == "\n":
        start = newline + 1  # the usual blank line, "\n\n", is the last one before the end
    else:
        blank = LAST_BLANK_LINE.match(text, 0, end)
        start = blank.end() if blank else 0
    if text[start].isspace():
        start = end - len(text[start:end].lstrip())
    return start, end


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
    first = None
    for paragraph in PARAGRAPH.finditer(text):
        if _ends_like_a_sentence(text, *paragraph.span()):
            return paragraph.span()
        first = first or paragraph.span()
    return first


def _ends_like_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether SENTENCE_END is in a paragraph, tried only where it can start: on the stop
    before the closing quotes and brackets that end it."""
    stop = end - 1
    while stop > start and text[stop] in SENTENCE_CLOSERS:
        stop -= 1
    return SENTENCE_END.match(text, stop, end) is not None
