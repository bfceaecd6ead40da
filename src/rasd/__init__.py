"""rasd: Arabic news articles in, structured event records out."""

from rasd.document import Document, Span, TextView
from rasd.errors import DataFileError, InputError, RasdError
from rasd.pipeline import extract, extract_record

__all__ = [
    "DataFileError",
    "Document",
    "InputError",
    "RasdError",
    "Span",
    "TextView",
    "extract",
    "extract_record",
]
__version__ = "0.1.0"
