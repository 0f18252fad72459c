"""Service scripts (roteiros): the list, one script's tree, its versions and analytics."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

SCRIPTS = Collection("/scripts")

scripts = SCRIPTS.list
script = SCRIPTS.get  # params=: a version
create = SCRIPTS.create
update = SCRIPTS.update  # name and description


def versions(api: ApiClient, script_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/scripts/{script_id}/versions", **kw)


def analytics(api: ApiClient, script_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/scripts/{script_id}/analytics", **kw)


def check(api: ApiClient, tree: dict, **kw: Any) -> ApiCall:
    """What is wrong with a tree not published yet. Payload: the problems."""
    return api.post("/scripts/check", tree, **kw)


def publish(api: ApiClient, script_id: int, tree: dict, **kw: Any) -> ApiCall:
    """A new version of the script."""
    return api.post(f"/scripts/{script_id}/versions", tree, **kw)
