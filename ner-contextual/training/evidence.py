"""Experiment: writes the shipped ONNX model's tag probabilities for every sentence of the ANERcorp
train file in NerTrainer's --evidence format (token, then nine probabilities in TagEvidence.TAGS
order). Not jackknifed: the model was fine-tuned on the train sentences, so their evidence is
over-confident (the dev sentences' is not). Usage: evidence.py OUT"""
import os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(__file__))
from common import ANERCORP, TAGS, WordPiece, read_conll
from export_onnx import RESOURCES
from finetune import encode

JAVA_ORDER = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def main():
    import onnxruntime as ort
    so = ort.SessionOptions(); so.intra_op_num_threads = 1
    sess = ort.InferenceSession(str(RESOURCES / "ner.onnx"), so, providers=["CPUExecutionProvider"])
    wp = WordPiece([l.rstrip("\n") for l in open(RESOURCES / "vocab.txt", encoding="utf-8")])
    sents = read_conll(ANERCORP)
    perm = [TAGS.index(t) for t in JAVA_ORDER]
    probs = [np.zeros((len(s), 9), dtype=np.float32) for s in sents]
    for ids, _, firsts, si, ch in encode(sents, wp):
        x = np.array([ids], dtype=np.int64)
        out = sess.run(["logits"], {"input_ids": x, "attention_mask": np.ones_like(x)})[0][0]
        e = np.exp(out - out.max(-1, keepdims=True)); p = e / e.sum(-1, keepdims=True)
        for pos, ti in zip(firsts, ch):
            probs[si][ti] = p[pos][perm]
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for s, pr in zip(sents, probs):
            for (tok, _), row in zip(s, pr):
                f.write(tok + "\t" + "\t".join(f"{v:.5f}" for v in row) + "\n")
            f.write("\n")


if __name__ == "__main__":
    main()
