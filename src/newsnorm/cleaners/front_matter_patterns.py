"""Tables for reading the front matter above a wire dateline: its extent, its title, its byline.

Wire copy has a fixed shape: ``[header/slug lines] [title] [byline lines] DATELINE — body``. When
a strong dateline opens a line a little below the top, what stands above it is that front
matter; these tables bound the search and tell a title from the rest.
"""

from __future__ import annotations

import re

from newsnorm.cleaners.agency_names import agency_spellings

# The strong dateline must open one of the first this many non-blank lines, within this many
# characters of the text's start: front matter is a few lines, never a story's worth.
SCAN_LINES = 16
SCAN_CHARS = 2500

# Front matter may hold a deck, a photo caption or a wire's abstract of the story (AP's ANPA
# feed repeats the lead above the byline), but no more paragraphs of prose (this many words or
# more) than this: a text with more above its dateline may be story, and is kept.
PROSE_WORDS = 25
MAX_PROSE = 2

# A line at least this long that does not end a sentence was hard-wrapped (feeds wrap at 70 to
# 80 columns): the next line of its block goes on with it ("... Awarded to the Creators of
# Digital⏎Imaging Sensors"), unless it is a byline or a stamp.
WRAP_MIN_CHARS = 65
WRAP_END = re.compile(r"""[.!?:"”»]\s*$""")

# A title over a deck or an abstract has at least this many words (a shorter line above a deck
# is page matter: "World News", "Yonhap News Summary").
DECK_TITLE_MIN_WORDS = 4

# A title is at most this long (joined) and this many words; above that it is a deck, a
# caption or a paragraph.
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30


# A page's title bar ("<title> - <site>") is repeated as the story's title within this many
# lines under it (the crumbs of the site's menu between).
PAGE_TITLE_REPEAT_LINES = 3

# Marks a wire puts at the end of its title line, no part of the title: dpa's "=" that ends a
# header line ("... could fail =", "By Manuel Schwarz, dpa ="), Kyodo's "+" after the title
# ("... by beating Vegalta Sendai+"; one "+" only, so "C++" stays).
HEADER_END = "="
TITLE_END = "+"

# A web page's relative stamp under a title: "Updated: 15 hr ago", "Published 3 hours ago".
RELATIVE_STAMP = re.compile(
    r"(?:Updated|Published|Posted|Last updated)\s*:?\s*\d{1,3}\s*"
    r"(?:min|mins|minutes?|hr|hrs|hours?|days?|weeks?)\s+ago",
    re.IGNORECASE,
)

# AP's advisory lines to editors above the byline ("Eds: Updates. With AP Photos.") and a
# labelled "EDITOR'S NOTE _ ..." line: notes to the desk, not the title.
ADVISORY = re.compile(r"(?:Eds|EDS|Editors?|EDITORS?)\s*:|EDITOR'?S NOTE\b", re.IGNORECASE)

# A photo credit on a line of its own ("Yomiuri Shimbun file photo", "Photo: Reuters",
# "AP Photo/Ahn Young-joon"); the line under it in the same block is its caption.
PHOTO_CREDIT = re.compile(
    r".{0,60}\b(?:file\s+)?photo(?:graph)?\s*$|(?:photo|photograph|image)s?\s*(?:by|:|/)\s*.{0,60}"
    r"|AP\s+Photo\b.{0,60}",
    re.IGNORECASE,
)

# A source line naming the wire under a reposted title: the agency's short name, a dash or bar,
# and its full name ("IRNA - Islamic Republic News Agency" on GlobalSecurity.org's IRNA reposts,
# "KUNA - Kuwait News Agency"); every word of the name capitalised, so "AP - The vote was held
# by the Agency" is story. A credit, no part of the title a hard wrap would join it to.
_AGENCY = "|".join(re.escape(s) for s in agency_spellings())
SOURCE_LINE = re.compile(
    rf"(?P<agency>{_AGENCY})[^\S\n]{{1,2}}[-–—|][^\S\n]{{1,2}}"
    r"(?:[A-Z][^\W\d_]{1,20}[^\S\n]){1,6}(?:Agency|Agentur|Service)"
)
SOURCE_LINE_ENDS = ("Agency", "Agentur", "Service")

