"""Tests for scripts/aux_as_verb.py: a parser that reads AUX and VERB as one tag."""

from __future__ import annotations

import torch
from conftest import load_script
from trees import conllu

av = load_script("aux_as_verb")


def test_collapse_writes_aux_as_verb_and_keeps_everything_else(tmp_path):
    src = tmp_path / "in.conllu"
    src.write_text(conllu("Het PRON 3 expl | is AUX 3 cop | koud ADJ 0 root | ~. PUNCT 3 punct"), encoding="utf-8")
    dst = tmp_path / "out.conllu"
    assert av.collapse(src, dst) == 1
    before, after = src.read_text(encoding="utf-8").splitlines(), dst.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1].split("\t")[3] == "VERB" and changed[0][0].split("\t")[3] == "AUX"


def test_relabel_makes_the_vocabulary_read_aux_as_verb(tmp_path):
    model = tmp_path / "depparse.pt"
    units = {"<PAD>": 0, "NOUN": 1, "VERB": 2, "AUX": 3}
    torch.save({"vocab": {"upos": {"_unit2id": dict(units), "_id2unit": list(units)}}}, model)
    assert not av.reads_aux_as_verb(torch.load(model, weights_only=False))
    av.relabel(model)
    state = torch.load(model, weights_only=False)
    assert state["vocab"]["upos"]["_unit2id"]["AUX"] == 2 and state["vocab"]["upos"]["_id2unit"][3] == "AUX"
    assert av.reads_aux_as_verb(state)
