"""Router passwords at rest: Fernet with a key derived from the server secret (HKDF-SHA256).

Changing DESK_SECRET_KEY makes stored router passwords unreadable; the API then reports the router
as "senha do roteador ilegível" and an admin re-enters the password (PATCH /routers/{id}).
"""
from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"isp-desk router passwords v1"
_SALT = b"isp-desk/routeros"


class PasswordUnreadable(Exception):
    """The stored ciphertext does not open with this server's key."""


@lru_cache(maxsize=8)
def _fernet(secret: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=_INFO).derive(secret.encode("utf-8"))
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_password(secret: str, password: str) -> str:
    return _fernet(secret).encrypt(password.encode("utf-8")).decode("ascii")


def decrypt_password(secret: str, token: str) -> str:
    try:
        return _fernet(secret).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as exc:
        raise PasswordUnreadable("senha do roteador ilegível com a chave atual do servidor") from exc
