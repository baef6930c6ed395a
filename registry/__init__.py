"""The anonymous contact registry of single questions (enkelvoudige vragen) and its reports.

It stores no free text that has not been de-identified, and knows nothing of channels or chat
platforms: callers hand it a finished ``ContactRecord``.
"""

from registry.records import ContactRecord

__all__ = ["ContactRecord"]
