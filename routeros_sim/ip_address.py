"""`/ip/address` (print, add, set, remove; queries through `print`) and `/interface/ethernet print`.

Served the way RouterOS serves them, so clients other than ISP Desk's can be tried against the
simulator: static addresses (two on the uplinks to start with) plus one dynamic row per PPPoE
session (the concentrator's local address on each `<pppoe-...>` interface, network = the
subscriber's address, `dynamic=true`, which `set`/`remove` refuse as a real router does).
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from .query import Row

PPPOE_LOCAL_ADDRESS = "100.64.0.1"
_FIELDS = frozenset({"address", "network", "interface", "comment", "disabled"})
_DYNAMIC_BASE = 0x2000000  # dynamic row ids, clear of the static ones


class AddressTable:
    """The static `/ip/address` entries of one router."""

    def __init__(self, uplinks) -> None:
        self.next_id = 1
        self.rows: dict[int, dict[str, str]] = {}
        names = [u.name for u in uplinks]
        for address, interface in (("198.51.100.2/30", names[0]), ("10.10.0.1/24", names[-1])):
            self.add({"address": address, "interface": interface})

    def add(self, fields: dict[str, str]) -> str:
        row = {"comment": "", "disabled": "false", **fields}
        row["address"], row["network"] = _address_and_network(row["address"], fields.get("network"))
        if any(r["address"] == row["address"] and r["interface"] == row["interface"] for r in self.rows.values()):
            raise ValueError("failure: already have such address")
        key = self.next_id
        self.next_id += 1
        self.rows[key] = row
        return f"*{key:X}"


def _address_and_network(text: str, network: str | None) -> tuple[str, str]:
    try:
        iface = ipaddress.IPv4Interface(text)
    except ValueError:
        raise ValueError(f"invalid value for argument address: {text}") from None
    if network:
        try:
            ipaddress.IPv4Address(network)
        except ValueError:
            raise ValueError(f"invalid value for argument network: {network}") from None
    return iface.with_prefixlen, network or str(iface.network.network_address)


def address_table(model) -> AddressTable:
    table = getattr(model, "ip_addresses", None)
    if table is None:
        table = model.ip_addresses = AddressTable(model.uplinks)
    return table


def address_rows(model) -> Iterator[Row]:
    for key, row in address_table(model).rows.items():
        yield {".id": f"*{key:X}", "address": row["address"], "network": row["network"],
               "interface": row["interface"], "actual-interface": row["interface"], "invalid": "false",
               "dynamic": "false", "disabled": row["disabled"], "comment": row["comment"]}
    for s in model.store.snapshot():
        yield {".id": f"*{_DYNAMIC_BASE + s.iid:X}", "address": f"{PPPOE_LOCAL_ADDRESS}/32",
               "network": s.profile.address, "interface": s.interface, "actual-interface": s.interface,
               "invalid": "false", "dynamic": "true", "disabled": "false"}


def ethernet_rows(model) -> Iterator[Row]:
    for uplink in model.uplinks:
        yield {".id": f"*{uplink.model.iid:X}", "name": uplink.name, "default-name": uplink.name,
               "mtu": "1500", "l2mtu": "1592", "mac-address": uplink.mac, "orig-mac-address": uplink.mac,
               "arp": "enabled", "auto-negotiation": "true", "speed": "10G-baseSR-LR", "running": "true",
               "disabled": "false"}


def _interface_names(model) -> set[str]:
    return {u.name for u in model.uplinks} | {s.interface for s in model.store.snapshot()}


def _normalise(model, fields: dict[str, str], ApiTrap, category: int) -> dict[str, str]:
    if "interface" in fields and fields["interface"] not in _interface_names(model):
        raise ApiTrap("input does not match any value of interface", category)
    if "disabled" in fields:
        fields["disabled"] = "true" if fields["disabled"] in ("yes", "true") else "false"
    return fields


def _static_keys(model, idents: list[str], ApiTrap) -> list[int]:
    table, keys = address_table(model), []
    for ident in idents:
        try:
            key = int(ident.removeprefix("*"), 16) if ident.startswith("*") else -1
        except ValueError:
            key = -1
        if key >= _DYNAMIC_BASE and any(_DYNAMIC_BASE + s.iid == key for s in model.store.snapshot()):
            raise ApiTrap("failure: can not change dynamic address")
        if key not in table.rows:
            raise ApiTrap("no such item")
        keys.append(key)
    return keys


def make_handlers(ApiTrap, check_args, ids, category_argument: int):
    """The menu's commands, built with menus.py's helpers (passed in: no import cycle)."""

    def add(model, cmd, reply) -> None:
        check_args(cmd, _FIELDS)
        for needed in ("address", "interface"):
            if not cmd.args.get(needed):
                raise ApiTrap(f"missing value(s) of argument(s) {needed}", category_argument)
        fields = _normalise(model, dict(cmd.args), ApiTrap, category_argument)
        try:
            reply.done([("ret", address_table(model).add(fields))])
        except ValueError as exc:
            raise ApiTrap(str(exc), category_argument) from exc

    def set_(model, cmd, reply) -> None:
        check_args(cmd, _FIELDS | {".id", "numbers"})
        fields = _normalise(model, {k: v for k, v in cmd.args.items() if k not in (".id", "numbers")},
                            ApiTrap, category_argument)
        table = address_table(model)
        for key in _static_keys(model, ids(cmd), ApiTrap):
            row = {**table.rows[key], **fields}
            try:
                row["address"], row["network"] = _address_and_network(
                    row["address"], fields.get("network", None if "address" in fields else row["network"]))
            except ValueError as exc:
                raise ApiTrap(str(exc), category_argument) from exc
            table.rows[key] = row
        reply.done()

    def remove(model, cmd, reply) -> None:
        check_args(cmd, {".id", "numbers"})
        table = address_table(model)
        for key in _static_keys(model, ids(cmd), ApiTrap):
            del table.rows[key]
        reply.done()

    return {"add": add, "set": set_, "remove": remove}
