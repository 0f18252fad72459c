"""Fault modes and connection accounting, observed through librouteros and raw sockets."""

from __future__ import annotations

import socket
import time

import librouteros
import pytest
from librouteros.exceptions import ConnectionClosed, FatalError, LibRouterosError, ProtocolError, TrapError

pytestmark = pytest.mark.timeout(30)

USER, PASSWORD = "admin", "secret"


def connect(router, timeout: float = 5.0) -> librouteros.Api:
    return librouteros.connect("127.0.0.1", USER, PASSWORD, port=router.port, timeout=timeout)


@pytest.fixture
def router(make_router):
    return make_router(sessions=10, max_sessions=20)


def test_unknown_fault_and_option_are_rejected(router):
    with pytest.raises(ValueError):
        router.set_fault("explode")
    with pytest.raises(TypeError):
        router.set_fault("slow", delay=1, bogus=2)
    with pytest.raises(TypeError):
        router.set_fault("max_sessions")


def test_slow_reply_delays_but_answers(router):
    api = connect(router)
    router.set_fault("slow", delay=0.6)
    started = time.monotonic()
    assert len(list(api.path("/ppp/active"))) == 10
    assert time.monotonic() - started >= 0.6
    router.set_fault(None)
    started = time.monotonic()
    list(api.path("/ppp/active"))
    assert time.monotonic() - started < 0.6
    api.close()


def test_slow_per_sentence(router):
    api = connect(router)
    router.set_fault("slow", delay=0.04, per_sentence=True)
    started = time.monotonic()
    assert len(list(api.path("/ppp/active"))) == 10
    assert time.monotonic() - started >= 11 * 0.04
    api.close()


def test_slow_beyond_client_timeout_times_out(router):
    router.set_fault("slow", delay=1.0)
    with pytest.raises(TimeoutError):  # socket.timeout is TimeoutError
        connect(router, timeout=0.3)


def test_hang_never_answers_and_does_not_leak_the_connection(router):
    api = connect(router, timeout=0.4)
    router.set_fault("hang")
    with pytest.raises(TimeoutError):
        list(api.path("/system/identity"))
    api.close()
    assert router.wait_for_connections(0, timeout=3)
    # New connections are accepted (TCP works) but login hangs too.
    with pytest.raises(TimeoutError):
        connect(router, timeout=0.3)
    router.set_fault(None)
    api = connect(router)
    assert list(api.path("/system/identity"))
    api.close()


def test_drop_cuts_the_connection_mid_reply(router, rawkit):
    api = connect(router)
    router.set_fault("drop", after=3)
    with pytest.raises(ConnectionClosed):
        list(api.path("/ppp/active"))
    api.close()
    router.set_fault(None)
    raw = rawkit.connect(router.port)
    raw.login()
    router.set_fault("drop", after=3)
    raw.send("/ppp/active/print")
    assert [raw.read_sentence()[0] for _ in range(3)] == ["!re"] * 3
    with pytest.raises(EOFError):
        raw.read_sentence()


def test_drop_during_login(router):
    router.set_fault("drop")
    with pytest.raises(ConnectionClosed):
        connect(router)


def test_garbage_is_a_protocol_error(router):
    api = connect(router, timeout=1)
    router.set_fault("garbage")
    with pytest.raises(ProtocolError):
        list(api.path("/ppp/active"))
    api.close()


def test_garbage_random_mode_breaks_the_client(router):
    router.set_fault("garbage", mode="random")
    # Random bytes may parse as a bogus length (timeout), a bad control byte
    # (ProtocolError) or a word without '=' (ValueError): all are failures.
    with pytest.raises((LibRouterosError, OSError, ValueError, IndexError)):
        api = connect(router, timeout=0.5)
        list(api.path("/ppp/active"))


def test_wrong_login_refuses_correct_credentials(router):
    router.set_fault("wrong_login")
    with pytest.raises(TrapError, match=r"invalid user name or password \(6\)"):
        connect(router)
    router.set_fault(None)
    connect(router).close()


def test_max_sessions_closes_extra_connections(make_router):
    router = make_router(sessions=5, max_sessions=3)
    apis = [connect(router) for _ in range(3)]
    assert router.active_connections == 3
    with pytest.raises(ConnectionClosed):
        connect(router)
    assert router.active_connections == 3
    apis.pop().close()
    assert router.wait_for_connections(2)
    apis.append(connect(router))
    assert router.max_seen_connections == 3
    for api in apis:
        api.close()
    assert router.wait_for_connections(0)


def test_max_sessions_fault_lowers_limit_with_fatal(router):
    first = connect(router)
    router.set_fault("max_sessions", limit=1, over_limit="fatal")
    with pytest.raises(FatalError, match="too many connections"):
        connect(router)
    router.set_fault(None)
    second = connect(router)
    first.close()
    second.close()


def test_refuse_closes_the_port_and_existing_connections(router):
    port = router.port
    api = connect(router)
    router.set_fault("refuse")
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    with pytest.raises((ConnectionClosed, OSError)):
        list(api.path("/system/identity"))
    api.close()
    assert router.active_connections == 0
    router.set_fault(None)
    assert router.port == port
    api = connect(router)
    assert list(api.path("/system/identity"))
    api.close()


def test_connection_accounting(router):
    apis = [connect(router) for _ in range(5)]
    assert router.active_connections == 5
    assert router.max_seen_connections == 5
    for api in apis:
        api.close()
    assert router.wait_for_connections(0)
    assert router.max_seen_connections == 5
    router.reset_max_seen_connections()
    assert router.max_seen_connections == 0


def test_stop_then_port_refused(make_router):
    router = make_router(sessions=1)
    port = router.port
    api = connect(router)
    router.stop()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    with pytest.raises((ConnectionClosed, OSError)):
        list(api.path("/system/identity"))
    api.close()
