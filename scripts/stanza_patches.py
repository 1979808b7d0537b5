"""Training-time speed patches for stanza on CPU, and a runner that applies them.

Two backward passes are pathologically slow in the CPU build of torch used
here: ``F.bilinear`` (seconds per call) and ``pad_packed_sequence`` (quadratic
in sentence length).  This module replaces both with numerically identical
formulations built from ``einsum`` and ``index_copy``, whose backward passes
are cheap.  ``check()`` compares values and gradients with the originals.

Run a stanza training entry point with the patches applied::

    python scripts/stanza_patches.py stanza.models.tagger --mode train ...
    python scripts/stanza_patches.py --check

Stanza's tagger cannot resume a run.  With ``QUOTEATTR_WARM_START=<model.pt>``
in the environment, the tagger starts from that model's weights instead of
random ones (the vocabulary, rebuilt from the same training data, must be
identical; the run fails otherwise), so a longer schedule can continue a
finished run.  ``QUOTEATTR_PARSER_VOCAB=<model.pt>`` makes a parser run encode
its data with that model's vocabulary, so that it can resume from a
checkpoint on revised training data.
"""

from __future__ import annotations

import os
import runpy
import sys

import torch
import torch.nn.functional as F
import torch.nn.utils.rnn as rnn

_original_pad_packed_sequence = rnn.pad_packed_sequence
_original_bilinear = F.bilinear


def fast_pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    """Drop-in replacement for ``torch.nn.utils.rnn.pad_packed_sequence``."""
    data, batch_sizes, _sorted_indices, unsorted_indices = sequence
    batch_sizes = batch_sizes.to(torch.long)
    max_len = batch_sizes.size(0)
    if total_length is not None:
        if total_length < max_len:
            raise ValueError(f"total_length {total_length} is smaller than the longest sequence {max_len}")
        steps = total_length
    else:
        steps = max_len
    batch = int(batch_sizes[0])
    time_index = torch.repeat_interleave(torch.arange(max_len), batch_sizes)
    offsets = torch.cumsum(batch_sizes, 0) - batch_sizes
    batch_index = torch.arange(data.size(0)) - torch.repeat_interleave(offsets, batch_sizes)
    flat = (time_index * batch + batch_index).to(data.device)
    out = data.new_full((steps * batch,) + tuple(data.shape[1:]), padding_value)
    out = out.index_copy(0, flat, data).view(steps, batch, *data.shape[1:])
    lengths = (batch_sizes.unsqueeze(0) > torch.arange(batch).unsqueeze(1)).sum(1)
    if unsorted_indices is not None:
        out = out.index_select(1, unsorted_indices)
        lengths = lengths[unsorted_indices.cpu()]
    if batch_first:
        out = out.transpose(0, 1)
    return out, lengths


def fast_bilinear(input1, input2, weight, bias=None):
    """Drop-in replacement for ``torch.nn.functional.bilinear``."""
    partial = torch.einsum("...i,oij->...oj", input1, weight)
    out = (partial * input2.unsqueeze(-2)).sum(-1)
    if bias is not None:
        out = out + bias
    return out


def apply() -> None:
    rnn.pad_packed_sequence = fast_pad_packed_sequence
    F.bilinear = fast_bilinear
    if os.environ.get("QUOTEATTR_WARM_START"):
        _warm_start_tagger(os.environ["QUOTEATTR_WARM_START"])
    if os.environ.get("QUOTEATTR_PARSER_VOCAB"):
        _keep_parser_vocab(os.environ["QUOTEATTR_PARSER_VOCAB"])


def _keep_parser_vocab(model_file: str) -> None:
    """Encode the parser's training data with the vocabulary saved in ``model_file``.

    stanza rebuilds the vocabulary from the training file at every start and,
    when it resumes from a checkpoint, encodes the data with that new
    vocabulary while the model keeps the old one: with changed training data
    the ids no longer match.  This keeps the checkpoint's vocabulary (new words
    are unknown words), so a parser can continue on revised data."""
    from stanza.models.depparse import data as depparse_data
    from stanza.models.pos.vocab import MultiVocab

    saved = torch.load(model_file, lambda storage, loc: storage, weights_only=True)
    saved_vocab = MultiVocab.load_state_dict(saved["vocab"])
    original_init = depparse_data.Dataset.__init__

    def init(self, doc, args, pretrain, vocab=None, *rest, **kwargs):
        original_init(self, doc, args, pretrain, vocab if vocab is not None else saved_vocab, *rest, **kwargs)

    depparse_data.Dataset.__init__ = init
    print(f"parser data encoded with the vocabulary of {model_file}", flush=True)


def _warm_start_tagger(model_file: str) -> None:
    """Make a freshly built tagger start from the weights in ``model_file``."""
    from stanza.models.pos import trainer as pos_trainer

    original_init = pos_trainer.Trainer.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        loaded = kwargs.get("model_file") or (args[3] if len(args) > 3 else None)
        if loaded is None:
            saved = torch.load(model_file, lambda storage, loc: storage, weights_only=True)
            if saved["vocab"] != self.vocab.state_dict():
                sys.exit(f"warm start: the vocabulary of {model_file} differs from this run's")
            missing, unexpected = self.model.load_state_dict(saved["model"], strict=False)
            if unexpected or any(not k.startswith("bert_model.") for k in missing):
                sys.exit(f"warm start: {model_file} does not fit this model ({missing}, {unexpected})")
            print(f"warm start from {model_file}", flush=True)

    pos_trainer.Trainer.__init__ = init


def check() -> None:
    """Compare values and gradients of the patched functions with torch's own."""
    torch.manual_seed(0)
    lengths = torch.tensor([7, 3, 9, 1, 5])
    seqs = torch.randn(5, 9, 4, dtype=torch.double, requires_grad=True)
    for batch_first in (True, False):
        for total in (None, 12):
            packed = rnn.pack_padded_sequence(seqs, lengths, batch_first=True, enforce_sorted=False)
            a, la = _original_pad_packed_sequence(packed, batch_first=batch_first, total_length=total, padding_value=-1.0)
            b, lb = fast_pad_packed_sequence(packed, batch_first=batch_first, total_length=total, padding_value=-1.0)
            assert torch.equal(la, lb) and torch.allclose(a, b)
            ga, = torch.autograd.grad((a * a.detach()).sum(), seqs, retain_graph=True)
            gb, = torch.autograd.grad((b * b.detach()).sum(), seqs)
            assert torch.allclose(ga, gb)
    x1 = torch.randn(3, 6, 5, dtype=torch.double, requires_grad=True)
    x2 = torch.randn(3, 6, 4, dtype=torch.double, requires_grad=True)
    w = torch.randn(7, 5, 4, dtype=torch.double, requires_grad=True)
    bias = torch.randn(7, dtype=torch.double, requires_grad=True)
    a = _original_bilinear(x1, x2, w, bias)
    b = fast_bilinear(x1, x2, w, bias)
    assert torch.allclose(a, b)
    ga = torch.autograd.grad(a.pow(2).sum(), (x1, x2, w, bias))
    gb = torch.autograd.grad(b.pow(2).sum(), (x1, x2, w, bias))
    assert all(torch.allclose(p, q) for p, q in zip(ga, gb, strict=True))
    print("patches match torch: values and gradients")


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        check()
        sys.exit(0)
    apply()
    module = sys.argv[1]
    sys.argv = [module] + sys.argv[2:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
