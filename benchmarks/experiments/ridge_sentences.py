"""Negative-result experiment (kept for reproducibility): ridge regression on per-sentence ROUGE.

    python benchmarks/experiments/ridge_sentences.py DATA.jsonl SENTENCES TARGET

13 features per sentence (position encodings, directed centrality, length, term salience, similarity
to the first sentence, quote/digit flags, candidate weight); TARGET 0 = ROUGE-1+2 F of the sentence
alone against the reference, 1 = ROUGE-1+2 precision. Weights learned on 4 folds, scored on the 5th.
Prints held-out ROUGE for the ridge score alone and blended into the news ranker's score.
"""
import sys, numpy as np
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))))
from summarizer.render.display import display_text
from summarizer.evaluate.rouge import ROUGE_TYPES, _rouge_scorer, read_examples
from summarizer.extract.features import SentenceFeatures
from summarizer.options import Length
from summarizer.read.document import build_document
from summarizer.extract.rankers import LeadRanker, NewsRanker, directed_centrality, rescale
from summarizer.read.raw import RawText
from summarizer.extract.selection import select_sentences
from summarizer.extract.candidates import candidate_weights
from collections import Counter
ex = read_examples(sys.argv[1]); N=int(sys.argv[2])
sc = _rouge_scorer(); length = Length(sentences=N)
docs = [build_document(RawText(e.article, "<eval>"), detect_headline=False) for e in ex]
feats = [SentenceFeatures(d) for d in docs]
refs = ["\n".join(s for s in e.reference.splitlines() if s.strip()) for e in ex]
X=[];Y=[];W=[]
for d,f,r in zip(docs,feats,refs):
    n=len(d.sentences); i=np.arange(n)
    cent = rescale(directed_centrality(f.similarity)) if n>1 else np.ones(n)
    wc=np.maximum(f.word_counts,1)
    tf=Counter(t for ts in f.terms for t in set(ts))
    sal=np.array([np.mean([tf[t] for t in set(ts)])/n if ts else 0 for ts in f.terms])
    sim0=f.similarity[0] if n>1 else np.ones(n)
    w=np.array([c.weight for c in candidate_weights(d)])
    txt=[display_text(d,s) for s in d.sentences]
    q=np.array(['"' in t or '\u201c' in t for t in txt],float)
    dig=np.array([any(ch.isdigit() for ch in t) for t in txt],float)
    x=np.stack([np.ones(n),1/(i+1),(i==0)*1.,(i<3)*1.,np.log1p(i),cent,wc/30,np.minimum(1,20/wc),sal,sim0,q,dig,w],1)
    y=np.array([(lambda z:(z["rouge1"].fmeasure+z["rouge2"].fmeasure, z["rouge1"].precision+z["rouge2"].precision))(sc.score(r,t)) for t in txt])[:,int(sys.argv[3])]
    X.append(x);Y.append(y);W.append(w)
news=NewsRanker()
def run(k,pred):
    f=feats[k]; s=np.where(W[k]>0,pred,pred-10)
    ch=select_sentences(s,f.similarity,f.word_counts,length)
    t="\n".join(display_text(docs[k],docs[k].sentences[i]) for i in ch)
    rr=sc.score(refs[k],t); return [rr[r].fmeasure*100 for r in ROUGE_TYPES]+[float(sum(f.word_counts[i] for i in ch))]
order=np.random.default_rng(0).permutation(len(ex)); folds=np.array_split(order,5)
for lam in (1.0,):
    res=[]
    for te in folds:
        tr=np.setdiff1d(order,te)
        A=np.concatenate([X[k] for k in tr]);b=np.concatenate([Y[k] for k in tr])
        mu=A[:,1:].mean(0);sd=A[:,1:].std(0)+1e-9
        As=np.column_stack([A[:,:1],(A[:,1:]-mu)/sd])
        beta=np.linalg.solve(As.T@As+lam*np.eye(As.shape[1]),As.T@b)
        for k in te:
            xs=np.column_stack([X[k][:,:1],(X[k][:,1:]-mu)/sd]); p=xs@beta; nw=news.score(docs[k],feats[k]); res.append([run(k,rescale(p))]+[run(k,nw+a*rescale(p)) for a in (0.1,0.3)])
    print(np.round(np.mean(res,0),2))
news=NewsRanker(); print("news",np.round(np.mean([run(k,news.score(docs[k],feats[k])) for k in range(len(ex))],0),2))
lead=LeadRanker(); print("lead",np.round(np.mean([run(k,lead.score(docs[k],feats[k])) for k in range(len(ex))],0),2))
