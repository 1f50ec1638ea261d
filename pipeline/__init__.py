"""Chinese academic articles (noisy PDF/OCR text) to verifiable, dated, cited claims.

    from pipeline import process
    doc = process("corpus/001_47aa3352bd7784b9.txt")
    doc.claims          # the contract's claim records
    doc.records()       # … and the document record, as `claims run` writes them
"""

from .api import process, process_text
from .document import Document
from .engine import Config, ConfigError, Pipeline, Stage, build, register

__all__ = ["Config", "ConfigError", "Document", "Pipeline", "Stage", "build", "process", "process_text", "register"]
