"""Shared building blocks of the windows: value formats, status words, record tables, the saving
dialog and the administration list window base."""
