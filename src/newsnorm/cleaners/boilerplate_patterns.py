"""Phrase tables for web debris, one family per kind of removal.

Each :class:`Family` lists regex fragments (case-insensitive, no nested quantifiers, bounded
repetition only) in three strengths:

- ``whole``: the unit (a line, or the wrapped lines of one sentence run) is exactly this,
  give or take closing punctuation: ``Please enter your comment!``, ``Related articles``;
- ``labels``: the unit starts with this label, whatever follows: ``Tags: ...``, ``Read more: ...``;
- ``phrases``: the unit is short, dominated by such phrases and carries no reporting verb
  (see :data:`STORY_MARKER`): ``You can also follow AzerNEWS on Twitter @AzerNewsAz``.

To catch a new kind of debris, add a fragment to the right family here (or, without touching
the code, list plain phrases under ``[cleaners.boilerplate] extra_phrases`` in the config).
A screen built from the same fragments lets most texts through without cutting them into units
(``boilerplate_screen.py``); a fragment it cannot read still works, only every text is slower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A unit longer than this is never debris: web debris is short, story paragraphs are not.
MAX_DEBRIS_CHARS = 300

# Except for a site's standing notices ("Dear User, please take into consideration ...") and
# copyright footers, which run long: a family that says so is trusted up to this length (its
# fragments are then labels a story paragraph never starts with).
MAX_NOTICE_CHARS = 1500

# "Dominated by a debris phrase": every phrase hit vouches for this many characters of the unit,
# so a 120-character line needs one hit and a 190-character cookie notice needs two.
CHARS_PER_PHRASE_HIT = 150

# A short line that follows promo debris at the end of a text ("Thank you!") belongs to it
# when it has at most this many words.
MAX_FOLLOW_ON_WORDS = 4

# A related-links heading at the end is followed by other stories' titles: title-like lines
# (no sentence-final period) up to this length go with it.
MAX_LINK_TITLE_CHARS = 150

# Story prose reports speech; debris addresses the reader. A phrase match in a unit that
# reports speech or quotes someone is not trusted ("...follow him on Twitter, he said.").
STORY_MARKER = re.compile(
    r"\b(?:said|says|told|stated|added|noted|announced|declared|according to)\b|[“”\"]",
    re.IGNORECASE,
)

# A wrapped line ending like this runs on into the next line, however much room it left: it
# does not end a unit ("... available for" + "comment." is one sentence, not a comment form).
RUNS_ON_WORDS = ("a", "an", "the", "of", "for", "to", "and", "or", "in", "on", "at", "by", "with")
RUNS_ON = re.compile(r"[,\-–—(]$|\b(?:" + "|".join(RUNS_ON_WORDS) + ")$", re.IGNORECASE)
# A match of RUNS_ON starts at most this many characters before the end of the line.
RUNS_ON_REACH = max(len(word) for word in RUNS_ON_WORDS)

# Kinds that stand inside any debris block without changing what it is: a time stamp under a
# related story's title keeps the listing a listing.
NEUTRAL_KINDS = frozenset({"page-stamp"})

# A company's boilerplate in a press release: the heading "About Essence" over a paragraph that
# starts with the same name ("Essence is a global digital agency ..."). Both go.
ABOUT_HEADING = re.compile(r"About ((?:the )?[A-Z0-9][^\s.]{0,40}(?: [^\s.]{1,40}){0,6})")
ABOUT_FOLLOWS = r"[ ,(]"

# A block of lines none wider than this is a page's short lines (widgets, stamps, labels), never
# hard-wrapped copy: wire services wrap at 60 to 80 columns. Each of its lines is a unit.
MIN_WRAP_WIDTH = 50

# A horizontal rule: a line of dashes, underscores, asterisks, equals signs or similar, two to
# this many characters long.
RULE_MARKS = "-_*=~#•·—–"
MAX_RULE_CHARS = 80
RULE = re.compile(rf"[{re.escape(RULE_MARKS)}\s]{{2,{MAX_RULE_CHARS}}}")
# AP's rule, underscores only ("___"): it sets off a story's notes, never a section of the story.
UNDERSCORE_RULE = re.compile(r"_{2,80}")


# The kind of an embedded tweet: its signature line, and its text above (see TWEET_LINK).
TWEET_KIND = "tweet-embed"

# A month's name as a page or a caption writes it: "April", "Apr.", "Sept".
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"

# Up to six names, each capitalized, listed with commas, "and" or "in" (a place): "Fardah
# Assegaf", "Sumarwoto, Eliswan", "Helen Maguire in Brussels, Bill Smith in London".
NAMES = r"[A-Z][\w'’.-]{0,30}(?:(?:,? | and | & | in )[A-Z][\w'’.-]{0,30}){0,5}"

# "Reporting by ", "Additional reporting by ", "Editing by ", in a credit line's own case.
STAFF_BY = r"(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by "

# A unit of an age as a page writes it: "32 min", "43 sec", "5 hours", "2 days".
AGE_UNIT = r"(?:sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?)"

# A page's date in figures: "2017-11-23" (ISO), "21-05-2023" (day first, Indian sites).
NUMERIC_DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})"

# A weekday as a page's stamp abbreviates it: "Sun", "Tue.", "Thursday".
WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"

# A category with its count of items, in capitals (a widget's line: see CATEGORY_COUNT).
CATEGORY_COUNT_CONFIRM = r"[A-Z][\w &'’-]{1,40} \(\d{1,5}\)"

# A site's name as a feed footer closes with it: words in capitals (or figures), joined by the
# small words of names ("Voice of America", "The Times of India", "EFE Noticias", "Al Bawaba").
SITE_NAME = (r"[A-Z0-9][\w'’&.-]{0,30}(?: (?:[A-Z0-9&][\w'’&.-]{0,30}|of|the|and|for|on|de|del"
             r"|la|le|les|do|da|dos|das|en|et|y|e)){0,8}")

# A caption runs longer than other debris: an AP caption is two or three sentences.
MAX_CAPTION_CHARS = 1000

# A caption's date follows a place, not a weekday: "... in Bucha, outside Kyiv, April 4, 2022."
# A sentence dates its event "on Saturday, October 7, 2023." (Nour News' lead): such a date ends
# a story sentence, not a caption. (Lookbehinds: for a family's ``confirm``, never the screen's.)
NOT_ON_WEEKDAY = "".join(
    f"(?<! on {day})" for day in
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)


# Month and weekday names of French, Spanish and Portuguese page stamps (letters outside ASCII
# as "\S{1,2}", which the screen reads: "f\S{1,2}vrier" for "février").
FR_MONTH = (r"(?:janvier|f\S{1,2}vrier|mars|avril|mai|juin|juillet|ao\S{1,2}t|septembre|octobre"
            r"|novembre|d\S{1,2}cembre)")
FR_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
ES_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre"
            r"|diciembre)")
ES_WEEKDAY = r"(?:lunes|martes|mi\S{1,2}rcoles|jueves|viernes|s\S{1,2}bado|domingo)"
PT_MONTH = (r"(?:janeiro|fevereiro|mar\S{1,2}o|abril|maio|junho|julho|agosto|setembro|outubro"
            r"|novembro|dezembro)")
PT_WEEKDAY = r"(?:(?:segunda|ter\S{1,2}a|quarta|quinta|sexta)-feira|s\S{1,2}bado|domingo)"


@dataclass(frozen=True)
class Family:
    kind: str
    whole: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    max_chars: int = MAX_DEBRIS_CHARS  # longer units are never this family's debris
    # True: a line its ``whole`` fragments match is a unit of its own even inside wrapped copy
    # (a time stamp never ends a story sentence: "Erdogan comments on ... Assad" over
    # "# 12 September 2017 08:28 (UTC +04:00)").
    standalone: bool = False
    # True: even a whole or label match is not trusted in a unit that reports speech or quotes
    # (see STORY_MARKER); for families whose fragments could fit a story sentence (captions).
    no_speech: bool = False
    # A case-sensitive regex a unit this family takes must also match in full (the fragments
    # are matched in any case, as the screen reads them): for debris told by its capitals.
    confirm: str = ""
    # For the screen only: (a character, a regex) that every text a ``whole`` or ``labels``
    # fragment of this family matches in also holds, for fragments that open with a loose
    # class and have no words to be found by (a caption "[^.]{20,250}, March 3, 2024.").
    # Without it such a fragment is tried, and runs on, at every line of every text.
    screen: tuple[str, str] | None = None


FAMILIES: tuple[Family, ...] = (
    Family(
        kind="cookie-notice",
        whole=(r"accept(?: all)? cookies", r"cookie (?:policy|settings|preferences)"),
        phrases=(
            r"cookies are used",
            r"we use cookies",
            r"(?:site|website|page) uses cookies",
            r"use of cookies",
            r"(?:our|the) cookie policy",
            r"accept(?: all)? cookies",
            r"personal data protection law",
            r"by continuing to (?:use|browse) (?:this|our|the) (?:site|website)",
        ),
    ),
    Family(
        kind="comment-form",
        whole=(
            r"please enter your (?:comment|name here|name|email address here|email)",
            r"you have entered an incorrect email address",
            r"leave a (?:reply|comment)",
            r"post a comment",
            r"add (?:a )?comment",
            r"cancel reply",
            r"\d{1,5} comments?",
            # Blogger's comment footer under each post: "No comments:" over "Post a Comment"
            # (blogspot news blogs in every language).
            r"no comments?\s?:?",
            r"comments? \(\d{1,5}\)",
        ),
        phrases=(
            r"your email address will not be published",
            r"required fields are marked",
            r"save my name, email,? and website",
            r"log in to (?:leave a )?comment",
            # Also as phrases: a reflow may have joined the form's lines into one paragraph.
            r"please enter your (?:comment|name)",
        ),
    ),
    Family(
        kind="subscription-promo",
        whole=(
            r"subscribe(?: now| today)?",
            r"sign up(?: now| today)?",
            # A feed aggregator's link to the feed it shows: "Subscribe to THE ASTANA TIMES
            # feed" (Drupal's aggregator pages, embassy and portal news pages).
            r"subscribe to [^.:]{1,60} feed",
        ),
        phrases=(
            r"here we are to serve you",
            r"it does not cost much",
            r"worth your attention",
            r"subscribe on a monthly basis",
            r"by subscribing to our",
            r"full digital access",
            r"(?:independent|quality) journalism",
            r"support our journalism",
            r"subscribe to (?:our|the) newsletter",
            r"sign up (?:for|to) (?:our|the) (?:\w{1,20} )?newsletter",
            r"already a subscriber",
            r"become a (?:member|subscriber|patron)",
            r"unlock (?:full|unlimited) access",
        ),
    ),
    Family(
        kind="social-promo",
        whole=(
            r"share(?: this)?(?: article| story| post| page)?",
            r"share(?: on| via| -)? (?:facebook|twitter|whatsapp|telegram|linkedin|email)",
            r"share(?: on| via| -)? (?:wechat|weibo)",
            r"follow us",
            r"tweet",
            # A follow link to the desk's account: "Follow @ABCNewsRadio" (ABC News Radio's copy).
            r"follow @\w{1,15}",
            # Share buttons whose labels a scrape ran together: "facebooktwittergoogle_plusreddit
            # pinterestlinkedinmailby feather Read More →" (the Feather share plugin, ABC News
            # Radio's affiliates).
            r"(?:facebook|twitter|google_plus|reddit|pinterest|linkedin|tumblr|whatsapp|mail)"
            r"{3,12}(?:by feather)?(?: ?read more ?[→»]?)?",
        ),
        labels=(r"share(?: this)?(?: article| story| post)?\s?:", r"follow us\s?:"),
        phrases=(
            r"follow us on",
            r"follow \S{1,40} on (?:twitter|facebook|instagram|telegram|linkedin|youtube|x)\b",
            r"on twitter @",
            r"on facebook @",
            r"like us on facebook",
            r"join (?:us|our \w{1,20}) on (?:telegram|whatsapp|facebook)",
            r"subscribe to (?:our|the) (?:youtube|telegram) channel",
        ),
    ),
    Family(
        kind="related-links",
        whole=(
            r"latest posts(?: in this category)?",
            r"(?:latest|more|top|popular|important|all|other) (?:news|stories|articles|posts)",
            r"last added",
            r"more from this section",
            r"next story",
            r"back to (?:the )?top",
            r"top of (?:the )?page",
            r"related(?: articles| news| stories| posts| content| topics)?",
            r"most (?:popular|read|viewed)",
            r"you (?:may|might) also like",
            r"recommended(?: for you)?",
            r"read more",
            r"see more",  # a listing's closing link: "see more.." (UNI)
            r"don't miss",
            r"trending(?: now)?",
            # Chinese "related articles / news / reading" (Xinhua, People's Daily).
            r"相关(?:文章|新闻|阅读)",
            r"top",  # a "back to top" arrow's label (China Daily)
            # A list of other stories' titles: "Latest Headlines" (UPI), "Top Headlines".
            r"(?:latest|top|more|breaking) headlines",
            # The related-posts box of WordPress news themes: "Check Also" (SANA, other sites).
            r"check also",
            # The same headings in Spanish, Portuguese and French: "ÚLTIMAS NOTICIAS:" (Xinhua's
            # Spanish site xinhua.telesurtv.net), "Noticias relacionadas", "Notícias
            # relacionadas", "Lo más leído", "Mais lidas", "Dernières nouvelles", "À lire aussi".
            r"\S{1,2}ltimas not\S{1,2}cias",
            r"(?:noticias|not\S{1,2}cias|art\S{1,2}culos|articles|\S{1,2}ltimas) relacionad[oa]s",
            r"(?:lo )?m\S{1,2}s le\S{1,2}d[oa]s|(?:as )?mais lidas|les plus lus",
            r"derni\S{1,2}res (?:nouvelles|infos|actualit\S{1,2}s)",
            r"(?:\S{1,2} )?lire aussi|lea tambi\S{1,2}n|leia tamb\S{1,2}m",
            # A teaser's link alone on its line: "Lire la suite" (Arab News en français),
            # "Leer más", "Seguir leyendo", "Leia mais".
            r"lire la suite|leer m\S{1,2}s|(?:seguir|continuar) leyendo|leia mais",
            # A repost's link to the original: "Read more here." (Breitbart, blogs).
            r"read (?:more|the (?:full|rest of the) (?:story|article)) here",
        ),
        labels=(
            r"read (?:more|also)\s?:",
            r"also read\s?:",
            r"see also\s?:",
            r"related(?: articles| news| stories)?\s?:",
            r"more on this(?: story)?\s?:",
            r"latest (?:news|posts)\s?:",
        ),
    ),
    Family(
        kind="site-widget",
        whole=(
            r"online payment",  # a payment widget's button (Azerbaijani news portals)
            r"english(?: version| edition)?",  # a language switch (China Daily, Xinhua)
            # A language menu, one language a line, often bulleted: "• Arabic", "• French"
            # (WAM's uaeinteract.com, ministries' and agencies' multilingual sites).
            r"(?:arabic|french|german|spanish|russian|chinese|turkish|persian|farsi|portuguese"
            r"|italian|japanese|korean)(?: version| edition)?",
            # A page's article toolbar: "Print", "E-mail", "Adjust font size:", "Text:AAAPrint"
            # (the A A A font-size buttons; ECNS). (china.org.cn's toolbar glued to its source
            # line: see TOOLBAR.)
            r"print(?: this)?(?: article| page| story)?",
            r"e-?mail(?: this)?(?: article| page| story)?",
            r"font size\s?:?(?: ?a){0,3}",
            r"text\s?: ?a ?a ?a ?(?:print)?",
            # An app's download button: "ECNS App Download", "Download our app".
            r"[a-z]{2,12} app download",
            r"download (?:the|our) (?:[a-z]{2,20} )?app",
            # The loading notice of APA's (apa.az) pages, left where the page's script writes it.
            r"the operation is being performed",
            # A site's own promo line: "Don't miss the latest developments in business and
            # finance." (Business Standard), "For full coverage of the crisis in Ukraine, visit
            # Flashpoint Ukraine." (VOA).
            r"don['’]t miss the latest [^.]{1,80}",
            r"for (?:full|more|complete|continuing) coverage [^.]{1,80}, visit [^.]{1,60}",
            # The question widget under a story on WN (article.wn.com) pages: "Ask about this
            # article" over "Answer for your question of the article will be displayed here ...".
            r"ask about this article",
            r"answer for your question of the article will be displayed here",
        ),
    ),
    Family(
        kind="site-menu",
        # A page's navigation toggles, alone on their line: "Left Menu" (Devdiscourse), "Menu",
        # "Toggle navigation" (Bootstrap themes), "Skip to main content" (accessibility links).
        whole=(
            r"(?:left|right|main|top|mobile|site) menu",
            r"menu",
            r"toggle navigation",
            r"skip to (?:the )?(?:main )?content",
        ),
    ),
    Family(
        kind="site-widget",
        # The LINE messenger's share button among a page's share buttons (Asian sites: ECNS,
        # Taiwanese, Thai and Japanese news pages), in capitals: "Line" in a story stays.
        whole=(r"line",),
        confirm=r"LINE",
    ),
    Family(
        kind="site-widget",
        # The font-size control's label, a unit of its own even under a line of wrapped width
        # ("0 Comment(s)Print E-mail Xinhua, December 01, 2017" over "Adjust font size:",
        # china.org.cn): a control's label never ends a story sentence.
        whole=(r"adjust font size\s?:?",),
        standalone=True,
    ),
    Family(
        kind="site-notice",
        # Who runs or sponsors the site, in its footer: "Powered by WordPress", "Unterstützt
        # durch The National Media Council." (WAM's uaeinteract.com; German "supported by").
        # A name in capitals follows, not a sentence ("Powered by solar panels, ...").
        whole=(r"powered by [^.]{1,60}", r"unterst\S{1,2}tzt durch [^.]{1,60}"),
        confirm=r"(?:Powered by|Unterst\S{1,2}tzt durch) [A-Z][^.]{0,59}",
    ),
    Family(
        kind="page-stamp",
        # When the page was posted or updated, standing alone on its line.
        whole=(
            # "Updated: 15 hr ago", "Updated: 32 min 43 sec ago" (portals, feed aggregators).
            r"updated\s?: \d{1,3} " + AGE_UNIT + r"(?: \d{1,3} " + AGE_UNIT + r")? ago",
            # An item's number and publication time on Iranian news sites: "News ID : 152504",
            # "Publish Date : 10/7/2023 10:00:19 AM" (Nour News), "News ID: 85330079" (IRNA).
            r"news (?:id|code)\s?: ?\d{3,12}",
            r"publish(?:ed)? (?:date|on)\s?: ?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
            r"(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)?",
            # "Published: 4/16/2014 21:55:00 PM" (ABC News Radio's feed pages on radio sites).
            r"published\s?: ?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
            r"(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)?",
            # "posted on 19/11/2014" (WAM's uaeinteract.com), "Posted on: 12.03.2019" (blogs'
            # and portals' post headers).
            r"posted on\s?:? ?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?: \d{1,2}:\d{2}(?::\d{2})?)?",
            # "Xinhua | Updated: 2017-11-23 10:17" (China Daily: source, then the stamp), "PTI |
            # Ahmedabad | Updated: 21-05-2023 21:43 IST | Created: 21-05-2023 21:43 IST"
            # (Devdiscourse: source, place, then both stamps).
            r"(?:[a-z][\w.]{0,20}(?: [a-z][\w.]{0,20}){0,3} \| ){0,3}updated\s?: " + NUMERIC_DATE
            + r" \d{1,2}:\d{2}(?: [a-z]{2,4})?"
            r"(?: \| created\s?: " + NUMERIC_DATE + r" \d{1,2}:\d{2}(?: [a-z]{2,4})?)?",
            # The RFC 822 date-time of feeds and page headers: "Sun, 02 Jul 2017 - 01:46 GMT"
            # (Egypt Today), "Tue, 27 Sep 2022 12:00:00 +0400" (RSS pubDate, aggregators).
            WEEKDAY + r",? \d{1,2} " + MONTH + r",? \d{4},?(?: [-|])? \d{1,2}:\d{2}(?::\d{2})?"
            r"(?: ?(?:gmt|utc|[+-]\d{4}))?",
            # "# 12 September 2017 08:28 (UTC +04:00)" (APA), "24 Jan 2026 | 7:05 PM" (UNI).
            r"#? ?\d{1,2} " + MONTH + r" \d{4},?(?: [-|])? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?"
            r"(?: \(utc ?[+-]\d{1,2}:\d{2}\))?",
            # "17.01.2013 13:06" (topnews.az, Trend, Azerbaijani and Russian sites).
            r"\d{2}\.\d{2}\.\d{4},? \d{1,2}:\d{2}",
            # "17.04.2017 - Update : 17.04.2017" (Anadolu).
            r"\d{2}\.\d{2}\.\d{4} - update\s?: \d{2}\.\d{2}\.\d{4}",
            # "Last Updated : Jan 18 2015 | 6:15 PM IST" (Business Standard).
            r"last updated\s?: " + MONTH + r" \d{1,2},? \d{4}[^.]{0,30}",
            # "October 14, 2022 - 5:05 PM" (newspaper sites carrying AP).
            MONTH + r" \d{1,2}, \d{4} [-|] \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?",
        ),
        standalone=True,
    ),
    Family(
        kind="page-stamp",
        # A date or a time alone on its line, as a page lays them out (Kremlin.ru:
        # "April 18, 2022" over "18:00"). Not standalone: in wrapped copy such a line can end
        # a sentence ("... notes maturing" over "Feb 26, 1992.").
        whole=(
            MONTH + r" \d{1,2}, \d{4}",
            # "18:00", "6:15 PM", "01:46 GMT" (Egypt Today's stamp, split from its date).
            r"\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: (?:gmt|utc))?",
        ),
    ),
    Family(
        kind="page-stamp",
        # A stamp with the source and the page's editor: "2017-09-05 08:46Xinhua Editor: Gu
        # Liping ECNS App Download" (ECNS, China News Service's English pages; China Daily and
        # People's Daily print "Editor: <name>" under their stamps too). Names, not a sentence.
        whole=(
            r"\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})? ?[^.:|]{0,40} editor\s?: [^.:|]{1,60}",
        ),
        confirm=r"\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})? ?(?:[A-Z][\w.]{0,20} ?){0,3}"
        r"Editor\s?: ?" + NAMES + r"(?: [A-Z]{2,10} App Download)?",
        no_speech=True,
    ),
    Family(
        kind="site-notice",
        # A site's standing notice to its readers, however long.
        labels=(
            # "Dear User, please take into the consideration the fact that all news are posted
            # to our portal automatically ..." (topnews.az and other portals).
            r"dear (?:user|reader|visitor)s?, please",
        ),
        whole=(
            # Chinese sites' licence footer: "License for publishing multimedia online 0108263",
            # "Registration Number: 130349" (China Daily).
            r"license for publishing multimedia online \d{4,10}",
            r"registration number\s?: ?\d{4,12}",
        ),
        phrases=(
            # The typo-report widget: "If you find out orphographic mistake in the text, please
            # select mistaken part of the text and press Ctrl + Enter." (Report.az, Russian sites).
            r"press ctrl ?\+ ?enter",
        ),
        max_chars=MAX_NOTICE_CHARS,
    ),
    Family(
        kind="press-release",
        whole=(
            # A release's number on a distribution service: "MEDIA RELEASE PR67257" (AsiaNet).
            r"media release pr\d{3,7}",
            # Who issued it, at the top or the end: "Source: Essence", "SOURCE  Essence"
            # (PR Newswire, AsiaNet). A wire service named so is a credit: see the judge.
            r"source(?:\s?: ?| {2})[^.:]{1,60}",
            # Multimedia links: "Logo - http://mma.prnewswire.com/media/327027/Essence_Logo.jpg".
            r"(?:logo|photo|video|multimedia|infographic)\s?[-–:] ?https?://\S{1,200}",
            # "For further information, please visit qeprize.org".
            r"for (?:further|more) information,? (?:please )?visit \S{1,100}"
            r"(?: \[ ?https?://[^\]]{1,200}\])?",
        ),
    ),
    Family(
        kind="contact-line",
        # How to reach the issuer or the writer, after the story.
        labels=(
            # "CONTACT: Pooja Singh, pooja.singh@essencedigital.com" (PR Newswire).
            r"(?:media |press )?contacts?\s?: ",
        ),
        whole=(
            # AP's tagline: "Bernard Condon can be reached at http://twitter.com/BernardFCondon ."
            r"[^\"“”]{1,60} can be reached at (?:https?://|[\w.+-]{1,40}@)[^\"“”]{1,250}",
            # ... and its second sentence: "His work can be found at http://www.bigstory.ap.org/…"
            r"(?:his|her|their) work can be found at https?://[^\"“” ]{1,200}(?: \.)?",
        ),
    ),
    Family(
        kind="copyright",
        # "(c) 2017 ...", "(c)2018 The San Diego Union-Tribune" (TCA via dpa), "(c) Copyright
        # ANSA 2017. Click For Restrictions - http://..." (ANSA).
        labels=(r"©", r"\(c\) ?\d{4}", r"\(c\) ?copyright", r"copyright (?:©|\(c\)|\d{4})"),
        # A site's copyright footer runs on about its terms of use (China Daily's 400 characters).
        max_chars=MAX_NOTICE_CHARS,
        phrases=(
            r"all rights reserved",
            r"hyperlink to \S{1,60} is (?:required|obligatory|mandatory)",
            r"reproduction (?:is )?(?:prohibited|forbidden)",
        ),
    ),
    Family(
        kind="photo-credit",
        labels=(
            r"(?:file )?(?:photo|photos|image|picture|photograph)(?: credit)?\s?:",
            r"\((?:file )?(?:photo|image|picture)s? (?:by|credit|courtesy)\b",
            r"credit\s?:",
            # Norwegian and German, Spanish, Italian caption labels: "BILDE: Dette dokumentet ..."
            # (NTB, Faktisk.no), "Foto: dpa".
            r"(?:bilde|foto)\s?:",
            # Brazilian sites' credit for a picture taken from elsewhere: "Reprodução: ©
            # Marcello Casal jr/Agência Brasil" (Agência Brasil's reposts), "Reprodução/TV Globo".
            r"reprodu\S{1,2}\S{1,2}o\s?[:/]",
        ),
        whole=(
            r"(?:file )?photos? (?:by|courtesy of) [^.]{1,80}",
            r"(?:photo|image|representative image|close photo mode)",
            r"ap photos? [a-z]{2,5}\d{3}[a-z0-9, ]{0,120}",
        ),
    ),
    Family(
        kind="photo-credit",
        # A credit naming whose file photo it is: "Yomiuri Shimbun file photo", "Reuters file
        # photo" (Japan News, wire pages): a name in capitals, not a sentence ("Police released
        # a file photo.").
        whole=(r"[a-z][^.]{0,60} file (?:photo|image)",),
        confirm=r"(?:[A-Z][\w&'’.-]{0,30} ){1,4}file (?:photo|image)",
    ),
    Family(
        kind="photo-caption",
        # A wire photo caption, one sentence ending in the date the picture was taken, maybe
        # with its credit: "Ukraine's President Volodymyr Zelenskiy speaks to the media ... in
        # Bucha, outside Kyiv, April 4, 2022." (VOA, Reuters/AP pictures), "... in Florida, the
        # United States, April 6, 2017. [Photo/Xinhua]" (China Daily). A story sentence with a
        # date at its end is in a paragraph of more, or reports speech ("..., he said").
        whole=(
            r"[^\"“”.]{20,250}, " + MONTH + r" \d{1,2}, \d{4}\."
            r"(?: ?[\[(](?:photo|file photo|ap photo|reuters|afp|xinhua)[^\])]{0,60}[\])])?",
        ),
        no_speech=True,
        confirm=r"[^\"“”.]{20,250}" + NOT_ON_WEEKDAY + r", [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\."
        r"(?: ?[\[(][^\])]{0,70}[\])])?",
        screen=(",", r", " + MONTH + r" \d{1,2}, \d{4}\."),
    ),
    Family(
        kind="photo-caption",
        # An AP photo caption, closed by AP's credit: "FILE - In this Aug. 26, 2015 file photo,
        # Egyptian President Abdel-Fattah el-Sissi, center, reviews honor guards ... (AP
        # Photo/Ivan Sekretarev, Pool, File)" (AP pictures on every site that runs them).
        whole=(r"[^()]{20,900}\(ap photos?(?:/[^()]{1,80})?\)",),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        screen=("(", r"\(ap photos?[/)]"),
    ),
    Family(
        kind="photo-caption",
        # The same caption when it opens as AP's captions do ("FILE - In this April 7, 2005 file
        # photo, ...", "This July 6, 2017 photo shows ..."): held at both ends, it may report
        # what a source says about the picture ("..., the Committee to Protect Journalists
        # says. (AP Photo/Peter Dejong, File)", AP's blog and member sites).
        whole=(
            r"(?:file ?[-–—] ?)?(?:in )?this [^()]{0,60} (?:file )?photo[ ,][^()]{10,900}"
            r"\(ap photos?(?:/[^()]{1,80})?\)",
        ),
        max_chars=MAX_CAPTION_CHARS,
        screen=("(", r"\(ap photos?[/)]"),
    ),
    Family(
        kind="photo-caption",
        # A China Daily caption, closed by its bracketed credit: "President Xi Jinping poses
        # for a group photo ... international groups. [Photo/China Daily]", "[Photo by Wang
        # Jing/China Daily]" (China Daily, china.org.cn, Xinhua's partner pages).
        whole=(r"[^\[\]]{20,600}\[(?:file )?photos?(?: by [^\]/]{1,40})?/[^\]]{1,60}\]",),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        screen=("[", r"\[(?:file )?photos?[ /]"),
    ),
    Family(
        kind="photo-caption",
        # A caption with its credit after a slash or a bar: "President Al-Sisi meets US
        # congress in presidential palace / photo courtesy: Press Photo" (Egypt Today),
        # "... | Photo: Reuters".
        whole=(
            r"[^\"“”/|]{10,250} [/|] (?:file )?(?:photo|image|picture)s?(?: courtesy| credit)?"
            r"\s?: ?[^.:/|]{1,60}",
        ),
        no_speech=True,
        screen=(" ", r"[/|] (?:file )?(?:photo|image|picture)"),
    ),
    Family(
        kind=TWEET_KIND,
        # The signature of an embedded tweet, under the tweet's text:
        # "— Mark Takano (@RepMarkTakano) December 17, 2016" (Twitter's embed markup).
        whole=(r"[—–-]{1,2} ?[^()]{1,80} \(@\w{1,15}\) " + MONTH + r" \d{1,2}, \d{4}",),
        standalone=True,
    ),
    Family(
        kind="tag-list",
        labels=(r"tags?\s?:", r"tags #", r"tag archives?\s?:", r"keywords\s?:", r"topics\s?:"),
        # A tag box's label alone: "Country:" (Devdiscourse, over "• India").
        whole=(r"countr(?:y|ies)\s?:",),
    ),
    Family(
        kind="site-crumb",
        labels=(r"you are here\s?:", r"home\s?[>»›/|]"),
        # Two or more spaced crumb separators between short segments: "News > World > Europe".
        # (The lookahead says no more than what follows it; it lets a line without a
        # separator fail at once instead of being tried at every length.)
        whole=(r"(?=[^>»›]{1,31}+[>»›])[^>»›.]{1,30} [>»›] [^>»›.]{1,30} [>»›] [^.]{1,60}",),
    ),
    Family(
        kind="wire-header",
        whole=(
            # A wire slug: "Germany-football/Munich/Mueller/", "/politics/Britain/EU/ 2ND LEAD".
            r"/?[a-z][a-z-]{1,30}/(?:[a-z][a-z-]{0,30}/){2,8}(?: \d(?:st|nd|rd|th) lead)?",
            # ANPA header: "eca100 3 s 586 ccccb   dpa 099", "eca0003 3 i 380 dpa 0045".
            # (The service may name a partner: "ecp0007 4 s 850  dpa-tns 0908".)
            r"[a-z]{3}\d{3,4} \d [a-z] \d{2,5}(?: [a-z]{5})? {1,4}[a-z]{2,5}(?:-[a-z]{2,5})?"
            r" \d{3,4}",
            r"(?:refile )?\d(?:st|nd|rd|th) (?:lead|net)",
            # A service flag alone on its line: "REFILE" (Reuters, dpa), "EXTRA" (dpa).
            r"refile|extra",
            # Desk initials and the filing time closing a dpa or SDA item: "dpa tt xx n1",
            # "091223 gmt dec 18", "091223 dec 18", "(SDA/sj)".
            r"dpa(?: [a-z][a-z0-9]{1,3}){1,12}",
            r"\d{6}(?: gmt)? [a-z]{3} \d{2}",
            r"\((?:sda|ats)(?:\\?/[a-z]{1,4}){1,3}\)",
            # AFP's desk initials closing an item: "hh/ph/ts/hd", "asl/tib/pid/cac".
            r"[a-z]{2,4}(?:/[a-z]{2,4}){2,7}",
            # Kyodo's desk and filing time closing an item: "KWS-21:37-09-12-18".
            r"[a-z]{2,4}-\d{2}:\d{2}-\d{2}-\d{2}-\d{2}",
            # AP's ANPA keyword line, its slug and word count: "BC-US--Giant Lobster Death, 1st
            # Ld-Writethru,127", "BC-10 Things to Know-Today,364".
            r"bc-[a-z0-9][-\w'’ &./]{0,80}(?:, [-\w'’ &./]{1,40}){0,3},\d{1,4}",
            # AP's line closing an ANPA item, with its date and time: "AP-WF-08-29-16 1626GMT".
            r"ap-[a-z]{2}-\d{2}-\d{2}-\d{2} \d{4} ?gmt",
            # The end mark of a wire item or a release: "ends" (PA), "ENDS", "-ends-", "-30-"
            # (Canadian and US wires, press releases).
            r"ends|-{1,2} ?ends? ?-{1,2}|-{1,2} ?30 ?-{1,2}",
        ),
        labels=(
            # Kyodo's ANPA header: "a0105KYODO koko-u s BC-Soccer-Emperor's-Cup 09-12 0344".
            r"[a-z]\d{4}kyodo ",
        ),
    ),
    Family(
        kind="wire-advisory",
        labels=(
            # AP's ANPA advisory to editors: "Eds: With AP Photos.", "(Eds: Minor edits. A
            # longer version of this story is available. With AP Photos.)".
            r"\(?eds\s?: ",
            # AP's ANPA editor's note, set off by an underscore dash: "EDITOR'S NOTE _ This is
            # part of an Associated Press investigation ...".
            r"editor['’]s note _ ",
            # ANP's correction header, letter-spaced: "N i e u w bericht, vervangt: <old title>".
            r"n ?i ?e ?u ?w ?bericht, vervangt\s?:",
        ),
    ),
    Family(
        kind="wire-notebook",
        whole=(
            r"#{1,3} (?:dpa )?(?:notebook|note to editors|internet links)",
            r"#{1,3} (?:dpa )?(?:editorial )?contacts",
            r"#{1,3} (?:dpa )?(?:editorial )?contacts - reporting by: [^#]{1,200}",
        ),
        labels=(
            r"the following information is not (?:intended )?for publication",
            # The same in dpa's German service ("Veröffentlichung", its umlaut read as any).
            r"die folgenden informationen sind nicht zur ver\S{1,2}ffentlichung bestimmt",
            r"-? ?(?:reporting|editing) by\s?:",
            r"-? ?tel\s?: \+\d",
        ),
    ),
    Family(
        kind="staff-credit",
        # Who reported and edited the story, in a news site's footer: "Reporter: Antara",
        # "Editor: Fardah Assegaf" (ANTARA). Names only: "Reporter: What happened?" stays.
        whole=(r"(?:reporter|editor|translator|photographer)s?\s?: ?[^.:;?!]{1,60}",),
        confirm=r"(?:Reporter|Editor|Translator|Photographer|REPORTER|EDITOR)s?\s?: ?" + NAMES,
    ),
    Family(
        kind="staff-credit",
        # A wire's credit line for its reporters and editors, alone on its line at the end:
        # "Reporting by Sumarwoto, Eliswan" (ANTARA), "(Reporting by Helen Maguire in Brussels;
        # Editing by Joseph Nasr)" (Reuters, dpa web copy). Names only: "Reporting by the
        # ministry showed ..." stays.
        # (One fragment for each opening word: a fragment that opens with a literal is screened
        # only at lines that start with it.)
        whole=tuple(
            opening + r" by [^.;:()]{1,80}(?:; ?(?:additional )?(?:reporting|writing|editing) by "
            r"[^.;:()]{1,80}){0,3}" + closing
            for opening, closing in (
                ("reporting", ""), ("writing", ""), ("editing", ""), ("additional reporting", ""),
                (r"\(reporting", r"\)"), (r"\(writing", r"\)"), (r"\(editing", r"\)"),
                (r"\(additional reporting", r"\)"),
            )
        ),
        confirm=r"\(?" + STAFF_BY + NAMES + r"(?:; ?" + STAFF_BY + NAMES + r"){0,3}\)?",
    ),
    Family(
        kind="rule",
        # A lone "#": the empty end of a page's "# <stamp>" list (APA), a rule of one mark.
        whole=(r"#",),
    ),
    Family(
        kind="advertisement",
        whole=(r"advertisement", r"sponsored(?: content)?", r"ad"),
    ),
    # -- session 5: pages of publishers the gold set lacked (French, Spanish, Portuguese and
    # Gulf sites, WordPress themes). Each entry names where it is seen.
    Family(
        kind="photo-caption",
        # A caption closed by a bracketed photo credit with its label: "Travailleurs asiatiques
        # sur un chantier de construction à Dubaï (Photo, AFP)." (Arab News en français, which
        # also writes "(Photo AFP).", "(Photo fournie)", "(Photos/Huda Bashatah)"),
        # "... (Photo: Reuters)", "(Foto: EFE)" (Gulf, Spanish and Portuguese sites). A story
        # sentence never ends in a credit labelled "Photo".
        whole=(
            r"[^\"“”]{10,400}\((?:file ?)?(?:photo|foto|image)s?(?:, ?| ?: ?| |/)[^()]{1,60}\)",
        ),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        screen=("(", r"\((?:file ?)?(?:photo|foto|image)s?(?:, ?| ?: ?| |/)"),
    ),
    Family(
        kind="photo-caption",
        # A caption closed by a file-photo credit: "About 80 percent consider Saudi Arabia as an
        # ally ... (File/Shutterstock)" (Arab News and its reposts), "(AFP/File)", "(Reuters/
        # File)" (Arab News, Asharq Al-Awsat, Gulf sites).
        whole=(r"[^\"“”]{10,400}\((?:file ?/ ?[^()/]{1,40}|[^()/]{1,40}/ ?file)\)",),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        screen=("/", r"\(file ?/|/ ?file\)"),
    ),
    Family(
        kind="photo-caption",
        # A caption closed by a copyright credit in brackets: "Il y a désormais 3 millions de
        # cas confirmés de Covid-19 dans le monde. (©(AP PHOTO/RODRIGO ABD)" (LFM and other
        # Swiss sites carrying Keystone-ATS: "(© KEYSTONE/EPA/...)").
        whole=(r"[^\"“”()]{10,400}\(© ?\(?[^()]{1,80}\)\)?",),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        screen=("©", r"\(© ?"),
    ),
    Family(
        kind="photo-caption",
        # A caption closed, after its sentence, by "Photo : <agency>/<photographer>": "Un homme
        # marche dans une rue couverte de neige à Boston, samedi matin. Photo: AP/Michael
        # Dwyer" (Radio-Canada and its reposts: "Photo : Getty Images/Joseph Prezioso",
        # "Photo : La Presse canadienne/Sean Kilpatrick"). The slash between agency and
        # photographer is the credit's mark; a story sentence has no such tail.
        whole=(r"[^\"“”]{10,400}[.!?] photo ?: ?[^./:()]{1,40}/[^./:()]{1,60}",),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        screen=("/", r"[.!?] photo ?: ?[^./:()]{1,40}/"),
    ),
    Family(
        kind="photo-caption",
        # A caption closed by a picture agency's credit with its photographer's name: "La
        # foto, tomada con un dron el 20 de julio de 2024, muestra la presa de las Tres
        # Gargantas ... (Xinhua/Xiao Yijiu)" (Xinhua in every language, and the sites carrying
        # it), "(EFE/Juan Pérez)", "(AFP/Getty Images)". Names in capitals on both sides of the
        # slash, two words after it, closing the line without a full stop: "(his/her)" or
        # "... both houses (Senate/House)." in a story sentence is not one.
        whole=(r"[^\"“”]{10,600}\([a-z][^()/]{1,30}/[^()/]{2,60}\)",),
        no_speech=True,
        max_chars=MAX_CAPTION_CHARS,
        confirm=r"[^\"“”]{10,600}\([A-Z][\w.&'’ -]{1,30}/[A-Z][\w.'’-]{1,30}"
        r"(?: [A-Z][\w.'’-]{1,30}){1,3}\)(?!\.)",
        screen=("/", r"\([a-z][^()/]{1,30}/"),
    ),
    Family(
        kind="site-menu",
        # A category with its count of items, alone on its line: "United Kingdom (238)"
        # (Joomla K2 and WordPress category widgets). Only over the story (see
        # CATEGORY_COUNT): under its lead, "Labour (202)" or "John Smith (62)" is a list.
        whole=(r"[a-z][\w&'’-]{0,20}(?: [\w&'’-]{1,20}){0,3} \(\d{1,5}\)",),
        confirm=CATEGORY_COUNT_CONFIRM,
        screen=("(", r" \(\d{1,5}\)"),
    ),
    Family(
        kind="page-stamp",
        # Page stamps in French, Spanish and Portuguese, and WordPress's English one, alone on
        # their line; each has a weekday, a label or a clock time, so that a wrapped line ending
        # a sentence with a date is never one.
        whole=(
            # "Publié le Dimanche 02 avril 2023" (Arab News en français), "Mis à jour le 3 mai
            # 2021 à 10h15" (French news sites).
            r"(?:publi\S{1,2}|mis \S{1,2} jour)(?: le)? (?:" + FR_WEEKDAY + r" )?\d{1,2}(?:er)? "
            + FR_MONTH + r" \d{4}(?:,? (?:\S{1,2} )?\d{1,2}(?:h|:)\d{2})?",
            # "SÁBADO, 23 DE NOVIEMBRE DE 2024 · 14:06h." (DCLM and other Spanish sites'
            # headers: the day the page was seen).
            ES_WEEKDAY + r",? \d{1,2} de " + ES_MONTH + r",? de \d{4}"
            r"(?: ?[·|-] ?\d{1,2}:\d{2} ?h?)?",
            # "sexta-feira ,29 março 2024" (Portuguese WordPress themes' date bar).
            PT_WEEKDAY + r" ?,? ?\d{1,2}(?: de)? " + PT_MONTH + r"(?: de)? \d{4}",
            # WordPress's default date and time: "May 09, 2021 at 6:57pm" (GNA, blogs).
            MONTH + r" \d{1,2},? \d{4},? at \d{1,2}:\d{2} ?(?:[ap]\.?m\.?)?",
            # Joomla K2's item stamp, its author left empty: "Monday, 03 February 2020 01:45
            # Written by" (Oases News; with a name after it, the byline cleaner's line).
            WEEKDAY + r",? \d{1,2} " + MONTH + r",? \d{4} \d{1,2}:\d{2} written by",
            # A labelled date: "Time: May 01, 2019" (WordPress news themes). ("Date: May 1,
            # 2019" stays: a press release's event block writes it over "Venue: ...".)
            r"time\s?: ?" + MONTH + r" \d{1,2},? \d{4}"
            r"(?: \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?",
        ),
        standalone=True,
    ),
    Family(
        kind="page-stamp",
        # A bare date or the remnant of a stamp, alone on its line; not standalone (in wrapped
        # copy such a line may end a sentence): "31.05.2022", "31 DE MAYO" (DCLM), "Publié"
        # over "," over "le" where the page's script wrote the date (LFM; the "," and "le"
        # go with it, see STAMP_REMNANT).
        whole=(
            r"\d{2}\.\d{2}\.\d{4}",
            r"\d{1,2} de (?:" + ES_MONTH[3:-1] + "|" + PT_MONTH[3:-1] + r")(?: de \d{4})?",
            # "Wednesday, 03 July 2024": the day a page was seen (Joomla K2 category pages).
            WEEKDAY + r",? \d{1,2} " + MONTH + r",? \d{4}",
            r"(?:publi\S{1,2}|mis \S{1,2} jour)(?: le)?",
        ),
    ),
    Family(
        kind="social-promo",
        # "Follow us" rows in French, Spanish and Portuguese: "Rejoignez-nous" (LFM), "Suivez-
        # nous sur Facebook", "Síguenos en Facebook Síguenos en Twitter Síguenos en YouTube"
        # (DCLM, Spanish sites), "Siga-nos no Instagram" (Brazilian sites).
        whole=(
            r"(?:rejoignez|suivez)-nous(?: sur [a-z]{2,20})?",
            r"(?:s\S{1,2}guenos(?: en [a-z]{2,20})? ?){1,6}",
            r"(?:siga-nos(?: n[oa] [a-z]{2,20})? ?){1,6}",
        ),
    ),
    Family(
        kind="comment-form",
        # A comment link's label in Spanish, Portuguese or French, alone or with its count:
        # "comentarios" (DCLM), "0 comentários", "3 commentaires".
        whole=(r"(?:\d{1,5} )?(?:comentarios|coment\S{1,2}rios|commentaires?)",),
    ),
    Family(
        kind="site-widget",
        whole=(
            # Arab News' share box: "Short Url" over the page's short link (Arab News en
            # français on every stored page, and its reposts). (A search plugin's filter labels
            # over a page, "Generic selectors" ..., were seen on one site only: not taken.)
            r"short ?url",
        ),
    ),
    Family(
        kind="site-crumb",
        # The crumb of the Newspaper WordPress theme (tagDiv) on listing pages, its separators
        # drawn as icons: "Home Blog Page 133" (APP's app.com.pk, thechronicle.com.gh,
        # centreline.com.pk), "Inicio Blog Página 47" (its Spanish, redaccionsaladillo.com.ar),
        # "Accueil Blog Page 747" (its French, ilesdelamadeleine.com), "Início Blog Página 2".
        whole=(
            r"home blog(?: page \d{1,5})?",
            r"in\S{1,2}cio blog(?: p\S{1,2}gina \d{1,5})?",
            r"accueil blog(?: page \d{1,5})?",
        ),
    ),
    Family(
        kind="site-notice",
        # The footer a feed plugin (Yoast SEO) adds to each item, in the blog's language: "The
        # post <title> appeared first on <site>.", "La entrada <title> se publicó primero en EFE
        # Noticias." (noticiaslatino.com), "L'article <title> est apparu en premier sur <site>.",
        # "O post <title> apareceu primeiro em <site>."
        whole=(
            r"the post .{1,300} appeared first on \S[^,;]{0,60}",
            r"la entrada .{1,300} se public\S{1,2} primero en \S[^,;]{0,60}",
            r"l['’]article .{1,300} est apparu en premier sur \S[^,;]{0,60}",
            r"o post .{1,300} apareceu primeiro em \S[^,;]{0,60}",
        ),
        # The site's name closes it, without a comma, in capitals or as a domain: "..., the MP
        # said.", "... se publicó primero en el boletín oficial." and "The post office appeared
        # first on Main Street in 1890." are a story's.
        no_speech=True,
        confirm=r"(?:The post|La entrada|L['’]article|O post) .{1,300} (?:appeared first on|se "
        r"public\S{1,2} primero en|est apparu en premier sur|apareceu primeiro em) "
        r"(?:[\w-]{1,40}\.[a-z]{2,6}\b[^,;\s]{0,40}|" + SITE_NAME + r")\.?",
        max_chars=MAX_CAPTION_CHARS,
    ),
)

# Debris in other scripts, which the screen cannot read (it reads fragments in ASCII only): a
# text is cut into units for them when it holds one of OTHER_SCRIPT_WORDS (in lower case), and
# its units are judged by these families like by the others.
OTHER_SCRIPT_FAMILIES: tuple[Family, ...] = (
    Family(
        kind="related-links",
        # Russian headings over other stories' titles: "Новости" ("News", closing interfax.ru's
        # pages), "Другие новости", "Последние новости", "Читайте также" ("Read also"),
        # "По теме" ("On the topic"; Russian news sites).
        whole=(r"(?:(?:другие|последние|главные|все) )?новости", r"читайте также", r"по теме"),
    ),
)
OTHER_SCRIPT_WORDS = ("новости", "читайте также", "по теме")

# A promo block at the end often signs off: such a line closes it as a subscription promo.
CLOSING_LINE = re.compile(
    r"(?:thank you|thanks|thanks for reading|thank you for reading)[\s.!]{0,3}", re.IGNORECASE
)
CLOSING_KIND = "subscription-promo"

# Debris kinds that can carry a closing line after them at the end ("Thank you!").
PROMO_KINDS = frozenset(
    {"cookie-notice", "comment-form", "subscription-promo", "social-promo", "related-links",
     "wire-notebook"}
)

# Debris kinds after which the listed lines at the end (titles, notes, links) go with them.
LISTING_KINDS = frozenset({"related-links", "wire-notebook"})

# An embedded tweet's text ends with the tweet's own link: "... homophones. pic.twitter.com/5xKg",
# "... w misspelling. https://t.co/p9QPZsr2yv" (see the tweet-embed family).
TWEET_LINK = re.compile(r"(?:pic\.twitter\.com|https?://t\.co)/\w{4,20}$")

# A credit label before a wire service's name alone on a line: "Source: Xinhua", "Via: AP".
CREDIT_LABEL = re.compile(r"^(?:source|credit|via)(?:\s?:\s?|\s{1,2})", re.IGNORECASE)

# A site's masthead with its tagline, which a scraper may glue to the start of the next line
# (so it is taken as a prefix of a unit, not only as a whole one): "Today.Az Covering
# Azerbaijan inside and outside Today.Az Baku urges Yerevan ..." (Today.Az RSS pages).
BANNER = re.compile(r"today\.az covering azerbaijan inside and outside\b", re.IGNORECASE)
# The banner's words as the screen reads them (a folded text is in lower case): a text without
# them holds no banner. (A text with a case trap is not folded, and is judged whole.)
BANNER_WORDS = "today.az covering azerbaijan inside and outside"
BANNER_KIND = "site-banner"

# A teaser's link to the whole story, glued to its truncated last sentence: "... The President
# signed... read full story" (WN, aggregators), "… Continue reading". Only the link goes.
# (Each holds an ellipsis or "continue reading": the screen looks for those first.)
TEASER_TAIL = re.compile(
    r"(?:(?<=\.\.\.)|(?<=…)) ?(?:read (?:the )?full (?:story|article)|continue reading|read more"
    # ... and in Spanish, French and Portuguese feeds: "… Leer más" (EFE's feed on
    # noticiaslatino.com, WordPress in Spanish), "… Lire la suite", "… Leia mais".
    r"|leer m\S{1,2}s|lire la suite|leia mais)$"
    # WordPress's link after an excerpt's last whole sentence: "... Miami, Florida. Continue
    # reading" (blogs' archive pages), "Continue reading →".
    r"|(?<=[.!?\"”]) continue reading(?: ?[→»›])?$",
    re.IGNORECASE,
)
# For the screen: a text holds a teaser's link only if it holds one of these (in lower case).
TEASER_TAIL_WORDS = ("read full story", "read the full story", "read full article",
                     "read the full article", "continue reading", "read more", "leer m",
                     "lire la suite", "leia mais")
TEASER_TAIL_KIND = "teaser-link"

# A teaser list item starts with a bullet: "• Armenians violate ceasefire 18.04.2015 10:32".
TEASER_BULLET = re.compile(r"[•·▪■►]\s")

# A page's article toolbar glued to the start of a line, before the line's own text: "0
# Comment(s)Print E-mail Xinhua, December 01, 2017" (china.org.cn: comment count, print and
# mail links, then the source line, which stays for the agencies cleaner). Only the toolbar goes.
TOOLBAR = re.compile(r"\d{1,5} comment\(s\) ?print ?e-?mail\b ?", re.IGNORECASE)
# The toolbar's word as the screen reads it: a text without it holds no toolbar.
TOOLBAR_WORDS = "comment(s)"
TOOLBAR_KIND = "site-widget"

# A press release's summary bullets, between its dateline and its lead: "SINGAPORE, Feb. 2,
# 2017 /PRNewswire-AsiaNet/ --" over "- New Appointment Helps Essence Meet Increasing Demand
# for Data-Driven Solutions in Australia and APAC" (PR Newswire, its partner wires).
# (PR Newswire's own dateline form, "/PRNewswire/ --", "/PRNewswire-AsiaNet/ --".)
RELEASE_DATELINE_END = re.compile(r"/PR ?Newswire(?:-[\w-]{1,20})?/ ?(?:--|–|—)$", re.IGNORECASE)
# The service's name as the screen reads it: a text without it holds no such dateline.
RELEASE_DATELINE_WORDS = ("prnewswire", "pr newswire")
SUMMARY_BULLET = re.compile(r"[-–•*] \S")
# A summary bullet is a title: at least this share of its longer words are capitalized
# ("- New Appointment Helps Essence Meet ..."), where a list item in the story is a sentence.
TITLE_CASE_SHARE = 0.7
TITLE_WORD_MIN_CHARS = 4
SUMMARY_KIND = "release-summary"

# dpa's notebook heading over notes to editors ("## Note to editors" over "- adds head of UNGA
# in grafs 7-11"): the dashed items under it are notes, not story.
NOTEBOOK_ITEMS_HEADING = re.compile(r"#{1,3} (?:dpa )?note to editors", re.IGNORECASE)
NOTEBOOK_ITEM = re.compile(r"- \S")

# A page's summary of the story printed above it, which the story then repeats word for word
# (Devdiscourse: the meta description, its sentences run together, "... on Sunday.Shah made
# these comments ..."). The summary goes when its words, at least this many, open a later unit
# and run on through the units after it. It is looked for among the first units only.
MIN_LEAD_WORDS = 15
LEAD_SEARCH_UNITS = 8
# A cheap first look for such a repeat: the opening characters of one of a text's first lines,
# at least this long, that stand again further down (only then is the text cut into units).
LEAD_PROBE_CHARS = 60
LEAD_PROBE_LINES = 8
DUPLICATE_LEAD_KIND = "duplicate-lead"
WORD = re.compile(r"[^\W_]+")

# A tag box's label alone on its line, over bulleted tags: "• Country:" over "• India"
# (Devdiscourse). The short bulleted items under it in its run of lines are its tags.
MAX_TAG_CHARS = 40

# KUNA's end mark, with the desk's initials, glued to the story's last sentence: "... upon His
# Highness the Amir. (end) hb", "... in the Arab world.(end)" (KUNA, and MENAFN's copies of it).
# Only the mark goes.
END_MARK = re.compile(r"(?<=[.!?\"”’]) ?\(end\)(?: [a-z]{2,4}){0,3}$")
END_MARK_WORDS = "(end)"
END_MARK_KIND = "wire-header"

# A page's counter alone on its line, a number and nothing else: the comment count under a title
# ("0" over "LODHRAN, Aug 03 (APP): ...", the Newspaper WordPress theme on app.com.pk and other
# sites), a gallery's picture count ("4" over a caption, Arab News). Debris only before or after
# the story, never between two story paragraphs (a numbered section's number, a table's cell).
COUNTER = re.compile(r"\d{1,4}")

# The category-count line ("United Kingdom (238)", the site-menu family that confirms with it)
# is a widget only above the story's first paragraph: below it, a line of a name and a number in
# brackets is a list of the story's, election seats ("Labour (202)") or the dead and their ages
# ("John Smith (62)"), and stays.
CATEGORY_COUNT = re.compile(CATEGORY_COUNT_CONFIRM)
COUNTER_KIND = "site-widget"

# A photo caption printed twice in a row, as the image's alt text and as its caption, and closed
# by a bracketed credit: "A member of the GNA carries a weapon in Ain Zara, Tripoli, Libya
# October 14, 2019. (Reuters)" twice (Asharq Al-Awsat's pages, twice over: above the title and
# under it). A story paragraph is not printed twice in one run of lines.
CLOSING_CREDIT = re.compile(r"\(([^()]{2,40})\)\.?$")
CAPTION_CREDIT_WORDS = re.compile(r"\b(?:photo|foto|file|image)s?\b", re.IGNORECASE)
DOUBLED_CAPTION_KIND = "photo-caption"

# An image's alt text, alone on its line right above the caption that starts with the same words
# ("Un homme marche dans une rue couverte de neige." over "Un homme marche dans une rue couverte
# de neige à Boston, samedi matin. Photo: AP/Michael Dwyer", Radio-Canada's pages and reposts).
MIN_ALT_CHARS = 20

# What is left of a stamp whose date and time a page's script was to write, in the lines right
# under its label: "Publié" over "," over "le" (LFM, French WordPress themes: "Publié , le").
# Only under a stamp, before the story.
STAMP_REMNANT = re.compile(r"[,|·•-]|le|à|el|em|on|at", re.IGNORECASE)

# Placing debris against the story (see the cleaner): a story paragraph is a sentence of at
# least this many words; a line doubled above it reads as a caption with at least this many; at
# least this many titles without bullets under a related-links heading make a list.
MIN_PARAGRAPH_WORDS = 8
MIN_CAPTION_WORDS = 5
MIN_LISTED_TITLES = 2

# The title printed again further down, alone on its line: Asharq Al-Awsat's title under its
# photo, an image's alt text in the story (app.com.pk). At most this many words (a title).
MAX_TITLE_WORDS = 30
REPEATED_TITLE_KIND = "duplicate-title"

# A picture's credit glued to the dateline that opens the story, without a space: "NASA/Bill
# Ingalls(WASHINGTON) — Legendary moonwalker ...", "iStock/Thinkstock(MOSCOW) -- Some of ...",
# "Architect of the Capitol(WASHINGTON) -- ..." (ABC News Radio's copy on its affiliates' sites).
# Only the credit goes; the dateline stays for the dateline cleaner. A story's words are never
# glued to a bracketed city in capitals and a dash.
GLUED_CREDIT = re.compile(
    r"[^\s()][^()\n]{0,60}?[^\s(](?=\([A-Z][A-Z .,'’-]{1,40}\) ?(?:--|—|–) )"
)
# What GLUED_CREDIT looks ahead to, alone: the screen searches a whole text for this, since
# GLUED_CREDIT itself, tried at every character with its lazy run, cost 0.8 ms an article.
GLUED_CREDIT_DATELINE = re.compile(r"\([A-Z][A-Z .,'’-]{1,40}\) ?(?:--|—|–) ")
GLUED_CREDIT_KIND = "photo-credit"

# The kind given to units matched by the config's extra_phrases.
EXTRA_PHRASE_KIND = "boilerplate"


@dataclass(frozen=True)
class CompiledFamily:
    kind: str
    whole: re.Pattern[str] | None
    labels: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    max_chars: int = MAX_DEBRIS_CHARS
    no_speech: bool = False
    standalone: bool = False
    confirm: re.Pattern[str] | None = None


def _alternation(fragments: tuple[str, ...], before: str = "", after: str = ""
                 ) -> re.Pattern[str] | None:
    if not fragments:
        return None
    return re.compile(before + "(?:" + "|".join(fragments) + ")" + after, re.IGNORECASE)


# Closing punctuation and a stray bullet do not change what a whole line is.
WHOLE_BEFORE = r"[•·\-*>\s]{0,3}"
WHOLE_AFTER = r"[\s.!:?…»]{0,4}"


def compile_family(family: Family) -> CompiledFamily:
    return CompiledFamily(
        kind=family.kind,
        whole=_alternation(family.whole, WHOLE_BEFORE, WHOLE_AFTER),
        labels=_alternation(family.labels),
        phrases=_alternation(family.phrases),
        max_chars=family.max_chars,
        no_speech=family.no_speech,
        standalone=family.standalone,
        confirm=re.compile(WHOLE_BEFORE + family.confirm + WHOLE_AFTER) if family.confirm else None,
    )


COMPILED_FAMILIES: tuple[CompiledFamily, ...] = tuple(
    compile_family(f) for f in (*FAMILIES, *OTHER_SCRIPT_FAMILIES)
)


def extra_phrase_family(phrases: list[str]) -> Family | None:
    """A family for plain config phrases, matched literally like the built-in ``phrases``."""
    escaped = tuple(re.escape(" ".join(phrase.split())) for phrase in phrases if phrase.strip())
    return Family(kind=EXTRA_PHRASE_KIND, phrases=escaped) if escaped else None
