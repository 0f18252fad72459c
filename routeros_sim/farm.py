"""Several simulated routers sharing one event loop thread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Self

from .loop import LoopThread
from .router import SimulatedRouter

# Neighbourhood names give the routers of a farm realistic, distinct identities.
_PLACES = ("Centro", "Jardim-America", "Vila-Nova", "Boa-Vista", "Santa-Cruz", "Sao-Jose",
           "Industrial", "Planalto", "Cidade-Alta", "Bela-Vista", "Morumbi", "Liberdade",
           "Aeroporto", "Santo-Antonio", "Primavera", "Ipiranga", "Esperanca", "Floresta",
           "Parque-das-Flores", "Nova-Esperanca")


def farm_identity(index: int) -> str:
    place = _PLACES[index % len(_PLACES)]
    lap = index // len(_PLACES)
    return f"RB-{place}" if lap == 0 else f"RB-{place}-{lap + 1}"


class RouterFarm:
    """`count` routers, router i seeded with `base_seed + i`.

    Generated logins are unique across the whole farm (a subscriber is online on
    one concentrator) and each router hands out addresses from its own pool.
    With `base_port` set, router i listens on `base_port + i`; otherwise on a free port.
    """

    def __init__(self, count: int = 20, sessions: int = 5000, base_seed: int = 1, *,
                 username: str = "admin", password: str = "", version: str = "7.16.1",
                 max_sessions: int = 20, host: str = "127.0.0.1", base_port: int = 0,
                 logins_per_router: list | None = None, over_limit: str = "close") -> None:
        self._loop = LoopThread(name="routeros-sim-farm")
        taken: set[str] = set()
        self.routers: list[SimulatedRouter] = []
        for i in range(count):
            self.routers.append(SimulatedRouter(
                identity=farm_identity(i), username=username, password=password, sessions=sessions,
                seed=base_seed + i,
                logins=logins_per_router[i] if logins_per_router is not None else None,
                version=version, max_sessions=max_sessions, host=host,
                port=base_port + i if base_port else 0, over_limit=over_limit,
                loop=self._loop, taken_logins=taken,
            ))

    def start(self) -> Self:
        self._loop.start()
        try:
            for router in self.routers:
                router.start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        try:
            for router in self.routers:
                router.stop()
        finally:
            self._loop.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __len__(self) -> int:
        return len(self.routers)

    def __iter__(self) -> Iterator[SimulatedRouter]:
        return iter(self.routers)

    def __getitem__(self, index: int) -> SimulatedRouter:
        return self.routers[index]
