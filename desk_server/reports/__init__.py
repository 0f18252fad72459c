"""PDF documents (reportlab): one module per document, one shared page frame (frame.py)."""
