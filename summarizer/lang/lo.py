"""Lao: no Punkt model or stemmer (the universal splitter reads it, words unstemmed). Like Thai, Lao
ends a sentence with a space, and a space also stands before a clause of the same sentence, which
these words open ("ເນື່ອງຈາກ" because, "ຊຶ່ງ"/"ເຊິ່ງ" which, "ແຕ່" but, "ໂດຍ" by); a word standing
alone between two spaces ("... ແລະ ...") does not end one either (read/segment.py). Words that
also open sentences in news ("ເມື່ອ" when, "ໃນ" in, "ຖ້າ" if) are left out, as in th.py."""

from summarizer.lang import Language

LANGUAGE = Language(
    "lo",
    "lao",
    unspaced=True,
    unmarked_sentences=True,
    clause_openers=frozenset((
        "ເນື່ອງຈາກ", "ເພາະ", "ຊຶ່ງ", "ເຊິ່ງ", "ແລະ", "ແຕ່", "ຫຼື", "ຫລື", "ໂດຍ", "ເພື່ອ", "ຈຶ່ງ", "ເຮັດໃຫ້",
        "ຂະນະທີ່", "ລວມທັງ", "ກັບ", "ຂອງ", "ວ່າ", "ຈົນ",
    )),
)  # fmt: skip
