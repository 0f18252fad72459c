"""Collection: a list on the server edited as a whole (GET lists it, POST adds one, GET/PATCH
`<path>/<id>` reads or changes one). The resource modules expose its bound methods as their own
functions, e.g. `cargos = CARGOS.list`, so a window writes `catalog.cargos(api, owner=self)`."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


class Collection:
    def __init__(self, path: str):
        self.path = path

    def list(self, api: ApiClient, **kw: Any) -> ApiCall:
        """The records (`params=` filters, e.g. {"include_inactive": "true"})."""
        return api.get(self.path, **kw)

    def get(self, api: ApiClient, record_id, **kw: Any) -> ApiCall:
        return api.get(f"{self.path}/{record_id}", **kw)

    def create(self, api: ApiClient, body: dict, **kw: Any) -> ApiCall:
        return api.post(self.path, body, **kw)

    def update(self, api: ApiClient, record_id, body: dict, **kw: Any) -> ApiCall:
        return api.patch(f"{self.path}/{record_id}", body, **kw)
