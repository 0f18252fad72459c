"""Service orders (O.S.): slots and the overlap rule (slots.py), the status catalogue (statuses.py),
booking and changes against the database with the technician locked (booking.py)."""
