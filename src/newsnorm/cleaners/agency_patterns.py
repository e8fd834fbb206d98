"""Where and how a wire service is credited: credit lines, sign-offs and their decorations.

The agency names themselves live in :mod:`newsnorm.cleaners.agency_names`; the forms here take
an alternation of spellings (``{agency}``) and are compiled by :func:`build_forms`, once at import
for the built-in table and once per cleaner when config adds agencies.

A credit is a statement that the story comes from an agency, not a mention of one: "Aliyev told
the Spanish EFE news agency" and "Tass said" are sources, not credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsnorm.cleaners.agency_names import CREDIT_POSITION_ONLY, canonical_agency

# Agency spellings that are ordinary words in a sentence or a table: never credited on their
# own ("- REPORT" ends Reuters headlines), only through the explicit in-sentence forms below
# ("..., Report informs."). Also another body's everyday acronym: "TCA" is as often Abu Dhabi's
# Tourism and Culture Authority ("... Authority (TCA) – ...") as the Tribune Content Agency,
# which is credited only through the dateline's wire slugs ("San Diego (tca/dpa) -").
ORDINARY_WORD_SPELLINGS = frozenset({"Report", "REPORT", "Trend", "TREND", "TCA"})

# The Reuters sign-off of 1980s wire copy, alone at the very end of a story: "Reuter",
# "REUTER", "REUTERS", "reuter", "Reuter...", "REUTER^M" (a literal caret-M). It stands on its
# own line or ends the last line after a space or sentence punctuation ("... SAO SIMAO NIL.
# REUTER", "...0 REUTER"); "told Reuters." is prose, hence no trailing period. Misspellings
# ("REUTE", "RUTER") and desk codes ("REUTER E") are left alone: too uncertain to credit.
REUTERS_SIGN_OFF = re.compile(
    r"(?:^|(?<=[\s.\"')\]]))[ \t]*(?P<agency>[Rr]euters?|REUTERS?)(?:\.\.\.|…)?(?:\^M)?\s*\Z",
    re.M,
)
# Its longest form from the first letter on, "REUTERS...^M": it starts at most this far before
# the last non-space of the text (and any spaces or tabs before it). Its last letters are one of
# these; a text that ends otherwise is not searched.
REUTERS_SIGN_OFF_LONGEST = len("REUTERS...^M")
REUTERS_SIGN_OFF_ENDINGS = ("euter", "euters", "EUTER", "EUTERS", "...", "…", "^M")

# Reuters' modern sign-off paragraph: "(Reporting by A in Baku; Editing by B)", possibly several
# in a row ("(Writing by C)"), ending a paragraph. Bounded, bracket-free class: no backtracking.
_CREDIT_OPENING = (
    r"\((?:Additional |Further )?(?:[Rr]eporting|Writing|Editing|Compiled|Produced) by\b"
)
_CREDIT_PAREN = _CREDIT_OPENING + r"[^()\n]{1,400}\)"
REPORTING_CREDIT = re.compile(
    _CREDIT_PAREN + r"(?:[ \t]*" + _CREDIT_PAREN + r"){0,3}(?=[ \t]*(?:\n|\Z))"
)

# These credits are rare: a text in which this opening is nowhere has none, and its paragraphs
# are not searched one by one.
REPORTING_CREDIT_OPENING = re.compile(_CREDIT_OPENING)

# An English month as a page's time stamp writes it: "December", "Dec", "Sept.".
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"

# Forms with an ``{agency}`` slot, filled by build_forms().
_FORM_SOURCES = {
    # A paragraph that is nothing but a credit: "News Service Trend", "PTI", "— AFP", "/TASS/",
    # "(AP)", "Source: Xinhua", and Kyodo's "==Kyodo" sign-off (its wire ends every story so).
    # Reposting sites also write "Sources: BERNAMA" (thestoly.com) and add the words "News
    # Agency" to a short name: "Source: BERNAMA News Agency" (Malaysia News Gazette), or give
    # the full name with the short one in brackets, as MENAFN's source bracket does: "Source:
    # Syrian Arab News Agency (SANA)" (Arab News Service's SANA reposts); the two must name
    # the same agency.
    # Matched against a whole paragraph (fullmatch).
    "standalone": r"(?:(?:[—–-]{1,2}|==)[ \t]*)?(?:(?:Sources?|Credit|Via)[ \t]*:[ \t]*)?"
                  r"[(/]?(?P<agency>{agency})(?:[ \t]+(?:News|news)[ \t]+(?:Agency|agency))?"
                  r"(?:[ \t]+\((?P<abbr>{agency})\))?[)/]?\.?",
    # A credit ending the story's last line: "... the ministry said. — AFP", "... said. (AFP)",
    # "... said. /PTI/", "... injuries. ==Kyodo". Needs a space before, so "t-PA" and "us/w" are
    # not credits; or the last sentence's stop, as the Vietnam News Agency glues its dash to it:
    # "... improve education-training quality.-VNA" (en.vietnamplus.vn) (a stop after a word's
    # small letter or a digit, or a quote: "the U.S.-AP" ends an abbreviation). Starts with one
    # of TAIL_MARKS.
    "tail": r"(?:(?<=\s)(?:[—–-]{1,2}[ \t]?|==[ \t]?|\(|/)"
            r"|(?<=[^\W_A-Z][.!?]|[.!?][\"”])[—–-]{1,2})"
            r"(?P<agency>{agency})[)/]?\.?\s*\Z",
    # Kyodo's "==Kyodo" sign-off ending a line that is not the last one: its feed puts a
    # transmission code line ("KWS-21:37-09-12-18") after it, and a reflow of its indented
    # paragraphs joins the sign-off to the last sentence ("... injuries. ==Kyodo"). "==" before
    # an agency name at a line's end is nothing but this sign-off.
    "line_end_sign_off": r"(?<=\s)==[ \t]*(?P<agency>{agency})(?=[ \t]*(?:\n|\Z))",
    # Reuters' source tag ending a headline, its hyphen against the name: "North Korea fires
    # missile -Yonhap" (the story is Yonhap's report, relayed), "... -Ifx", "... -TASS". Read
    # in the headline a headline cleaner took. The 1980s wire's spaced dash ("... DOLLAR SALES
    # - JIJI", "... FLAGGING - REPORT") is left alone: in that copy the agency is a source.
    "headline_tag": r"(?<=\S) -(?P<agency>{agency})[ \t]*\Z",
    # The source MENAFN (the Middle East North Africa Financial Network) puts before every item
    # it reposts, at the very start of the text: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT,
    # Dec 2 (KUNA) -- ...", "(MENAFN- AzerNews) Mishal Al-Ahmad ...". A credit when the source
    # is a wire (not "(MENAFN- Gulf Times)"); matched at the text's start only. Scraped copies
    # lose the opening bracket now and then: "MENAFN - Jordan News Agency) Petra, Dec. 21 ...".
    "menafn": r"\(?[ \t]*MENAFN[ \t]*-[ \t]*(?P<agency>{agency})"
              r"(?:[ \t]*\((?P<abbr>{agency})\))?[ \t]*\)",
    # A web page's source line above or below the story, alone on its line, its parts split by
    # "|": "Sep 05, 2017 03:03 PM IST | Source: PTI" (Moneycontrol, Business Standard),
    # "Xinhua | Updated: 2017-11-23 10:17" (China Daily: the wire, then the page's time stamp),
    # "PTI | Dubai | Updated: 20-10-2020 16:01 IST | Created: ..." (Devdiscourse: the wire, the
    # desk's city, then the stamps; at most two such parts, each short and bar-free).
    # Not "Photo Credit: AFP | Getty Images": a caption's credit is no story's.
    "source_line": r"(?:(?:^|\|)[ \t]*Source[ \t]*:[ \t]*(?P<source>{agency})[ \t]*"
                   r"(?=\||$)|^[ \t]*(?P<stamped>{agency})[ \t]*\|(?:[^|\n]{1,40}\|){0,2}"
                   r"[ \t]*(?:Updated|Published|Created)\b)",
    # The outlet after a byline's dash, as a byline cleaner takes it off "By Elmira
    # Tariverdiyeva - Trend:" (Trend's byline line): "- Trend:", "— AFP". Read only in what a
    # front-matter cleaner took, where a dash before a name is a byline's outlet; "Trend" is then
    # no ordinary word.
    "byline_outlet": r"[—–-]{1,2}[ \t]*(?P<agency>{agency})[ \t]*:?",
    # A credit line under a title giving the wire's full name and the desk's city: "Press Trust
    # of India New Delhi" (Business Standard's PTI copy), "Indo-Asian News Service Kolkata".
    # Indian papers credit their wires so; only those wires' names of more than one word (see
    # DESK_CODE_SPELLINGS), then one to three capitalised words that are not a role (see
    # CREDIT_PLACE_NOT_PLACES: "Press Trust of India Staff" is no desk).
    "agency_place": r"(?P<agency>{agency})[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})",
    # Indian wires sign off with desk initials: "PTI ABC DEF" (see DESK_CODE_SPELLINGS).
    "desk_tail": r"(?:^|(?<=\s))(?P<agency>{agency})(?:[ \t]+[A-Z]{2,4}){1,4}\s*\Z",
    # A dateline credit the dateline cleaner has not taken: "LONDON (Reuters) -",
    # "MOSCOW, October 3 /TASS/." Searched in the opening only. In the bracket, a relaying
    # network or wire may stand before a hyphen: "KUALA LUMPUR, June 25 (NNN-BERNAMA) —" (the
    # Non-Aligned News Network's relay of a Bernama item), "(AFP-JIJI)"; the relay is credited
    # only if it is a wire itself.
    # (Both branches begin with their bracket or slash, the lookbehind after it, so a search
    # skips straight to the next "(" or "/".)
    "opening": r"(?:\((?:(?P<relay>[A-Z]{2,5})-)?(?P<paren>{agency})\)[ \t]*[-—–:]"
               r"|/(?<![\w/]/)(?P<slash>{agency})/)",
    # An agency's shouted name and a dash opening a paragraph of the opening, as a dateline
    # without a city: "NOURNEWS- The following headlines appeared ..." (Nour News' English
    # items), "XINHUA - ...". Only all-caps spellings (see build_forms), and only before a
    # sentence (a capital or a quote): "AP-Norc poll" and "AFP-JIJI" have no space after the
    # dash. Searched in the opening only; a credit left in the text, like the bracketed one.
    # (Matched at the text's start after "\s*", searched after "\n[ \t]*\n[ \t]*": see
    # build_forms.)
    "shouted_opening": r"(?P<agency>{agency})[ \t]*(?:-{1,2}|[—–])[ \t]+(?=[\"“A-Z])",
    # The agency's own house style at the end of a lead sentence: "..., Trend reports.",
    # "..., Report informs." Present tense: "Tass reported" is a source, not a credit. Report's
    # "Report informs" also opens a sentence. The Azerbaijani agencies relay foreign wires so:
    # "Report informs referring to "Anadolu" news agency", "Trend reports citing Interfax":
    # the relayed wire is credited too (a relayed ministry or newspaper is no agency). BelTA's
    # own house style is "..., BelTA has learned." (its items reposted on Belarusian official
    # sites: "This matter was discussed at the meeting ..., BelTA has learned."), Kazinform's
    # "..., Kazinform has learnt from the Akorda press service." (inform.kz).
    "reports": r"(?:,\s+(?P<agency>{agency})\s+(?:reports|informs|has\s+learn(?:ed|t))"
               r"|(?:^|(?<=[.!?\"”]))[ \t]*"
               r"(?P<opening>{agency})\s+informs)\b(?:(?:\s*,\s*|\s+)(?:citing|quoting|referring\s+to)"
               r"\s+(?:the\s+)?[\"“«]?(?P<relayed>{agency}))?",
    # When nothing else credits the story, the agency a republished lead ends with: "...,
    # Anadolu reported.", "..., Interfax reported.", "..., APA reported citing Daily Sabah."
    # (sites reposting wire copy credit it so). Where a dateline or sign-off credits the story,
    # a bare attribution is the source of its lead ("..., the official Xinhua News Agency
    # reported Tuesday." in a Kyodo story; a relay that names its own source, "..., reported
    # on Saturday, citing ...", is the "relayed" form below), and a plain "Xinhua reported"
    # past the lead is a source too. The attribution ends the clause (a stop, a comma, "citing
    # ...", "[on] Saturday"): ", AP reported 500 new cases" is Andhra Pradesh, not the wire.
    # Relay copy also puts the verb first: "... has been named the new Kuwaiti emir, reported
    # Xinhua news agency, quoting the Kuwaiti government" (a Bernama relay on thestoly.com).
    "reported": r",\s+(?:(?:the\s+)?(?:official\s+|state\s+)?(?P<agency>{agency})"
                r"(?:\s+(?:news agency|News Agency|agency))?\s+(?:reported|reports)"
                r"|reported\s+(?:by\s+)?(?:the\s+)?(?:official\s+|state\s+)?(?P<after>{agency})"
                r"(?:\s+(?:news agency|News Agency|agency))?)"
                r"(?=[ \t]*(?:[.;,\"”]|\Z)"
                r"|\s+(?:citing|quoting|referring|(?:on\s+)?[A-Z][a-z]+day)\b)",
    # Wire jargon for what an agency transmitted: "summary of major stories moved by Yonhap News
    # Agency" (a news-summary page). Also only when nothing else credits the story, and only of
    # stories or reports ("the resolution moved by AP" is a motion of Andhra Pradesh's).
    "moved_by": r"\b(?:stories|story|reports|items|dispatches|news)\s+moved\s+by\s+(?:the\s+)?"
                r"(?P<agency>{agency})(?!\w)",
    # A relay: the lead's first sentence ends by handing the story to another agency's report,
    # which itself names its source: "..., the official TASS news agency reported on Wednesday,
    # citing Russian Deputy Foreign Minister Sergei Ryabkov." (a Reuters story), "..., Yonhap
    # news agency reported on Saturday, citing South Korean military." (Reuters), "..., reported
    # Xinhua news agency, quoting the Kuwaiti government on Tuesday." (a Bernama relay). The
    # relayed agency did the reporting, so it is credited beside the wire that relays it, even
    # when a dateline or sign-off credits the story. A bare "..., the official Xinhua News
    # Agency reported Tuesday." (Kyodo), with no source of its own, is the source of a fact,
    # like "the ministry said": the "reported" form above, read only when nothing else credits.
    "relayed": r",\s+(?:(?:the\s+)?(?:official\s+|state\s+|state-run\s+)?(?P<agency>{agency})"
               r"(?:\s+(?:news agency|News Agency|agency))?\s+(?:reported|reports)"
               r"|reported\s+(?:by\s+)?(?:the\s+)?(?:official\s+|state\s+|state-run\s+)?"
               r"(?P<after>{agency})(?:\s+(?:news agency|News Agency|agency))?)"
               r"(?:\s+(?:on\s+)?[A-Z][a-z]{2,5}day)?(?:[ \t]*,)?\s+(?:citing|quoting)\b",
    # The source line of Chinese news portals, which print the wire beside the page's time
    # stamp above the story: "Xinhua, December 01, 2017" (China.org.cn, after its "Print
    # E-mail" widget), "2017-09-05 08:46Xinhua Editor: Gu Liping" (ECNS: the stamp, the wire
    # glued to it, the page editor), "(Xinhua)    07:31, January 02, 2020" (People's Daily
    # Online), "Updated: Jan 5,2018 8:41 AM     Xinhua" (english.gov.cn: the stamp, then the
    # wire), "XinhuaUpdated:November 17, 2017" (english.scio.gov.cn: the wire glued to the
    # stamp's label). Read in the front matter only: see FRONT_MATTER_REACH.
    "stamp_source": r"(?:(?P<dated>{agency}),[ \t]*" + _MONTH_NAME + r"[ \t]+\d{1,2},[ \t]*"
                    r"(?:19|20)\d\d(?!\d)"
                    r"|(?:19|20)\d\d-\d\d-\d\d[ \t]+\d\d?:\d\d(?::\d\d)?[ \t]*"
                    r"(?P<timed>{glued_agency})(?=[ \t]+Editor\b|[ \t]*$)"
                    r"|\((?P<paren>{agency})\)[ \t]+\d\d?:\d\d,[ \t]*" + _MONTH_NAME
                    + r"[ \t]+\d{1,2},[ \t]*(?:19|20)\d\d(?!\d)"
                    r"|Updated[ \t]*:[^|\n:]{4,24}\d\d?:\d\d(?:[ \t]*[AP]M)?[ \t]+"
                    r"(?P<updated>{agency})[ \t]*$"
                    r"|^[ \t]*(?P<labelled>{labelled_agency})[ \t]*Updated[ \t]*:"
                    r"(?:[^|\n]{1,30}$)?)",
    # An agency's sign-off giving its full name and its short one between dashes, as it names
    # any body in its copy ("the Environment Agency – Abu Dhabi, EAD,"): "... highest technical
    # quality. - Emirates News Agency, WAM –" (WAM's items on UAE Interact). Both names must be
    # the same agency's; the form ends the text.
    "named_tail": r"(?<=\s)[—–-]{1,2}[ \t]*(?P<name>{agency}),[ \t]*(?P<agency>{agency})"
                  r"[ \t]*(?:[—–-]{1,2}[ \t]*)?\.?\s*\Z",
    # The Saudi Press Agency's sign-off, stamped with the time it moved, in Riyadh's time and
    # GMT, then the item's serial and address: "... media industry. --SPA 20:14 LOCAL TIME
    # 17:14 GMT 0024 www.spa.gov.sa/w1854248" (spa.gov.sa 2023; its 2015 items end "11:13
    # LOCAL TIME 08:13 GMT" alone, which credits no one and is left alone). Ends the text.
    "stamped_tail": r"(?<=\s)(?:[—–-]{1,2}[ \t]?)?(?P<agency>{agency})[ \t]+[012]?\d:[0-5]\d"
                    r"[ \t]+LOCAL[ \t]+TIME(?:[ \t]+[012]?\d:[0-5]\d[ \t]+GMT)?"
                    r"(?:[ \t]+\d{1,6})?(?:[ \t]+(?:https?://)?www\.[\w.-]{1,40}(?:/[\w.-]{1,40}){0,3})?"
                    r"\s*\Z",
    # "..., according to Trend News Agency." Only in the lead, only when nothing else credits
    # the story (a Reuters story "according to Xinhua" cites Xinhua as a source).
    "according": r"\baccording\s+to\s+(?:the\s+)?(?P<agency>{agency})"
                 r"(?:\s+(?:news agency|agency|News Agency))?(?=\s*[.;,]|\s*\Z)",
}

# Words before a source line's stamp that make it a photo's credit ("Photo: Xinhua, December
# 01, 2017", "File photo (Xinhua) 08:19, ..."): a caption's credit is no story's.
PHOTO_CREDIT = re.compile(r"\b(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Ff]ile)")
# A last paragraph that opens with a photo's label is a caption, and the wire after its dash or
# in its bracket credits the photo, not the story: "File photo — AFP", "File picture (AFP)",
# "Photo shows the crowd at the opening. — AFP" (captions on Asian and Gulf news sites). A
# whole word: "Photographers crowded the stage. — AFP" is story and its sign-off.
PHOTO_LABEL = re.compile(r"(?:(?:[Ff]ile|FILE)[ \t]+)?(?:[Pp]hoto|PHOTO|[Pp]icture|PICTURE"
                         r"|[Ii]mage|IMAGE)[Ss]?\b")

# The groups of the "stamp_source" form, one a branch, that hold the agency's spelling.
STAMP_SOURCE_GROUPS = ("dated", "timed", "paren", "updated", "labelled")
# Every branch of the "stamp_source" form holds a year of the 1900s or 2000s or the word
# "Updated": a paragraph with none of them is no source stamp, told by substring tests rather
# than by the form, which is tried at every character (tests/test_agencies_speed.py checks
# each branch).
STAMP_SOURCE_MARKS = ("19", "20", "Updated")

# The desk's initials EFE puts on a line of their own under its sign-off, writer and editor a
# slash apart: "jf/rsd" (EFE's Portuguese service), "sh/jm/ig".
DESK_INITIALS = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4}){1,4}")

# What may end the last sentence right before a wire's name that signs the story off after a
# space ("... ejemplares. EFE"): a stop, or the quote or bracket closing the sentence.
SIGN_OFF_AFTER_STOP = frozenset('.!?"”»)')

# What the sign-off of the "named_tail" form holds besides its two names: at most this far
# before the text's end it starts ("- " before, "," between, " –" after).
NAMED_TAIL_DECORATION = len("-- ") + len(", ") + len(" --.")

# A bracket of lower-case wire slugs in the opening: "Paris (ats afp) Les violences ..." (see
# agency_names.BRACKET_SLUGS, which decides whether every word in it is a slug).
BRACKET_SLUGS = re.compile(r"\((?P<slugs>[a-z]{2,7}(?:[ \t/]{1,3}[a-z]{2,7}){0,3})\)")

# Words the in-sentence forms cannot match without: a text with none of them is not searched
# (nor its lead found), as most texts are.
FORM_WORDS = {"reports": ("reports", "informs", "learned", "learnt"), "according": ("according",),
              "reported": ("reported", "reports"), "moved_by": ("moved",),
              "relayed": ("citing", "quoting")}

# The "agency_place" credit line holds a role, not a desk's city, when its last word is one of
# these ("Press Trust of India Staff", "Asian News International Photo").
CREDIT_PLACE_NOT_PLACES = frozenset({
    "Writer", "Writers", "Reporter", "Correspondent", "Staff", "Photo", "Photos", "Photographer",
    "Video", "Images", "Image", "File", "Graphic", "Graphics", "Sports", "Business", "Service",
    "Agency", "Report", "Reports", "News", "Correspondents", "Editor", "Contributor",
})

# The "agency_place" credit line and the "source_line" stand in the front matter, under a title:
# a paragraph is tried only in this reach and when not longer than this.
FRONT_MATTER_REACH = 1200
CREDIT_LINE_LONGEST = 120

# The cleaners that take a page's front matter off the top (crumbs, stamps, prefaces), and the
# kinds of what the boilerplate cleaner takes there ("Xinhua | Updated: ..." is a page stamp): a
# credit line among them still credits the story. The rest the boilerplate cleaner takes (lists
# of other stories, "Popular news") credits nothing.
FRONT_MATTER_CLEANERS = frozenset({"front_matter", "headline", "byline", "dateline"})
FRONT_MATTER_KINDS = frozenset({"front-matter", "site-crumb", "page-stamp", "wire-header"})
# The boilerplate cleaner takes a press release's "Source: ..." line as the release's issuer;
# when the line names a wire ("Source: Syrian Arab News Agency (SANA)") it still credits it.
SOURCE_LINE_KINDS = frozenset({"press-release"})
SOURCE_LINE_OPENER = "Source"

# What a source line holds: a text without it has none.
SOURCE_LINE_MARK = "|"

# The "==" of Kyodo's sign-off.
KYODO_SIGN_OFF_MARK = "=="

# Wires that sign off with desk initials after their name ("PTI ABC DEF"); elsewhere capital
# letters after an agency name are a table row or a headline.
DESK_CODE_SPELLINGS = frozenset({"PTI", "IANS", "UNI", "ANI"})

# What a credit ending the last line starts with (the "tail" form's dash, bracket or slash):
# the form is searched only from the first of them near the end of the text.
TAIL_MARKS = frozenset("—–(/-=")
TAIL_MARK = re.compile(r"[—–(/=-]")

# A desk sign-off ends with the last letters of a code ([A-Z]{2}): a text that does not is not
# searched.
DESK_CODE_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

# The standalone form's only unbounded parts are its openers, a dash or "Source:" and the spaces
# after them. So a paragraph is tried as a credit line only if it starts with an opener or is no
# longer than a spelling with a bracket or slash each side and a full stop. ("Source" also
# opens "Sources:".)
CREDIT_LINE_OPENERS = ("—", "–", "-", "==", "Source", "Credit", "Via")
CREDIT_LINE_INITIALS = frozenset(opener[0] for opener in CREDIT_LINE_OPENERS)
CREDIT_LINE_BRACKETS = len("().")

# Besides its spelling, what a credit ending the last line can hold ("-- " or "(" before, ")."
# after): it starts at most this far before the last non-space of the text.
TAIL_DECORATION = len("-- ") + len(").")

# How far into the text a dateline credit may stand.
OPENING_REACH = 400

# How far from the end of the text a sign-off may begin (the tail forms are anchored there).
TAIL_REACH = 400

# A paragraph that ends like a sentence: the lead is the first such paragraph (headlines and
# "News Service Trend" lines do not end with a full stop).
SENTENCE_END = re.compile(r"[.!?…][\"”’')]*\s*\Z")
SENTENCE_CLOSERS = "\"”’')"  # what SENTENCE_END allows after the stop

# Where the lead's first sentence ends: a stop (and closing quotes) before a capital, also with
# no space between, as in texts that lost their paragraph breaks ("..., Anadolu reported.Turkey").
# An abbreviation ("U.S. officials") ends it early: the attribution is then not read, never
# wrongly read.
FIRST_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*(?=[ \t\n]*[\"“‘(]?[A-Z])")

# An alternation for an empty list of spellings: a lookahead that never matches.
NOTHING = r"(?!)"

# Paragraphs: runs of text between blank lines ("\n[ \t]*\n"), from the first non-space to the
# last. A line break continues the paragraph unless a blank line follows.
PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*(?<=\S)")

# Where a paragraph starts: at the start of the text, or after a blank line and the spaces after
# it (but no further blank line); and where it ends. Around the standalone form, they find the
# credit lines of a text in one search (most texts have none) instead of paragraph by paragraph.
# The standalone form is tried only where the opener-or-length test above passes (a quick
# lookahead), unless a spelling holds a line break (its credit lines are not one line).
_TEXT_START = r"\s*+"
_AFTER_BLANK_LINE = r"\n[ \t]*\n(?:[^\S\n]|\n(?![ \t]*\n))*+"
_PARAGRAPH_END = r"(?=\s*(?:\n[ \t]*\n|\Z))"
_OPENER_OR_SHORT_LINE = (
    "(?=" + "|".join(map(re.escape, CREDIT_LINE_OPENERS))
    + r"|[^\n]{{1,{longest}}}+[^\S\n]*+" + _PARAGRAPH_END + ")"
)

# The last blank line before a point (matched from the start, with that point as endpos): the
# greedy run backs off from the end, so the cost is the length of the last paragraph.
LAST_BLANK_LINE = re.compile(r".*\n[ \t]*\n", re.S)


@dataclass(frozen=True)
class AgencyForms:
    """The credit forms compiled for one set of spellings."""

    standalone: re.Pattern[str]
    tail: re.Pattern[str]
    desk_tail: re.Pattern[str]
    opening: re.Pattern[str]
    shouted_opening: re.Pattern[str]  # the text's first paragraph (match at 0)
    later_shouted_opening: re.Pattern[str]  # a later one (search)
    reports: re.Pattern[str]
    according: re.Pattern[str]
    reported: re.Pattern[str]
    relayed: re.Pattern[str]
    moved_by: re.Pattern[str]
    line_end_sign_off: re.Pattern[str]
    byline_outlet: re.Pattern[str]
    source_line: re.Pattern[str]
    agency_place: re.Pattern[str]
    headline_tag: re.Pattern[str]
    menafn: re.Pattern[str]
    stamp_source: re.Pattern[str]
    named_tail: re.Pattern[str]
    stamped_tail: re.Pattern[str]
    tail_longest: int  # characters in the longest credit ending the last line
    named_tail_longest: int  # characters in the longest "named_tail" sign-off
    plain_credit_line_longest: int  # characters in the longest credit line with no opener
    # Spellings that, standing alone as a paragraph ("PTI", "Reuter"), are a credit line of
    # that spelling: those that start with no opener, bracket or slash the form could take.
    bare_credit_lines: frozenset[str]
    # The standalone form as a whole paragraph: the first, or one after a blank line.
    first_credit_line: re.Pattern[str]
    later_credit_line: re.Pattern[str]


def spelling_alternation(spellings: list[str], *, glued_before: bool = False,
                         glued_after: bool = False) -> str:
    """One regex alternation, longest spelling first, bounded so "AP" is not found in "APA".

    ``glued_before`` / ``glued_after``: the name may touch a letter or digit on that side
    ("08:46Xinhua", "XinhuaUpdated:"), where a form's own pattern there says what may touch it;
    the other side stays bounded.

    The spellings are grouped under their first character, in the same order within a group
    ("A(?:NSA|FP|P)|R(?:EUTERS|EUTER)"): only one group can match at a place, so the match is
    the same, but the engine compares one character per group rather than one per spelling.
    """
    ordered = sorted(set(spellings), key=lambda s: (-len(s), s))
    if not ordered:
        return NOTHING
    groups: dict[str, list[str]] = {}
    for spelling in ordered:
        groups.setdefault(spelling[:1], []).append(re.escape(spelling[1:]))
    alternatives = (re.escape(first) + "(?:" + "|".join(rests) + ")"
                    for first, rests in groups.items())
    before = "" if glued_before else r"(?<![\w])"
    after = "" if glued_after else r"(?![\w])"
    return before + r"(?:" + "|".join(alternatives) + r")" + after


def build_forms(spellings: list[str]) -> AgencyForms:
    """Compile every form for these spellings (ordinary words kept out of the loose forms)."""
    strict = [s for s in spellings if s not in ORDINARY_WORD_SPELLINGS]
    desk = [s for s in strict if s in DESK_CODE_SPELLINGS]
    every = spelling_alternation(spellings)
    # The forms read in a sentence ("..., Trend reports", "according to ..."): not the
    # spellings that are also words or other bodies' acronyms ("according to MAP").
    prose = spelling_alternation([s for s in spellings if s not in CREDIT_POSITION_ONLY])
    loose = spelling_alternation(strict)
    longest = max(map(len, spellings), default=0)
    plain_longest = longest + CREDIT_LINE_BRACKETS
    one_line = not any("\n" in spelling for spelling in strict)
    shouted = _FORM_SOURCES["shouted_opening"].replace(
        "{agency}", spelling_alternation([s for s in strict if s.isupper()
                                          and s not in CREDIT_POSITION_ONLY]))
    credit_line = (
        (_OPENER_OR_SHORT_LINE.format(longest=plain_longest) if one_line else "")
        + _FORM_SOURCES["standalone"].replace("{agency}", loose) + _PARAGRAPH_END
    )

    def compile_form(name: str, alternation: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(_FORM_SOURCES[name].replace("{agency}", alternation), flags)

    return AgencyForms(
        standalone=compile_form("standalone", loose),
        tail=compile_form("tail", loose),
        desk_tail=compile_form("desk_tail", spelling_alternation(desk), re.M),
        opening=compile_form("opening", loose),
        shouted_opening=re.compile(_TEXT_START + shouted),
        later_shouted_opening=re.compile(_AFTER_BLANK_LINE + shouted),
        reports=compile_form("reports", prose, re.M),
        according=compile_form("according", prose),
        reported=compile_form("reported", prose),
        relayed=compile_form("relayed", prose),
        moved_by=compile_form("moved_by", prose),
        line_end_sign_off=compile_form("line_end_sign_off", loose),
        byline_outlet=compile_form("byline_outlet", every),
        source_line=compile_form("source_line", loose, re.M),
        headline_tag=compile_form("headline_tag", loose),
        menafn=compile_form("menafn", loose),
        stamp_source=re.compile(_FORM_SOURCES["stamp_source"].replace("{agency}", loose)
                                .replace("{glued_agency}",
                                         spelling_alternation(strict, glued_before=True))
                                .replace("{labelled_agency}",
                                         spelling_alternation(strict, glued_after=True)),
                                re.M),
        named_tail=compile_form("named_tail", loose),
        stamped_tail=compile_form("stamped_tail", loose),
        agency_place=compile_form("agency_place", spelling_alternation(
            [s for s in strict if " " in s and canonical_agency(s) in DESK_CODE_SPELLINGS])),
        tail_longest=longest + TAIL_DECORATION,
        named_tail_longest=2 * longest + NAMED_TAIL_DECORATION,
        plain_credit_line_longest=plain_longest,
        bare_credit_lines=frozenset(
            s for s in strict if s and not s.startswith((*CREDIT_LINE_OPENERS, "(", "/"))
            and s not in CREDIT_POSITION_ONLY
        ),
        first_credit_line=re.compile(_TEXT_START + credit_line),
        later_credit_line=re.compile(_AFTER_BLANK_LINE + credit_line),
    )

# The space and hyphen of Reuters' headline source tag ("... -Yonhap"): a headline without them
# has none; the tag is searched from the last of them, and only when it stands no further than
# this from the headline's end (the longest spelling, the hyphen and spaces after the name).
HEADLINE_TAG_MARK = " -"
HEADLINE_TAG_REACH = 48

# The words of the Saudi Press Agency's stamped sign-off ("--SPA 20:14 LOCAL TIME 17:14 GMT
# ..."): a text without them near its end has none. The sign-off's name stands at most
# STAMPED_TAIL_BEFORE characters before them (a dash, the longest spelling, a space, "20:14 ").
STAMPED_TAIL_MARK = "LOCAL TIME"
STAMPED_TAIL_BEFORE = 64

# The word that opens MENAFN's source bracket, and how far into the text it may stand.
MENAFN_MARK = "MENAFN"
MENAFN_REACH = 8
