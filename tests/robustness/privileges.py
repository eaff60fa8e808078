"""Making file permissions bite when the tests run as root (as CI does).

root reads a ``chmod 000`` file because of two Linux capabilities, CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH. Clearing them from the effective set (capset(2), through ctypes) makes the
kernel check the permission bits for root as for anyone else; they stay in the permitted set, so
the context manager can raise them again. A child process drops them for good before it imports
rehablogg (``DROP_IN_CHILD``). Elsewhere than Linux-as-root these are no-ops, and
``permissions_can_bite`` says whether a chmod will be felt at all.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Iterator

_CAPABILITY_V3 = 0x20080522
_DAC_BITS = (1 << 1) | (1 << 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _caps() -> tuple[ctypes.CDLL, _Header, ctypes.Array[_Data]]:
    libc = ctypes.CDLL(None, use_errno=True)
    header, data = _Header(_CAPABILITY_V3, 0), (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    return libc, header, data


def _set(libc: ctypes.CDLL, header: _Header, data: ctypes.Array[_Data]) -> None:
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def permissions_can_bite() -> bool:
    return not _is_root() or sys.platform == "linux"


@contextlib.contextmanager
def permissions_bite() -> Iterator[None]:
    """Within the block, this thread is refused files its permission bits refuse it."""
    if not _is_root():
        yield
        return
    libc, header, data = _caps()
    saved = data[0].effective
    data[0].effective &= ~_DAC_BITS
    _set(libc, header, data)
    try:
        yield
    finally:
        libc, header, data = _caps()
        data[0].effective = saved
        _set(libc, header, data)


def drop_for_good() -> None:
    """For a child process: permission bits bite from now on."""
    if not _is_root():
        return
    libc, header, data = _caps()
    data[0].effective &= ~_DAC_BITS
    data[0].permitted &= ~_DAC_BITS
    _set(libc, header, data)


DROP_IN_CHILD = "from tests.robustness.privileges import drop_for_good; drop_for_good(); "
