"""E-mail: templates and their variables, the transactional outbox, the SMTP sender (one per
deployment, by a lease row), the protocol receipt."""
