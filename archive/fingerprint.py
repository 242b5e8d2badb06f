"""Fingerprints of report texts: an exact content hash and MinHash signatures of shingles.

Chinese has no spaces, so similarity works on character shingles: every run of five content
characters of the fingerprint text (simplified, no whitespace or punctuation). The content
hash is equal across copies that differ only in chrome, layout, whitespace or script; the
MinHash estimates the Jaccard similarity of the shingle sets, so that LSH can find the same
report extracted from a PDF or with a sentence added.
"""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash

from vocabulary.normalize import fingerprint_text

SHINGLE_SIZE = 5
NUM_PERM = 128
# Seed and permutation scheme must match between runs: signatures are stored in the archive.
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"


def content_hash(text: str) -> str:
    """SHA-256 of the fingerprint text: equal for copies that differ only in form."""
    return hashlib.sha256(fingerprint_text(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """The set of `size`-character runs of the fingerprint text."""
    content = fingerprint_text(text)
    if len(content) <= size:
        return {content} if content else set()
    return {content[i:i + size] for i in range(len(content) - size + 1)}


def minhash(shingle_set: set[str]) -> MinHash:
    """A MinHash signature of a shingle set."""
    signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    signature.update_batch([s.encode("utf-8") for s in shingle_set])
    return signature


def minhash_to_bytes(signature: MinHash) -> bytes:
    """The signature's hash values, for storage."""
    return signature.hashvalues.astype(np.uint64).tobytes()


def minhash_from_bytes(blob: bytes) -> MinHash:
    """A signature back from `minhash_to_bytes`."""
    values = np.frombuffer(blob, dtype=np.uint64)
    return MinHash(num_perm=len(values), seed=MINHASH_SEED, hashvalues=values.copy(),
                   scheme=MINHASH_SCHEME)


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger: high when one text contains the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
