"""newsnorm: raw wire-service articles in, clean, validated, lossless JSONL records out.

>>> from newsnorm import normalize
>>> normalize("Peace talks resumed.").body
'Peace talks resumed.'
"""

from newsnorm.config import Config, load_config
from newsnorm.model import Record
from newsnorm.normalize import normalize, normalize_many
from newsnorm.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Config", "Pipeline", "Record", "__version__", "load_config", "normalize",
           "normalize_many"]
