"""Generated from ui_forms/*.ui by tools/build_ui.py — do not edit."""
