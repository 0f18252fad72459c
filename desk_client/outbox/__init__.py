"""The persistent outbox: tickets and their follow-ups written to disk before they are sent, then
sent in order (with their idempotency keys) by the OutboxSender; the status-bar indicator shows
what is waiting. `jsonfiles` writes the outbox's and the drafts' files safely."""
