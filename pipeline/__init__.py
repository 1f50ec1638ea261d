"""Chinese academic articles (noisy PDF/OCR text) to verifiable, dated, cited claims."""

from .api import process, process_text

__all__ = ["process", "process_text"]
