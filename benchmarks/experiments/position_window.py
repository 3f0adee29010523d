"""Negative-result experiment (kept for reproducibility): restrict the news ranker to the first M sentences.

    python benchmarks/experiments/position_window.py DATA.jsonl

In-sample on cnndm_dev250 no window M in (4, 5, 6, 8) beat the unrestricted default (M = 1000).
"""
import sys, numpy as np
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))))
from summarizer.render.display import display_text
from summarizer.evaluate.rouge import ROUGE_TYPES, _rouge_scorer, read_examples
from summarizer.extract.features import SentenceFeatures
from summarizer.options import Length
from summarizer.read.document import build_document
from summarizer.extract.rankers import NewsRanker
from summarizer.read.raw import RawText
from summarizer.extract.selection import select_sentences
ex=read_examples(sys.argv[1]); sc=_rouge_scorer(); L=Length(sentences=3)
docs=[build_document(RawText(e.article,"<eval>"),detect_headline=False) for e in ex]; feats=[SentenceFeatures(d) for d in docs]
refs=["\n".join(s for s in e.reference.splitlines() if s.strip()) for e in ex]
for M in (4,5,6,8,1000):
  for cw in (0.2,0.4):
    res=[]
    for d,f,r in zip(docs,feats,refs):
        s=NewsRanker(centrality_weight=cw).score(d,f); s=np.where(np.arange(len(s))<M,s,s-5)
        ch=select_sentences(s,f.similarity,f.word_counts,L); t="\n".join(display_text(d,d.sentences[i]) for i in ch)
        z=sc.score(r,t); res.append([z[x].fmeasure*100 for x in ROUGE_TYPES]+[sum(f.word_counts[i] for i in ch)])
    print(M,cw,np.round(np.mean(res,0),2))
