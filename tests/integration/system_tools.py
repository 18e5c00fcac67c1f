"""Debian tools the ops tests drive (chromium, prometheus): installed with apt-get when missing."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import warnings

import pytest

APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


@functools.cache
def _apt_install(packages: tuple[str, ...]) -> str | None:
    """Install Debian packages; None on success, else why not."""
    if shutil.which("apt-get") is None:
        return "apt-get is not available (not a Debian-based system)"
    if os.geteuid() != 0:
        return "not root, cannot apt-get install"
    steps = [["apt-get", "update", "-q"],
             ["apt-get", "install", "-y", "-q", "--no-install-recommends",
              "-o", "DPkg::Lock::Timeout=300", *packages]]
    for step in steps:
        done = subprocess.run(step, env=APT_ENV, capture_output=True, text=True, timeout=900,
                              check=False)
        if done.returncode != 0:
            return f"`{' '.join(step)}` failed ({done.returncode}): {done.stderr[-800:]}"
    return None


def require(binaries: tuple[str, ...], packages: tuple[str, ...]) -> dict[str, str]:
    """Paths of the binaries, installing the packages first if needed; skips loudly if impossible."""
    if any(shutil.which(b) is None for b in binaries):
        problem = _apt_install(packages)
        if problem is not None:
            message = (f"!!! SKIPPING: {', '.join(binaries)} missing and the Debian packages "
                       f"{', '.join(packages)} could not be installed: {problem}")
            warnings.warn(message, stacklevel=2)
            pytest.skip(message)
    found = {b: shutil.which(b) for b in binaries}
    missing = [b for b, path in found.items() if path is None]
    if missing:
        pytest.fail(f"installed {packages} but {missing} are still not on PATH")
    return {b: str(path) for b, path in found.items()}
