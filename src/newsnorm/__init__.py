"""newsnorm: raw wire-service articles in, clean, validated, lossless JSONL records out.

One article becomes a :class:`Record` (the contract of ``newsnorm schema``):

>>> from newsnorm import normalize
>>> record = normalize("LONDON, March 3 (Reuters) - Oil prices rose on Tuesday.",
...                    reference_date="2024-03-05")
>>> record.dateline.city, record.dateline.date, record.agencies, record.body
('London', '2024-03-03', ['Reuters'], 'Oil prices rose on Tuesday.')
>>> record.to_json()[:40]
'{"schema_version":"1","id":"070f2881b398'

Many articles go through :func:`normalize_many`, which takes texts or objects of the JSONL input
form and yields records lazily:

>>> [r.source.path for r in normalize_many(["Talks resumed.", {"text": "Talks.", "id": 7}])]
['<text>:1', '<text>:2']

A :class:`Pipeline` is built once from a configuration (a :class:`Config`, a dict shaped like
the TOML file, or a TOML path) and reused; it, the config and records are plain picklable
objects, so a process pool or a cluster can ship them:

>>> import pickle
>>> pipeline = Pipeline.from_config(as_config({"pipeline": {"disable": ["quotes"]}}))
>>> "quotes" in pickle.loads(pickle.dumps(pipeline)).names
False
>>> normalize("Peace talks resumed.", pipeline=pipeline).body
'Peace talks resumed.'
"""

from newsnorm.cleaners.base import Cleaner
from newsnorm.config import Config, ConfigError, load_config
from newsnorm.model import Record
from newsnorm.normalize import as_config, normalize, normalize_many
from newsnorm.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Cleaner", "Config", "ConfigError", "Pipeline", "Record", "__version__", "as_config",
           "load_config", "normalize", "normalize_many"]
