"""Fixtures shared by the server tests (the engine-level ones are in tests/conftest.py)."""
from __future__ import annotations

import pytest

from .ticket_support import World, make_world


@pytest.fixture
def world(api) -> World:
    """A small client registry of its own (ids in `World`) in the demo database of the test."""
    return make_world(api)
