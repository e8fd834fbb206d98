r"""A newsnorm cleaner from outside newsnorm: take press-contact lines off the end of a story.

Press releases carried by the wires end with who to call: ``Media contact: Jane Doe``,
``Email: press@example.com``, ``Tel: +1 202 555 0100``. They are not story, and newsnorm's
built-in cleaners keep them. This cleaner removes such lines from the end of the text, each
recorded as a removal of kind ``contact`` (newsnorm's "nothing is lost" check sees them there),
and only at the end: a story sentence that mentions an e-mail address stays.

It works on the raw lines, so it belongs before ``reflow`` in ``pipeline.order``.

>>> from newsnorm.document import Document
>>> doc = Document("Acme Corp. said profit rose.\n\nMedia contact: Jane Doe\n"
...                "Email: press@acme.example\n+1 202 555 0100\n")
>>> Contacts().clean(doc)
>>> doc.text
'Acme Corp. said profit rose.\n\n'
>>> [(removal.kind, removal.text) for removal in doc.removed]  # doctest: +NORMALIZE_WHITESPACE
[('contact', 'Media contact: Jane Doe'), ('contact', 'Email: press@acme.example'),
 ('contact', '+1 202 555 0100')]
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from newsnorm.cleaners import Cleaner
from newsnorm.document import Document

KIND = "contact"

# The labels a contact line starts with, before a colon ("Press contact:", "E-mail:").
LABELS = ("contact", "contacts", "media contact", "press contact", "media inquiries", "email",
          "e-mail", "tel", "telephone", "phone", "fax")
LINE = re.compile(r"[^\n]*\n?")  # a line with its newline, so a removed line leaves no gap
# A line that is nothing but an e-mail address or a phone number.
BARE_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()./-]{6,}\d")


class ContactsOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt option is an error naming the key
    # More labels for contact lines, matched at a line start before a colon, in any case.
    extra_labels: list[str] = Field(default_factory=list)


class Contacts(Cleaner):
    """Remove press-contact lines (e-mail, phone, "Media contact:") from the end of a story."""

    name = "contacts"
    Options = ContactsOptions

    def __init__(self, options: BaseModel | dict | None = None) -> None:
        super().__init__(options)
        labels = sorted({*LABELS, *(label.lower() for label in self.options.extra_labels)},
                        key=len, reverse=True)
        alternatives = "|".join(re.escape(label) for label in labels)
        self.labelled = re.compile(rf"(?:{alternatives})\s*:", re.IGNORECASE)

    def clean(self, doc: Document) -> None:
        spans = []
        for line in reversed(list(LINE.finditer(doc.text))):
            text = line.group().strip()
            if not text:
                continue
            if not (self.labelled.match(text) or BARE_ADDRESS.fullmatch(text)):
                break  # the story ends here: contact lines count only after it
            spans.append((line.start(), line.end(), KIND))
        if spans:
            self.take_many(doc, spans)
