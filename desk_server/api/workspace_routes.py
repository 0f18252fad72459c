"""The workspace's route modules (issue 16), in the order app.py mounts them (before api/tickets.py)."""
from __future__ import annotations

from . import changes, history_requests, ticket_actions, ticket_statuses

MODULES = (ticket_actions, ticket_statuses, changes, history_requests)
