"""`/ip/address` and `mac-address` on interface rows, driven by the real librouteros client (issue 15)."""
from __future__ import annotations

import re

import librouteros
import pytest
from librouteros.exceptions import TrapError
from librouteros.query import Key

pytestmark = pytest.mark.timeout(30)

USER, PASSWORD = "admin", "secret"
SUBSCRIBERS = [{"name": "ana.souza", "address": "100.64.1.10"}, {"name": "bruno.lima", "address": "100.64.1.11"}]
MAC = r"^[0-9A-F]{2}(:[0-9A-F]{2}){5}$"


@pytest.fixture
def api(make_router):
    router = make_router(identity="RB-Centro", logins=SUBSCRIBERS)
    api = librouteros.connect("127.0.0.1", USER, PASSWORD, port=router.port, timeout=5)
    yield api
    api.close()


def _static(api) -> list[dict]:
    return [r for r in api.path("/ip/address") if r["dynamic"] is False]


def test_print_static_and_dynamic_rows_like_routeros(api):
    rows = list(api.path("/ip/address"))
    static = [r for r in rows if not r["dynamic"]]
    dynamic = [r for r in rows if r["dynamic"]]
    assert {(r["address"], r["network"], r["interface"]) for r in static} == {
        ("198.51.100.2/30", "198.51.100.0", "ether1"), ("10.10.0.1/24", "10.10.0.0", "ether3")}
    # One dynamic row per PPPoE session: the local address on the subscriber's pppoe-in interface.
    assert {(r["network"], r["interface"]) for r in dynamic} == {
        ("100.64.1.10", "<pppoe-ana.souza>"), ("100.64.1.11", "<pppoe-bruno.lima>")}
    assert all(r[".id"].startswith("*") and r["invalid"] is False for r in rows)


def test_add_set_remove_and_queries(api):
    addresses = api.path("/ip/address")
    new_id = addresses.add(address="192.0.2.1/29", interface="ether2", comment="gerencia")
    assert new_id.startswith("*")
    (row,) = addresses.select(Key(".id"), Key("network"), Key("comment")).where(Key("address") == "192.0.2.1/29")
    assert row == {".id": new_id, "network": "192.0.2.0", "comment": "gerencia"}
    addresses.update(**{".id": new_id, "address": "192.0.2.9/28", "disabled": True})
    (row,) = addresses.select(Key("address"), Key("network"), Key("disabled")).where(Key(".id") == new_id)
    assert row == {"address": "192.0.2.9/28", "network": "192.0.2.0", "disabled": True}
    on_ether = addresses.select(Key("address")).where(Key("interface") == "ether2", Key("dynamic") == False)
    assert [r["address"] for r in on_ether] == ["192.0.2.9/28"]
    addresses.remove(new_id)
    assert len(_static(api)) == 2
    # A bare address is a /32.
    host_id = addresses.add(address="203.0.113.7", interface="ether1")
    assert [r["address"] for r in addresses.select(Key("address")).where(Key(".id") == host_id)] == ["203.0.113.7/32"]


@pytest.mark.parametrize(("args", "message"), [
    ({"address": "10.10.0.1/24", "interface": "ether3"}, "already have such address"),
    ({"address": "10.1.1.1/24", "interface": "ether9"}, "input does not match any value of interface"),
    ({"address": "999.1.1.1/24", "interface": "ether1"}, "invalid value for argument address"),
    ({"interface": "ether1"}, "missing value(s) of argument(s) address"),
    ({"address": "10.1.1.1/24", "interface": "ether1", "colour": "blue"}, "unknown parameter colour"),
])
def test_add_refusals_are_traps(api, args, message):
    with pytest.raises(TrapError, match=message.replace("(", r"\(").replace(")", r"\)")):
        api.path("/ip/address").add(**args)
    assert len(_static(api)) == 2


def test_dynamic_rows_cannot_be_changed_and_unknown_ids_are_no_such_item(api):
    addresses = api.path("/ip/address")
    dynamic_id = next(r[".id"] for r in addresses if r["dynamic"])
    with pytest.raises(TrapError, match="can not change dynamic address"):
        addresses.remove(dynamic_id)
    with pytest.raises(TrapError, match="no such item"):
        addresses.update(**{".id": "*FFFF", "comment": "x"})
    with pytest.raises(TrapError, match="no such item"):
        addresses.remove("*FFFF")


def test_mac_address_on_interface_rows(api):
    ethers = [r for r in api.path("/interface") if r["type"] == "ether"]
    assert len(ethers) == 3
    assert all(re.match(MAC, r["mac-address"]) for r in ethers)
    ethernet = list(api.path("/interface/ethernet"))
    assert {r["name"]: r["mac-address"] for r in ethernet} == {r["name"]: r["mac-address"] for r in ethers}
    (one,) = api.path("/interface/ethernet").select(Key("mac-address")).where(Key("name") == "ether2")
    assert one["mac-address"] == next(r["mac-address"] for r in ethers if r["name"] == "ether2")
