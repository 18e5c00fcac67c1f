"""Compile the stage modules with mypyc into C extensions beside their sources (`make compile`).

The stages are plain typed Python that mypy already checks strictly; mypyc turns the same code
into C, about twice as fast for enrichment (docs/benchmarks.md), with the same output (checked by
`scripts/check_enrichment_identity.py` and the test suite, which runs on the build). Python
imports `pipeline/stages/<module>.cpython-*.so` in place of `<module>.py`; the manifest written
last (`pipeline/stages/compiled.json`) lets `pipeline.compiled.check_build` refuse a build older
than its sources.

    .venv/bin/python scripts/compile_stages.py            # build (about 2-4 minutes on 2 cores)
    .venv/bin/python scripts/compile_stages.py --remove   # back to interpreted stages

Without a C compiler the build fails with one line and the stages run interpreted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.compiled import (
    MANIFEST,
    NATIVE_GROUP,
    compilable_sources,
    extension_files,
    source_digest,
)

BUILD_TEMP = ROOT / ".venv" / "mypyc-build"


def remove_build() -> None:
    """Delete the extensions and the manifest: the stages run interpreted again."""
    for path in [*extension_files(), MANIFEST]:
        path.unlink(missing_ok=True)


def build(jobs: int) -> int:
    """Compile every stage module (one mypyc group) and write the manifest; the exit status."""
    compiler = str(sysconfig.get_config_var("CC") or "cc").split()[0]  # setuptools' compiler
    if shutil.which(compiler) is None:
        print(f"compile_stages: no C compiler ({compiler}); the stages run interpreted",
              file=sys.stderr)
        return 1
    remove_build()
    sources = compilable_sources()
    digests = {p.stem: source_digest(p) for p in sources}
    relative = [str(p.relative_to(ROOT)) for p in sources]
    done = subprocess.run([sys.executable, __file__, "--setup", str(jobs), *relative], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          check=False)
    if done.returncode != 0:
        remove_build()
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        print(f"{tail}\ncompile_stages: mypyc build failed; the stages run interpreted",
              file=sys.stderr)
        return 1
    import orjson

    MANIFEST.write_bytes(orjson.dumps(digests, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    print(f"compile_stages: {len(sources)} stage modules compiled")
    return 0


def run_setup(jobs: int, paths: list[str]) -> None:
    """mypycify + setuptools' build_ext --inplace (the child process `build` runs)."""
    from mypyc.build import mypycify
    from setuptools import setup

    c_tree = BUILD_TEMP / "c"
    extensions = mypycify(paths, opt_level="3", multi_file=True, group_name=NATIVE_GROUP,
                          target_dir=str(c_tree))
    group_headers = c_tree.joinpath(*NATIVE_GROUP.split(".")[:-1])
    for extension in extensions:  # mypyc writes the group's headers there, off the include path
        extension.include_dirs.append(str(group_headers))
    setup(name="newsevents-stages", ext_modules=extensions,
          script_args=["build_ext", "--inplace", "--build-temp", str(BUILD_TEMP / "objects"),
                       "--parallel", str(jobs)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remove", action="store_true", help="delete the compiled build")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="C files compiled in parallel")
    parser.add_argument("--setup", nargs="+", help=argparse.SUPPRESS)  # the build's child
    args = parser.parse_args()
    if args.setup:
        run_setup(int(args.setup[0]), args.setup[1:])
        return 0
    if args.remove:
        remove_build()
        return 0
    return build(args.jobs)


if __name__ == "__main__":
    raise SystemExit(main())
