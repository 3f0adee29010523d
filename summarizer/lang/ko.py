"""Korean: no Punkt model or stemmer (the universal splitter reads it, words unstemmed). Web text
(reviews, questions put to an assistant) often ends a sentence on its final ending with no mark
after it: "친절하시네요 다음에 또 갈게요", "근처 약국 보여줘 지금 문 연 곳". A word that ends on a polite
ending ("-어요", "-네요", "-세요", "-죠") or the plain imperative "-줘" ends its sentence at the
space after it; "주요", "필요" and the "-이요" that joins two nouns ("선배요 학자") go on."""

import re

from summarizer.lang import Language

LANGUAGE = Language(
    "ko",
    "korean",
    # The syllable before "요" is the ending's own ("있어요", "맛있네요", "가세요", "할게요").
    unmarked_ends=re.compile(
        r"(?<=[\uac00-\ud7a3])(?:[어아여해네세에예데게래대나까군구고내줘와워봐돼]요|죠|줘)(\s+)(?=[\uac00-\ud7a3A-Za-z0-9\"'“(])"
    ),
)
