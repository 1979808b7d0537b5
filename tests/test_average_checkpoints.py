"""Tests for scripts/average_checkpoints.py: weight averaging of checkpoints from one run."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from conftest import load_script

avg = load_script("average_checkpoints")


def _save(path: Path, weight: list[float], steps: int, vocab: str = "v1") -> Path:
    torch.save({"model": {"w": torch.tensor(weight), "steps": torch.tensor(steps)}, "vocab": vocab,
                "config": {"name": path.name}}, path)
    return path


def test_float_weights_are_averaged_and_the_rest_comes_from_the_last(tmp_path):
    paths = [_save(tmp_path / "a.pt", [1.0, 2.0], 1), _save(tmp_path / "b.pt", [3.0, 6.0], 2)]
    out = avg.average(paths)
    assert torch.allclose(out["model"]["w"], torch.tensor([2.0, 4.0]))
    assert int(out["model"]["steps"]) == 2  # integer buffers are not averaged
    assert out["config"] == {"name": "b.pt"}


def test_checkpoints_of_another_run_are_refused(tmp_path):
    paths = [_save(tmp_path / "a.pt", [1.0], 1), _save(tmp_path / "b.pt", [3.0], 2, vocab="v2")]
    with pytest.raises(SystemExit, match="not from the same run"):
        avg.average(paths)
