"""RouterOS API protocol simulator: real wire protocol on 127.0.0.1 for librouteros.

    from routeros_sim import SimulatedRouter, RouterFarm
    with SimulatedRouter(identity="RB-Centro", password="secret", sessions=5000) as r:
        api = librouteros.connect("127.0.0.1", "admin", "secret", port=r.port)

See routeros_sim/README.md for menus, fault modes and behaviour choices.
"""

from .farm import RouterFarm
from .router import SimulatedRouter
from .server import FAULT_KINDS, Fault
from .sessions import format_uptime, parse_duration

__all__ = ["FAULT_KINDS", "Fault", "RouterFarm", "SimulatedRouter", "format_uptime", "parse_duration"]
