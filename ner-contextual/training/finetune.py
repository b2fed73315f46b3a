"""Step 2: fine-tunes the model of build_model.py for BIO token classification on the ANERcorp train
split (Corpora.trainSplit: every sentence before the contiguous last tenth, which is the dev split).
The ANERcorp test portion is not in the repository and never used. A word's label sits on its first
piece; the other pieces are ignored by the loss. Deterministic for a given seed and thread count."""
import argparse, json, math, os, random, sys, time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
from common import ANERCORP, TAGS, WordPiece, chunks, micro_f1, read_conll, train_dev_split, viterbi_bio

LABEL = {t: i for i, t in enumerate(TAGS)}


def encode(sents, wp, with_labels=True):
    """Examples (ids, labels, first-piece positions, sentence index, token indices) per chunk."""
    out = []
    for si, s in enumerate(sents):
        spans = [wp.pieces(t)[:126] for t, _ in s]
        for ch in chunks(spans):
            ids, labels, firsts = [wp.cls], [-100], []
            for ti in ch:
                firsts.append(len(ids))
                labels.append(LABEL.get(s[ti][1], 0))
                labels.extend([-100] * (len(spans[ti]) - 1))
                ids.extend(spans[ti])
            ids.append(wp.sep); labels.append(-100)
            out.append((ids, labels, firsts, si, ch))
    return out


def batches(examples, size, rng, shuffle=True):
    """Length-grouped batches: sorted by length in pools of 50 batches, batch order shuffled."""
    idx = list(range(len(examples)))
    if shuffle:
        rng.shuffle(idx)
    pool = size * 50
    out = []
    for p in range(0, len(idx), pool):
        part = sorted(idx[p:p + pool], key=lambda i: len(examples[i][0]))
        out.extend(part[b:b + size] for b in range(0, len(part), size))
    if shuffle:
        rng.shuffle(out)
    return out


def collate(examples, ids, pad):
    n = max(len(examples[i][0]) for i in ids)
    x = torch.full((len(ids), n), pad, dtype=torch.long)
    y = torch.full((len(ids), n), -100, dtype=torch.long)
    m = torch.zeros((len(ids), n), dtype=torch.long)
    for r, i in enumerate(ids):
        e = examples[i]
        x[r, :len(e[0])] = torch.tensor(e[0]); y[r, :len(e[1])] = torch.tensor(e[1]); m[r, :len(e[0])] = 1
    return x, y, m


@torch.no_grad()
def evaluate(model, sents, wp, batch=32):
    model.eval()
    ex = encode(sents, wp)
    logp = [np.zeros((len(s), len(TAGS)), dtype=np.float32) for s in sents]
    for b in batches(ex, batch, None, shuffle=False):
        x, _, m = collate(ex, b, wp.pad)
        out = torch.log_softmax(model(input_ids=x, attention_mask=m).logits, -1).numpy()
        for r, i in enumerate(b):
            _, _, firsts, si, ch = ex[i]
            for pos, ti in zip(firsts, ch):
                logp[si][ti] = out[r, pos]
    pred = [viterbi_bio(l) for l in logp]
    gold = [[t for _, t in s] for s in sents]
    model.train()
    return micro_f1(gold, pred), pred


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=20171109)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (timing)")
    ap.add_argument("--eval-every", type=int, default=0)
    ap.add_argument("--skip-batches", type=int, default=0,
                    help="continue a run: skip the first N batches of the epoch's (seeded) order")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed); random.seed(args.seed); np.random.seed(args.seed)
    from transformers import BertForTokenClassification
    model = BertForTokenClassification.from_pretrained(args.base)
    model.train()
    vocab = [l.rstrip("\n") for l in open(Path(args.base) / "vocab.txt", encoding="utf-8")]
    wp = WordPiece(vocab)
    train, dev = train_dev_split(read_conll(ANERCORP))
    ex = encode(train, wp)
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(len(ex) / args.batch)
    total = int(steps_per_epoch * args.epochs) - args.skip_batches
    if args.max_steps:
        total = min(total, args.max_steps)
    no_decay = ("bias", "LayerNorm.weight")
    groups = [{"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
               "weight_decay": 0.01},
              {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)],
               "weight_decay": 0.0}]
    opt = torch.optim.AdamW(groups, lr=args.lr)
    warm = max(1, int(0.1 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    print(f"{len(ex)} train chunks, {total} steps of {args.batch}, {len(vocab)} pieces, "
          f"{model.config.num_hidden_layers} layers", flush=True)
    t0 = time.time()
    step = 0
    log = []
    skip = args.skip_batches
    while step < total:
        for b in batches(ex, args.batch, rng):
            if skip:
                skip -= 1
                continue
            if step >= total:
                break
            x, y, m = collate(ex, b, wp.pad)
            loss = model(input_ids=x, attention_mask=m, labels=y).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step(); opt.zero_grad()
            step += 1
            if step % 20 == 0 or step == total or step <= 5:
                el = time.time() - t0
                print(f"step {step}/{total} loss {loss.item():.4f} {el:.0f}s "
                      f"({el / step:.2f} s/step, eta {el / step * (total - step) / 60:.1f} min)", flush=True)
            if args.eval_every and step % args.eval_every == 0 and step < total:
                (p, r, f), _ = evaluate(model, dev, wp)
                print(f"dev at step {step}: P {p:.2f} R {r:.2f} F1 {f:.2f}", flush=True)
                log.append({"step": step, "dev_f1": f})
                model.save_pretrained(args.out)
                with open(Path(args.out) / "vocab.txt", "w", encoding="utf-8") as fo:
                    fo.write("\n".join(vocab) + "\n")
    train_s = time.time() - t0
    model.save_pretrained(args.out)
    with open(Path(args.out) / "vocab.txt", "w", encoding="utf-8") as fo:
        fo.write("\n".join(vocab) + "\n")
    print(f"saved {args.out} after {step} steps ({train_s / 60:.1f} min)", flush=True)
    (p, r, f), _ = evaluate(model, dev, wp)
    print(f"dev: P {p:.2f} R {r:.2f} F1 {f:.2f} (train {train_s / 60:.1f} min)", flush=True)
    with open(Path(args.out) / "training.json", "w") as fo:
        json.dump({"args": vars(args), "steps": step, "train_seconds": round(train_s),
                   "dev": {"P": p, "R": r, "F1": f}, "evals": log,
                   "cpu": open("/proc/cpuinfo").read().split("model name")[1].split("\n")[0].strip(": "),
                   "torch": torch.__version__}, fo, indent=1)


if __name__ == "__main__":
    main()
