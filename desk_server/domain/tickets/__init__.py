"""Ticket rules with no HTTP in them: protocol reservation, lifecycle, linking, search hooks."""
