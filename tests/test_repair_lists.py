"""Tests for scripts/repair_lists.py: the tree repair's word lists made from treebank files."""

from __future__ import annotations

from conftest import load_script
from trees import conllu

rl = load_script("repair_lists")


def write(tmp_path, name, *sentences):
    path = tmp_path / name
    path.write_text(conllu(*sentences), encoding="utf-8")
    return path


def test_an_expression_counts_where_todays_conventions_mark_it_fixed_and_not_where_it_is_a_name(tmp_path):
    current = write(tmp_path, "train-current.conllu",
                    "Hij PRON 2 nsubj | koos=kiezen VERB 0 root | in ADP 6 case | plaats NOUN 3 fixed | "
                    "van ADP 3 fixed | koffie NOUN 2 obl",
                    "In ADP 4 case | plaats NOUN 1 fixed | van ADP 1 fixed | thee NOUN 5 obl | won=winnen VERB 0 root")
    old = write(tmp_path, rl.OLD_PART,  # the 2017 part marks names fixed too; it only adds to the counts
                "In ADP 3 case | plaats NOUN 1 fixed | van ADP 1 fixed | melk NOUN 4 obl | bleef=blijven VERB 0 root",
                "Eerste ADJ 0 root | Kamer PROPN 1 fixed")
    fixed, together, relations = rl.expressions([current, old])
    assert fixed == {"in plaats van": 3}
    assert together["in plaats van"] == 3
    assert relations["in plaats van"].most_common(1)[0][0] == "case"


def test_oblique_arguments_are_counted_per_head_and_preposition_outside_the_old_part(tmp_path):
    current = write(tmp_path, "train-current.conllu",
                    "Het DET 2 det | team NOUN 3 nsubj | bestaat=bestaan VERB 0 root | uit ADP 5 case | "
                    "spelers=speler NOUN 3 obl:arg",
                    "Het DET 2 det | team NOUN 3 nsubj | speelt=spelen VERB 0 root | in ADP 5 case | "
                    "Assen PROPN 3 obl")
    old = write(tmp_path, rl.OLD_PART,
                "Het DET 2 det | team NOUN 3 nsubj | bestaat=bestaan VERB 0 root | uit ADP 5 case | "
                "spelers=speler NOUN 3 obl")
    pairs = rl.oblique_arguments([current, old])
    assert pairs[("bestaan", "uit")] == {"obl:arg": 1}
    assert pairs[("spelen", "in")] == {"obl": 1}


def test_the_tag_lexicon_counts_each_form_as_written(tmp_path):
    part = write(tmp_path, "train-current.conllu",
                 "Kamer PROPN 2 nsubj | vergadert VERB 0 root",
                 "De DET 2 det | kamer NOUN 3 nsubj | is AUX 0 root",
                 "Het DET 2 det | kamer NOUN 0 root")
    tags = rl.tag_lexicon([part])
    assert tags["Kamer"] == {"PROPN": 1} and tags["kamer"] == {"NOUN": 2}
    assert tags["is"] == {"AUX": 1}
