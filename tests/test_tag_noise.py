"""Tests for scripts/tag_noise.py: files for a parser that learns from the tagger's kind of errors."""

from __future__ import annotations

import torch
from conftest import load_script
from trees import conllu

tn = load_script("tag_noise")


def test_confusions_count_predicted_tags_per_gold_tag():
    # "Het kabinet valt. Rutte stopt.", with "valt" tagged AUX and "Rutte" NOUN
    table = tn.confusions([["DET", "NOUN", "VERB"], ["PROPN", "VERB"]], [["DET", "NOUN", "AUX"], ["NOUN", "VERB"]])
    assert table["VERB"] == {"AUX": 1, "VERB": 1}
    assert table["PROPN"] == {"NOUN": 1}


def test_rewriting_tags_keeps_everything_else(tmp_path):
    src = tmp_path / "in.conllu"
    src.write_text("# text = Rutte stopt\n" + conllu("Rutte PROPN 2 nsubj | stopt=stoppen VERB 0 root"), encoding="utf-8")
    dest = tmp_path / "out.conllu"
    assert tn.rewrite_tags(src, dest, lambda cols: "NOUN" if cols[3] == "PROPN" else cols[3]) == (2, 1)
    before, after = src.read_text().splitlines(), dest.read_text().splitlines()
    assert after[0] == before[0]
    assert [line.split("\t")[3] for line in after[1:3]] == ["NOUN", "VERB"]
    assert [line.split("\t")[:3] + line.split("\t")[4:] for line in after[1:3]] == \
        [line.split("\t")[:3] + line.split("\t")[4:] for line in before[1:3]]


def test_a_cleared_checkpoint_forgets_its_dev_scores_and_keeps_the_rest(tmp_path):
    source = tmp_path / "depparse_checkpoint.pt"
    torch.save({"model": {"w": torch.ones(2)}, "global_step": 5700, "dev_score_history": [0.80, 0.82],
                "scheduler_state_dict": {"general": {"_best": 0.82, "patience": 500}}}, source)
    dest = tmp_path / "work" / "depparse_checkpoint.pt"
    tn.clear_history(source, dest)
    state = torch.load(dest, weights_only=False)
    assert state["dev_score_history"] == []
    assert state["scheduler_state_dict"]["general"] == {"_best": 0.0, "patience": 500}
    assert state["global_step"] == 5700
    assert torch.equal(state["model"]["w"], torch.ones(2))
