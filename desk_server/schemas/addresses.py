"""Address fields of the inputs, declared once: a client's billing and install addresses, a
prospect's address (no complement) and a subscription's install address (`install_*`). Each part
is optional, trimmed and bounded like the column that stores it."""
from __future__ import annotations

from typing import Any

from pydantic import create_model

from .common import Schema, clean

_PARTS = {"street": clean(0, 150), "number": clean(0, 20), "complement": clean(0, 80), "district": clean(0, 80),
          "city": clean(0, 80), "uf": clean(0, 2), "cep": clean(0, 9)}


def address_fields(prefix: str = "", *, complement: bool = True) -> dict[str, Any]:
    """`{prefix + part: (type | None, None)}` for create_model."""
    return {prefix + part: (kind | None, None) for part, kind in _PARTS.items()
            if complement or part != "complement"}


ProspectAddressIn = create_model("ProspectAddressIn", __base__=Schema, **address_fields(complement=False))
InstallAddressIn = create_model("InstallAddressIn", __base__=Schema, **address_fields("install_"))
ClientAddressIn = create_model("ClientAddressIn", __base__=Schema, **address_fields(),
                               **address_fields("install_"))
