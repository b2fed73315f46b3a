"""Shared helpers of the training scripts: CoNLL reading, the dev split, BERT's word-piece
tokenization exactly as org.isnad.ner.contextual.WordPieceTokenizer does it, and conlleval scoring."""
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ANERCORP = REPO / "ner" / "data" / "anercorp" / "anercorp-train.conll"
TAGS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
MAX_PIECES = 126  # the model's 128 positions less [CLS] and [SEP]
MAX_WORD = 100


def read_conll(path):
    """Sentences of a CoNLL file as lists of (token, tag); BOM and CR stripped, blank lines split."""
    sents, rows = [], []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == 0:
                line = line.lstrip("\ufeff")
            cols = line.split()
            if not cols:
                if rows:
                    sents.append(rows)
                    rows = []
            else:
                rows.append((cols[0], cols[-1] if len(cols) > 1 else "O"))
    if rows:
        sents.append(rows)
    return sents


def train_dev_split(sents):
    """Corpora.trainSplit / devSplit: dev = the contiguous last floor(n/10) sentences."""
    n = len(sents)
    return sents[: n - n // 10], sents[n - n // 10:]


def _dropped(c):
    o = ord(c)
    if o == 0 or o == 0xFFFD:
        return True
    cat = unicodedata.category(c)
    return (cat == "Cc" and not c.isspace()) or cat == "Cf"


def is_punctuation(c):
    o = ord(c)
    if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def words_of(token):
    """BERT's basic split of one token: control/format chars dropped, punctuation split off."""
    out, word = [], []
    for c in token:
        if _dropped(c):
            continue
        if c.isspace():
            if word:
                out.append("".join(word)); word = []
        elif is_punctuation(c):
            if word:
                out.append("".join(word)); word = []
            out.append(c)
        else:
            word.append(c)
    if word:
        out.append("".join(word))
    return out


class WordPiece:
    """Greedy longest-match word pieces over a vocabulary (list of pieces; id = index)."""

    def __init__(self, vocab):
        self.vocab = {}
        for i, p in enumerate(vocab):
            self.vocab.setdefault(p, i)
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self.pad = self.vocab["[PAD]"]

    def word_pieces(self, w):
        """Piece strings of one word, or None if it cannot be split."""
        if len(w.encode("utf-16-le")) // 2 > MAX_WORD:
            return None
        out, start = [], 0
        while start < len(w):
            end = len(w)
            found = None
            while start < end:
                piece = w[start:end] if start == 0 else "##" + w[start:end]
                if piece in self.vocab:
                    found = piece
                    break
                end -= 1
            if found is None:
                return None
            out.append(found)
            start = end
        return out

    def pieces(self, token):
        ids = []
        for w in words_of(token):
            ps = self.word_pieces(w)
            if ps is None:
                ids.append(self.unk)
            else:
                ids.extend(self.vocab[p] for p in ps)
        return ids or [self.unk]


def chunks(spans, limit=MAX_PIECES):
    """Splits a sentence (list of per-token piece-id lists) into runs of whole tokens of at most
    `limit` pieces; a token longer than the limit is cut (its first piece is what counts)."""
    out, cur, n = [], [], 0
    for i, p in enumerate(spans):
        size = min(len(p), limit)
        if cur and n + size > limit:
            out.append(cur); cur, n = [], 0
        cur.append(i); n += size
    if cur:
        out.append(cur)
    return out


def conll_chunks(tags):
    """Entity chunks (type, start, end) with conlleval's rules (an I-X after O or another type starts one)."""
    out, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[0] != t[2:])):
            if cur is not None:
                out.append((cur[0], cur[1], i)); cur = None
            if t != "O":
                cur = [t[2:], i]
    return set(out)


def micro_f1(gold_sents, pred_sents):
    tp = fp = fn = 0
    for g, p in zip(gold_sents, pred_sents):
        gc, pc = conll_chunks(g), conll_chunks(p)
        tp += len(gc & pc); fp += len(pc - gc); fn += len(gc - pc)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return 100 * prec, 100 * rec, 100 * f


def viterbi_bio(logprobs):
    """Best well-formed BIO tag sequence (I-X only after B-X/I-X) from per-token log probabilities."""
    import numpy as np
    n, k = logprobs.shape
    allowed = np.ones((k, k), dtype=bool)  # allowed[prev, cur]
    start_ok = np.array([not TAGS[j].startswith("I-") for j in range(k)])
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, s in enumerate(TAGS):
                allowed[i, j] = s[2:] == t[2:] and s != "O"
    neg = -1e9
    score = np.where(start_ok, logprobs[0], neg)
    back = np.zeros((n, k), dtype=int)
    trans = np.where(allowed, 0.0, neg)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + logprobs[t]
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return [TAGS[j] for j in reversed(path)]
