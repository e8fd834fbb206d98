"""Collection rules for the whole tree (tests/ and the doctests in src/newsnorm)."""

from __future__ import annotations

import importlib.util

# Modules that need an optional extra: their doctests run only where it is installed (the nox
# tests session installs every extra; tests/test_datatrove.py says when it skips).
collect_ignore_glob = [] if importlib.util.find_spec("datatrove") else [
    "src/newsnorm/integrations/datatrove.py"]
