"""Bridges to other data tools; each module needs its tool installed (an optional extra).

- :mod:`newsnorm.integrations.datatrove`: reader, normalizing step and writer adapter for
  datatrove pipelines (``pip install 'newsnorm[datatrove]'``), so one job runs on datatrove's
  local, Slurm or Ray executors.
"""
