"""Pydantic request/response models, one module per resource (never ORM objects on the wire)."""
