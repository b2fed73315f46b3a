"""Step 3: the fine-tuned model -> ONNX (float32) -> ONNX Runtime's BERT graph fusions -> int8
dynamic quantization. Writes the model and its vocabulary into the ner-contextual resources and
prints each stage's size and its dev micro F1 / tokens per second under ONNX Runtime (one thread)."""
import argparse, os, shutil, sys, time
from pathlib import Path

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import ANERCORP, REPO, TAGS, WordPiece, micro_f1, read_conll, train_dev_split, viterbi_bio
from finetune import encode

RESOURCES = REPO / "ner-contextual" / "src" / "main" / "resources" / "org" / "isnad" / "ner" / "contextual"


def export(model_dir, path):
    import torch
    from transformers import BertForTokenClassification
    model = BertForTokenClassification.from_pretrained(model_dir, attn_implementation="eager")
    model.eval()

    class Logits(torch.nn.Module):
        def __init__(self, m):
            super().__init__(); self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask).logits

    ids = torch.ones((1, 8), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(Logits(model), (ids, torch.ones_like(ids)), str(path), dynamo=False,
                          input_names=["input_ids", "attention_mask"], output_names=["logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                        "attention_mask": {0: "batch", 1: "sequence"},
                                        "logits": {0: "batch", 1: "sequence"}},
                          opset_version=17)
    return model.config.num_hidden_layers


def score(path, dev, wp):
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    ex = encode(dev, wp)
    logp = [np.zeros((len(s), len(TAGS)), dtype=np.float32) for s in dev]
    t0 = time.time()
    for ids, _, firsts, si, ch in ex:
        x = np.array([ids], dtype=np.int64)
        out = sess.run(["logits"], {"input_ids": x, "attention_mask": np.ones_like(x)})[0][0]
        out = out - out.max(-1, keepdims=True)
        out = out - np.log(np.exp(out).sum(-1, keepdims=True))
        for pos, ti in zip(firsts, ch):
            logp[si][ti] = out[pos]
    secs = time.time() - t0
    pred = [viterbi_bio(l) for l in logp]
    gold = [[t for _, t in s] for s in dev]
    p, r, f = micro_f1(gold, pred)
    ntok = sum(len(s) for s in dev)
    return f, ntok / secs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--work", default=str(REPO / "ner-contextual" / "training" / "work"))
    ap.add_argument("--no-install", action="store_true")
    ap.add_argument("--no-score", action="store_true")
    args = ap.parse_args()
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model
    work = Path(args.work)
    f32, fused, q8 = work / "ner-f32.onnx", work / "ner-fused.onnx", work / "ner-int8.onnx"
    layers = export(args.model, f32)
    opt = optimize_model(str(f32), model_type="bert", num_heads=12, hidden_size=768, opt_level=1)
    opt.save_model_to_file(str(fused))
    quantize_dynamic(str(fused), str(q8), weight_type=QuantType.QInt8, per_channel=False, reduce_range=True,
                     extra_options={"DefaultTensorType": 1})  # FLOAT; 7-bit weights: AVX2 without VNNI saturates 8-bit products
    vocab = [l.rstrip("\n") for l in open(Path(args.model) / "vocab.txt", encoding="utf-8")]
    wp = WordPiece(vocab)
    _, dev = train_dev_split(read_conll(ANERCORP))
    for name, p in [("float32", f32), ("float32 fused", fused), ("int8 fused", q8)]:
        mb = p.stat().st_size / 1e6
        if args.no_score:
            print(f"{name}: {mb:.1f} MB", flush=True)
        else:
            f, tps = score(p, dev, wp)
            print(f"{name}: {mb:.1f} MB, dev micro F1 {f:.2f}, {tps:.0f} tokens/s (one thread, "
                  f"one sentence per call, {layers} layers, {len(vocab)} pieces)", flush=True)
    if not args.no_install:
        RESOURCES.mkdir(parents=True, exist_ok=True)
        shutil.copy(q8, RESOURCES / "ner.onnx")
        shutil.copy(Path(args.model) / "vocab.txt", RESOURCES / "vocab.txt")
        (RESOURCES / "labels.txt").write_text("\n".join(TAGS) + "\n", encoding="utf-8")
        print(f"installed {RESOURCES / 'ner.onnx'} and vocab.txt")


if __name__ == "__main__":
    main()
