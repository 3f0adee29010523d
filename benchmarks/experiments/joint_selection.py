"""Negative-result experiment (kept for reproducibility): joint subset selection with a coverage term.

    python benchmarks/experiments/joint_selection.py DATA.jsonl SENTENCES TOP_K

Enumerates every SENTENCES-subset of the news ranker's TOP_K sentences and picks the one maximising
sum(scores) + b*coverage - r*redundancy - g*words/80, coverage being the share of the document's
(document-frequency - 1) term mass the subset contains. (b, r, g) chosen by 5-fold CV as in
tune_ranker.py. On cnndm_dev250 every fold chose (0, 0, 0): plain top-N by score; coverage only hurt.
"""
import itertools
import sys

import numpy as np
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))))
from summarizer.render.display import display_text
from summarizer.evaluate.rouge import ROUGE_TYPES, _rouge_scorer, read_examples
from summarizer.extract.features import SentenceFeatures
from summarizer.options import Length
from summarizer.read.document import build_document
from summarizer.extract.rankers import LeadRanker, NewsRanker
from summarizer.read.raw import RawText
from summarizer.extract.selection import select_sentences
from collections import Counter
ex = read_examples(sys.argv[1]); N=int(sys.argv[2]); K=int(sys.argv[3])
sc = _rouge_scorer(); length = Length(sentences=N)
docs = [build_document(RawText(e.article, "<eval>"), detect_headline=False) for e in ex]
feats = [SentenceFeatures(d) for d in docs]
refs = ["\n".join(s for s in e.reference.splitlines() if s.strip()) for e in ex]
news=NewsRanker(); cache={}
def rouge(k,ch):
    key=(k,tuple(ch))
    if key not in cache:
        f=feats[k]; t="\n".join(display_text(docs[k],docs[k].sentences[i]) for i in ch)
        rr=sc.score(refs[k],t); cache[key]=[rr[r].fmeasure*100 for r in ROUGE_TYPES]+[float(sum(f.word_counts[i] for i in ch))]
    return cache[key]
pre=[]
for k,(d,f) in enumerate(zip(docs,feats)):
    s=news.score(d,f); n=len(s)
    top=[int(i) for i in np.argsort(-s,kind="stable")[:K]]
    df=Counter(t for ts in f.terms for t in set(ts))
    subs=list(itertools.combinations(sorted(top),min(N,n)))
    rows=[]
    for sub in subs:
        terms=set(t for i in sub for t in f.terms[i])
        cov=sum(df[t]-1 for t in terms)/max(1,sum(v-1 for v in df.values()))
        red=sum(f.similarity[a,b] for a,b in itertools.combinations(sub,2))
        rows.append((sum(s[i] for i in sub), cov, red, sum(f.word_counts[i] for i in sub)/80))
    pre.append((subs,np.array(rows)))
    greedy=select_sentences(s,f.similarity,f.word_counts,length)
    pre[-1]=pre[-1]+(list(greedy),)
grid=[(b,r,g) for b in (0,0.25,1,4,8,16) for r in (0,0.3) for g in (0,0.1,0.3,0.6)]
def choose(k,p):
    subs,R,_=pre[k]; b,r,g=p
    v=R[:,0]+b*R[:,1]-r*R[:,2]-g*R[:,3]; return list(subs[int(np.argmax(v))])
table=np.array([[rouge(k,choose(k,p)) for k in range(len(ex))] for p in grid])
gr=np.array([rouge(k,pre[k][2]) for k in range(len(ex))])
lead=np.array([rouge(k,list(range(min(N,len(docs[k].sentences))))) for k in range(len(ex))])
order=np.random.default_rng(0).permutation(len(ex)); folds=np.array_split(order,5)
held=[]
for te in folds:
    tr=np.setdiff1d(order,te)
    obj=table[:,tr,:3].mean((1,2)); tl=table[:,tr,3].mean(1)>lead[tr,3].mean()
    best=int(np.argmax(np.where(tl,-np.inf,obj))); print("fold",grid[best],np.round(table[best,te].mean(0),2))
    held.append(table[best,te])
print("CV held-out",np.round(np.concatenate(held).mean(0),2))
obj=table[:,:,:3].mean((1,2)); b=int(np.argmax(obj)); print("best in-sample",grid[b],np.round(table[b].mean(0),2))
print("greedy news",np.round(gr.mean(0),2)," lead",np.round(lead.mean(0),2))
for p,row in zip(grid,table.mean(1)): print(p,np.round(row,2))
