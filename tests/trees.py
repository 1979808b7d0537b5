"""Build small CoNLL-U trees by hand for model-independent tests."""

from __future__ import annotations


def conllu(*sentences: str) -> str:
    """Sentences as words ``form UPOS head deprel [feats]`` separated by `` | ``.

    A ``~`` before a form means no space before it, after a form no space
    after it.  ``form=lemma`` gives a lemma other than the form.  Example::

        conllu("Rutte PROPN 2 nsubj | zegt VERB 0 root | ~. PUNCT 2 punct")
    """
    blocks = []
    for sent in sentences:
        rows = []
        for n, item in enumerate(sent.split(" | "), 1):
            form, upos, head, deprel, *feats = item.split()
            rows.append([str(n), form, form, upos, "_", feats[0] if feats else "_", head, deprel, "_", "_"])
        for n, item in enumerate(sent.split(" | ")):
            form = item.split()[0]
            if form.startswith("~") and n > 0:  # "~" before a form: no space before it
                rows[n - 1][9] = "SpaceAfter=No"
            if form.endswith("~") and len(form) > 1:  # "~" after a form: no space after it
                rows[n][9] = "SpaceAfter=No"
            form = form.strip("~") or form
            form, _, lemma = form.partition("=") if len(form) > 1 else (form, "", "")
            rows[n][1], rows[n][2] = form, lemma or form
        blocks.append("\n".join("\t".join(r) for r in rows))
    return "\n\n".join(blocks) + "\n"


def sentence(table: str) -> list:
    """The words of a one-sentence stanza Document from ``form lemma UPOS head deprel [feats]`` lines."""
    from stanza.models.common.doc import Document

    rows = [line.split() for line in table.strip().splitlines()]
    doc = Document([[{"id": i, "text": form, "lemma": lemma, "upos": upos, "head": int(head), "deprel": deprel,
                      "feats": feats[0] if feats else None}
                     for i, (form, lemma, upos, head, deprel, *feats) in enumerate(rows, 1)]])
    return doc.sentences[0].words