# A post's date line alone over an untitled post ends on its year or clock time ("Sunday,
# December 31, 2017", "January 28, 2004 18:19 PM"): tested before the stamp reader runs.
CLOCK_ENDS = ("AM", "PM", "am", "pm")

# A summary bullet under a wire title: Reuters' NewsML-G2 and web copy list the story's main
# points as "* Spot gold may edge up to $1,205 per ounce- technicals" lines between the title
# (and its "(Adds ...)" advisory) and the byline. A bullet point is never the title.
SUMMARY_BULLET = re.compile(r"\*\s")

# A photo caption closed by its picture credit in brackets after a full sentence: "File photo
# taken in 1972 shows Xi Jinping returns home in Beijing ... in countryside. (Xinhua)" (People's
# Daily), "... Sept. 4, 2017. (Xinhua/Xie Huanchi)", "... in Seoul. (AP Photo/Ahn Young-joon)",
# "... April 6, 2017. [Photo/Xinhua]". The credit is a photo label or an agency (read by
# :func:`~newsnorm.cleaners.agency_names.canonical_agency`) before an optional "/" and the
# photographer. A title ends no sentence before a bracket, so a caption is never the title.
CAPTION_CREDIT_END = re.compile(
    r"""[.!?]["”’]?\s{1,3}[(\[](?P<credit>[^()\[\]/:\n]{1,40})(?:\s?[/:][^()\[\]\n]{0,60})?[)\]]$"""
)
# A caption that ends in a labelled picture credit in brackets closes on it even without a full
# sentence before it: "PM talks with voters in Hai Phong ảnh 1Prime Minister Nguyen Xuan Phuc
# speaks at the meeting with voters in An Lao district, Hai Phong city (Photo: VNA)"
# (VietnamPlus, whose captions run on from the image's alt text), "... in Kuala Lumpur
# (Photo: Bernama)", "[Photo/Xinhua]" (China Daily). The label and its ":" or "/" are what make
# it a credit: a title's own "(PHOTO)" or "(VIDEO)" tag has neither.
LABELLED_CREDIT_END = re.compile(
    r"[(\[](?:File )?(?:Photo|Photos|Image|Images)\s?[:/]\s?[^()\[\]\n:/]{1,40}"
    r"(?:/[^()\[\]\n]{1,60})?[)\]]$",
    re.IGNORECASE,
)
# "[Photo by Wang Jing]" (China Daily)
PHOTO_LABELS = frozenset({"Photo", "Photos", "File Photo", "AP Photo", "Image"})
PHOTO_BY = ("Photo by ", "Photos by ")

# A navigation bar is a row of section names between bars ("China Politics | CPC News| Foreign
# Affairs | World | Opinion| Business | ..."): a line with this many "|" or more is no title (a
# title has at most a section and a site after it).
NAV_BAR_MIN_BARS = 3

# MENAFN (the Middle East North Africa Financial Network) opens every item it reposts with its
# source in brackets, glued before the wire's dateline ("(MENAFN- Kuwait News Agency (KUNA))
# KUWAIT, Dec 2 (KUNA) -- ..."), but its pages as scraped often set the bracket on a line of
# its own ("(MENAFN- Jordan News Agency)⏎⏎Petra, Oct. 18 (Petra)-- ..." on menafn.com's Petra,
# KUNA and Trend items). Alone there it is neither title nor story: the line break after it is
# closed up (no word goes), so the dateline and agencies cleaners read the source and the
# dateline as they do the glued form. A scraper may have lost the opening bracket ("MENAFN -
# Jordan News Agency)" atop a Petra item). Looked for only when "MENAFN" stands within
# MENAFN_REACH characters of the start.
MENAFN_MARK = "MENAFN"
MENAFN_REACH = 8
MENAFN_LINE = re.compile(
    r"[^\S\n]{0,4}\(?[^\S\n]{0,2}MENAFN[^\S\n]{0,2}-[^()\n]{1,80}(?:\([^()\n]{1,20}\))?"
    r"[^\S\n]{0,2}\)(?P<gap>[^\S\n]{0,8}\n\s{0,40}?)(?=\S)"
)
