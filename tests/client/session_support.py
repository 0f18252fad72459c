"""Recorded sessions for the client's widget tests (test modules import these, never each other): a
FakeApi (tests/client/fake_api.py) that must have answered every request it got, and the login dialog
made to use it."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from .fake_api import FakeApi

CANNED = Path(__file__).resolve().parent / "canned"
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers


def checked(fake: FakeApi):
    """For a fixture (`yield from checked(fake)`): `fake`, then every request it got had its answer."""
    yield fake
    assert fake.unanswered == []  # every request of the session had its recorded answer
    fake.close()


@pytest.fixture(name="api")
def empty_api(qapp):
    """The fixture `api`: an empty FakeApi, checked after the test (a module that imports `empty_api`
    gets it)."""
    yield from checked(FakeApi())


def login_makes(controller, fake: FakeApi) -> FakeApi:
    """The login dialog makes `fake` whatever server address is typed."""
    controller.make_api = lambda _url: fake
    return fake


def recorded_api(controller, requests: list[dict], *, as_recorded: bool = False, same=None):
    """For a fixture (`yield from recorded_api(...)`): a FakeApi the login dialog makes, which answers as
    the live server answered the recorded `requests` (`FakeApi.replay`, or `replay_as_recorded` for a
    recording that keeps 201/204), checked after the test."""
    fake = FakeApi()
    (fake.replay_as_recorded if as_recorded else fake.replay)(requests, same=same)
    yield from checked(login_makes(controller, fake))


def operator_fake_api(qapp, **user) -> FakeApi:
    """A FakeApi signed in as the demo operator (`user` adds to its user, e.g. id), the app's pt_BR
    locale and style installed."""
    from desk_client import i18n, style

    from .live_support import DEMO_USERS

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    role, name = DEMO_USERS["operador"]
    return FakeApi({**user, "username": "operador", "role": role, "name": name})
